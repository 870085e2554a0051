"""Paints one product card in the catalogue grid: picture, title, price, rating."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.gui.models.products import THUMB, ProductRole
from desktop.gui.views import theme
from desktop.gui.views.elided_label import elide_lines

CARD = QSize(THUMB + 40, THUMB + 110)


class ProductDelegate(QStyledItemDelegate):
    """`cell` is the card's size: at least `CARD`, widened by the view so the cards fill its
    width (no empty band on the right)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cell = QSize(CARD)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self.cell

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect.adjusted(6, 6, -6, -6)
        hover = option.state & (QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(theme.ACCENT if hover else theme.BORDER, 1))
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRoundedRect(r, 10, 10)
        pic = QRect(r.left() + (r.width() - THUMB) // 2, r.top() + 8, THUMB, THUMB)
        pm = index.data(Qt.ItemDataRole.DecorationRole)
        if pm is not None and not pm.isNull():
            painter.drawPixmap(pic, pm)
        else:
            painter.fillRect(pic, theme.CHAT_BACKGROUND)
        text = QRect(r.left() + 10, pic.bottom() + 6, r.width() - 20, r.bottom() - pic.bottom() - 10)
        fm = QFontMetrics(option.font)
        painter.setPen(theme.TEXT)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        for n, line in enumerate(title_lines(option.font, title, text.width())):
            painter.drawText(QRect(text.left(), text.top() + n * fm.height(), text.width(), fm.height()),
                             int(Qt.AlignmentFlag.AlignLeft), line)
        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() * 1.15)
        painter.setFont(bold)
        painter.setPen(theme.ACCENT)
        y = text.top() + fm.height() * 2 + 4
        painter.drawText(QRect(text.left(), y, text.width(), QFontMetrics(bold).height()),
                         int(Qt.AlignmentFlag.AlignLeft), index.data(ProductRole.PRICE) or "")
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setPen(theme.MUTED)
        painter.drawText(QRect(text.left(), y + QFontMetrics(bold).height() + 2, text.width(),
                               QFontMetrics(small).height()), int(Qt.AlignmentFlag.AlignLeft),
                         index.data(ProductRole.RATING) or "")
        painter.restore()


def title_lines(font: QFont, title: str, width: int) -> list[str]:
    """A card's title in two lines at most, ending with "…" when it is longer."""
    return elide_lines(font, title, width, 2)
