"""Live changes without polling on PostgreSQL (issue 18 §3); Qt-free.

Every change is logged in the writer's transaction and announced there with
`pg_notify('buzon_changes', '<change id>')` (`changes.record`): the notification leaves on
commit, carries an id only (a payload passes row-level security by) and each receiver reads
the change rows under its own role.

- `Follower`: which changes a client has seen. PostgreSQL's ids come from a sequence and commit
  in any order, so "everything above the highest id seen" would skip a lower id committed later:
  the follower keeps a floor (every id at or below it is settled) and the ids seen above it,
  reads from the floor, and hands each change out once. A gap that stays open longer than
  `GAP_SECONDS` is a transaction that rolled back (its id is never used): the floor passes it.
- `Listener`: one thread per window with its own connection: LISTEN, wait, and on each
  notification (or every `IDLE_SECONDS` anyway) read what is new through the follower and hand
  it to the callback. A connection that drops (a server restart) is opened again with back-off
  (0.1 s doubling to 5 s), and the first read after it catches up from the floor, so nothing
  that committed meanwhile is missed and nothing is handed out twice.

SQLite has no notifications; its windows keep polling the change log.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop.core import changes
from desktop.core import schema as m
from desktop.core.changes import Change
from desktop.core.db import Database

log = logging.getLogger(__name__)

GAP_SECONDS = 30.0          # a missing id older than this belonged to a transaction that rolled back
IDLE_SECONDS = 30.0         # read anyway this often without a notification (a safety net, not the path)
WAIT_SLICE = 0.25          # seconds a wait for notifications lasts before looking at stop()
BACKOFF_FIRST, BACKOFF_MAX = 0.1, 5.0
READ_LIMIT = 1000


@dataclass
class Follower:
    """The changes one client has been handed, so that each is handed out once."""

    floor: int
    seen: set[int] = field(default_factory=set)
    gaps: dict[int, float] = field(default_factory=dict)     # missing id -> when first noticed

    def read(self, db: Database, now: float | None = None) -> list[Change]:
        """The changes not handed out yet, oldest first."""
        rows = db.read(lambda s: [Change(r.id, changes.ChangeKind.parse(r.kind), r.conversation_id, r.message_id,
                                         r.user_id, r.order_id)
                                  for r in s.scalars(select(m.ChangeLog).where(m.ChangeLog.id > self.floor)
                                                     .order_by(m.ChangeLog.id).limit(READ_LIMIT))])
        fresh = [c for c in rows if c.id not in self.seen]
        self.seen.update(c.id for c in fresh)
        self._settle(time.monotonic() if now is None else now)
        return fresh

    def _settle(self, now: float) -> None:
        top = max(self.seen, default=self.floor)
        for missing in range(self.floor + 1, top):
            if missing not in self.seen:
                self.gaps.setdefault(missing, now)
        while self.floor < top:
            nxt = self.floor + 1
            if nxt in self.seen:
                self.seen.discard(nxt)
            elif now - self.gaps.get(nxt, now) < GAP_SECONDS:
                break
            self.gaps.pop(nxt, None)
            self.floor = nxt


def is_available(db: Database) -> bool:
    return db.engine.dialect.name == "postgresql"


def _dsn(db: Database) -> str:
    """libpq parameters of the database's own URL (the same role, so the same rights)."""
    u = make_url(db.engine.url)
    parts: dict[str, object] = {"dbname": u.database, "user": u.username, "password": u.password,
                                "host": u.host, "port": u.port}
    for key in ("host", "port"):
        if key in u.query:
            parts[key] = u.query[key]
    return " ".join(f"{k}='{v}'" for k, v in parts.items() if v not in (None, ""))


class Listener:
    """A thread that hands each new change to `on_changes` (on that thread) as soon as it commits."""

    def __init__(self, db: Database, on_changes: Callable[[list[Change]], None], after_id: int | None = None):
        self.db = db
        self.on_changes = on_changes
        self.follower = Follower(changes.latest_id(db) if after_id is None else after_id)
        self.reconnects = 0
        self._stop = threading.Event()
        self._connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name="buzon-listener", daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def wait_connected(self, timeout: float = 30.0) -> bool:
        return self._connected.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _deliver(self) -> None:
        fresh = self.follower.read(self.db)
        if fresh:
            self.on_changes(fresh)

    def _run(self) -> None:
        import psycopg

        backoff = BACKOFF_FIRST
        while not self._stop.is_set():
            try:
                with psycopg.connect(_dsn(self.db), autocommit=True) as conn:
                    conn.execute(f"LISTEN {changes.CHANNEL}")
                    self._connected.set()
                    backoff = BACKOFF_FIRST
                    self._deliver()                      # catch up on what committed while away
                    last_read = time.monotonic()
                    while not self._stop.is_set():
                        # wait in slices (so that stop() is quick); read on a notification, or
                        # after IDLE_SECONDS without one
                        woke = any(True for _note in conn.notifies(timeout=WAIT_SLICE, stop_after=1))
                        if self._stop.is_set():
                            break
                        if woke or time.monotonic() - last_read >= IDLE_SECONDS:
                            self._deliver()
                            last_read = time.monotonic()
            except Exception as exc:  # noqa: BLE001  any loss of the connection: wait, connect again, catch up
                self._connected.clear()
                if self._stop.is_set():
                    break
                self.reconnects += 1
                log.info("change listener lost its connection (%s); again in %.1f s", exc, backoff)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX)
