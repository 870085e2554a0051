"""Decoding pictures with Qt, for the worker (QImage is safe on any thread; QPixmap is not):
the ops of `desktop.gui.ops.pictures` run these there and hand the QImage back."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from desktop.config import resources_dir


def resolve(path: str, data_dir: Path | None = None) -> Path:
    """A picture named by the data: relative names are the demo's resources, else the data folder's."""
    p = Path(path)
    if p.is_absolute():
        return p
    res = resources_dir() / p
    if res.exists() or data_dir is None:
        return res
    return data_dir / p


def load_image(source: Path | str | bytes, max_side: int | None = None) -> QImage:
    """Decode a picture, turned upright by its EXIF tag and scaled down to `max_side` (while
    decoding where the format allows: JPEG); a null QImage if it cannot be decoded."""
    if isinstance(source, (bytes, bytearray)):
        array = QByteArray(bytes(source))      # kept in a name: the buffer reads it, it does not own it
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    else:
        reader = QImageReader(os.fspath(source))
    reader.setAutoTransform(True)
    size = reader.size()
    # Only where the decoder itself can scale (JPEG: 1/2, 1/4, 1/8 of the work); elsewhere
    # Qt would decode in full and then scale, slower than the smooth scale below.
    if max_side and size.isValid() and max(size.width(), size.height()) > max_side \
            and reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize):
        reader.setScaledSize(size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if max_side and not image.isNull() and max(image.width(), image.height()) > max_side:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def fitted_image(path: Path, side: int) -> QImage:
    """The picture fitted into a `side` square (small ones grow to it), decoded at that size
    where the format allows, so a 12 MP JPEG is never held whole for a thumbnail."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.width() > 0 and size.height() > 0:
        scale = side / max(size.width(), size.height())
        reader.setScaledSize(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))))
    return reader.read()                 # a null QImage if the file is not a picture
