"""An internal note in the chat (issue 18 §4): a yellow sticky note across the middle of the
list, headed "Internal note · ana · 09:12", so nobody takes it for a message the buyer sees.
Every other row is drawn by `MessageDelegate`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.gui import format as fmt
from desktop.gui.models.messages import MessageRole
from desktop.gui.models.note_rows import is_note
from desktop.gui.views import theme
from desktop.gui.views.bubbles import GAP, PAD, MessageDelegate

if TYPE_CHECKING:
    from desktop.core.messaging import MessageRow

PAPER = QColor("#FFF4B8")
EDGE = QColor("#E8C547")
HEADING = QColor("#8A6D00")
WIDTH = 0.74            # of the list's width, centred


def heading(row: MessageRow, time_zone: str) -> str:
    return QCoreApplication.translate("NoteBubble", "Internal note · %1 · %2").replace(
        "%1", row.sender_handle).replace("%2", fmt.short_time(row.sent_at, time_zone))


class ChatDelegate(MessageDelegate):
    """The chat's delegate: notes drawn here, messages by `MessageDelegate` (which draws a
    colleague's message on our side, their handle after its time)."""

    def _note_rect(self, option_rect: QRect) -> QRect:
        w = max(160, int(self._view.viewport().width() * WIDTH))
        return QRect(option_rect.left() + (option_rect.width() - w) // 2, option_rect.top() + GAP, w, 0)

    def _text_height(self, text: str, width: int, option) -> int:
        font, _ = self._fonts(option)
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap),
                                               text).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        row = index.data(MessageRole.ROW)
        if not is_note(row):
            return super().sizeHint(option, index)
        _, small = self._fonts(option)
        inner_w = self._note_rect(option.rect).width() - 2 * PAD - 4
        h = QFontMetrics(small).height() + 4 + self._text_height(row.text, inner_w, option) + 2 * PAD
        return QSize(self._view.viewport().width(), h + 2 * GAP)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(MessageRole.ROW)
        if not is_note(row):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font, small = self._fonts(option)
        box = self._note_rect(option.rect)
        box.setHeight(option.rect.height() - 2 * GAP)
        painter.setPen(QPen(EDGE, 1))
        painter.setBrush(PAPER)
        painter.drawRoundedRect(box, 4, 4)
        painter.fillRect(QRect(box.left(), box.top() + 1, 4, box.height() - 2), EDGE)   # the note's spine
        inner = box.adjusted(PAD + 4, PAD, -PAD, -PAD)
        painter.setFont(small)
        painter.setPen(HEADING)
        sfm = QFontMetrics(small)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), sfm.height()),
                         int(Qt.AlignmentFlag.AlignLeft),
                         sfm.elidedText(heading(row, self._session.user.time_zone),
                                        Qt.TextElideMode.ElideRight, inner.width()))
        painter.setFont(font)
        painter.setPen(theme.TEXT)
        painter.drawText(inner.adjusted(0, sfm.height() + 4, 0, 0), int(Qt.TextFlag.TextWordWrap), row.text)
        painter.restore()
