"""A dispute's return address as the store gave it: line by line, selectable to copy onto the
parcel (the return dialog and the order page show it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget


def address_label(address: str, parent: QWidget) -> QLabel:
    """A return address as the store gave it, line by line, selectable to copy onto a parcel;
    without one, says so (a return asked before the marketplace kept addresses)."""
    label = QLabel(parent)
    label.setObjectName("returnAddress")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(address_text(address))
    return label


def address_text(address: str) -> str:
    return address.strip() or QCoreApplication.translate(
        "ShipDialog", "The store gave no return address: ask the seller for it in the chat.")
