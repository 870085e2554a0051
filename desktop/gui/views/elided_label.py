"""A label that never cuts its text without saying so: what does not fit in `max_lines`
lines ends with "…", and the whole text is its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def elide_lines(font: QFont, text: str, width: int, max_lines: int) -> list[str]:
    """`text` wrapped at `width` into at most `max_lines` lines, the last one ending with "…"
    when the rest does not fit (the whole text is never cut silently)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1:
            rest = text[start:].replace("\n", " ")
            lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start:start + length].rstrip())
    layout.endLayout()
    return lines


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
        return self.toolTip() != ""

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
            lines = elide_lines(self.font(), text, width, self.max_lines)
            cut = bool(lines) and lines[-1].endswith("…") and not text.endswith("…")
            shown = "\n".join(lines) if cut else text
        super().setText(shown)
        self.setToolTip(text if shown != text else "")
