"""Paints one row of the conversation list: peer, time, last message, unread badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.gui.models.conversations import ConversationRole
from desktop.gui.views import theme

AVATAR = 40


class ConversationDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(280, max(64, QFontMetrics(option.font).height() * 2 + 28))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        unread = index.data(ConversationRole.UNREAD) or 0
        preview = index.data(ConversationRole.PREVIEW) or ""
        when = index.data(ConversationRole.TIME) or ""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(r, theme.ACCENT_SOFT)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(r, theme.CHAT_BACKGROUND)
        avatar = QRect(r.left() + 12, r.top() + (r.height() - AVATAR) // 2, AVATAR, AVATAR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.ACCENT)
        painter.drawEllipse(avatar)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(avatar, int(Qt.AlignmentFlag.AlignCenter), name[:1].upper())

        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        fm, sfm = QFontMetrics(bold), QFontMetrics(small)
        left = avatar.right() + 10
        time_w = sfm.horizontalAdvance(when) + 4
        top = r.top() + 12
        painter.setPen(theme.TEXT)
        painter.drawText(QRect(left, top, r.right() - left - time_w - 12, fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft), fm.elidedText(name, Qt.TextElideMode.ElideRight,
                                                                         r.right() - left - time_w - 12))
        painter.setFont(small)
        painter.setPen(theme.MUTED)
        painter.drawText(QRect(r.right() - time_w - 10, top, time_w, sfm.height()),
                         int(Qt.AlignmentFlag.AlignRight), when)
        badge_w = 0
        if unread:
            text = str(unread) if unread < 100 else "99+"
            badge_w = max(20, sfm.horizontalAdvance(text) + 10)
            badge = QRect(r.right() - badge_w - 10, top + fm.height() + 6, badge_w, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.UNREAD_BADGE)
            painter.drawRoundedRect(badge, 10, 10)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setPen(theme.TEXT if unread else theme.MUTED)
        width = r.right() - left - badge_w - 20
        painter.drawText(QRect(left, top + fm.height() + 6, width, sfm.height() + 4),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         sfm.elidedText(preview, Qt.TextElideMode.ElideRight, width))
        painter.setPen(theme.BORDER)
        painter.drawLine(left, r.bottom(), r.right(), r.bottom())
        painter.restore()
