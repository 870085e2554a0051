"""An order's tracking timeline: newest event first, a dot and a line per event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.gui import format as fmt
from desktop.gui.views import theme

if TYPE_CHECKING:
    from desktop.core.orders import TrackingRow

ROW_H = 58
KIND_COLOURS = {"delivered": QColor("#2E7D32"), "delay": QColor("#B45309"),
                "returned_to_sender": QColor("#C62828"), "no_tracking": QColor("#6B7280")}


class TrackingTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._events: list[TrackingRow] = []
        self._tz: str | None = None

    def set_events(self, events, tz: str | None) -> None:
        self._events = list(reversed(events))
        self._tz = tz
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, max(ROW_H, ROW_H * len(self._events)))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._events:
            p.setPen(theme.MUTED)
            p.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                       QCoreApplication.translate("TrackingTimeline", "No tracking information yet"))
            return
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        fm = QFontMetrics(bold)
        for n, ev in enumerate(self._events):
            top = n * ROW_H
            colour = KIND_COLOURS.get(ev.kind, theme.ACCENT if n == 0 else theme.MUTED)
            if n + 1 < len(self._events):
                p.setPen(QPen(theme.BORDER, 2))
                p.drawLine(10, top + 16, 10, top + ROW_H + 6)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(4, top + 4, 12 if n == 0 else 10, 12 if n == 0 else 10)
            p.setFont(bold)
            p.setPen(colour if n == 0 else theme.TEXT)
            p.drawText(QRect(28, top, self.width() - 28, fm.height()), int(Qt.AlignmentFlag.AlignLeft),
                       fmt.tracking_label(ev.kind) + (f" · {ev.location}" if ev.location else ""))
            p.setFont(small)
            p.setPen(theme.MUTED)
            sfm = QFontMetrics(small)
            p.drawText(QRect(28, top + fm.height() + 2, self.width() - 28, sfm.height()),
                       int(Qt.AlignmentFlag.AlignLeft),
                       f"{fmt.date_time(ev.at, self._tz)}  ·  {ev.description}")
