"""Migrations: from empty, from the previous revision with data kept, and models in step with them."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from desktop.core import demo, schema
from desktop.core.db import Database
from desktop.core.migrations import current_revision, head_revision, upgrade_to_head


def test_from_empty_reaches_head(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert current_revision(db) == head_revision()
    db.close()


def test_models_match_migrations(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), schema.Base.metadata)
    assert diff == []
    db.close()


def test_previous_revision_is_migrated_with_data_kept_and_backed_up(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database.open(f"sqlite:///{path}", migrate=False)
    upgrade_to_head(old, revision="0001")
    assert current_revision(old) == "0001"
    # An older Buzón wrote a user; the newer one must keep it.
    with old.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO users (handle, name, role, language, time_zone, city) "
                             "VALUES ('old', 'Old User', 'buyer', 'es', 'Europe/Madrid', 'Madrid')")
    old.close()
    db = Database.open(f"sqlite:///{path}")
    assert current_revision(db) == head_revision()
    assert db.read(lambda s: s.scalar(select(schema.User.name).where(schema.User.handle == "old"))) == "Old User"
    assert not demo.ensure_demo(db)              # not empty: the demo never overwrites data
    backup = tmp_path / "old.sqlite3.before-0001.bak"
    con = sqlite3.connect(backup)
    assert con.execute("SELECT name FROM users").fetchall() == [("Old User",)]
    con.close()
    db.close()


def test_reopening_at_head_makes_no_backup(tmp_path):
    path = tmp_path / "a.sqlite3"
    Database.open(f"sqlite:///{path}").close()
    Database.open(f"sqlite:///{path}").close()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".bak")] == []
