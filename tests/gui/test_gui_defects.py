"""The defects a new user hit (issue 15 §2), each checked in the real window."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest_attachments import write_image, write_mp4
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.core import clock
from desktop.core import schema as m
from desktop.core.kinds import MessageKind
from desktop.gui import format as fmt
from gui_helpers import wait_idle

DELIVERED = "8190000000000105"


def order_id(session, number: str) -> int:
    return session.ctx.db().read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == number)))


def open_order(qtbot, window, number: str):
    window.show_order(order_id(window.session, number))
    qtbot.waitUntil(lambda: window.orders.currentWidget() is window.orders.page
                    and window.orders.page.detail is not None and window.orders.page.detail.row.number == number,
                    timeout=10_000)
    return window.orders.page


def seller_window(qtbot, seller_session):
    from desktop.gui.views.main_window import MainWindow

    w = MainWindow(seller_session)
    qtbot.addWidget(w)
    seller_session.ready.emit(seller_session.user)
    w.show()
    wait_idle(qtbot, seller_session)
    return w


@pytest.fixture
def demo_time():
    """The demo's delivered order is inside its 15 days for a dispute at the demo's base time
    (its dates are fixed; with the real clock the window has closed)."""
    with clock.frozen(dt.datetime(2026, 11, 20, 9)):
        yield


# -- 1. a submitted dispute is confirmed, shown on the order to both sides, and in the chat ------------
def test_1_a_dispute_is_confirmed_shown_on_the_order_and_carded_in_the_chat(qtbot, tmp_path, window,
                                                                             seller_session, demo_time):
    page = open_order(qtbot, window, DELIVERED)
    assert not page.problems.reason.isVisibleTo(page)
    dialog = page.open_dispute()
    dialog.reason.setCurrentIndex(dialog.reason.findData("damaged"))
    dialog.description.setPlainText("The lamp arrived cracked; see the photo and the video.")
    dialog.evidence.add_paths([str(write_image(tmp_path, "cracked.jpg", "JPEG", size=(320, 240))),
                               str(write_mp4(tmp_path, "unboxing.mp4"))])
    qtbot.waitUntil(lambda: dialog.evidence.checking == 0 and dialog.submit_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "confirmation", None) is not None, timeout=20_000)
    assert page.confirmation.icon() == QMessageBox.Icon.Information and DELIVERED in page.confirmation.text()
    section = page.problems
    qtbot.waitUntil(lambda: section.reason.isVisibleTo(page) and section.case is not None, timeout=10_000)
    assert section.reason.text() == "Dispute: The item arrived damaged"
    assert "The lamp arrived cracked; see the photo and the video." in section.history.text()
    assert "Opened by you on" in section.opened.text()
    tiles = section.history.evidence_tiles
    qtbot.waitUntil(lambda: [t.property("kind") for t in tiles()] == ["picture", "video"], timeout=10_000)
    qtbot.waitUntil(lambda: tiles()[0].pixmap() is not None and not tiles()[0].pixmap().isNull(), timeout=10_000)
    viewer = tiles()[0].open()                    # a thumbnail opens the picture in the viewer
    assert viewer.path == tiles()[0].path
    viewer.close()
    wait_idle(qtbot, window.session)
    # The seller's notice: the order's card in the conversation with the store, drawn as a dispute card.
    oid = order_id(window.session, DELIVERED)
    last = window.session.ctx.db().read(lambda s: s.execute(
        select(m.Message.kind, m.Message.order_id).order_by(m.Message.id.desc()).limit(1)).one())
    assert (last.kind, last.order_id) == (MessageKind.ORDER_CARD, oid)
    # The seller sees the same section on the order page.
    seller = seller_window(qtbot, seller_session)
    seller_page = open_order(qtbot, seller, DELIVERED)
    qtbot.waitUntil(lambda: seller_page.problems.case is not None, timeout=10_000)
    assert "Opened by the buyer on" in seller_page.problems.opened.text()
    assert len(seller_page.problems.history.evidence_tiles()) == 2
    page.confirmation.close()


# -- 2. a seller's orders name the buyer, and the seller's order page can contact them ----------------
def test_2_the_sellers_orders_name_the_buyer_and_contact_them(qtbot, seller_session):
    from desktop.gui.models.orders import OrderColumn

    seller = seller_window(qtbot, seller_session)
    seller.show_view("orders")
    qtbot.waitUntil(lambda: seller.orders.model.rowCount() > 0, timeout=10_000)
    header = seller.orders.model.headerData(OrderColumn.STORE, Qt.Orientation.Horizontal,
                                            Qt.ItemDataRole.DisplayRole)
    assert header == "Buyer"
    page = open_order(qtbot, seller, "8190000000000104")            # Lucía's order at Shenzhen Tech
    assert page.contact.isVisibleTo(page) and page.contact.text() == "Contact buyer"
    qtbot.mouseClick(page.contact, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seller.current_view() == "messages"
                    and seller.messages.open_conversation_id is not None, timeout=10_000)
    assert seller.messages.chat.title.text() == page.detail.row.buyer_name


def test_2_the_buyers_orders_still_name_the_store(qtbot, window):
    from desktop.gui.models.orders import OrderColumn

    window.show_view("orders")
    qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=10_000)
    assert window.orders.model.headerData(OrderColumn.STORE, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.DisplayRole) == "Store"


# -- 5. an action that opens a chat puts the cursor in its compose box ---------------------------------
def test_5_contact_seller_focuses_the_compose_box(qtbot, window):
    window.activateWindow()
    page = open_order(qtbot, window, "8190000000000104")
    qtbot.mouseClick(page.contact, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_view() == "messages"
                    and window.messages.open_conversation_id is not None, timeout=10_000)
    edit = window.messages.chat.compose.edit
    qtbot.waitUntil(lambda: edit.hasFocus() or window.focusWidget() is edit, timeout=10_000)


# -- 3. the language packs dialog keeps its few widgets together --------------------------------------
def test_3_the_packs_dialog_without_packs_has_no_large_gaps(qtbot, session):
    from desktop.gui.views.packs_dialog import PacksDialog

    d = PacksDialog(session)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.empty.isVisible(), timeout=10_000)
    qtbot.wait(50)
    gap = d.install_button.geometry().top() - d.empty.geometry().bottom()
    assert 0 <= gap < 24
    assert d.close_button.geometry().top() - d.install_button.geometry().bottom() < 80
    assert d.height() < 300


# -- 4. after the status filter changes, no row is selected and the row buttons are off ---------------
def test_4_changing_the_filter_disables_the_row_buttons(qtbot, window):
    window.show_view("orders")
    view = window.orders
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    view.table.selectRow(0)
    assert view.open_button.isEnabled() and view.contact_button.isEnabled()
    view.filter.setCurrentIndex(view.filter.findData("shipped"))
    wait_idle(qtbot, window.session)
    qtbot.waitUntil(lambda: view.model.loaded, timeout=10_000)
    assert not view.table.selectionModel().selectedRows()
    assert not view.open_button.isEnabled() and not view.contact_button.isEnabled()


# -- 6. combo boxes are as wide as their longest entry ---------------------------------------------------
def test_6_the_filters_show_their_longest_entry_whole(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    window.show_view("products")
    combo = window.products.store_filter
    qtbot.waitUntil(lambda: combo.count() > 3, timeout=10_000)
    window.show_view("orders")
    qtbot.wait(50)
    for box in (window.products.store_filter, window.orders.filter):
        longest = max(box.fontMetrics().horizontalAdvance(box.itemText(n)) for n in range(box.count()))
        assert box.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContents
        assert box.sizeHint().width() > longest + 16, [box.itemText(n) for n in range(box.count())]
    window.show_view("products")
    qtbot.waitUntil(lambda: combo.width() >= combo.sizeHint().width(), timeout=5_000)


# -- 7. at the minimum window size, the chat header and notices are cut with "…", not clipped ------
def test_7_the_minimum_size_elides_the_chat_header_and_notices(qtbot, window):
    from desktop.gui.views.main_window import MINIMUM_SIZE

    assert (MINIMUM_SIZE.width(), MINIMUM_SIZE.height()) == (800, 560)
    assert window.minimumSize() == MINIMUM_SIZE
    window.resize(MINIMUM_SIZE)
    window.show_view("messages")
    qtbot.waitUntil(lambda: window.messages.model.rowCount() > 0, timeout=10_000)
    window.show_conversation(window.messages.model.row_at(0).id)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id is not None, timeout=10_000)
    long_name = "Shenzhen Tech Official Flagship Store of Consumer Electronics and Accessories 深圳科技官方旗舰店"
    chat.title.setText(long_name)
    qtbot.wait(20)
    assert chat.title.is_elided() and chat.title.shown_text().endswith("…")
    assert chat.title.toolTip() == long_name
    button = chat.originals_button                  # in the header's row of buttons: in the header's coordinates
    assert not chat.title.geometry().intersects(button.rect().translated(button.mapTo(chat.header, button.rect().topLeft())))
    notice = "An old notice that used to wrap to six lines in a narrow window, " * 6
    chat.compose.show_hint(notice, "tip")
    qtbot.wait(20)
    lines = chat.compose.hint.height() / chat.compose.hint.fontMetrics().lineSpacing()
    assert chat.compose.hint.shown_text().endswith("…") and lines < 3.5


# -- 9. the title names the user and Buzón once each ------------------------------------------------------
def test_9_the_title_says_buzon_once(qtbot, seller_session):
    from PySide6.QtGui import QGuiApplication

    seller = seller_window(qtbot, seller_session)
    seller._unread_changed(4)
    title = seller.windowTitle()
    # A seller's title also counts the overdue conversations ("(4 unread · 1 overdue) …", issue 17).
    assert title.startswith(("(4) ", "(4 unread · ")) and title.count("Buzón") == 1
    # Qt appends " — <display name>" to a title that does not end with it: this one does.
    assert title.endswith(QGuiApplication.applicationDisplayName())
    assert title.count(seller_session.user.name) == 1


def test_7_a_large_unread_count_fits_the_navigation(qtbot, seller_session, english_locale):
    seller = seller_window(qtbot, seller_session)
    seller._unread_changed(13220)                  # a seller at scale: "Messages (1322" was cut
    item = seller.nav.item(2)
    assert item.text().replace("\n", " ") == "Messages (999+)" and "13,220" in item.toolTip()
    for line in item.text().split("\n"):        # the count goes on its own line where it does not fit
        width = seller.nav.fontMetrics().horizontalAdvance(line) + seller.nav.iconSize().width()
        assert width < seller.nav.width() - 8
    assert not seller.nav.horizontalScrollBar().isVisible()
    seller._unread_changed(0)
    assert item.text() == "Messages" and item.toolTip() == ""


# -- 11. one helper for counts, plural-aware messages ------------------------------------------------------
def test_11_counters_agree_and_the_policy_hint_agrees_in_number(qtbot, window):
    from desktop.core import policy
    from desktop.gui.views.dispute_dialog import DisputeDialog

    dialog = DisputeDialog(window.session, order_id(window.session, DELIVERED), order_number=DELIVERED)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("hello")
    assert dialog.counter.text() == "5 / 2,000"
    window.show_view("messages")
    qtbot.waitUntil(lambda: window.messages.model.rowCount() > 0, timeout=10_000)
    window.show_conversation(window.messages.model.row_at(0).id)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id is not None, timeout=10_000)
    chat.compose.set_text("hello")
    assert chat.compose.counter.text() == "5 / 2,000"
    two = policy.check("mi whatsapp es 612 345 678")
    chat.assist.show_verdict(two)
    assert len({m.text for m in two.matches}) == 2
    assert " and " in chat.compose.hint.text() and " break the marketplace" in chat.compose.hint.text()
    one = policy.check("escríbeme por whatsapp")
    chat.assist.show_verdict(one)
    assert " breaks the marketplace" in chat.compose.hint.text()


def test_11_english_plurals_come_from_the_english_catalogue(qapp):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("ExceptionHook", "%n more error(s) since.", "", 1) == "1 more error since."
    assert QCoreApplication.translate("ExceptionHook", "%n more error(s) since.", "", 3) == "3 more errors since."


# -- 12. deleting a message can be undone for a few seconds --------------------------------------------
def open_chat(qtbot, window, conversation_id: int):
    window.show_conversation(conversation_id)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.model is not None and chat.conversation_id == conversation_id
                    and chat.model.rowCount() > 1, timeout=10_000)
    return chat


def visible_ids(session, conversation_id: int) -> list[int]:
    from desktop.core import messaging

    return [r.id for r in messaging.page(session.ctx.db(), session.user, conversation_id)]


def test_12_a_deleted_message_can_be_undone_then_goes(qtbot, window):
    from desktop.gui.models.messages import MessageRole
    from desktop.gui.views.undo_bar import UNDO_MS

    assert 2000 <= UNDO_MS <= 10_000
    chat = open_chat(qtbot, window, 1)
    victim = chat.model.data(chat.model.index(1), MessageRole.ID)
    chat.delete_message(victim)
    assert victim not in [r.id for r in chat.model.rows()] and chat.undo_bar.isVisibleTo(chat)
    qtbot.mouseClick(chat.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: victim in [r.id for r in chat.model.rows()], timeout=10_000)
    wait_idle(qtbot, window.session)
    assert victim in visible_ids(window.session, 1) and not chat.undo_bar.isVisibleTo(chat)
    chat._undo_timer.setInterval(50)              # the few seconds pass
    chat.delete_message(victim)
    qtbot.waitUntil(lambda: not chat.undo_bar.isVisibleTo(chat), timeout=5_000)
    wait_idle(qtbot, window.session)
    assert victim not in visible_ids(window.session, 1)


def test_12_removing_a_language_pack_defaults_to_cancel(qtbot, monkeypatch, session):
    from desktop.gui.views.packs_dialog import PacksDialog

    seen = {}

    def question(parent, title, text, buttons=None, default=None):
        seen["buttons"], seen["default"] = buttons, default
        return QMessageBox.StandardButton.Cancel
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    d = PacksDialog(session)
    qtbot.addWidget(d)
    monkeypatch.setattr(d, "selected_pair", lambda: ("es", "en"))
    d.remove_selected()
    assert seen["default"] == QMessageBox.StandardButton.Cancel
    assert not d.busy


# -- 13. "Show originals" without a pack says why nothing changes -------------------------------------
def test_13_show_originals_without_a_pack_says_what_to_install(qtbot, window):
    from desktop.gui.models.messages import MessageRole, NoteAction

    chat = open_chat(qtbot, window, 1)
    model = chat.model
    qtbot.waitUntil(lambda: any(model.index(n).data(MessageRole.NOTE_ACTION) is NoteAction.INSTALL
                                for n in range(model.rowCount())), timeout=10_000)
    qtbot.mouseClick(chat.originals_button, Qt.MouseButton.LeftButton)
    hint = chat.compose.hint
    assert hint.isVisibleTo(chat.compose) and hint.text().startswith("No translation to show: install")
    assert "Language packs" in hint.text()
    qtbot.mouseClick(chat.originals_button, Qt.MouseButton.LeftButton)
    assert not hint.isVisibleTo(chat.compose)


# -- 14. cards without an empty bottom, a catalogue that fills its width, titles cut with "…" ---------
def test_14_chat_cards_have_no_empty_bottom(qtbot, window):
    from PySide6.QtGui import QFontMetrics

    from desktop.gui.models.messages import MessageRole
    from desktop.gui.views.bubbles import PAD, THUMB

    chat = open_chat(qtbot, window, 1)
    model = chat.model
    cards = [model.index(n) for n in range(model.rowCount())
             if model.index(n).data(MessageRole.ROW).kind in (MessageKind.PRODUCT_CARD, MessageKind.ORDER_CARD)]
    assert cards
    option = chat._option()
    bubble = chat.delegate.bubble_rect(cards[0], chat.list.visualRect(cards[0]), option)
    line = QFontMetrics(option.font).height()
    assert bubble.height() - 2 * PAD <= max(THUMB, 4 * line + 8)
    assert bubble.height() - 2 * PAD - THUMB < line                   # was 20 px of nothing, and more


def test_14_the_catalogue_fills_its_width_and_cuts_titles_with_an_ellipsis(qtbot, window):
    from desktop.gui.views.product_item import CARD, title_lines

    window.resize(1180, 760)
    window.show_view("products")
    grid = window.products.grid
    qtbot.waitUntil(lambda: window.products.model.rowCount() > 5, timeout=10_000)
    qtbot.wait(50)
    cell = window.products.delegate.cell
    spacing = grid.spacing()
    columns = max(1, (grid.viewport().width() - spacing) // (cell.width() + spacing))
    assert cell.width() >= CARD.width()
    band = grid.viewport().width() - spacing - columns * (cell.width() + spacing)
    assert 0 <= band <= columns + 1                   # what is left on the right: under a pixel per column
    shown = grid.visualRect(window.products.model.index(columns - 1, 0))
    assert grid.viewport().width() - shown.right() <= spacing + columns + 2
    long_title = "Wireless Earbuds Pro, Bluetooth 5.3, noise cancelling, 30 h battery, wireless charging case"
    lines = title_lines(grid.font(), long_title, 150)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert title_lines(grid.font(), "Cable", 150) == ["Cable"]


def test_14_order_dates_line_up(qtbot, window):
    from desktop.gui.models.orders import OrderColumn

    window.show_view("orders")
    model = window.orders.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.index(0, 0).data() is not None, timeout=10_000)
    align = model.index(0, OrderColumn.DATE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight


# -- 8. the empty chat pane gives each role a hint that fits it -----------------------------------------
def test_8_the_empty_chat_pane_fits_the_role(qtbot, window, seller_session):
    assert "Contact seller" in window.messages.empty.text()
    seller = seller_window(qtbot, seller_session)
    assert "Contact seller" not in seller.messages.empty.text()
    assert "Buyers write to your store" in seller.messages.empty.text()


# -- 10. the buyer picks a variant, and it goes on the product card the seller gets ---------------------
def test_10_a_chosen_variant_goes_on_the_product_card(qtbot, window, seller_session):
    from desktop.core import messaging

    window.show_view("products")
    qtbot.waitUntil(lambda: window.products.model.rowCount() > 0, timeout=10_000)
    product_id = window.products.model.id_at(0)
    window.show_product(product_id)
    page = window.products.page
    qtbot.waitUntil(lambda: page.detail is not None and len(page.variant_chips()) > 1, timeout=10_000)
    chips = page.variant_chips()
    assert all(c.isCheckable() for c in chips)
    qtbot.mouseClick(chips[1], Qt.MouseButton.LeftButton)
    kind = fmt.variant_kind(chips[1].property("variant_kind"))
    assert kind[0].isupper() and chips[1].toolTip() == kind        # "Colour", never the code "colour"
    assert chips[1].isChecked() and page.chosen_variant() == f"{kind}: {chips[1].text()}"
    qtbot.mouseClick(page.contact, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.messages.open_conversation_id is not None, timeout=10_000)
    wait_idle(qtbot, window.session)
    cid = window.messages.open_conversation_id
    seller_rows = messaging.page(seller_session.ctx.db(), seller_session.user, cid)
    card = [r for r in seller_rows if r.kind == MessageKind.PRODUCT_CARD][-1]
    assert card.product.id == product_id and card.text == f"{kind}: {chips[1].text()}"


def test_14_order_columns_sort(qtbot, seller_session):
    from desktop.gui.models.orders import OrderColumn

    seller = seller_window(qtbot, seller_session)
    seller.show_view("orders")
    model = seller.orders.model
    qtbot.waitUntil(lambda: model.rowCount() > 1, timeout=10_000)
    newest_first = model.ids()

    def column(col):
        return [model.index(n, col).data() for n in range(model.rowCount())]

    seller.orders.table.sortByColumn(OrderColumn.TOTAL, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.ids() != newest_first and None not in column(OrderColumn.TOTAL), timeout=10_000)
    totals = [model.cached(i).total_cents for i in model.ids()]
    assert totals == sorted(totals)
    seller.orders.table.sortByColumn(OrderColumn.STORE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: column(OrderColumn.STORE) == sorted(column(OrderColumn.STORE), reverse=True)
                    and None not in column(OrderColumn.STORE), timeout=10_000)
    seller.orders.table.sortByColumn(OrderColumn.DATE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.ids() == newest_first, timeout=10_000)


def test_14_notifications_name_the_product_or_the_order(qtbot, window):
    from desktop.core import messaging
    from desktop.gui.views.tray import preview

    rows = messaging.page(window.session.ctx.db(), window.session.user, 1)
    product = next(r for r in rows if r.kind == MessageKind.PRODUCT_CARD)
    order = next(r for r in rows if r.kind == MessageKind.ORDER_CARD)
    assert preview(product).startswith(product.product.title) and "[" not in preview(product)
    assert preview(order) == f"Order {order.order.number}"


# -- 12 (the list's part): deleting a conversation defaults to Cancel ----------------------------------
def test_12_deleting_a_conversation_defaults_to_cancel(qtbot, window, session):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    centre = window.messages
    window.show_view("messages")
    qtbot.waitUntil(lambda: centre.model.rowCount() > 0)
    cid = centre.model.row_at(0).id
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        qtbot.keyClick(box, Qt.Key.Key_Return)          # Enter takes the default: nothing is deleted

    QTimer.singleShot(100, answer)
    centre._delete(cid)
    assert seen["default"]
    wait_idle(qtbot, session)
    assert centre.model.row_of(cid) >= 0


# -- 14 (the list's part): previews name the product or the order ---------------------------------------
def test_14_list_previews_name_the_card(qtbot, window, session):
    from desktop.core import conversations, messaging
    from desktop.gui.models.conversations import preview

    cid, _card = messaging.contact(session.db, session.user, order_id=order_id(session, DELIVERED))
    row = next(r for r in conversations.list_conversations(session.db, session.user) if r.id == cid)
    assert preview(row) == f"You: Order {DELIVERED}"
    product_cid, _card = messaging.contact(session.db, session.user, product_id=1)
    row = next(r for r in conversations.list_conversations(session.db, session.user) if r.id == product_cid)
    assert preview(row).startswith("You: Product: ") and "[Product]" not in preview(row)


def test_14_a_request_card_preview_is_said_in_the_window_language(qtbot, window, session):
    import dataclasses

    from desktop.core.kinds import MessageKind
    from desktop.gui.models.conversations import preview
    from desktop.core import conversations

    row = conversations.list_conversations(session.db, session.user)[0]
    card = dataclasses.replace(row, last_kind=MessageKind.REQUEST_CARD, last_text="Dispute opened (damaged)",
                               last_mine=False)
    assert preview(card) == "[Cancellation or dispute update]"
