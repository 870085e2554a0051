"""Ctrl+F in an open chat (issue 14): "3 of 17", next and previous (F3 / Shift+F3) take the chat
to each match, Escape closes the bar; Ctrl+F over the list still searches every conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core import messaging
from desktop.gui.models.messages import MessageRole


def open_chat(qtbot, window, cid):
    window.show_conversation(cid)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == cid and chat.model is not None and chat.model.rowCount() > 0)
    return chat


def test_ctrl_f_in_a_chat_counts_and_steps_through_matches(qtbot, window, session):
    for n in range(3):
        messaging.send(session.db, session.user, 1, f"pregunta sobre el enchufe número {n}")
    chat = open_chat(qtbot, window, 1)
    window.activateWindow()
    chat.compose.edit.setFocus()
    qtbot.keyClick(chat.compose.edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = chat.search_bar
    assert bar.isVisibleTo(chat)
    qtbot.keyClicks(bar.field, "enchufe")
    qtbot.waitUntil(lambda: bar.count.text() == "3 of 3", timeout=10_000)
    newest = bar.matches.message_ids[-1]
    qtbot.waitUntil(lambda: chat._jump is not None and chat._jump.message_id == newest and chat._jump.done,
                    timeout=10_000)
    bar.step_back()
    assert bar.count.text() == "2 of 3"
    qtbot.waitUntil(lambda: chat._jump.message_id == bar.matches.message_ids[1], timeout=10_000)
    bar.step_forward()
    bar.step_forward()
    assert bar.count.text() == "1 of 3"                  # wraps around
    shown = [chat.model.index(n).data(MessageRole.ID) for n in range(chat.model.rowCount())]
    assert set(bar.matches.message_ids) <= set(shown)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisibleTo(chat)


def test_no_match_is_said(qtbot, window):
    chat = open_chat(qtbot, window, 1)
    chat.find_in_chat()
    qtbot.keyClicks(chat.search_bar.field, "zzzqqq")
    qtbot.waitUntil(lambda: chat.search_bar.count.text() == "No matches", timeout=10_000)
    assert not chat.search_bar.next.isEnabled()
