"""The questions a dialog asks before what was typed is thrown away, opened without blocking
and answered through a callback: unsent writing, "Discard" or "Keep writing" (the default,
and Esc); unsaved edits of a form, "Save" (the default), "Discard" or "Cancel" (Esc)."""

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


def ask_to_save(parent: QWidget, title: str, question: str, answered: Callable[[str], None], *,
                can_save: bool = True) -> QMessageBox:
    """Ask before unsaved edits are dropped; `answered("save" | "discard" | "cancel")`. With
    `can_save` False (what is typed is refused as it stands) Save is there but off."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate("DiscardBox", "If you discard them, your changes are lost."))
    save = box.addButton(QCoreApplication.translate("DiscardBox", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("DiscardBox", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("DiscardBox", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    save.setEnabled(can_save)
    box.setDefaultButton(save if can_save else cancel)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda clicked: answered(
        "save" if clicked is save else "discard" if clicked is discard else "cancel"))
    box.open()
    return box
