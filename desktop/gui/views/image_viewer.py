"""The picture viewer: a stored image at fit-to-window or any zoom, and "Save as…".

    ImageViewer(session, stored_path, name=attachment.name, parent=window).open()

The file is decoded on the worker (a 40-megapixel original takes a while) and painted
at the current zoom; only the part on screen is scaled, so zooming a big picture stays
smooth. "Save as…" copies the stored file as it is (already cleaned of metadata by the
core), on the worker.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget,
)

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.ops import pictures
from desktop.gui.session import Session
from desktop.gui.views.screen_fit import resize_within_screen

ZOOM_STEP = 1.25
MIN_ZOOM = 0.02
MAX_ZOOM = 16.0


class ImageCanvas(QWidget):
    """Paints the picture scaled by `zoom`; its size is the scaled picture's size."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QImage()
        self.zoom = 1.0

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._resize()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._resize()

    def scaled_size(self) -> QSize:
        if self.image.isNull():
            return QSize(0, 0)
        return QSize(max(1, round(self.image.width() * self.zoom)), max(1, round(self.image.height() * self.zoom)))

    def _resize(self) -> None:
        self.setFixedSize(self.scaled_size())
        self.update()

    def paintEvent(self, event) -> None:
        if self.image.isNull():
            return
        p = QPainter(self)
        # Smooth when shrinking; sharp pixels when zoomed past 200 %, to inspect details.
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.zoom < 2.0)
        p.drawImage(QRectF(0, 0, self.width(), self.height()), self.image, QRectF(self.image.rect()))
        p.end()


class ImageViewer(QDialog):
    """Shows one stored picture, decoded on the worker; "Save as…" copies the file there."""

    loaded = Signal(bool)          # decoding finished: True if the picture could be shown
    zoom_changed = Signal(float)
    saved = Signal(str)            # the path it was saved to

    def __init__(self, session: Session, path: Path | str, *, name: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.path = Path(path)
        self.name = name or self.path.name
        self.fit = True
        self.setWindowTitle(self.name)
        resize_within_screen(self, 960, 720)

        self.canvas = ImageCanvas()
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll.viewport().installEventFilter(self)

        self.zoom_out_button = self._tool("−", self.tr("Zoom out (-)"), self.zoom_out)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (+)"), self.zoom_in)
        self.fit_button = self._tool(self.tr("Fit"), self.tr("Fit the picture to the window"), self.fit_to_window)
        self.actual_button = self._tool(fmt.percent(1), self.tr("Show the picture at its actual size (0)"), self.actual_size)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.save_button.clicked.connect(self.save_as)
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setObjectName("muted")

        bar = QHBoxLayout()
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button, self.actual_button):
            bar.addWidget(w)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self._set_zoom_enabled(False)
        pictures.full_size(session, self.path).on_success(self._loaded).on_failure(
            lambda _exc: self._loaded(QImage())).run()

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.clicked.connect(slot)
        return b

    def _set_zoom_enabled(self, on: bool) -> None:
        for b in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.actual_button):
            b.setEnabled(on)

    def _loaded(self, image: QImage) -> None:
        if not shiboken6.isValid(self):
            return
        ok = not image.isNull()
        if ok:
            self.canvas.set_image(image)
            self.status.setText(f"{image.width()} × {image.height()}")
            self._set_zoom_enabled(True)
            self.fit_to_window()
        else:
            self.status.setText(self.tr("This picture cannot be shown."))
        self.loaded.emit(ok)

    # -- zoom --------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.canvas.zoom

    def fit_zoom(self) -> float:
        """The zoom at which the whole picture fits the window (never enlarged past 100 %)."""
        img = self.canvas.image
        if img.isNull():
            return 1.0
        area = self.scroll.maximumViewportSize()
        return max(MIN_ZOOM, min(1.0, area.width() / img.width(), area.height() / img.height()))

    def set_zoom(self, zoom: float, *, fit: bool = False) -> None:
        if self.canvas.image.isNull():
            return
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.fit = fit
        h, v = self.scroll.horizontalScrollBar(), self.scroll.verticalScrollBar()
        # Keep the point in the middle of the window where it was (the middle of the
        # picture while all of it is in view).
        cx = (h.value() + h.pageStep() / 2) / max(1, self.canvas.width()) if h.maximum() else 0.5
        cy = (v.value() + v.pageStep() / 2) / max(1, self.canvas.height()) if v.maximum() else 0.5
        self.canvas.set_zoom(zoom)
        h.setValue(round(cx * self.canvas.width() - h.pageStep() / 2))
        v.setValue(round(cy * self.canvas.height() - v.pageStep() / 2))
        self.zoom_label.setText(fmt.percent(zoom))
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_to_window(self) -> None:
        self.set_zoom(self.fit_zoom(), fit=True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit:
            self.fit_to_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            dy = event.angleDelta().y()
            if dy:
                self.zoom_in() if dy > 0 else self.zoom_out()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) or event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore) or event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.actual_size()
        elif key == Qt.Key.Key_F:
            self.fit_to_window()
        else:
            super().keyPressEvent(event)

    # -- save --------------------------------------------------------------------------------
    def save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        suffix = self.path.suffix.lower()
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save picture as"), str(Path(folder) / self.name) if folder else self.name,
            f"{self.tr('Picture')} (*{suffix});;{self.tr('All files')} (*)")
        if not target:
            return
        target_path = Path(target)
        if not target_path.suffix:
            target_path = target_path.with_suffix(suffix)
        self.save_button.setEnabled(False)
        pictures.save_copy(self._session, self.path, target_path).on_success(
            lambda _r: self._saved(target_path)).on_failure(self._save_failed).run()

    def _saved(self, target: Path) -> None:
        if shiboken6.isValid(self):
            self.save_button.setEnabled(True)
            self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))
            self.saved.emit(str(target))

    def _save_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.save_button.setEnabled(True)
        if isinstance(exc, KnownError):              # a bug reaches the exception hook by itself
            detail = exc.detail if isinstance(exc, pictures.PictureNotSaved) else errors.explain(exc).line()
            self.status.setText(self.tr("The picture could not be saved: %1").replace("%1", detail))
