"""The message field of the cancellation dialogs counts its characters against the core's
limit, as the dispute dialog's description does (this morning's review): the same counter,
red and the button off past the limit."""

from __future__ import annotations

import pytest

from desktop.core.order_history import MAX_TEXT
from desktop.gui.views.cancel_dialog import CancelRequestDialog, DeclineDialog
from desktop.gui.views.char_counter import CharCounter


@pytest.mark.parametrize("kind", [CancelRequestDialog, DeclineDialog])
def test_the_message_field_counts_to_the_limit(qtbot, session, english_locale, kind):
    dialog = kind(session, 1, "8190000000000101")
    qtbot.addWidget(dialog)
    assert isinstance(dialog.counter, CharCounter)
    assert dialog.counter.text() == f"0 / {MAX_TEXT:,}"
    assert dialog.form.getWidgetPosition(dialog.counter)[0] == dialog.form.getWidgetPosition(dialog.text)[0] + 1
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    dialog.text.setPlainText("  Ya no lo necesito  ")
    assert dialog.counter.text() == f"17 / {MAX_TEXT:,}" and dialog.counter.styleSheet() == ""
    assert dialog.ok_button.isEnabled()
    dialog.text.setPlainText("x" * (MAX_TEXT + 1))
    assert dialog.counter.text() == f"{MAX_TEXT + 1:,} / {MAX_TEXT:,}" and "#C62828" in dialog.counter.styleSheet()
    assert not dialog.ok_button.isEnabled()
