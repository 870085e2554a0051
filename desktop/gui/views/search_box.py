"""The search field over the conversation list: asks for results when typing pauses, Enter
opens the current result, Down moves into the results, Escape clears it (back to the list)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.gui.views.key_text import key_text

DEBOUNCE_MS = 150        # a pause between two keys longer than most typists' keeps the worker free


class SearchField(QLineEdit):
    query_changed = Signal(str)     # the text, once typing paused (or at once when emptied)
    activated = Signal()            # Enter: open the current result
    step = Signal(int)              # Down / Up: move in the results (+1 / -1)
    cleared = Signal()              # Escape, or the text emptied: back to the list

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("search")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search messages (%1)").replace(
            "%1", key_text(QKeySequence.StandardKey.Find)))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fire)
        self.textChanged.connect(self._typed)

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.query_changed.emit("")
            self.cleared.emit()

    def _fire(self) -> None:
        self.query_changed.emit(self.text())

    def flush(self) -> None:
        """Ask now for what is typed (Enter before the pause ended)."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.text():
                self.clear()            # emits cleared through textChanged
            else:
                self.cleared.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
            self.activated.emit()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step.emit(1 if key == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)
