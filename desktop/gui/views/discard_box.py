"""The question a dialog asks before its unsent writing is thrown away: "Discard" or "Keep
writing" (the default, and Esc), opened without blocking, answered through a callback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_discard(parent: QWidget, title: str, question: str, answered: Callable[[bool], None]) -> QMessageBox:
    """Open the question over `parent`; `answered(True)` when the user chose to discard."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    discard = box.addButton(QCoreApplication.translate("DiscardBox", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("DiscardBox", "Keep writing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda clicked: answered(clicked is discard))
    box.open()
    return box
