"""Files and pictures dropped or pasted onto a widget, decoded and handed on (STYLE "Do" 7).

This module only decodes what arrived: local file paths, or image bytes (a screenshot,
a picture dragged out of a browser). Whether a file may be sent, and storing it, is the
core's job (`desktop.core.attachments`), run by whoever receives the signals.

    drops = AttachmentDropFilter(parent)
    drops.install(chat.list)              # the message list (its viewport gets the drops)
    drops.install(compose.edit)           # the compose box: drops, and Ctrl+V of pictures
    drops.files_dropped.connect(strip.add_paths)
    drops.image_pasted.connect(strip.add_image_bytes)

What counts as an attachment, for drops and pastes alike (`mime_to_attachments`):
local file URLs (a file manager's copy or drag) win; otherwise, if the data carries
plain text that is more than a lone URL, it is text and stays text (office programs put
a rendered picture beside copied text); otherwise image data is an attachment, taken
as the encoded bytes the source offered (PNG, JPEG, GIF, WebP, BMP) or, failing those,
encoded as PNG from the decoded image.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

ENCODED_IMAGE_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif",
                       "image/webp": "webp", "image/bmp": "bmp"}
"""Image formats taken as they come from the source, best first (no re-encoding here)."""

_LONE_URL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|data:)\S*$")


class PastedImage(NamedTuple):
    """Image bytes from a drop or a paste, and a name to show for them."""

    data: bytes
    name: str


def suggested_name(ext: str = "png", now: dt.datetime | None = None) -> str:
    """A file name for a pasted picture, from the time it arrived: image-20261126-090512.png."""
    return f"image-{(now or dt.datetime.now()).strftime('%Y%m%d-%H%M%S')}.{ext}"


def _local_paths(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def _is_text(mime: QMimeData) -> bool:
    """True when the data is text to type in, not a picture that came with a URL as text."""
    if not mime.hasText():
        return False
    text = mime.text().strip()
    return bool(text) and not _LONE_URL.match(text)


def _has_image(mime: QMimeData) -> bool:
    return mime.hasImage() or any(mime.hasFormat(t) for t in ENCODED_IMAGE_TYPES)


def has_attachments(mime: QMimeData | None) -> bool:
    """Whether `mime_to_attachments` would find something; cheap (nothing is encoded)."""
    if mime is None:
        return False
    return bool(_local_paths(mime)) or (not _is_text(mime) and _has_image(mime))


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG (lossless: a screenshot stays sharp); b"" if it cannot be."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data()) if ok else b""


def _image(mime: QMimeData) -> PastedImage | None:
    for mime_type, ext in ENCODED_IMAGE_TYPES.items():
        if mime.hasFormat(mime_type):
            data = bytes(mime.data(mime_type).data())
            if data:
                return PastedImage(data, suggested_name(ext))
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QPixmap):
            image = image.toImage()
        if isinstance(image, QImage) and not image.isNull():
            data = png_bytes(image)
            if data:
                return PastedImage(data, suggested_name("png"))
    return None


def mime_to_attachments(mime: QMimeData | None) -> tuple[list[str], list[PastedImage]]:
    """The local file paths and the images a drop or a paste carries (see the module doc).

    Both lists empty means "not attachments": let the widget handle it (text stays text).
    """
    if mime is None:
        return [], []
    paths = _local_paths(mime)
    if paths:
        return paths, []
    if _is_text(mime):
        return [], []
    image = _image(mime)
    return [], [image] if image is not None else []


class AttachmentDropFilter(QObject):
    """An event filter that turns drops (and pasted pictures) on its widgets into signals.

    Drags carrying anything else (text) are left to the widget, so text can still be
    dropped into the compose box. With `intercept_paste_keys`, the paste key (Ctrl+V,
    Cmd+V, Shift+Insert) on an installed widget is taken over when the clipboard holds
    files or a picture; the context menu's Paste goes through `insertFromMimeData`, where
    a compose edit calls `handle_paste`.
    """

    files_dropped = Signal(list)       # list[str]: local paths, as dropped
    image_pasted = Signal(bytes, str)  # encoded image bytes, a suggested name
    drag_active = Signal(bool)         # True while attachments hover over an installed widget

    def __init__(self, parent: QObject | None = None, *, intercept_paste_keys: bool = True):
        super().__init__(parent)
        self._intercept_paste_keys = intercept_paste_keys
        self._hovering = False

    def install(self, widget: QWidget) -> None:
        """Watch `widget` (and its viewport, for a list or a text edit) for drops and pastes."""
        targets = [widget]
        if isinstance(widget, QAbstractScrollArea):
            targets.append(widget.viewport())
        for w in targets:
            w.setAcceptDrops(True)
            w.installEventFilter(self)

    def handle_paste(self, mime: QMimeData | None) -> bool:
        """Emit the files or pictures `mime` carries; True if it did (the paste is consumed).

        For a text edit's `insertFromMimeData`: when this returns False, paste as usual.
        """
        paths, images = mime_to_attachments(mime)
        if paths:
            self.files_dropped.emit(paths)
        for image in images:
            self.image_pasted.emit(image.data, image.name)
        return bool(paths or images)

    def _set_hovering(self, hovering: bool) -> None:
        if hovering != self._hovering:
            self._hovering = hovering
            self.drag_active.emit(hovering)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if not has_attachments(event.mimeData()):
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self._set_hovering(True)
            return True
        if kind == QEvent.Type.DragLeave:
            self._set_hovering(False)
            return False
        if kind == QEvent.Type.Drop:
            self._set_hovering(False)
            if not has_attachments(event.mimeData()):
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.handle_paste(event.mimeData())
            return True
        if kind == QEvent.Type.KeyPress and self._intercept_paste_keys and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Paste):
            return self.handle_paste(QGuiApplication.clipboard().mimeData())
        return False
