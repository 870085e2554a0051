"""A search field for a list of products or orders (issue 14): it asks after a short pause in
typing, and says when a query is done so that a late answer to an older one is dropped."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

PAUSE_MS = 200


class TableSearch(QLineEdit):
    query_changed = Signal(str)        # the text once typing pauses ("" = show everything again)

    def __init__(self, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(180)
        self.generation = 0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._fire)
        self.textChanged.connect(lambda _t: self._pause.start())

    def _fire(self) -> None:
        self.generation += 1
        self.query_changed.emit(self.text().strip())

    def current(self, generation: int) -> bool:
        """Whether an answer asked at `generation` is still the one to show."""
        return generation == self.generation
