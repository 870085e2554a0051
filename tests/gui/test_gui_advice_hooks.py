"""The marketplace's advice where it matters in the window (issue 19): what a refusal costs
with its "Why?" to the guide, the after-hours note after sending, the suggestion to wait
before a dispute, the writing tip while typing, the Help menu's guide and its links, and the
welcome strip."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import wait_idle
from PySide6.QtWidgets import QMessageBox

from desktop.core import clock, messaging
from desktop.core.outbox import PolicyRefusal
from desktop.core.policy import check
from desktop.gui.views.policy_warning import consequence_text


def open_chat(qtbot, window, cid):
    window.show_conversation(cid)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == cid and chat.model is not None and chat.model.rowCount() > 0)
    return chat


@pytest.mark.parametrize("text, words", [
    ("escríbeme al wasap", "evidence in a dispute"),
    ("mi correo es ana@gmail.com", "evidence in a dispute"),
    ("llámame al 612 345 678", "evidence in a dispute"),
    ("compra en www.tienda-barata.com", "buyer protection"),
    ("págame por transferencia fuera de la plataforma", "buyer protection"),
])
def test_each_refusal_says_what_it_would_cost(qtbot, text, words):
    verdict = check(text)
    assert verdict.blocked
    assert words in consequence_text(PolicyRefusal(verdict=verdict, translation_verdict=None))


def test_refusal_box_has_why_that_opens_the_guide_at_what_is_allowed(qtbot, window):
    chat = open_chat(qtbot, window, 3)
    chat.compose.set_text("Pásame tu WhatsApp y te pago por Bizum")
    chat.compose.send_button.click()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)), timeout=5000)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "buyer protection" in box.informativeText() and "still in the box" in box.informativeText()
    why = next(b for b in box.buttons() if b.text() == "Why?")
    why.click()
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.loaded, timeout=10_000)
    assert window.guide.isVisible() and window.guide.windowTitle() == "Talking with sellers"


def test_after_hours_note_after_sending(qtbot, window, session):
    chat = open_chat(qtbot, window, 1)             # Shenzhen Tech: Asia/Shanghai
    with clock.frozen(dt.datetime(2026, 12, 2, 19, 0)):    # 03:00 in Shenzhen
        chat.compose.set_text("¿Cuándo sale mi pedido?")
        chat.compose.send_button.click()
        qtbot.waitUntil(lambda: chat.compose.hint.property("kind") == "advice"
                        and chat.compose.hint.isVisibleTo(chat.compose), timeout=10_000)
    assert "03:00" in chat.compose.hint.text() and "outside the store's usual hours" in chat.compose.hint.text()


def test_writing_tip_while_typing(qtbot, window):
    chat = open_chat(qtbot, window, 3)
    chat.compose.set_text("¿Es de algodón? ¿Cuándo llega? ¿Tenéis fotos reales?")
    chat.assist.refresh_preview()
    assert chat.compose.hint.property("kind") == "tip"
    assert "one question per message" in chat.compose.hint.text()
    assert chat.compose.send_button.isEnabled()                  # never blocks sending


def test_dispute_dialog_suggests_waiting_for_a_fresh_unanswered_message(qtbot, window, session):
    from desktop.gui.views.dispute_dialog import DisputeDialog
    order_id = 5                                   # the demo's delivered order, from Shenzhen Tech
    with clock.frozen(dt.datetime(2026, 11, 20, 9)):
        cid, _card = messaging.contact(session.db, session.user, order_id=order_id)
        messaging.send(session.db, session.user, cid, "Llegó roto, ¿qué hago?")
    with clock.frozen(dt.datetime(2026, 11, 20, 12)):
        dialog = DisputeDialog(session, order_id, order_number="8190000000000105", parent=window)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitUntil(lambda: dialog.wait_note.isVisibleTo(dialog), timeout=10_000)
    assert "working day" in dialog.wait_note.text()


def test_help_menu_guide_links_to_places(qtbot, window):
    guide = window.open_guide()
    qtbot.waitUntil(lambda: guide.loaded, timeout=10_000)
    guide.place_requested.emit("orders")
    assert window.current_view() == "orders"


def test_welcome_strip_once_per_account(qtbot, window, session):
    wait_idle(qtbot, session)
    strip = window.welcome
    assert strip is not None and strip.isVisibleTo(window)
    strip.close_button.click()
    assert not strip.isVisibleTo(window)
    from desktop.gui.views.main_window import MainWindow
    again = MainWindow(session)
    qtbot.addWidget(again)
    session.ready.emit(session.user)
    assert again.welcome is not None and not again.welcome.isVisibleTo(again)
