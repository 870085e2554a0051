"""The preview strip above the compose box: files waiting to be sent, checked before they go.

Each file or pasted picture is checked on the worker (`ops.attachments.check`, with the
user's limits) and previewed from a QImage decoded there at thumbnail size; a refused
one is never added and `refused(name, reason, message)` says why. At most as many
pictures as one message takes go in (`ops.messages.MAX_FILES`); the same file or picture
twice is added once. With `evidence=True` the strip holds dispute evidence instead:
videos are accepted too (shown with a play mark, since Buzón decodes no video) and the
cap is the dispute's (`ops.disputes.MAX_EVIDENCE`).

Nothing is stored here: `items()` gives the checked files; the message or the dispute
stores them when it is sent.
"""

from __future__ import annotations

import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui.ops import attachments, disputes, messages
from desktop.gui.ops.attachments import Checked, PendingAttachment
from desktop.gui.session import Session

PREVIEW_SIDE = 72
IMAGE_EXTENSIONS = "*.jpg *.jpeg *.png *.gif *.webp *.bmp"
VIDEO_EXTENSIONS = "*.mp4 *.m4v *.mov *.3gp *.webm *.mkv *.avi *.mpg *.mpeg *.ts *.flv *.ogv *.wmv"


def refusal_text(reason: str, limit: int | None = None, *, evidence: bool = False) -> str:
    """The sentence a user reads for a refusal code (`desktop.core.attachments.REASONS`,
    plus the strip's own "too_many"); `limit` is the cap "too_many" names (a message's, by
    default); `evidence` when the file was offered as dispute evidence (videos welcome)."""
    if evidence and reason == "not_an_image":
        return QCoreApplication.translate("AttachmentStrip", "This file is neither a picture nor a video. Add photos (JPEG, PNG, "
                                            "GIF, WebP, BMP) or videos (MP4, MOV, WebM, MKV, AVI...).")
    if reason == "too_many":
        cap = limit or messages.MAX_FILES
        # One form in the catalogue (the cap is never 1): Qt's plural lookup fell back to English.
        return QCoreApplication.translate("AttachmentStrip", "At most %n files can be attached at once.").replace(
            "%n", str(cap))
    texts = {
        "empty": QCoreApplication.translate("AttachmentStrip", "The file is empty."),
        "unreadable": QCoreApplication.translate("AttachmentStrip", "The file cannot be read. It may have been moved, or you may "
                                                   "not have permission to open it."),
        "not_an_image": QCoreApplication.translate("AttachmentStrip", "This file is not a picture. Send a JPEG, PNG, GIF, WebP or "
                                                     "BMP image."),
        "unsupported_type": QCoreApplication.translate("AttachmentStrip", "This kind of picture is not supported. Send a JPEG, PNG, "
                                                         "GIF, WebP or BMP image."),
        "video_in_chat": QCoreApplication.translate("AttachmentStrip", "Videos cannot be sent in the chat. A video can only be sent "
                                                      "with a dispute: open a dispute on the delivered order and add "
                                                      "the video there as evidence."),
        "too_large": QCoreApplication.translate("AttachmentStrip", "The file is too large. Choose a smaller file."),
        "too_many_pixels": QCoreApplication.translate("AttachmentStrip", "The picture has too many pixels. Resize it, or take a "
                                                        "screenshot of the part that matters."),
        "decompression_bomb": QCoreApplication.translate("AttachmentStrip", "The picture claims a size far beyond the limit and "
                                                           "was not opened."),
        "corrupt": QCoreApplication.translate("AttachmentStrip", "The file is damaged or incomplete and cannot be read."),
    }
    return texts.get(reason) or QCoreApplication.translate("AttachmentStrip", "This file cannot be attached.")


def thumbnail_pixmap(image: QImage | None, side: int, dpr: float, *, video: bool = False) -> QPixmap:
    """A square-fitting pixmap of the picture, or a dark tile with a play mark for a video."""
    if image is not None and not image.isNull():
        pm = QPixmap.fromImage(image.scaled(int(side * dpr), int(side * dpr), Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
        pm.setDevicePixelRatio(dpr)
        return pm
    pm = QPixmap(int(side * dpr), int(side * dpr))
    pm.setDevicePixelRatio(dpr)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    tile = QPainterPath()
    tile.addRoundedRect(0, 0, side, side, 8, 8)
    p.fillPath(tile, QColor("#30343B") if video else QColor("#D0D4DA"))
    if video:
        c = side / 2
        p.setBrush(QColor("white"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawPolygon(QPolygonF([QPointF(c - 9, c - 12), QPointF(c - 9, c + 12), QPointF(c + 13, c)]))
    p.end()
    return pm


class AttachmentItem(QFrame):
    """One thumbnail in the strip, with its remove (×) button in the corner."""

    remove_requested = Signal(object)

    def __init__(self, item: PendingAttachment, image: QImage | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.key: tuple = ()
        self.setObjectName("attachmentItem")
        self.setStyleSheet("QFrame#attachmentItem { background: #F3F4F6; border: 1px solid #E2E4E8;"
                           " border-radius: 6px; }")
        self.setFixedSize(PREVIEW_SIDE + 8, PREVIEW_SIDE + 8)
        self.picture = QLabel(self)
        self.picture.setGeometry(4, 4, PREVIEW_SIDE, PREVIEW_SIDE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(thumbnail_pixmap(image, PREVIEW_SIDE, self.devicePixelRatioF(), video=item.is_video))
        size = QLocale().formattedDataSize(item.size or 0)
        dims = f" · {item.width}×{item.height}" if item.width and item.height else ""
        self.setToolTip(f"{item.name}{dims} · {size}")
        self.setAccessibleName(item.name)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setToolTip(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove %1").replace("%1", item.name))
        self.remove_button.setFixedSize(20, 20)
        self.remove_button.move(self.width() - 22, 2)
        self.remove_button.setStyleSheet("QToolButton { background: rgba(0,0,0,150); color: white; border: none;"
                                         " border-radius: 10px; font-weight: bold; }")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))


class AttachmentStrip(QWidget):
    """Files waiting to be sent with the next message (or dispute), previewed and removable.

    Without `empty_text` the strip hides itself while empty (the chat); with it, the text
    shows instead (the dispute dialog).
    """

    changed = Signal()                  # items added or removed, or a check finished
    refused = Signal(str, str, str)     # name, reason code, translated message

    def __init__(self, session: Session, parent: QWidget | None = None, *, evidence: bool = False,
                 max_items: int | None = None, empty_text: str | None = None):
        super().__init__(parent)
        self._session = session
        self.evidence = evidence
        self.max_items = max_items or (disputes.MAX_EVIDENCE if evidence else messages.MAX_FILES)
        self._items: list[AttachmentItem] = []
        self._keys: list[tuple] = []          # of the items and the checks in flight, to skip duplicates
        self._checking = 0
        self._generation = 0

        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addStretch(1)
        inner = QWidget()
        inner.setLayout(self._row)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(inner)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFixedHeight(PREVIEW_SIDE + 8 + self._scroll.horizontalScrollBar().sizeHint().height())
        self.empty_label = QLabel(empty_text or "", self)
        self.empty_label.setObjectName("muted")
        self.empty_label.setWordWrap(True)
        self.original_size = QCheckBox(self.tr("Original size"), self)
        self.original_size.setToolTip(self.tr("Send the pictures at their full resolution instead of reducing them."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 0)
        layout.addWidget(self._scroll)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.original_size)
        self._hide_when_empty = empty_text is None
        self._update_visibility()

    # -- adding ------------------------------------------------------------------------------
    def add_paths(self, paths: list[str]) -> None:
        for p in paths:
            if not self._add(Path(p), Path(p).name or str(p), ("path", os.path.abspath(p))):
                break           # one "too many" for a whole folder's worth of files, not one each

    def add_image_bytes(self, data: bytes, name: str) -> None:
        data = bytes(data)
        self._add(data, name, ("bytes", data))

    def pick_files(self) -> None:
        """Ask for files with the system dialog (the "+" button) and add them."""
        kinds = f"{IMAGE_EXTENSIONS} {VIDEO_EXTENSIONS}" if self.evidence else IMAGE_EXTENSIONS
        label = self.tr("Pictures and videos") if self.evidence else self.tr("Pictures")
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), "",
                                                f"{label} ({kinds});;{self.tr('All files')} (*)")
        self.add_paths(paths)

    def _add(self, source: Path | bytes, name: str, key: tuple) -> bool:
        """Start checking one file; False when the strip is full."""
        if key in self._keys:
            return True
        if len(self._keys) >= self.max_items:
            self.refused.emit(name, "too_many", refusal_text("too_many", self.max_items))
            return False
        self._keys.append(key)
        self._checking += 1
        gen = self._generation
        attachments.check(self._session, source, evidence=self.evidence, preview_side=PREVIEW_SIDE * 2).on_success(
            lambda checked: self._checked(gen, key, source, name, checked)).on_failure(
            lambda exc: self._check_failed(gen, key, name, exc)).run()
        return True

    def _current(self, gen: int) -> bool:
        # The strip may be gone (dialog closed) or cleared while the check ran.
        if not shiboken6.isValid(self) or gen != self._generation:
            return False
        self._checking -= 1
        return True

    def _checked(self, gen: int, key: tuple, source: Path | bytes, name: str, checked: Checked) -> None:
        if not self._current(gen):
            return
        if not checked.check.accepted:
            self._keys.remove(key)
            reason = checked.check.reason or ""
            self.refused.emit(name, reason, self._refusal(reason, checked.check.fields))
        else:
            widget = AttachmentItem(checked.attachment(source, name), checked.image, self._scroll.widget())
            widget.key = key
            widget.remove_requested.connect(self._remove)
            self._row.insertWidget(len(self._items), widget)
            self._items.append(widget)
            self._update_visibility()
        self.changed.emit()

    def _refusal(self, reason: str, fields: dict[str, str] | None) -> str:
        """The refusal's sentence; with the size and its limit when the core gave them."""
        if fields and reason in ("too_large", "too_many_pixels"):
            return errors.explain(KnownError(text_id=f"attachment_{reason}", args=fields)).line()
        return refusal_text(reason, evidence=self.evidence)

    def _check_failed(self, gen: int, key: tuple, name: str, exc: BaseException) -> None:
        if not self._current(gen):
            return
        self._keys.remove(key)
        if isinstance(exc, attachments.AttachmentRefused):
            self.refused.emit(name, exc.reason, self._refusal(exc.reason, exc.args_))
        elif isinstance(exc, KnownError):
            self.refused.emit(name, "unreadable", errors.explain(exc).line())
        self.changed.emit()                             # a bug reaches the exception hook by itself

    # -- the list ----------------------------------------------------------------------------
    def items(self) -> list[PendingAttachment]:
        return [w.item for w in self._items]

    def item_widgets(self) -> list[AttachmentItem]:
        return list(self._items)

    def is_empty(self) -> bool:
        return not self._items

    @property
    def checking(self) -> int:
        """Checks still running; the caller may wait for 0 before sending."""
        return self._checking

    def send_original_size(self) -> bool:
        return not self.evidence and self.original_size.isChecked()

    def clear(self) -> None:
        """Remove every item (after a send); checks still running are forgotten."""
        self._generation += 1
        self._checking = 0
        self._keys.clear()
        for w in self._items:
            w.deleteLater()
        self._items.clear()
        self.original_size.setChecked(False)
        self._update_visibility()
        self.changed.emit()

    def _remove(self, widget: AttachmentItem) -> None:
        if widget in self._items:
            self._items.remove(widget)
            self._keys.remove(widget.key)
            widget.deleteLater()
            self._update_visibility()
            self.changed.emit()

    def _update_visibility(self) -> None:
        empty = not self._items
        self._scroll.setVisible(not empty)
        self.empty_label.setVisible(empty and bool(self.empty_label.text()))
        self.original_size.setVisible(not self.evidence and not empty)
        if self._hide_when_empty:
            self.setVisible(not empty)
