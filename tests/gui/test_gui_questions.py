"""Questions in one click (issue 16 §1), in the real window: the product page's chips, a new
product chat's chips, and "Ask the seller about this" on a tracking event and a situation.
Each writes a question in the buyer's language into the compose box, editable, focused."""

from __future__ import annotations

from gui_helpers import open_session, wait_idle
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from desktop.core import schema as m
from desktop.gui.models.messages import MessageRole
from desktop.gui.views.question_chips import TEXTS
from desktop.gui.views.tracking_questions import tracking_question

RETURNED = 7                                      # the demo's order returned to sender


def last_row(chat):
    return chat.model.data(chat.model.index(chat.model.rowCount() - 1), MessageRole.ROW)


def focused(window, edit) -> bool:
    return edit.hasFocus() or window.focusWidget() is edit


def test_a_product_chip_opens_the_chat_with_the_question_written(qtbot, window, session):
    window.activateWindow()
    window.show_product(4)
    page = window.products.page
    qtbot.waitUntil(lambda: window.products.current_product_id() == 4)
    assert page.questions.isVisibleTo(page) and list(page.questions.chips) == [
        "photos", "size", "material", "original", "shipping"]
    page.variant_chips()[0].click()
    qtbot.mouseClick(page.questions.chips["size"], Qt.MouseButton.LeftButton)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: window.current_view() == "messages" and chat.model is not None
                    and chat.model.rowCount() > 0 and last_row(chat).kind == "product_card", timeout=10_000)
    assert last_row(chat).product.id == 4 and ": " in last_row(chat).text     # the option chosen
    edit = chat.compose.edit
    qtbot.waitUntil(lambda: chat.compose.text() == TEXTS["es"]["size"], timeout=10_000)   # Lucía writes Spanish
    assert edit.textCursor().selectedText() == "__"          # the height, to type over
    qtbot.waitUntil(lambda: focused(window, edit), timeout=10_000)
    # the chat is new for this product: its own chips are at the top, and write after what is there
    qtbot.waitUntil(lambda: chat.questions.isVisibleTo(chat), timeout=10_000)
    qtbot.keyClicks(edit, "168")
    chat.questions.chips["shipping"].click()
    assert chat.compose.text() == (TEXTS["es"]["size"].replace("__", "168", 1) + "\n"
                                   + "¿Cuánto tarda el envío a España?")


def test_the_chats_chips_go_once_something_is_written(qtbot, window, session):
    window.show_product(12)
    qtbot.waitUntil(lambda: window.products.current_product_id() == 12)
    window.products.page.contact.click()
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.model is not None and chat.model.rowCount() > 0
                    and last_row(chat).kind == "product_card" and chat.questions.isVisibleTo(chat), timeout=10_000)
    chat.questions.chips["original"].click()
    assert chat.compose.text() == "¿El artículo es original o una réplica?"
    qtbot.keyClick(chat.compose.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: last_row(chat).kind == "text" and not chat.questions.isVisibleTo(chat), timeout=10_000)


def test_a_sellers_chat_and_product_page_have_no_chips(qtbot, seller_session):
    from desktop.gui.views.main_window import MainWindow

    w = MainWindow(seller_session)
    qtbot.addWidget(w)
    seller_session.ready.emit(seller_session.user)
    w.show()
    wait_idle(qtbot, seller_session)
    w.show_product(4)
    qtbot.waitUntil(lambda: w.products.current_product_id() == 4)
    assert not w.products.page.questions.isVisibleTo(w.products.page)


def test_the_questions_are_in_the_buyers_language(qtbot, data_dir, session):
    from desktop.gui.views.question_chips import question_text

    james = open_session(qtbot, data_dir, "james")
    try:
        assert question_text("shipping", james.user) == "How long does shipping to United Kingdom take?"
        assert question_text("material", session.user) == "¿De qué material está hecho el artículo?"
    finally:
        james.close()


def test_ask_about_a_tracking_event_opens_the_chat_with_the_question(qtbot, window, session):
    window.activateWindow()
    window.show_order(RETURNED)
    page = window.orders.page
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == RETURNED)
    timeline = page.timeline
    assert timeline.asking
    page.resize(900, 900)
    timeline.repaint()
    # the situation: returned to sender, said above the timeline with its own button
    assert page.situation.isVisibleTo(page) and "Returned to sender" in page.situation_text.text()
    # the link of the oldest event, clicked where it is drawn
    rects = timeline.link_rects
    assert len(rects) == len(page.detail.tracking)
    oldest = page.detail.tracking[0]
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rects[-1].center())
    chat = window.messages.chat
    qtbot.waitUntil(lambda: window.current_view() == "messages" and chat.model is not None
                    and chat.model.rowCount() > 0 and last_row(chat).kind == "order_card", timeout=10_000)
    assert last_row(chat).order.id == RETURNED
    expected = tracking_question(oldest, page.detail.row.number, session.user)
    qtbot.waitUntil(lambda: chat.compose.text() == expected, timeout=10_000)
    assert page.detail.row.number in expected and oldest.at.strftime("%Y-%m-%d")[:4] in expected
    assert expected.startswith("Sobre mi pedido")
    qtbot.waitUntil(lambda: focused(window, chat.compose.edit), timeout=10_000)
    # and the situation's button asks about the return itself
    window.show_order(RETURNED)
    qtbot.waitUntil(lambda: window.current_view() == "orders")
    chat.compose.set_text("")
    page.situation_button.click()
    qtbot.waitUntil(lambda: window.current_view() == "messages"
                    and "Devuelto al remitente" in chat.compose.text(), timeout=10_000)
    assert timeline.event_at(QPoint(1, 1)) is None                # the event's title is not the link


def test_a_seller_has_no_ask_links(qtbot, seller_session):
    from desktop.gui.views.main_window import MainWindow

    w = MainWindow(seller_session)
    qtbot.addWidget(w)
    seller_session.ready.emit(seller_session.user)
    w.show()
    wait_idle(qtbot, seller_session)
    oid = seller_session.ctx.db().read(lambda s: s.scalar(
        select(m.Order.id).where(m.Order.store_id == seller_session.user.store_id).order_by(m.Order.id)))
    w.show_order(oid)
    qtbot.waitUntil(lambda: w.orders.page.detail is not None)
    assert not w.orders.page.timeline.asking and not w.orders.page.situation.isVisibleTo(w.orders.page)
