"""A store's team in the window (issue 18 §4), on a real session over the demo (Wei owns
Shenzhen Tech, Mei is its agent; Lucía's conversation 1 is Mei's, James's 4 nobody's): the
Mine / Unassigned / Assigned switch and the "→ mei" on a row, Take from the list's menu, notes
drawn apart in the chat and written from its bar, "mei is replying…", and the question before
a reply that crosses a newer buyer message."""

from __future__ import annotations

from dataclasses import replace

import pytest
from gui_helpers import open_session, wait_changes_seen, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QStyleOptionViewItem

from desktop.core import messaging, team, users
from desktop.core.kinds import MessageKind
from desktop.gui.models.conversations import ConversationRole
from desktop.gui.models.messages import MessageRole
from desktop.gui.models.note_rows import is_note
from desktop.gui.ops.conversations import InboxFilter
from desktop.gui.views import conversation_item
from desktop.gui.views.reply_check import said


def ids(c):
    return [c.model.row_at(n).id for n in range(c.model.rowCount())]


def centre(qtbot, window):
    window.show_conversation(1)
    c = window.messages
    qtbot.waitUntil(lambda: bool(c.model.loaded and c.filters is not None and c.filters._counts), timeout=10_000)
    return c


def open_chat(qtbot, window, cid):
    window.show_conversation(cid)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == cid and chat.model is not None and chat.model.rowCount() > 0)
    return chat


def test_the_team_switch_and_the_assignee_on_the_row(qtbot, wei_window):
    window, s = wei_window
    c = centre(qtbot, window)
    bar = c.filters
    texts = [bar.team.itemText(n) for n in range(bar.team.count())]
    assert texts == ["Everyone", "Mine (0)", "Unassigned (1)", "Assigned (1)"]
    row = c.model.index(c.model.row_of(1)).data(ConversationRole.DESK)
    assert "→ mei" in conversation_item.desk_status(row)[0]
    bar.team.setCurrentIndex(bar.team.findData("assigned"))
    bar.team.activated.emit(bar.team.currentIndex())
    qtbot.waitUntil(lambda: c.model.view == InboxFilter("all", None, "assigned"))
    wait_idle(qtbot, s)
    assert ids(c) == [1]
    bar.team.setCurrentIndex(bar.team.findData("mine"))
    bar.team.activated.emit(bar.team.currentIndex())
    qtbot.waitUntil(lambda: c.model.view.team == "mine")
    wait_idle(qtbot, s)
    assert ids(c) == []
    assert c._kept_view() == InboxFilter("all", None, "mine")       # kept for this account


def test_take_from_the_lists_menu(qtbot, wei_window):
    window, s = wei_window
    c = centre(qtbot, window)
    qtbot.waitUntil(lambda: c.team_menu.members == ["mei", "wei"])
    menu = QMenu()
    c.team_menu.add_to(menu, 4, None)
    titles = [a.text() for a in menu.actions()]
    assert "Take" in titles and "Assign to…" in titles and "Unassign" not in titles
    next(a for a in menu.actions() if a.text() == "Take").trigger()
    qtbot.waitUntil(lambda: team.assignees(s.db, s.user).get(4) == "wei")
    qtbot.waitUntil(lambda: (c.model.index(c.model.row_of(4)).data(ConversationRole.DESK) or
                             c.model.index(0).data(ConversationRole.DESK)).assignee == "wei"
                    if c.model.row_of(4) >= 0 else False, timeout=5000)
    menu = QMenu()
    c.team_menu.add_to(menu, 4, "wei")
    assert [a.text() for a in menu.actions() if a.text()] == ["Assign to…", "Unassign"]


def test_notes_are_drawn_apart_and_written_from_the_bar(qtbot, wei_window):
    window, s = wei_window
    chat = open_chat(qtbot, window, 1)
    qtbot.waitUntil(lambda: any(is_note(r) for r in chat.model.rows()))
    rows = chat.model.rows()
    n = next(i for i, r in enumerate(rows) if is_note(r))
    assert rows[n].sender_handle == "mei" and all(r.sent_at <= rows[n].sent_at for r in rows[:n])
    index = chat.model.index(n)
    option = QStyleOptionViewItem()
    option.font = chat.list.font()
    option.rect = chat.list.visualRect(index)
    assert chat.delegate.sizeHint(option, index).height() > 30
    assert index.data(MessageRole.STATE) is None                # no Read / Unread on a note
    assert chat.team.note_button.isVisible()
    assert chat.team.note_button.toolTip().endswith("(Ctrl+Shift+N)")     # Linux's name; a Mac's ⌘⇧N
    qtbot.keyClick(chat.compose.edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    if not chat.team.note_bar.isVisible():                     # offscreen: the shortcut needs an active window
        chat.team.open_note()
    chat.team.note_bar.edit.setText("   ")
    chat.team.note_bar.submit()
    qtbot.waitUntil(lambda: chat.team.note_bar.error.isVisibleTo(chat.team.note_bar))   # an empty note: refused
    chat.team.note_bar.edit.setText("Llamar mañana")
    chat.team.note_bar.submit()
    qtbot.waitUntil(lambda: sum(is_note(r) for r in chat.model.rows()) == 2)
    assert chat.model.rows()[-1].text == "Llamar mañana" and not chat.team.note_bar.isVisible()
    assert "Llamar mañana" not in [r.text for r in messaging.page(s.db, users.resolve(s.db, "lucia"), 1)]


def test_a_buyer_sees_no_note_nor_team_parts(qtbot, window, session):
    chat = open_chat(qtbot, window, 1)
    wait_idle(qtbot, session)
    assert not any(is_note(r) for r in chat.model.rows())
    assert not chat.team.note_button.isVisible() and not chat.team.presence.isVisible()


def test_is_replying_both_ways(qtbot, wei_window):
    window, s = wei_window
    chat = open_chat(qtbot, window, 1)
    mei = users.resolve(s.db, "mei")
    team.typing(s.db, mei, 1)                                       # Mei types in her own window
    qtbot.waitUntil(lambda: chat.team.presence.isVisible(), timeout=5000)
    assert chat.team.presence.text() == "mei is replying…"
    team.typing(s.db, mei, 1, stopped=True)
    qtbot.waitUntil(lambda: not chat.team.presence.isVisible(), timeout=5000)
    qtbot.keyClicks(chat.compose.edit, "Hola")                     # Wei types: Mei sees it
    qtbot.waitUntil(lambda: team.typing_now(s.db, mei, 1) == ["wei"], timeout=5000)
    assert chat.team.lease.renewals == 1                            # four keys, one lease (throttled)
    qtbot.keyClick(chat.compose.edit, Qt.Key.Key_Return)           # sent: the lease ends
    qtbot.waitUntil(lambda: team.typing_now(s.db, mei, 1) == [], timeout=5000)


def test_a_newer_buyer_message_is_asked_about_before_sending(qtbot, wei_window):
    window, s = wei_window
    chat = open_chat(qtbot, window, 1)
    lucia = users.resolve(s.db, "lucia")
    qtbot.keyClicks(chat.compose.edit, "Sale manana")
    new = messaging.send(s.db, lucia, 1, "¿Podéis mandarlo hoy?").message_id
    qtbot.waitUntil(lambda: chat.model.newest_stored_id() == new, timeout=5000)
    before = len(messaging.visible_ids(s.db, s.user, 1))
    qtbot.keyClick(chat.compose.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chat.team.check.box is not None)
    box = chat.team.check.box
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert "¿Podéis mandarlo hoy?" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_idle(qtbot, s)
    assert chat.compose.text() == "Sale manana" and len(messaging.visible_ids(s.db, s.user, 1)) == before
    qtbot.keyClick(chat.compose.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chat.team.check.box is not None)
    chat.team.check.box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(messaging.visible_ids(s.db, s.user, 1)) == before + 1, timeout=5000)
    assert chat.compose.text() == ""
    qtbot.keyClicks(chat.compose.edit, "Y con seguimiento")     # nothing new since: no question
    qtbot.keyClick(chat.compose.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(messaging.visible_ids(s.db, s.user, 1)) == before + 2, timeout=5000)
    assert chat.team.check.box is None


def test_a_teammate_typing_reads_no_list_row(qtbot, wei_window):
    window, s = wei_window
    chat = open_chat(qtbot, window, 1)
    c = window.messages
    # The open's own read mark (written a quarter of a second after the chat shows) moves the
    # list: wait until it is written and seen, or it lands among what this test counts.
    qtbot.waitUntil(lambda: c.model.row_at(c.model.row_of(1)).unread == 0, timeout=5000)
    wait_changes_seen(qtbot, s)
    asked = []
    real = c.model.refresh
    c.model.refresh = lambda ids: (asked.append(set(ids)), real(ids))
    mei = users.resolve(s.db, "mei")
    team.typing(s.db, mei, 1)
    qtbot.waitUntil(lambda: chat.team.presence.isVisible(), timeout=5000)
    team.add_note(s.db, mei, 1, "Ojo con la dirección")
    qtbot.waitUntil(lambda: sum(is_note(r) for r in chat.model.rows()) == 2, timeout=5000)
    assert asked == []                                              # neither moved the list
    team.assign(s.db, mei, 1)                                       # an assignment does
    qtbot.waitUntil(lambda: {1} in asked, timeout=5000)


def test_a_batch_over_a_team_list_reaches_that_list_only(qtbot, wei_window):
    from desktop.gui.views.batch_dialog import BatchDialog
    from desktop.gui.ops import desk as desk_ops

    window, s = wei_window
    d = BatchDialog(s, [], InboxFilter("all", None, "unassigned"), "All · Unassigned")
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.busy == 0, timeout=10_000)
    d.view_radio.setChecked(True)
    assert d.recipients() == [4]                                     # James's; Lucía's is Mei's
    assert desk_ops.view_selection("all", None, "unassigned") == "filter:all::unassigned"
    assert desk_ops.view_selection("all", "VIP") == "filter:all:VIP"   # a batch's key without a team list as before


def test_a_colleagues_reply_is_drawn_on_our_side(qtbot, data_dir, session):
    """Mei (Wei's agent) sees Wei's reply on the right, as the store's, with his handle after its
    time and the buyer's read mark; Lucía's message stays on the left, and Lucía sees Wei's on
    the left too."""
    from desktop.gui.views.bubbles import meta_text
    from desktop.gui.views.main_window import MainWindow

    wei = users.resolve(session.db, "wei")
    messaging.send(session.db, users.resolve(session.db, "lucia"), 1, "¿Y el cable?")
    reply = messaging.send(session.db, wei, 1, "Va en la caja.").message_id
    s = open_session(qtbot, data_dir, "mei")
    try:
        w = MainWindow(s)
        qtbot.addWidget(w)
        s.ready.emit(s.user)
        w.show()
        wait_idle(qtbot, s)
        chat = open_chat(qtbot, w, 1)
        qtbot.waitUntil(lambda: reply in [r.id for r in chat.model.rows()])
        rows = chat.model.rows()
        ours, theirs = rows.index(next(r for r in rows if r.id == reply)), len(rows) - 2
        assert rows[theirs].text == "¿Y el cable?"
        option = QStyleOptionViewItem()
        option.font = chat.list.font()
        middle = chat.list.viewport().width() // 2

        def bubble(n):
            index = chat.model.index(n)
            option.rect = chat.list.visualRect(index)
            return chat.delegate.bubble_rect(index, option.rect, option), index

        right, index = bubble(ours)
        assert right.left() > middle and rows[ours].our_side and not rows[ours].mine
        assert index.data(MessageRole.STATE) is not None               # Sent / Read: the buyer's read mark
        assert "wei" in meta_text(rows[ours], "09:12", "Sent")
        left, index = bubble(theirs)
        assert left.right() < middle and index.data(MessageRole.STATE) is None
    finally:
        s.close()
    # the buyer: the store's reply is theirs, her own is ours
    lucia_rows = {r.id: r for r in messaging.page(session.db, users.resolve(session.db, "lucia"), 1)}
    assert not lucia_rows[reply].our_side and lucia_rows[reply - 1].our_side


@pytest.mark.parametrize("lang, mark", [("en", "mei: "), ("es", "mei: "), ("zh", "mei：")])
def test_a_teammates_reply_is_named_in_the_list(qtbot, wei_window, qapp, lang, mark):
    """Mei answers Lucía from her own window: Wei's list says "mei: …", never a bare text that
    reads as the buyer's; his own reply says "You: ", and the buyer's next message is bare."""
    from desktop.gui.app import install_language

    window, s = wei_window
    install_language(qapp, lang)
    try:
        c = centre(qtbot, window)
        mei, lucia = users.resolve(s.db, "mei"), users.resolve(s.db, "lucia")
        messaging.send(s.db, mei, 1, "Sale mañana por envío urgente.")

        def preview():
            return c.model.index(c.model.row_of(1)).data(ConversationRole.PREVIEW) if c.model.row_of(1) >= 0 else ""

        qtbot.waitUntil(lambda: preview() == mark + "Sale mañana por envío urgente.", timeout=5000)
        messaging.send(s.db, lucia, 1, "¡Gracias!")
        qtbot.waitUntil(lambda: preview() == "¡Gracias!", timeout=5000)
    finally:
        install_language(qapp, "en")


def test_the_question_before_sending_quotes_the_message_as_the_chat_shows_it(qtbot, wei_window):
    """Wei reads Chinese: the newer message is quoted in his language, as the chat shows it, not
    in the buyer's Spanish; a picture is named, never an empty pair of quotes."""
    window, s = wei_window
    chat = open_chat(qtbot, window, 1)
    lucia = users.resolve(s.db, "lucia")
    qtbot.keyClicks(chat.compose.edit, "Sale manana")
    new = messaging.send(s.db, lucia, 1, "¿Podéis mandarlo hoy?", lang="es",
                         translations={"zh": ("今天能寄出吗？", "test")}).message_id
    qtbot.waitUntil(lambda: chat.model.newest_stored_id() == new, timeout=5000)
    qtbot.keyClick(chat.compose.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chat.team.check.box is not None)
    box = chat.team.check.box
    assert "今天能寄出吗？" in box.informativeText() and "¿Podéis" not in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    picture = next(r for r in chat.model.rows() if r.id == new)
    assert said(replace(picture, kind=MessageKind.IMAGE, text=""), "") == "[Image]"


@pytest.mark.parametrize("lang, me", [("en", "→ you"), ("es", "→ ti"), ("zh", "→ 我")])
def test_the_readers_own_assignment_says_you(qtbot, data_dir, session, qapp, lang, me):
    """Mei's list says Lucía's conversation is hers ("→ you"), not her own handle as if it were
    a colleague's; Wei's list still names her."""
    from desktop.gui.app import install_language
    from desktop.gui.views.main_window import MainWindow

    s = open_session(qtbot, data_dir, "mei")
    try:
        w = MainWindow(s)
        qtbot.addWidget(w)
        s.ready.emit(s.user)
        w.show()
        wait_idle(qtbot, s)
        install_language(qapp, lang)
        c = centre(qtbot, w)
        qtbot.waitUntil(lambda: c.model.index(c.model.row_of(1)).data(ConversationRole.DESK) is not None)
        text = c.list.itemDelegate().status(c.model.index(c.model.row_of(1)))[0]
        assert me in text and "mei" not in text
        desk = c.model.index(c.model.row_of(1)).data(ConversationRole.DESK)
        assert "→ mei" in conversation_item.desk_status(desk, "wei")[0]
    finally:
        s.close()
        install_language(qapp, "en")


@pytest.mark.parametrize("lang, mine", [("en", "Nothing is assigned to you"), ("es", "No tienes nada asignado"),
                                        ("zh", "没有分配给你的会话")])
def test_an_empty_team_list_says_why(qtbot, wei_window, qapp, lang, mine):
    """Wei's Mine is empty: the list says so, in the window's language, rather than a blank
    column that could be still loading; All with rows says nothing."""
    from desktop.gui.app import install_language

    window, s = wei_window
    install_language(qapp, lang)
    try:
        c = centre(qtbot, window)
        assert c.list.empty_text() == ""
        bar = c.filters
        bar.team.setCurrentIndex(bar.team.findData("mine"))
        bar.team.activated.emit(bar.team.currentIndex())
        qtbot.waitUntil(lambda: c.model.view.team == "mine")
        wait_idle(qtbot, s)
        qtbot.waitUntil(lambda: c.model.loaded and c.model.rowCount() == 0)
        assert c.list.empty_text().startswith(mine)
        c.list.grab()                                  # the sentence is painted without a warning
    finally:
        install_language(qapp, "en")


def test_a_colleagues_reply_raises_no_notification(qtbot, data_dir, session):
    """Wei's window is in the background: Mei's reply to Lucía is the store's own and pops
    nothing; Lucía's next message does."""
    from PySide6.QtWidgets import QWidget

    from desktop.gui.views.tray import Notifier

    wei = open_session(qtbot, data_dir, "wei")
    try:
        hidden = QWidget()                       # never shown: not the active window
        notifier = Notifier(wei, hidden)
        shown = []
        notifier.notify.connect(lambda title, body, cid: shown.append(body))
        with qtbot.waitSignal(wei.changed, timeout=5000):     # her reply's own notice
            messaging.send(wei.db, users.resolve(wei.db, "mei"), 1, "Sale mañana por envío urgente.")
        wait_idle(qtbot, wei)
        messaging.send(wei.db, users.resolve(wei.db, "lucia"), 1, "¡Gracias!")
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        wait_idle(qtbot, wei)
        assert shown == ["¡Gracias!"]
    finally:
        wei.close()


@pytest.mark.parametrize("lang, asked", [("en", "mei replied meanwhile — send anyway?"),
                                         ("es", "mei respondió mientras tanto: ¿enviar de todos modos?"),
                                         ("zh", "mei 在此期间已回复——仍要发送吗？")])
def test_a_colleagues_reply_meanwhile_is_asked_about_before_sending(qtbot, wei_window, qapp, lang, asked):
    """Two agents must not answer Lucía twice: Mei replied while Wei was writing, so his send
    names her and waits; Cancel keeps his text, Send anyway sends it."""
    from desktop.gui.app import install_language

    window, s = wei_window
    install_language(qapp, lang)
    try:
        chat = open_chat(qtbot, window, 1)
        qtbot.keyClicks(chat.compose.edit, "Sale manana")
        mei = users.resolve(s.db, "mei")
        new = messaging.send(s.db, mei, 1, "Ya está enviado, Lucía.").message_id
        qtbot.waitUntil(lambda: chat.model.newest_stored_id() == new, timeout=5000)
        before = len(messaging.visible_ids(s.db, s.user, 1))
        qtbot.keyClick(chat.compose.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: chat.team.check.box is not None)
        box = chat.team.check.box
        assert box.text() == asked
        assert "Ya está enviado, Lucía." in box.informativeText()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).click()
        wait_idle(qtbot, s)
        assert chat.compose.text() == "Sale manana" and len(messaging.visible_ids(s.db, s.user, 1)) == before
        qtbot.keyClick(chat.compose.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: chat.team.check.box is not None)
        chat.team.check.box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: len(messaging.visible_ids(s.db, s.user, 1)) == before + 1, timeout=5000)
    finally:
        install_language(qapp, "en")


def test_a_colleagues_reply_is_not_counted_among_conversations_with_new_messages(qtbot, data_dir, session,
                                                                                   monkeypatch):
    """The tray's "%n more conversations have new messages" counts the buyers' conversations,
    never one where only a colleague wrote (every conversation past NOTIFY_MAX is summed up: 0 here)."""
    from PySide6.QtWidgets import QWidget

    from desktop.gui.views import tray

    monkeypatch.setattr(tray, "NOTIFY_MAX", 0)
    wei = open_session(qtbot, data_dir, "wei")
    try:
        notifier = tray.Notifier(wei, QWidget())
        qtbot.waitUntil(lambda: bool(notifier._side), timeout=5000)
        shown = []
        notifier.notify.connect(lambda title, body, cid: shown.append(body))
        with qtbot.waitSignal(wei.changed, timeout=5000):
            messaging.send(wei.db, users.resolve(wei.db, "mei"), 4, "Lo mandamos hoy.")
        wait_idle(qtbot, wei)
        assert shown == []
        with qtbot.waitSignal(wei.changed, timeout=5000):
            messaging.send(wei.db, users.resolve(wei.db, "james"), 4, "Thanks!")
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        assert len(shown) == 1 and "1" in shown[0]          # James's conversation only
    finally:
        wei.close()
