"""Live changes for a window on PostgreSQL: the session's one hook (`attach`, from
`Session._opened`).

On PostgreSQL a `desktop.core.live.Listener` thread waits for the server's notifications
and hands each new change, once, to the session's `changed` signal on the GUI thread; the
session's poll timer is not started, and `poll_now` (called after one's own send) has nothing
to do, since the send's own notification arrives the same way. On SQLite `attach` does nothing
and the session keeps polling its change log.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.gui.ops.core import LazyModule

if TYPE_CHECKING:
    from desktop.gui.session import Session

log = logging.getLogger(__name__)
core_live = LazyModule("desktop.core.live")


class LiveChanges(QObject):
    """Carries the listener's batches from its thread to the GUI thread (a queued signal)."""

    arrived = Signal(object)        # tuple[Change, ...]

    def __init__(self, session: Session):
        super().__init__(session)
        from desktop.gui.session import ChangeNotice

        def deliver(rows: tuple) -> None:
            session._last_change = max(session._last_change, rows[-1].id)   # as the poll keeps it
            session.changed.emit(ChangeNotice(rows))

        self.arrived.connect(deliver)
        self.listener = core_live.Listener(session.db, lambda rows: self.arrived.emit(tuple(rows)),
                                           after_id=session._last_change)

    def stop(self) -> None:
        self.listener.stop()


def attach(session: Session) -> bool:
    """Start live changes for this session if its database can notify; False: keep polling."""
    if session.db.engine.dialect.name != "postgresql":
        return False
    live = LiveChanges(session)
    session.poll_now = lambda: None             # type: ignore[method-assign]  the listener delivers everything
    live.listener.start()
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(live.stop)
    close = session.close

    def close_and_stop() -> None:
        live.stop()
        close()

    session.close = close_and_stop              # type: ignore[method-assign]
    log.info("live changes through LISTEN/NOTIFY")
    return True
