""""Ana is replying…" (issue 18 §4): both sides of the team's presence in the open chat.

- `TypingLease` tells the others: while the user types in the compose box it renews the
  user's lease (`team.typing`) at most every `RENEW` seconds (the lease runs 10 s, so it never
  lapses while typing goes on), and ends it when the message is sent, the box is emptied or
  another conversation opens.
- `PresenceLine` shows the others: under the chat header, read again (`team.typing_now`) when
  a `typing` change of this conversation comes (NOTIFY on PostgreSQL, the change-log poll on
  SQLite), and once more when the lease it showed would end, so a window that closed without
  saying so stops showing after the lease.
Only a store's team has either (a buyer's chat never shows nor sends them).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.gui.ops import team
from desktop.gui.session import Session

RENEW = 4.0            # seconds between two renewals while typing (the lease is 10 s)


def replying_text(handles: list[str]) -> str:
    if not handles:
        return ""
    if len(handles) == 1:
        return QCoreApplication.translate("PresenceLine", "%1 is replying…").replace("%1", handles[0])
    return QCoreApplication.translate("PresenceLine", "%1 are replying…").replace("%1", ", ".join(handles))


class TypingLease(QObject):
    def __init__(self, session: Session, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self._session = session
        self._clock = clock
        self.conversation_id: int | None = None
        self._renewed_at: float | None = None        # None: no lease running
        self.renewals = 0                            # leases asked for (for tests)

    @property
    def active(self) -> bool:
        return self._session.user is not None and self._session.user.is_seller

    def typed(self, text: str) -> None:
        """The compose box changed (the user typed): renew the lease, or end it when emptied."""
        if not self.active or self.conversation_id is None:
            return
        if not text.strip():
            self.stop()
            return
        now = self._clock()
        if self._renewed_at is None or now - self._renewed_at >= RENEW:
            self._renewed_at = now
            self.renewals += 1
            team.typing(self._session, self.conversation_id).on_failure(lambda _exc: None).run()

    def stop(self) -> None:
        """The user sent, emptied the box or left: the others stop seeing "is replying"."""
        if self._renewed_at is not None and self.conversation_id is not None:
            team.typing(self._session, self.conversation_id, stopped=True).on_failure(lambda _exc: None).run()
        self._renewed_at = None

    def switch_to(self, conversation_id: int | None) -> None:
        if conversation_id != self.conversation_id:
            self.stop()
            self.conversation_id = conversation_id


class PresenceLine(QLabel):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("presenceLine")
        self.setStyleSheet("#presenceLine { color: #2E7D32; font-style: italic; padding: 2px 16px; }")
        self._session = session
        self.conversation_id: int | None = None
        self.handles: list[str] = []
        self._expire = QTimer(self)
        self._expire.setSingleShot(True)
        self._expire.timeout.connect(self.refresh)
        self.hide()

    def show_for(self, conversation_id: int | None) -> None:
        self.conversation_id = conversation_id
        self._show([])
        self.refresh()

    def refresh(self) -> None:
        """Read who of the team is replying here now."""
        cid = self.conversation_id
        if cid is None or self._session.user is None or not self._session.user.is_seller:
            return
        team.typing_now(self._session, cid).on_success(
            lambda handles, cid=cid: self._arrived(cid, handles)).on_failure(lambda _exc: None).bound_to(self).run()

    def _arrived(self, conversation_id: int, handles: list[str]) -> None:
        if conversation_id == self.conversation_id:
            self._show(handles)

    def _show(self, handles: list[str]) -> None:
        self.handles = list(handles)
        self.setText(replying_text(self.handles))
        self.setVisible(bool(self.handles))
        if self.handles:
            # Look again when the lease seen would end: one renewed meanwhile sends a notice anyway.
            self._expire.start(int(team.LEASE.total_seconds() * 1000) + 500)
        else:
            self._expire.stop()
