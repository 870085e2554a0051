"""Paints one row of the conversation list: peer, time, last message, unread badge.

Rows take the list's width, whatever it is (no horizontal scrolling: at 800x560 the list is
narrow): the time is laid out first and always whole, the name and the preview take what
is left and are elided.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.clock import now as clock_now
from desktop.gui.models.conversations import ConversationRole
from desktop.gui.views import theme

AVATAR = 40
MIN_WIDTH = 120          # the width a row asks for: the list gives it its own, never scrolls sideways


class RowLayout(NamedTuple):
    avatar: QRect
    name: QRect
    time: QRect
    badge: QRect          # empty when nothing is unread
    preview: QRect


def small_font(option: QStyleOptionViewItem) -> QFont:
    small = QFont(option.font)
    small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
    return small


def bold_font(option: QStyleOptionViewItem) -> QFont:
    bold = QFont(option.font)
    bold.setBold(True)
    return bold


def badge_text(unread: int) -> str:
    return str(unread) if unread < 100 else "99+"


def row_layout(option: QStyleOptionViewItem, when: str, unread: int) -> RowLayout:
    """Where each part of a row goes in `option.rect`: the time whole at the right, the rest elided."""
    r = option.rect
    fm, sfm = QFontMetrics(bold_font(option)), QFontMetrics(small_font(option))
    avatar = QRect(r.left() + 12, r.top() + (r.height() - AVATAR) // 2, AVATAR, AVATAR)
    left = avatar.right() + 10
    top = r.top() + 12
    time_w = sfm.horizontalAdvance(when) + 4
    time = QRect(r.right() - time_w - 10, top, time_w, sfm.height())
    name = QRect(left, top, max(0, time.left() - 8 - left), fm.height())
    second = top + fm.height() + 6
    badge = QRect()
    if unread:
        badge_w = max(20, sfm.horizontalAdvance(badge_text(unread)) + 10)
        badge = QRect(r.right() - badge_w - 10, second, badge_w, 20)
    right = badge.left() - 8 if unread else r.right() - 10
    preview = QRect(left, second, max(0, right - left), sfm.height() + 4)
    return RowLayout(avatar, name, time, badge, preview)


def note_width(note: int, name: int, line: int) -> int:
    """The desk note's share of a row's first line: the name first, whole if it can be, the
    note keeping at least a third of the line (the wait's "1 h" is its first word)."""
    return max(0, min(note, max(line - name - 8, line // 3)))     # 6 px apart, 2 for rounding


OVERDUE = QColor("#d64545")
AWAITING = QColor("#e08a1e")


def waited(since: dt.datetime, now: dt.datetime | None = None) -> str:
    """How long a buyer has waited, short: "45 min", "3 h", "2 d"."""
    return short_duration((now or clock_now()) - since)


def short_duration(span: dt.timedelta) -> str:
    """A span of time, short: "45 min", "3 h", "2 d" (at least a minute)."""
    seconds = max(0, int(span.total_seconds()))
    if seconds < 3600:
        return QCoreApplication.translate("ConversationDelegate", "%1 min").replace("%1", str(max(1, seconds // 60)))
    if seconds < 48 * 3600:
        return QCoreApplication.translate("ConversationDelegate", "%1 h").replace("%1", str(seconds // 3600))
    return QCoreApplication.translate("ConversationDelegate", "%1 d").replace("%1", str(seconds // 86400))


def desk_status(desk, me: str = "") -> tuple[str, QColor | None]:
    """The desk's note on a row: the pin, the wait (coloured when awaiting, red when overdue),
    the assignee ("→ ana", "→ you" when it is `me`, the reader's handle), the labels; ("", None)
    for a row without desk state."""
    if desk is None:
        return "", None
    parts = ["📌"] if desk.pinned else []
    colour = None
    if desk.awaiting_since is not None:
        wait = waited(desk.awaiting_since)
        parts.append(QCoreApplication.translate("ConversationDelegate", "overdue %1").replace("%1", wait)
                     if desk.overdue else wait)
        colour = OVERDUE if desk.overdue else AWAITING
    if desk.assignee and desk.assignee == me:
        parts.append(QCoreApplication.translate("ConversationDelegate", "→ you"))    # the reader answers it
    elif desk.assignee:
        parts.append(f"→ {desk.assignee}")      # who on the team answers it (issue 18 §4)
    parts.extend(desk.labels)
    return " · ".join(parts), colour


class ConversationDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, me: Callable[[], str] = lambda: ""):
        super().__init__(parent)
        self._me = me            # the reader's handle, asked at each paint (the account may change)

    def status(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, QColor | None]:
        """The desk's note drawn on this row (`desk_status`, said to its reader)."""
        return desk_status(index.data(ConversationRole.DESK), self._me())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(MIN_WIDTH, max(64, QFontMetrics(option.font).height() * 2 + 28))

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
        at = row_layout(option, when, unread)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.ACCENT)
        painter.drawEllipse(at.avatar)
        bold, small = bold_font(option), small_font(option)
        fm, sfm = QFontMetrics(bold), QFontMetrics(small)
        painter.setFont(bold)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(at.avatar, int(Qt.AlignmentFlag.AlignCenter), name[:1].upper())
        status, colour = self.status(index)
        name_rect = at.name
        if status:
            # The desk's note takes what the whole name leaves, at least a third of the line (at
            # least half was "Jame… 1 h · Del…" in a narrow list), elided, after the name's room.
            painter.setFont(small)
            sfm0 = QFontMetrics(small)
            width = note_width(sfm0.horizontalAdvance(status) + 2, fm.horizontalAdvance(name), at.name.width())
            note = QRect(at.name.right() - width, at.name.top(), width, at.name.height())
            painter.setPen(colour or theme.MUTED)
            painter.drawText(note, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             sfm0.elidedText(status, Qt.TextElideMode.ElideRight, width))
            name_rect = QRect(at.name.left(), at.name.top(), max(0, note.left() - 6 - at.name.left()), at.name.height())
            painter.setFont(bold)
        painter.setPen(theme.TEXT)
        painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft),
                         fm.elidedText(name, Qt.TextElideMode.ElideRight, name_rect.width()))
        painter.setFont(small)
        painter.setPen(theme.MUTED)
        painter.drawText(at.time, int(Qt.AlignmentFlag.AlignRight), when)
        if unread:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.UNREAD_BADGE)
            painter.drawRoundedRect(at.badge, 10, 10)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(at.badge, int(Qt.AlignmentFlag.AlignCenter), badge_text(unread))
        painter.setPen(theme.TEXT if unread else theme.MUTED)
        painter.drawText(at.preview, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         sfm.elidedText(preview, Qt.TextElideMode.ElideRight, at.preview.width()))
        painter.setPen(theme.BORDER)
        painter.drawLine(at.name.left(), r.bottom(), r.right(), r.bottom())
        painter.restore()
