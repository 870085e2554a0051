"""Live changes on PostgreSQL: a send in another process reaches a listener through NOTIFY;
after a server restart the listener connects again and catches up, each change handed out once;
acknowledged messages are neither lost nor doubled across the restart; out-of-order commits."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import changes, live, messaging, users
from desktop.core import schema as m
from desktop.core.db import Database, DatabaseFault, DbFault

pytestmark = pytest.mark.e2e


class Inbox:
    """What a listener handed out, and a way to wait for some change ids."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.cond = threading.Condition()

    def __call__(self, rows) -> None:
        with self.cond:
            self.ids += [r.id for r in rows]
            self.cond.notify_all()

    def wait_for(self, count: int, timeout: float = 60) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: len(self.ids) >= count, timeout)


@pytest.fixture
def pg_db(pg_url):
    db = Database.open(pg_url)
    yield db
    db.close()


def test_a_send_in_another_process_reaches_the_listener(pg_db, pg_url):
    inbox = Inbox()
    listener = live.Listener(pg_db, inbox).start()
    try:
        assert listener.wait_connected()
        done = subprocess.run([sys.executable, "-m", "desktop", "--database", pg_url, "send", "--conversation", "1",
                               "--text", "¿Hay novedades?", "--json"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert inbox.wait_for(1)
        kinds = pg_db.read(lambda s: [s.get(m.ChangeLog, i).kind for i in inbox.ids])
        assert "message" in kinds
    finally:
        listener.stop()


def test_out_of_order_commits_are_each_handed_out_once(pg_db):
    follower = live.Follower(changes.latest_id(pg_db))
    lucia = users.resolve(pg_db, "lucia")
    slow = Session(pg_db.engine)
    try:
        slow.add(m.ChangeLog(kind="message", conversation_id=1, user_id=lucia.id))
        slow.flush()                                        # the lower id, not committed yet
        messaging.send(pg_db, lucia, 1, "primero en llegar")
        first = follower.read(pg_db)
        slow.commit()
    finally:
        slow.close()
    second = follower.read(pg_db)
    third = follower.read(pg_db)
    ids = [c.id for c in first + second]
    assert len(first) >= 1 and len(second) == 1 and third == []
    assert len(ids) == len(set(ids)) and second[0].id < first[-1].id


def test_a_gap_left_by_a_rollback_is_passed_after_a_while(pg_db):
    follower = live.Follower(changes.latest_id(pg_db))
    lucia = users.resolve(pg_db, "lucia")
    with Session(pg_db.engine) as s:                       # takes an id, then rolls back
        s.add(m.ChangeLog(kind="message", conversation_id=1, user_id=lucia.id))
        s.flush()
        s.rollback()
    messaging.send(pg_db, lucia, 1, "después del hueco")
    follower.read(pg_db, now=0.0)
    stuck = follower.floor
    follower.read(pg_db, now=live.GAP_SECONDS + 1)
    assert follower.floor > stuck and not follower.gaps


def test_a_server_restart_loses_and_doubles_nothing(pg_server, pg_db):
    if not pg_server.throwaway:
        pytest.skip("the server given by BUZON_TEST_PG_URL is not ours to restart")
    inbox = Inbox()
    listener = live.Listener(pg_db, inbox).start()
    lucia = users.resolve(pg_db, "lucia")
    acknowledged: list[int] = []
    try:
        assert listener.wait_connected()
        restarter = threading.Timer(0.5, pg_server.restart)
        restarter.start()
        for n in range(40):
            client_id = f"restart-{n}"
            for _attempt in range(200):
                try:
                    acknowledged.append(messaging.send(pg_db, lucia, 1, f"mensaje {n}", client_id=client_id)
                                        .message_id)
                    break
                except DatabaseFault as exc:
                    assert exc.fault in (DbFault.UNREACHABLE, DbFault.BUSY), exc
                    time.sleep(0.1)                        # the same client id again: stored once
            time.sleep(0.02)
        restarter.join()
        counts = pg_db.read(lambda s: s.execute(
            select(m.Message.client_id, func.count()).where(m.Message.client_id.like("restart-%"))
            .group_by(m.Message.client_id)).all())
        assert len(acknowledged) == 40 and len(counts) == 40 and all(c == 1 for _, c in counts), counts
        wanted = pg_db.read(lambda s: set(s.scalars(select(m.ChangeLog.id).where(
            m.ChangeLog.message_id.in_(acknowledged)))))
        deadline = time.monotonic() + 60
        while not wanted <= set(inbox.ids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert wanted <= set(inbox.ids)                     # nothing lost...
        assert len(inbox.ids) == len(set(inbox.ids))        # ...nothing twice
        assert listener.reconnects >= 1                     # and the restart did cut it
    finally:
        listener.stop()
