"""Migration 0008_tracking_codes (issue 15): tracking events stored as codes take "departed" and
"customs_delay"; on SQLite and PostgreSQL the CHECK refuses them before and accepts them after,
and a downgrade turns them back into the nearest older codes."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from desktop.core.migrations import current_revision, head_revision, run

# before 0009_store_keys a tracking event has no store_id; after it, its order's
INSERT_OLD = text("INSERT INTO tracking_events (order_id, at, kind, location, description) "
                  "VALUES ((SELECT min(id) FROM orders), '2026-11-01 10:00:00', :kind, '', 'held at Madrid customs')")
INSERT = text("INSERT INTO tracking_events (store_id, order_id, at, kind, location, description) "
              "SELECT store_id, id, '2026-11-01 10:00:00', :kind, '', 'held at Madrid customs' "
              "FROM orders ORDER BY id LIMIT 1")


def _kinds(db) -> set[str]:
    with db.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT DISTINCT kind FROM tracking_events"))}


def _migrate(db, step, revision: str) -> None:
    run(db, step, revision)


def test_the_new_codes_are_refused_before_and_stored_after(db):
    assert {"departed", "customs_delay"} <= _kinds(db)          # the demo uses them
    _migrate(db, command.downgrade, "0007_team")
    assert current_revision(db) == "0007_team"
    kinds = _kinds(db)
    assert not {"departed", "customs_delay"} & kinds and {"in_transit", "delay"} <= kinds
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(INSERT_OLD, {"kind": "customs_delay"})
    _migrate(db, command.upgrade, "head")
    assert current_revision(db) == head_revision()
    with db.engine.begin() as conn:
        conn.execute(INSERT, {"kind": "customs_delay"})
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(INSERT, {"kind": "lost_in_space"})
    assert "customs_delay" in _kinds(db)
