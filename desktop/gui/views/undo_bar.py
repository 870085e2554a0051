""""Message deleted for you · Undo", shown for a few seconds after "Delete for me" (issue 15,
defect 12). The bar only tells time: `undo` when the button is pressed, `expired` when the
seconds are up; the chat decides what each means."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

UNDO_MS = 6000              # how long "Undo" is offered after deleting a message


class UndoBar(QFrame):
    undo = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setStyleSheet("#undoBar { background: #1F2937; } #undoBar QLabel { color: white; }")
        label = QLabel(self.tr("Message deleted for you."), self)
        self.button = QPushButton(self.tr("Undo"), self)
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(label, 1)
        layout.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_MS)
        self.timer.timeout.connect(self.expired)
        self.hide()

    def offer(self) -> None:
        """Show the bar with the focus on Undo, for UNDO_MS."""
        self.show()
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.timer.start()

    def close_bar(self) -> None:
        self.timer.stop()
        self.hide()
