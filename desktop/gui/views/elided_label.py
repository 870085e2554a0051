"""A label that never cuts its text without saying so: what does not fit in `max_lines`
lines ends with "…", and the whole text is its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, *, max_lines: int = 1):
        super().__init__(parent)
        self._full = ""
        self.max_lines = max_lines
        self.setWordWrap(max_lines > 1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text or ""
        self._elide()

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def is_elided(self) -> bool:
        return super().text() != self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        hint = super().sizeHint()
        return QSize(min(hint.width(), fm.horizontalAdvance(self._full) + 4), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, QFontMetrics(self.font()).height())

    def _elide(self) -> None:
        fm = QFontMetrics(self.font())
        width = max(1, self.contentsRect().width())
        text = self._full
        if self.max_lines <= 1:
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
        else:
            lines = fm.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text).height() // max(
                1, fm.lineSpacing())
            shown = text if lines <= self.max_lines else fm.elidedText(
                text, Qt.TextElideMode.ElideRight, width * self.max_lines - fm.averageCharWidth() * 6)
        super().setText(shown)
        self.setToolTip(text if shown != text else "")
