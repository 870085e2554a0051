"""Migration 0012_return_address on SQLite and PostgreSQL: a database at 0011 gains a store's
return address and a dispute's (empty on the rows it had), and a downgrade takes them away
with the rows intact."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from desktop.core.migrations import current_revision, head_revision, run


def _columns(db, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def test_the_columns_come_and_go_with_the_rows_kept(db):
    run(db, command.downgrade, "0011_side_unread")
    assert "return_address" not in _columns(db, "stores") | _columns(db, "disputes")
    with db.engine.connect() as conn:
        stores, disputes = (conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("stores", "disputes"))
    run(db, command.upgrade, "head")
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        assert set(conn.scalars(text("SELECT return_address FROM stores"))) == {""}
        assert set(conn.scalars(text("SELECT return_address FROM disputes"))) == {""}
        assert conn.scalar(text("SELECT count(*) FROM stores")) == stores
        assert conn.scalar(text("SELECT count(*) FROM disputes")) == disputes
