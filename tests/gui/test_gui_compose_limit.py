"""The compose box with a text past the message limit: a hostile paste is never checked by the
content policy, translated or read for tips (each costs seconds a megabyte), since it cannot
be sent as it is; once back under the limit the checks come back."""

from __future__ import annotations

from gui_helpers import wait_idle
from test_gui_chat import open_chat

from desktop.core import policy
from desktop.gui.ops import messages


def test_a_paste_past_the_limit_is_not_checked_until_it_is_shortened(qtbot, window, session, monkeypatch):
    checked: list[int] = []
    real = policy.check

    def counting(text, **kwargs):
        checked.append(len(text))
        return real(text, **kwargs)

    monkeypatch.setattr(messages.policy, "check", counting)
    chat = open_chat(qtbot, window, 3)
    box = chat.compose
    line = "mi wasap es 612 345 678 "
    box.set_text(line * (box.limit // len(line) + 1))
    qtbot.wait(700)                                  # past the policy's and the preview's delays
    wait_idle(qtbot, session)
    assert not any(n > box.limit for n in checked), checked
    assert not box.send_button.isEnabled() and box.hint.property("kind") == "limit"
    box.set_text(line)
    qtbot.waitUntil(lambda: len(line) in checked and box.hint.property("kind") == "policy", timeout=5000)
