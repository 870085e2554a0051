"""The "12 / 2,000" under a text field with a limit: muted while within it, red past it.

    counter = CharCounter(disputes.MAX_DESCRIPTION, dialog)
    over = counter.count(field.toPlainText())       # True: the text is too long to send

It counts what the core checks: the text without the spaces around it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.gui import format as fmt

OVER_STYLE = "color: #C62828;"


class CharCounter(QLabel):
    def __init__(self, limit: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.limit = limit
        self.setObjectName("muted")
        self.count("")

    def count(self, text: str) -> bool:
        """Show the length of `text`; True when it is past the limit."""
        n = len(text.strip())
        over = n > self.limit
        self.setText(fmt.counter(n, self.limit))
        self.setStyleSheet(OVER_STYLE if over else "")
        return over
