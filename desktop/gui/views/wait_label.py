"""How long the buyer of the open chat has waited and how long is left to the store's response
target (issue 17 §5), under the chat's header: orange while waiting, red once overdue, hidden
when nobody waits. It reads the list's desk row (no query of its own) and moves with the clock
once a minute."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.clock import now as clock_now
from desktop.gui.views.conversation_item import AWAITING, OVERDUE, short_duration, waited

if TYPE_CHECKING:
    from desktop.core.desk import DeskRow

TICK_MS = 60_000


class WaitLabel(QLabel):
    rendered = Signal()          # its text changed or it was shown or hidden (the header places its buttons)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chatWait")
        self._desk: DeskRow | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._render)
        self.hide()

    def show_wait(self, desk: DeskRow | None) -> None:
        """The desk row of the open conversation (None: a buyer's chat, or not read yet)."""
        self._desk = desk
        self._render()

    def _render(self) -> None:
        desk = self._desk
        if desk is None or desk.awaiting_since is None or desk.due_at is None:
            self._timer.stop()
            self.hide()
            self.rendered.emit()
            return
        now = clock_now()
        wait = waited(desk.awaiting_since, now)
        if now >= desk.due_at:
            text = self.tr("Waiting %1 · overdue by %2").replace("%1", wait).replace(
                "%2", short_duration(now - desk.due_at))
            colour = OVERDUE
        else:
            text = self.tr("Waiting %1 · %2 left").replace("%1", wait).replace(
                "%2", short_duration(desk.due_at - now))
            colour = AWAITING
        self.setText(text)
        self.setStyleSheet(f"color: {colour.name()};")
        self.show()
        self._timer.start()
        self.rendered.emit()

