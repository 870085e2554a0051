"""Paints one message: a bubble for text, a mini-card for a product or an order, a line
for a system notice, with the time and (on my messages) Read / Unread underneath."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.kinds import MessageKind, OrderStatus
from desktop.gui import format as fmt
from desktop.gui.images import ImageCache
from desktop.gui.models.messages import MessageRole, NoteAction
from desktop.gui.ops import pictures
from desktop.gui.outgoing import SendState
from desktop.gui.session import Session
from desktop.gui.views import theme

if TYPE_CHECKING:
    from desktop.core.messaging import AttachmentRow, MessageRow

PAD = 10
GAP = 6
MARGIN = 14
CARD_W, THUMB = 300, 72
RADIUS = 12
PICTURE = 180           # the side of a picture's square in a bubble
NOTE_GAP = 4            # between a message's text and its translation note
PER_ROW = 3
CARDS = (MessageKind.PRODUCT_CARD, MessageKind.ORDER_CARD)


def state_text(state: SendState | None) -> str:
    """What the line under one of my messages says ("Leído" / "No leído" in Spanish)."""
    if state is None:
        return ""
    return {SendState.SENDING: QCoreApplication.translate("MessageDelegate", "Sending…"),
            SendState.SENT: QCoreApplication.translate("MessageDelegate", "Unread"),
            SendState.READ: QCoreApplication.translate("MessageDelegate", "Read"),
            SendState.FAILED: QCoreApplication.translate("MessageDelegate", "Not sent. Click to retry")}[state]


def meta_text(row: MessageRow, when: str, label: str) -> str:
    """The line under one of our side's bubbles: its time, a colleague's handle ("09:12 · wei",
    so an agent tells Wei's replies from her own), then Sent / Read."""
    parts = [when] + ([row.sender_handle] if not row.mine and row.sender_handle else []) + ([label] if label else [])
    return "  ·  ".join(parts)


class MessageDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView, images: ImageCache, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._view = view
        self._images = images
        self._session = session

    # -- geometry ---------------------------------------------------------------------------
    def _max_text_width(self) -> int:
        return max(160, int(self._view.viewport().width() * 0.62) - 2 * PAD)

    def _widest(self) -> int:
        """The widest a bubble's contents can be: the list's width less the margins."""
        return max(THUMB + 80, self._view.viewport().width() - 2 * MARGIN - 2 * PAD)

    def _note_size(self, note: str, small: QFont) -> QSize:
        """A translation note on one line, or wrapped when the chat is narrower than it
        ("No hay paquete de idioma español → chino · Instalar…" at 800 px)."""
        r = QFontMetrics(small).boundingRect(QRect(0, 0, self._widest(), 100000), int(Qt.TextFlag.TextWordWrap), note)
        return QSize(r.width() + 2, r.height())

    def _fonts(self, option) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.82))
        return option.font, small

    def _body_size(self, index, option) -> QSize:
        row: MessageRow = index.data(MessageRole.ROW)
        font, small = self._fonts(option)
        if row.kind in CARDS:
            # Narrower than usual in a narrow window, never wider than the list (no clipped card).
            width = min(CARD_W, self._widest())
            return QSize(width, self.card_height(font, small))
        pics = self._pictures_size(row)
        text = index.data(MessageRole.SHOWN) or ""
        if not text:
            return pics
        fm = QFontMetrics(font)
        r = fm.boundingRect(QRect(0, 0, self._max_text_width(), 100000), int(Qt.TextFlag.TextWordWrap), text)
        width, height = max(r.width(), pics.width()), r.height()
        note = index.data(MessageRole.NOTE)
        if note:
            size = self._note_size(note, small)
            if size.width() > width:
                # The note widens the bubble: the text, drawn at that width, wraps in fewer lines
                # than it was measured in (an empty line was left above the note).
                width = size.width()
                height = fm.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text).height()
            height += NOTE_GAP + size.height()
        gap = GAP if pics.height() else 0
        return QSize(width, height + gap + pics.height())

    @staticmethod
    def card_height(font: QFont, small: QFont) -> int:
        """A card is as tall as its picture or its lines, whichever is taller: no empty bottom."""
        fm, sfm = QFontMetrics(font), QFontMetrics(small)
        product = 3 * fm.height() + 4 + sfm.height()          # two title lines, the price, the rating
        order = 2 * fm.height() + 6 + 2 * sfm.height()         # number, status and total, two summary lines
        return max(THUMB, product, order)

    def note_rect(self, index, option_rect: QRect, option) -> QRect:
        """Where the translation note of a message is drawn (clicks on it toggle or install)."""
        row: MessageRow = index.data(MessageRole.ROW)
        _, small = self._fonts(option)
        inner = self.bubble_rect(index, option_rect, option).adjusted(PAD, PAD, -PAD, -PAD)
        bottom = inner.bottom() + 1 - self._pictures_size(row).height() - (GAP if row.attachments else 0)
        h = self._note_size(index.data(MessageRole.NOTE) or "", small).height()
        return QRect(inner.left(), bottom - h, inner.width(), h)

    @staticmethod
    def _pictures_size(row: MessageRow) -> QSize:
        n = len(row.attachments)
        if not n:
            return QSize(0, 0)
        cols, rows = min(n, PER_ROW), (n + PER_ROW - 1) // PER_ROW
        return QSize(cols * PICTURE + (cols - 1) * GAP, rows * PICTURE + (rows - 1) * GAP)

    def picture_rects(self, row: MessageRow, bubble_inner: QRect) -> list[QRect]:
        """Where each picture of a message is drawn (also used to know which one was clicked)."""
        top = bubble_inner.bottom() + 1 - self._pictures_size(row).height()
        return [QRect(bubble_inner.left() + (n % PER_ROW) * (PICTURE + GAP), top + (n // PER_ROW) * (PICTURE + GAP),
                      PICTURE, PICTURE) for n in range(len(row.attachments))]

    def bubble_rect(self, index, option_rect: QRect, option) -> QRect:
        row: MessageRow = index.data(MessageRole.ROW)
        body = self._body_size(index, option)
        w, h = body.width() + 2 * PAD, body.height() + 2 * PAD
        x = option_rect.right() - MARGIN - w if row.our_side else option_rect.left() + MARGIN
        return QRect(x, option_rect.top() + GAP, w, h)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        row: MessageRow | None = index.data(MessageRole.ROW)
        if row is None:
            return QSize(0, 0)
        _, small = self._fonts(option)
        meta_h = QFontMetrics(small).height()
        if row.kind == MessageKind.SYSTEM:
            return QSize(self._view.viewport().width(), meta_h + 2 * GAP + 8)
        body = self._body_size(index, option)
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
        if row.kind == MessageKind.SYSTEM:
            painter.setFont(small)
            painter.setPen(theme.MUTED)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), row.text)
            painter.restore()
            return
        meta_h = QFontMetrics(small).height()
        bubble = self.bubble_rect(index, rect, option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(theme.ACCENT if selected else theme.BORDER, 1))
        painter.setBrush(theme.MINE_BUBBLE if row.our_side else theme.THEIR_BUBBLE)
        painter.drawRoundedRect(bubble, RADIUS, RADIUS)
        inner = bubble.adjusted(PAD, PAD, -PAD, -PAD)
        painter.setFont(font)
        painter.setPen(theme.TEXT)
        if row.kind == MessageKind.PRODUCT_CARD and row.product is not None:
            self._paint_product(painter, inner, row, font, small)
        elif row.kind == MessageKind.ORDER_CARD and row.order is not None:
            self._paint_order(painter, inner, row, font, small)
        else:
            text = index.data(MessageRole.SHOWN) or ""
            if text:
                painter.drawText(inner, int(Qt.TextFlag.TextWordWrap), text)
            note = index.data(MessageRole.NOTE)
            if note:
                painter.setFont(small)
                painter.setPen(theme.ACCENT if index.data(MessageRole.NOTE_ACTION) is NoteAction.INSTALL
                               else theme.MUTED)
                painter.drawText(self.note_rect(index, rect, option),
                                 int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), note)
            self._paint_pictures(painter, row, inner)
        self._paint_meta(painter, bubble, row, index, small, meta_h)
        painter.restore()

    def _paint_pictures(self, painter: QPainter, row: MessageRow, inner: QRect) -> None:
        for att, rect in zip(row.attachments, self.picture_rects(row, inner)):
            pm = self._images.get(self.attachment_path(att), PICTURE)
            if pm is None or pm.isNull():
                painter.fillRect(rect, theme.CHAT_BACKGROUND)
                continue
            target = QRect(0, 0, pm.width(), pm.height())
            target.moveCenter(rect.center())
            painter.drawPixmap(target, pm)

    def attachment_path(self, att: AttachmentRow) -> str:
        return str(pictures.stored_file(self._session, att.sha256, att.mime))

    def _paint_meta(self, painter, bubble: QRect, row: MessageRow, index, small: QFont, meta_h: int) -> None:
        painter.setFont(small)
        when = fmt.short_time(row.sent_at, self._session.user.time_zone)
        state = index.data(MessageRole.STATE)
        meta = QRect(bubble.left(), bubble.bottom() + 3, bubble.width(), meta_h)
        if row.our_side:
            text = meta_text(row, when, state_text(state))
            painter.setPen({SendState.READ: theme.READ, SendState.FAILED: theme.FAILED}.get(state, theme.MUTED))
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
        sfm = QFontMetrics(small)
        # The options the buyer chose (the card's text) matter more to the seller than the rating.
        painter.setPen(theme.TEXT if row.text else theme.MUTED)
        painter.drawText(QRect(text.left(), text.bottom() - sfm.height(), text.width(), sfm.height()),
                         int(Qt.AlignmentFlag.AlignLeft),
                         sfm.elidedText(row.text, Qt.TextElideMode.ElideRight, text.width()) if row.text
                         else fmt.rating(p.rating, p.review_count))

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
        heading = QCoreApplication.translate("MessageDelegate", "Order %1").replace("%1", o.number)
        if o.status == OrderStatus.IN_DISPUTE.value:      # the dispute card: the seller's notice in the chat
            painter.setPen(theme.FAILED)
            heading = QCoreApplication.translate("MessageDelegate", "Dispute · order %1").replace("%1", o.number)
        painter.drawText(QRect(text.left(), text.top(), text.width(), fm.height()), int(Qt.AlignmentFlag.AlignLeft),
                         fm.elidedText(heading, Qt.TextElideMode.ElideRight, text.width()))
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
