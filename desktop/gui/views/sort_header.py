"""A table header whose sort arrow points the way the rows go: up for ascending (A→Z, oldest
first), down for descending (newest first).

Qt hands the style `SortDown` for an ascending order and `SortUp` for a descending one, and the
styles draw those differently (Fusion draws `SortUp` as an arrow pointing up, so a table
sorted newest first showed an arrow pointing up). So the style is given no sort indicator and
the header draws a plain up or down arrow itself, the same in every style.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOption, QStyleOptionHeader, QWidget

ARROW = 9            # the arrow's size in pixels, about what the styles draw


class SortHeader(QHeaderView):
    def __init__(self, orientation: Qt.Orientation = Qt.Orientation.Horizontal, parent: QWidget | None = None):
        super().__init__(orientation, parent)
        self.setSectionsClickable(True)

    def arrow(self, section: int) -> Qt.ArrowType:
        """The arrow drawn on `section`: up (ascending), down (descending) or none."""
        if not self.isSortIndicatorShown() or section != self.sortIndicatorSection():
            return Qt.ArrowType.NoArrow
        ascending = self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        return Qt.ArrowType.UpArrow if ascending else Qt.ArrowType.DownArrow

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        option.sortIndicator = QStyleOptionHeader.SortIndicator.None_

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        painter.save()
        super().paintSection(painter, rect, logical_index)
        painter.restore()
        arrow = self.arrow(logical_index)
        if arrow == Qt.ArrowType.NoArrow:
            return
        option = QStyleOption()
        option.initFrom(self)
        option.rect = QRect(rect.right() - ARROW - 4, rect.center().y() - ARROW // 2, ARROW, ARROW)
        primitive = (QStyle.PrimitiveElement.PE_IndicatorArrowUp if arrow == Qt.ArrowType.UpArrow
                     else QStyle.PrimitiveElement.PE_IndicatorArrowDown)
        self.style().drawPrimitive(primitive, option, painter, self)
