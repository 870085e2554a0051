"""A window's first size, never larger than the screen it opens on (a 1366x768 laptop, a
netbook's 1024x600, the window's own minimum 800x560 on a small screen)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width x height, or to its screen's free area where that is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    free = screen.availableGeometry()
    widget.resize(min(width, free.width()), min(height, free.height()))
