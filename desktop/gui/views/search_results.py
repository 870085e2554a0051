"""The search results in place of the conversation list: one row per matching message with its
conversation, time, and the snippet with the matches highlighted (elided to the row's width)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.gui.models.search_results import ELLIPSIS, ResultRole, utf16_len
from desktop.gui.utf16 import python_index
from desktop.gui.views import theme

MATCH = QColor("#FFD966")        # the highlighted words' background
MIN_WIDTH = 120


def elided_snippet(text: str, spans: list[tuple[int, int]], fm: QFontMetrics,
                   width: int, emphasis: QFontMetrics | None = None) -> tuple[str, list[tuple[int, int]]]:
    """The snippet cut to `width` with "…", its spans cut with it. With `emphasis` (the
    highlighted words' font), the room their wider letters take is kept: measured in the plain
    font alone, a cut line wrapped before its "…" and lost it."""
    if emphasis is not None:
        units = text.encode("utf-16-le")
        words = [units[2 * s:2 * (s + n)].decode("utf-16-le", "replace") for s, n in spans]
        width -= sum(max(0, emphasis.horizontalAdvance(w) - fm.horizontalAdvance(w)) for w in words)
    if fm.horizontalAdvance(text) <= width:
        return text, spans
    text, spans = _lead_to_first_match(text, spans, fm, width)
    if fm.horizontalAdvance(text) <= width:
        return text, spans
    shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    keep = utf16_len(shown[:-1] if shown.endswith(ELLIPSIS) else shown)
    cut = [(s, min(n, keep - s)) for s, n in spans if s < keep]
    return shown, cut


def _lead_to_first_match(text: str, spans: list[tuple[int, int]], fm: QFontMetrics,
                         width: int) -> tuple[str, list[tuple[int, int]]]:
    """When the first match would fall past the cut, start the line a few words before it
    with "…": a result must show why it matched ("…peso 58 kg, ¿qué talla me…")."""
    if not spans:
        return text, spans
    first, length = spans[0]
    end = python_index(text, first + length)
    if fm.horizontalAdvance(text[:end] + ELLIPSIS) <= width:
        return text, spans
    start = python_index(text, first)
    begin = start
    # Up to a quarter of the line before the match, from the start of a word.
    while begin > 0 and fm.horizontalAdvance(text[begin - 1:start]) <= width // 4:
        begin -= 1
    if begin < start and begin > 0 and not text[begin - 1].isspace():
        space = text.find(" ", begin, start)
        begin = space + 1 if space >= 0 else start
    if text[:begin].strip(ELLIPSIS + " ") == "":
        return text, spans                       # nothing worth cutting before the match
    shift = 1 - utf16_len(text[:begin])          # "…" replaces what is cut
    kept = [(s + shift, n) for s, n in spans if s + shift >= 1]
    return ELLIPSIS + text[begin:], kept


class SearchResultDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(MIN_WIDTH, QFontMetrics(option.font).height() * 2 + 26)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        when = index.data(ResultRole.TIME) or ""
        snippet = index.data(ResultRole.SNIPPET) or ""
        spans = index.data(ResultRole.SPANS) or []
        painter.save()
        r = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(r, theme.ACCENT_SOFT)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(r, theme.CHAT_BACKGROUND)
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        fm, sfm = QFontMetrics(bold), QFontMetrics(option.font)
        left, top = r.left() + 12, r.top() + 8
        time_w = QFontMetrics(small).horizontalAdvance(when) + 4
        time = QRect(r.right() - time_w - 10, top, time_w, fm.height())
        painter.setFont(small)
        painter.setPen(theme.MUTED)
        painter.drawText(time, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), when)
        painter.setFont(bold)
        painter.setPen(theme.TEXT)
        name_w = max(0, time.left() - 8 - left)
        painter.drawText(QRect(left, top, name_w, fm.height()), int(Qt.AlignmentFlag.AlignLeft),
                         fm.elidedText(name, Qt.TextElideMode.ElideRight, name_w))
        width = max(0, r.right() - 10 - left)
        strong = QFont(option.font)
        strong.setWeight(QFont.Weight.DemiBold)
        text, cut = elided_snippet(snippet, spans, sfm, width, QFontMetrics(strong))
        layout = QTextLayout(text, option.font)
        layout.setFormats([self._range(s, n) for s, n in cut])
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width)
        layout.endLayout()
        painter.setPen(theme.TEXT)
        layout.draw(painter, QPointF(left, top + fm.height() + 6))
        painter.setPen(theme.BORDER)
        painter.drawLine(left, r.bottom(), r.right(), r.bottom())
        painter.restore()

    @staticmethod
    def _range(start: int, length: int) -> QTextLayout.FormatRange:
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(MATCH))
        fmt.setFontWeight(QFont.Weight.DemiBold)
        rng = QTextLayout.FormatRange()
        rng.start, rng.length, rng.format = start, length, fmt
        return rng


class SearchResultsView(QListView):
    escape = Signal()               # Escape in the results: back to the list
    opened = Signal(QModelIndex)    # Enter or a click on a result

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setItemDelegate(SearchResultDelegate(self))
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clicked.connect(self.opened)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def step(self, by: int) -> None:
        """Move the current result (Down / Up typed in the search field)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        n = max(0, min(model.rowCount() - 1, self.currentIndex().row() + by if self.currentIndex().isValid() else 0))
        self.setCurrentIndex(model.index(n, 0))
