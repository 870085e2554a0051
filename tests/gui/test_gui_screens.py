"""What the screenshots of every view at 1280x800 and at the minimum window size (800x560)
showed wrong (issue 15, "Done when"): each fix with the test that says it."""

from __future__ import annotations

from gui_helpers import wait_idle


def seller_window(qtbot, session, size=(800, 560)):
    from desktop.gui.views.main_window import MainWindow

    w = MainWindow(session, start_view="messages")
    qtbot.addWidget(w)
    session.ready.emit(session.user)
    w.resize(*size)
    w.show()
    wait_idle(qtbot, session)
    return w


def test_a_narrow_chat_header_shows_the_whole_name(qtbot, seller_session):
    """At 800x560 a seller's chat header held the name, "Note" and "Show originals" on one line:
    "James Carter" read "James …". The buttons share the subtitle's line, the name has the width."""
    w = seller_window(qtbot, seller_session)
    w.messages.open_conversation(4)
    chat = w.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == 4 and chat.title.text() != "", timeout=10_000)
    qtbot.wait(20)
    assert chat.title.text() == "James Carter"
    assert not chat.title.is_elided(), chat.title.shown_text()
    assert chat.title.geometry().bottom() < chat.originals_button.geometry().top()
