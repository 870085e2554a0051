"""The conversation list's view: a right click asks for the row's menu, and an empty list says
why it is empty in its own words ("Nothing is assigned to you") instead of a blank column that
could as well be still loading.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QListView

from desktop.gui.ops.conversations import InboxFilter
from desktop.gui.views import theme


def empty_text(view: InboxFilter) -> str:
    """What an empty list of this view says (the team's lists each their own, a filter or a
    label the same sentence, All its own)."""
    if view.team == "mine":
        return QCoreApplication.translate(
            "ConversationList", "Nothing is assigned to you. Take a conversation from Unassigned, or ask a colleague.")
    if view.team == "unassigned":
        return QCoreApplication.translate("ConversationList", "Every conversation has someone on the team answering it.")
    if view.team == "assigned":
        return QCoreApplication.translate("ConversationList", "No conversation is assigned to anyone on the team yet.")
    if view.view != "all" or view.label is not None:
        return QCoreApplication.translate("ConversationList", "No conversation here.")
    return QCoreApplication.translate("ConversationList", "No conversations yet.")


class ConversationList(QListView):
    """The conversation list; a right click or the menu key asks for the row's menu."""

    menu_requested = Signal(QPoint)      # in viewport coordinates

    def __init__(self, parent=None, empty: Callable[[], str] = lambda: ""):
        super().__init__(parent)
        self._empty = empty              # the empty list's sentence now ("" while loading)

    def empty_text(self) -> str:
        model = self.model()
        return self._empty() if model is not None and model.rowCount() == 0 else ""

    def contextMenuEvent(self, event) -> None:
        self.menu_requested.emit(event.pos())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        text = self.empty_text()
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(theme.MUTED)
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                       | Qt.TextFlag.TextWordWrap), text)
            painter.end()
