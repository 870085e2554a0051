"""Paints one message: a bubble for text, a mini-card for a product or an order, a line
for a system notice, with the time and (on my messages) Read / Unread underneath."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.messaging import MessageRow
from desktop.gui import format as fmt
from desktop.gui.models.messages import MessageRole
from desktop.gui.views import theme

PAD = 10
GAP = 6
MARGIN = 14
CARD_W, CARD_H, THUMB = 300, 92, 72
RADIUS = 12



def state_text(state: str) -> str:
    return {"sending": QCoreApplication.translate("MessageDelegate", "Sending…"), "sent": QCoreApplication.translate("MessageDelegate", "Unread"), "read": QCoreApplication.translate("MessageDelegate", "Read"),
            "failed": QCoreApplication.translate("MessageDelegate", "Not sent. Click to retry")}.get(state, "")


class MessageDelegate(QStyledItemDelegate):
    def __init__(self, view, images, session, parent=None):
        super().__init__(parent)
        self._view = view
        self._images = images
        self._session = session

    # -- geometry ---------------------------------------------------------------------------
    def _max_text_width(self) -> int:
        return max(160, int(self._view.viewport().width() * 0.62) - 2 * PAD)

    def _fonts(self, option) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.82))
        return option.font, small

    def _body_size(self, row: MessageRow, option) -> QSize:
        font, small = self._fonts(option)
        if row.kind in ("product_card", "order_card"):
            return QSize(CARD_W, CARD_H)
        text = row.text or " "
        r = QFontMetrics(font).boundingRect(QRect(0, 0, self._max_text_width(), 100000),
                                            int(Qt.TextFlag.TextWordWrap), text)
        return QSize(r.width(), r.height())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        row: MessageRow | None = index.data(MessageRole.ROW)
        if row is None:
            return QSize(0, 0)
        _, small = self._fonts(option)
        meta_h = QFontMetrics(small).height()
        if row.kind == "system":
            return QSize(self._view.viewport().width(), meta_h + 2 * GAP + 8)
        body = self._body_size(row, option)
        return QSize(self._view.viewport().width(), body.height() + 2 * PAD + meta_h + 2 * GAP + 4)

    # -- painting ---------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row: MessageRow | None = index.data(MessageRole.ROW)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font, small = self._fonts(option)
        rect = option.rect
        if row.kind == "system":
            painter.setFont(small)
            painter.setPen(theme.MUTED)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), row.text)
            painter.restore()
            return
        body = self._body_size(row, option)
        meta_h = QFontMetrics(small).height()
        w = body.width() + 2 * PAD
        h = body.height() + 2 * PAD
        x = rect.right() - MARGIN - w if row.mine else rect.left() + MARGIN
        bubble = QRect(x, rect.top() + GAP, w, h)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(theme.ACCENT if selected else theme.BORDER, 1))
        painter.setBrush(theme.MINE_BUBBLE if row.mine else theme.THEIR_BUBBLE)
        painter.drawRoundedRect(bubble, RADIUS, RADIUS)
        inner = bubble.adjusted(PAD, PAD, -PAD, -PAD)
        painter.setFont(font)
        painter.setPen(theme.TEXT)
        if row.kind == "product_card" and row.product is not None:
            self._paint_product(painter, inner, row, font, small)
        elif row.kind == "order_card" and row.order is not None:
            self._paint_order(painter, inner, row, font, small)
        else:
            painter.drawText(inner, int(Qt.TextFlag.TextWordWrap), row.text)
        self._paint_meta(painter, bubble, row, index, small, meta_h)
        painter.restore()

    def _paint_meta(self, painter, bubble: QRect, row: MessageRow, index, small: QFont, meta_h: int) -> None:
        painter.setFont(small)
        when = fmt.short_time(row.sent_at, self._session.user.time_zone)
        state = index.data(MessageRole.STATE) or ""
        meta = QRect(bubble.left(), bubble.bottom() + 3, bubble.width(), meta_h)
        if row.mine:
            painter.setPen(theme.MUTED)
            label = state_text(state)
            text = f"{when}  ·  {label}" if label else when
            painter.setPen({"read": theme.READ, "failed": theme.FAILED}.get(state, theme.MUTED))
            painter.drawText(meta, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        else:
            painter.setPen(theme.MUTED)
            painter.drawText(meta, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), when)

    def _paint_product(self, painter, inner: QRect, row: MessageRow, font: QFont, small: QFont) -> None:
        p = row.product
        thumb = QRect(inner.left(), inner.top(), THUMB, THUMB)
        pm = self._images.get(p.image, THUMB)
        if pm is not None and not pm.isNull():
            painter.drawPixmap(thumb, pm)
        else:
            painter.fillRect(thumb, theme.CHAT_BACKGROUND)
        text = QRect(thumb.right() + 10, inner.top(), inner.right() - thumb.right() - 10, THUMB)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(font)
        fm = QFontMetrics(font)
        title = fm.elidedText(p.title, Qt.TextElideMode.ElideRight, text.width() * 2 - 20)
        painter.drawText(QRect(text.left(), text.top(), text.width(), fm.height() * 2),
                         int(Qt.TextFlag.TextWordWrap), title)
        painter.setFont(bold)
        painter.setPen(theme.ACCENT)
        painter.drawText(QRect(text.left(), text.top() + fm.height() * 2 + 4, text.width(), fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft), fmt.money(p.price_cents, p.currency))
        painter.setFont(small)
        painter.setPen(theme.MUTED)
        painter.drawText(QRect(text.left(), text.bottom() - QFontMetrics(small).height(), text.width(),
                               QFontMetrics(small).height()), int(Qt.AlignmentFlag.AlignLeft),
                         fmt.rating(p.rating, p.review_count))

    def _paint_order(self, painter, inner: QRect, row: MessageRow, font: QFont, small: QFont) -> None:
        o = row.order
        fm = QFontMetrics(font)
        thumb = QRect(inner.left(), inner.top(), THUMB, THUMB)
        pm = self._images.get(o.image, THUMB)
        if pm is not None and not pm.isNull():
            painter.drawPixmap(thumb, pm)
        text = QRect(thumb.right() + 10, inner.top(), inner.right() - thumb.right() - 10, THUMB)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRect(text.left(), text.top(), text.width(), fm.height()), int(Qt.AlignmentFlag.AlignLeft),
                         QCoreApplication.translate("MessageDelegate", "Order %1").replace("%1", o.number))
        painter.setFont(font)
        painter.setPen(theme.ACCENT)
        painter.drawText(QRect(text.left(), text.top() + fm.height() + 2, text.width(), fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft),
                         f"{fmt.status_label(o.status)} · {fmt.money(o.total_cents, o.currency)}")
        painter.setFont(small)
        painter.setPen(theme.MUTED)
        sfm = QFontMetrics(small)
        painter.drawText(QRect(text.left(), text.top() + 2 * fm.height() + 6, text.width(), sfm.height() * 2),
                         int(Qt.TextFlag.TextWordWrap),
                         sfm.elidedText(o.summary, Qt.TextElideMode.ElideRight, text.width() * 2 - 10))
