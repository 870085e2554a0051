"""What the session does at the start and what waits for the first screen (docs/startup.md):
opening the database reads the user and the change counter only; the change log is pruned by
the warm-up that follows the first screen."""

from __future__ import annotations

import datetime as dt

from gui_helpers import open_session, wait_idle
from sqlalchemy import func, select, update

from desktop.core import changes, messaging, users
from desktop.core import schema as m
from desktop.core.context import AppContext
from desktop.core.db import Database


def old_changes(db: Database) -> int:
    cutoff = m.utcnow() - changes.KEEP
    return db.read(lambda s: s.scalar(select(func.count()).select_from(m.ChangeLog).where(m.ChangeLog.at < cutoff)))


def test_the_change_log_is_pruned_after_the_first_screen_not_at_the_open(qtbot, data_dir):
    db = AppContext(data_dir=data_dir).db()          # the demo, made on first use
    lucia = users.resolve(db, "lucia")
    messaging.send(db, lucia, 3, "uno")
    messaging.send(db, lucia, 3, "dos")
    long_ago = m.utcnow() - changes.KEEP - dt.timedelta(days=1)
    db.write(lambda s: s.execute(update(m.ChangeLog).values(at=long_ago)))
    messaging.send(db, lucia, 3, "tres")             # a change now: the others are older than it by KEEP
    newest = changes.latest_id(db)
    before = old_changes(db)
    assert before >= 2
    db.close()

    session = open_session(qtbot, data_dir)
    try:
        wait_idle(qtbot, session)
        assert old_changes(session.db) == before        # the open did not write
        session.warm_up()                               # what the window starts once its first screen is shown
        wait_idle(qtbot, session, timeout=60000)
        assert old_changes(session.db) == 0
        assert changes.latest_id(session.db) == newest  # the counter other clients compare with stays
    finally:
        session.close()
