"""The paged conversation list in the window (issue 12): only the first page is read at first,
more as the view scrolls; a change notice moves, inserts or removes the named rows without
resetting the model (the selection stays on its conversation); counts are the core's."""

from __future__ import annotations

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex
from PySide6.QtWidgets import QListView

from desktop.core import conversations, demo_scale, inbox, messaging, users
from desktop.gui.models.conversations import ConversationListModel, ConversationRole
from desktop.gui.ops.conversations import InboxFilter


@pytest.fixture
def seller(seller_session):
    """wei with the demo plus 1,500 generated messages: 32 conversations, some unread."""
    demo_scale.generate(seller_session.db, 1500)
    return seller_session


def live_model(qtbot, session, **kw) -> ConversationListModel:
    model = ConversationListModel(session, **kw)
    session.changed.connect(lambda notice: model.refresh(notice.conversation_ids))
    model.load()
    qtbot.waitUntil(lambda: model.loaded)
    return model


def load_all(qtbot, model):
    while model.canFetchMore():
        n = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda n=n: model.rowCount() > n or not model.canFetchMore())


def ids(model):
    return [model.row_at(n).id for n in range(model.rowCount())]


def test_only_the_first_page_is_read_at_first(qtbot, qtmodeltester, seller):
    model = live_model(qtbot, seller, page=10)
    assert model.rowCount() == 10 and model.pages_read == 1 and model.canFetchMore()
    totals = inbox.totals(seller.db, seller.user)
    assert model.totals == totals and totals.conversations == 32
    assert model.total_unread() == totals.unread > 0
    qtmodeltester.check(model, force_py=True)
    load_all(qtbot, model)
    whole = [r.id for r in conversations.list_conversations(seller.db, seller.user)]
    assert ids(model) == whole and model.pages_read == 4 and not model.canFetchMore()
    qtmodeltester.check(model, force_py=True)


def test_the_view_fetches_more_as_it_scrolls(qtbot, seller):
    model = live_model(qtbot, seller, page=10)
    view = QListView()
    qtbot.addWidget(view)
    view.setUniformItemSizes(True)
    view.resize(300, 200)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 10
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 10)


def test_a_change_notice_moves_the_row_without_a_reset_and_keeps_the_selection(qtbot, qtmodeltester, seller):
    model = live_model(qtbot, seller, page=10)
    load_all(qtbot, model)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    selection = QItemSelectionModel(model)
    selection.setCurrentIndex(model.index(4), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selected_id = model.row_at(4).id
    kept = QPersistentModelIndex(model.index(4))
    moving = model.row_at(20)
    unread_before = model.total_unread()
    buyer = users.resolve(seller.db, moving.peer_handle)
    messaging.send(seller.db, buyer, moving.id, "¿Me lo mandás hoy?")
    qtbot.waitUntil(lambda: model.row_at(0).id == moving.id)
    wait_idle(qtbot, seller)
    assert not resets
    assert model.data(model.index(0), ConversationRole.PREVIEW).endswith("¿Me lo mandás hoy?")
    assert model.row_at(0).unread == moving.unread + 1
    assert model.total_unread() == unread_before + 1
    assert selection.currentIndex().data(ConversationRole.ID) == selected_id == kept.data(ConversationRole.ID)
    assert ids(model) == [r.id for r in conversations.list_conversations(seller.db, seller.user)]
    qtmodeltester.check(model, force_py=True)


def test_a_conversation_that_comes_back_appears_at_the_top_while_scrolled_away(qtbot, seller):
    model = live_model(qtbot, seller, page=10)
    gone = model.row_at(3)
    conversations.delete_for_me(seller.db, seller.user, gone.id)
    qtbot.waitUntil(lambda: model.row_of(gone.id) < 0)
    assert model.rowCount() == 9 and model.totals.conversations == 31
    buyer = users.resolve(seller.db, gone.peer_handle)
    messaging.send(seller.db, buyer, gone.id, "Hola de nuevo")
    qtbot.waitUntil(lambda: model.row_of(gone.id) == 0)
    assert model.data(model.index(0), ConversationRole.PREVIEW) == "Hola de nuevo"
    assert model.row_at(0).unread == 1 and model.totals.conversations == 32


def test_a_row_older_than_the_loaded_pages_waits_for_its_page(qtbot, seller):
    model = live_model(qtbot, seller, view=InboxFilter.UNREAD, page=5)
    unread = [r for r in conversations.list_conversations(seller.db, seller.user) if r.unread]
    assert ids(model) == [r.id for r in unread[:5]]
    last_read = next(r for r in conversations.list_conversations(seller.db, seller.user)[10:] if not r.unread
                     and r.sort_key < model.row_at(4).sort_key)
    conversations.mark_unread(seller.db, seller.user, last_read.id)   # it now belongs to the unread view
    model.refresh({last_read.id})
    wait_idle(qtbot, seller)
    assert model.row_of(last_read.id) < 0 and model.rowCount() == 5   # past the loaded end: left for its page
    load_all(qtbot, model)
    assert last_read.id in ids(model)
    first = model.row_at(0)
    conversations.mark_read(seller.db, seller.user, first.id)
    qtbot.waitUntil(lambda: model.row_of(first.id) < 0)            # read: out of the unread view
    assert all(model.row_at(n).unread for n in range(model.rowCount()))
    assert model.total_unread() == inbox.unread_total(seller.db, seller.user)


def test_at_800x560_the_list_never_scrolls_sideways_and_times_are_whole(qtbot, seller):
    """Issue 15, defect 7 (the list's part): rows take the list's width, the time is never cut."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.gui.views.conversation_item import row_layout, small_font
    from desktop.gui.views.main_window import MainWindow

    w = MainWindow(seller)
    qtbot.addWidget(w)
    seller.ready.emit(seller.user)
    w.resize(800, 560)
    w.show()
    centre = w.messages
    w.show_view("messages")
    qtbot.waitUntil(lambda: centre.model.rowCount() > 0)
    lst = centre.list
    qtbot.waitUntil(lambda: lst.isVisible())
    lst.doItemsLayout()
    assert not lst.horizontalScrollBar().isVisible()
    assert lst.horizontalScrollBar().maximum() == 0
    width = lst.viewport().width()
    for n in range(min(centre.model.rowCount(), 8)):
        ix = centre.model.index(n)
        rect = lst.visualRect(ix)
        assert rect.left() >= 0 and rect.right() < width
        option = QStyleOptionViewItem()
        option.initFrom(lst)
        option.rect = rect
        when = ix.data(ConversationRole.TIME)
        at = row_layout(option, when, ix.data(ConversationRole.UNREAD))
        assert at.time.width() >= QFontMetrics(small_font(option)).horizontalAdvance(when)
        assert rect.left() <= at.name.left() and at.name.right() < at.time.left() and at.time.right() <= rect.right()
        assert at.preview.right() <= rect.right() and (not at.badge.isValid() or at.preview.right() < at.badge.left())


@pytest.mark.parametrize("lang", ["es", "en", "zh"])
def test_at_800x560_the_desk_filters_take_four_lines_at_most(qtbot, seller, lang):
    """The desk's filter bar in the narrow pane takes four lines at most in every language: the
    label and team lists are compact (in Spanish they took a line each, five lines of filters
    above the list at 800x560)."""
    from PySide6.QtWidgets import QApplication

    from desktop.core import desk
    from desktop.gui.app import install_language
    from desktop.gui.views.main_window import MainWindow

    desk.add_label(seller.db, seller.user, 1, "VIP")
    app = QApplication.instance()
    install_language(app, lang)
    try:
        w = MainWindow(seller)
        qtbot.addWidget(w)
        seller.ready.emit(seller.user)
        w.resize(800, 560)
        w.show()
        w.show_view("messages")
        bar = w.messages.filters
        qtbot.waitUntil(lambda: bar is not None and bar.label.count() > 1 and bar.team.isVisible(), timeout=10_000)
        bar.layout().activate()
        shown = [*bar.buttons.values(), bar.label, bar.team]
        lines = {widget.geometry().top() for widget in shown}
        assert len(lines) <= 4, f"{len(lines)} lines of filters"
        assert all(widget.geometry().right() <= bar.width() for widget in shown)
    finally:
        install_language(app, "en")


def test_many_conversations_in_one_notice_make_few_notifications(qtbot, seller):
    from PySide6.QtWidgets import QWidget

    from desktop.gui.views.tray import NOTIFY_MAX, Notifier

    hidden = QWidget()                       # never shown: not the active window
    notifier = Notifier(seller, hidden)
    shown = []
    notifier.notify.connect(lambda title, body, cid: shown.append((title, body, cid)))
    rows = conversations.list_conversations(seller.db, seller.user)[5:12]
    seller._timer.stop()                     # one notice for all seven
    for r in rows:
        messaging.send(seller.db, users.resolve(seller.db, r.peer_handle), r.id, f"Hola {r.id}")
    seller._timer.start()
    qtbot.waitUntil(lambda: len(shown) == NOTIFY_MAX + 1)
    wait_idle(qtbot, seller)
    assert len(shown) == NOTIFY_MAX + 1
    assert "4 more conversations" in shown[0][1]
    assert sorted(cid for _, _, cid in shown[1:]) == sorted(r.id for r in rows[-NOTIFY_MAX:])   # the newest


def test_a_view_chosen_before_the_first_load_reads_one_first_page(qtbot, seller, monkeypatch):
    # The Message Centre sets the view the account chose last, then loads: one read, not two.
    queued = []
    submit = seller.worker.submit
    monkeypatch.setattr(seller.worker, "submit", lambda op: (queued.append(op.name), submit(op)))
    model = ConversationListModel(seller)
    model.set_view(InboxFilter.UNREAD)
    model.load()
    qtbot.waitUntil(lambda: model.loaded)
    assert queued.count("first conversations") == 1
    assert model.rowCount() > 0 and all(model.row_at(n).unread for n in range(model.rowCount()))
    model.set_view(InboxFilter.ALL)                  # once loaded, a new view is read at once
    qtbot.waitUntil(lambda: queued.count("first conversations") == 2 and not seller.busy)
