"""An order's tracking timeline: newest event first, a dot and a line per event, and on each
event (for the buyer) a link "Ask the seller about this" (`ask` gives the event)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.gui import format as fmt
from desktop.gui.tracking_words import event_words
from desktop.gui.views import theme

if TYPE_CHECKING:
    from desktop.core.orders import TrackingRow

ROW_H = 58
KIND_COLOURS = {"delivered": QColor("#2E7D32"), "delay": QColor("#B45309"), "customs_delay": QColor("#B45309"),
                "returned_to_sender": QColor("#C62828"), "no_tracking": QColor("#6B7280")}


class TrackingTimeline(QWidget):
    ask = Signal(object)          # the TrackingRow whose "Ask the seller about this" was clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._events: list[TrackingRow] = []
        self._tz: str | None = None
        self.translations: dict[str, tuple[str, str]] = {}     # carrier text -> (translation, from)
        self.asking = False       # the buyer's page: each event has its link
        self.link_rects: list[QRect] = []
        self.setMouseTracking(True)

    def set_events(self, events, tz: str | None, *, asking: bool = False) -> None:
        if list(reversed(events)) != self._events:
            self.translations = {}
        self._events = list(reversed(events))
        self._tz = tz
        self.asking = asking
        self.updateGeometry()
        self.update()

    def unknown_texts(self) -> list[str]:
        """The carrier's words the app has no code for: what an offline translation can help with."""
        return [ev.description for ev in self._events if ev.detail is None and ev.description.strip()]

    def set_translations(self, translations: dict[str, tuple[str, str]]) -> None:
        self.translations = dict(translations)
        self.update()

    def tooltip_at(self, pos) -> str:
        """Over a translated carrier text, its original; else nothing."""
        n = int(pos.y() // ROW_H)
        ev = self._events[n] if 0 <= n < len(self._events) else None
        if ev is None or ev.detail is not None or ev.description not in self.translations:
            return ""
        return QCoreApplication.translate("TrackingTimeline", "Original: %1").replace("%1", ev.description)

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            tip = self.tooltip_at(e.pos())
            if tip:
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    @staticmethod
    def link_text() -> str:
        return QCoreApplication.translate("TrackingTimeline", "Ask the seller about this")

    def _link_rects(self) -> list[QRect]:
        if not self.asking:
            return []
        fm = QFontMetrics(self.font())
        width = fm.horizontalAdvance(self.link_text()) + 4
        return [QRect(self.width() - width, n * ROW_H, width, fm.height()) for n in range(len(self._events))]

    def event_at(self, pos) -> TrackingRow | None:
        return next((self._events[n] for n, r in enumerate(self._link_rects()) if r.contains(pos)), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.event_at(event.position().toPoint()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        found = self.event_at(event.position().toPoint())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.ask.emit(found)

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
        self.link_rects = links = self._link_rects()
        for n, ev in enumerate(self._events):
            top = n * ROW_H
            colour = KIND_COLOURS.get(ev.kind, theme.ACCENT if n == 0 else theme.MUTED)
            if n + 1 < len(self._events):
                p.setPen(QPen(theme.BORDER, 2))
                p.drawLine(10, top + 16, 10, top + ROW_H + 6)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(4, top + 4, 12 if n == 0 else 10, 12 if n == 0 else 10)
            room = self.width() - 28 - (links[n].width() + 12 if links else 0)
            if links:
                link_font = QFont(self.font())
                link_font.setUnderline(True)
                p.setFont(link_font)
                p.setPen(theme.ACCENT)
                p.drawText(links[n], int(Qt.AlignmentFlag.AlignRight), self.link_text())
            p.setFont(bold)
            p.setPen(colour if n == 0 else theme.TEXT)
            title = fmt.tracking_label(ev.kind) + (f" · {ev.location}" if ev.location else "")
            p.drawText(QRect(28, top, room, fm.height()), int(Qt.AlignmentFlag.AlignLeft),
                       fm.elidedText(title, Qt.TextElideMode.ElideRight, room))
            p.setFont(small)
            p.setPen(theme.MUTED)
            sfm = QFontMetrics(small)
            words = self.words(ev, self.translations.get(ev.description) if ev.detail is None else None)
            line = f"{fmt.date_time(ev.at, self._tz)}  ·  {words}" if words else fmt.date_time(ev.at, self._tz)
            p.drawText(QRect(28, top + fm.height() + 2, self.width() - 28, sfm.height()),
                       int(Qt.AlignmentFlag.AlignLeft),
                       sfm.elidedText(line, Qt.TextElideMode.ElideRight, self.width() - 28))

    @staticmethod
    def words(ev: TrackingRow, translated: tuple[str, str] | None = None) -> str:
        """The line under an event's title: the carrier's words in the window's language (known
        texts), translated offline, or as they wrote them; nothing when they only repeat the title."""
        words = event_words(ev, translated)
        return "" if words == fmt.tracking_label(ev.kind) else words
