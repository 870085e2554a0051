"""Knowing when a view has painted its first screen of data (not an empty frame): the
moment a user can start reading. The main window starts background work after it, and
the start-up probe (`BUZON_EXIT_AFTER_PAINT=content`) stamps it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView


def visible_rows(view: QAbstractItemView) -> list[int]:
    """The rows of the view's model that are (at least partly) on screen."""
    model, area = view.model(), view.viewport().rect()
    rows: list[int] = []
    for n in range(model.rowCount() if model is not None else 0):
        if view.visualRect(model.index(n, 0)).intersects(area):
            rows.append(n)
        elif rows:
            break                    # past the last visible row: the rest are below it
    return rows


class FirstScreen(QObject):
    """Emits `shown` once, after the first paint of `view`'s viewport at which `ready()`
    held (the rows on screen had arrived, with their pictures where the view shows any)."""

    shown = Signal()

    def __init__(self, view: QAbstractItemView, ready: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._ready = ready
        self.done = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done and self._ready():
            self.done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.shown.emit)      # once this paint is done
        return False
