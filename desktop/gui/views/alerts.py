"""Message boxes that never block: opened window-modal and left to close themselves, so no
nested event loop runs (and an offscreen window, with nobody to press OK, never hangs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def warn(parent: QWidget, text: str, detail: str = "") -> QMessageBox:
    """A KnownError, or another warning the user can act on."""
    return show_box(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("Alerts", "Buzón"), text, detail)
