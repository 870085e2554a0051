"""Pictures for the views' cells: decoded on the worker, cached here as pixmaps.

`ImageCache.get(path, side)` returns a QPixmap if it is ready, else None after asking
the worker for it; `ready` tells the views to repaint. The QPixmap is made here, on the
GUI thread (only a QImage may be made on another).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from desktop.gui.decode import resolve
from desktop.gui.ops import pictures

if TYPE_CHECKING:
    from desktop.gui.session import Session


class ImageCache(QObject):
    """Pixmaps by (path, side) for the views' cells; decoded on the session's worker."""

    ready = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}
        self._asked: set[tuple[str, int]] = set()

    def get(self, path: str, side: int) -> QPixmap | None:
        """The pixmap if it is ready (a null one for a file that is not a picture), else None."""
        key = (path, side)
        pm = self._pixmaps.get(key)
        if pm is not None or not path:
            return pm
        if key not in self._asked:
            self._asked.add(key)
            pictures.thumbnail(self._session, resolve(path, self._session.data_dir), side).on_success(
                lambda image, key=key: self._loaded(key, image)).run()
        return None

    def has(self, path: str, side: int) -> bool:
        """Whether `get` would return the pixmap now (nothing is asked for)."""
        return (path, side) in self._pixmaps or not path

    def _loaded(self, key: tuple[str, int], image: QImage) -> None:
        self._pixmaps[key] = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        self.ready.emit(key[0])
