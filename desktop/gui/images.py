"""Pictures for the views, decoded on the worker and cached on the GUI thread.

`ImageCache.get(path, size)` returns a QPixmap if it is ready, else None after asking
the worker to decode and scale it; `ready` tells the views to repaint. QImage may be
made on any thread; the QPixmap is made here, on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from desktop.config import resources_dir
from desktop.gui.worker import Worker


def resolve(path: str, data_dir: Path | None = None) -> Path:
    p = Path(path)
    if p.is_absolute():
        return p
    res = resources_dir() / p
    if res.exists() or data_dir is None:
        return res
    return data_dir / p


def _load(path: Path, side: int) -> QImage:
    """The picture fitted into a `side` square, decoded at that size where the format allows
    (a 12 MP JPEG is never held whole for a thumbnail) and turned upright by its EXIF tag."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.width() > 0 and size.height() > 0:
        scale = side / max(size.width(), size.height())
        reader.setScaledSize(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))))
    return reader.read()                 # a null QImage if the file is not a picture


class ImageCache(QObject):
    ready = Signal(str)

    def __init__(self, worker: Worker, data_dir: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self._data_dir = data_dir
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}
        self._asked: set[tuple[str, int]] = set()

    def get(self, path: str, side: int) -> QPixmap | None:
        key = (path, side)
        pm = self._pixmaps.get(key)
        if pm is not None or not path:
            return pm
        if key not in self._asked:
            self._asked.add(key)
            self._worker.op(_load, resolve(path, self._data_dir), side).on_success(
                lambda image, key=key: self._loaded(key, image)).run()
        return None

    def _loaded(self, key: tuple[str, int], image: QImage) -> None:
        self._pixmaps[key] = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        self.ready.emit(key[0])
