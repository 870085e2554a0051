"""Migration 0004 on an existing database: builds the index in batches with progress, resumes
after an interruption, survives a later batch-mode copy of the tables it reads, and goes away
on downgrade."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext

from desktop.cli import main
from desktop.core import demo, messaging, users
from desktop.core.db import Database
from alembic.script import ScriptDirectory

from desktop.core.migrations import alembic_config, current_revision, head_revision, run
from desktop.core.search import build
from desktop.core.search import index as ix
from desktop.core.search.messages import search_messages

from conftest import all_postings, assert_in_step


BEFORE = ScriptDirectory.from_config(alembic_config()).get_revision("0004").down_revision   # the revision before search


class Interrupted(Exception):
    """Stands for the user closing Buzón in the middle of the build."""


def old_database(path, extra_messages: int = 40):
    """A database as Buzón left it before search existed, with the demo and more: written by
    this version (whose writes need the later revisions' tables), then taken down to BEFORE."""
    db = Database.open(f"sqlite:///{path}")
    demo.ensure_demo(db)
    lucia = users.resolve(db, "lucia")
    for i in range(extra_messages):
        messaging.send(db, lucia, 1 + i % 3, f"mensaje antiguo {i} sobre el pedido")
    downgrade(db, BEFORE)
    db.close()


def downgrade(db, revision: str) -> None:
    from alembic import command

    run(db, command.downgrade, revision)


def old_send(db, conversation_id: int, sender_id: int, text: str) -> None:
    """A message written as a Buzón of revision BEFORE writes it (this version's writes need later tables)."""
    db.write(lambda s: s.execute(sa.text(
        "INSERT INTO messages (conversation_id, sender_id, kind, text, lang, client_id, created_at, sent_at) "
        "VALUES (:c, :u, 'text', :t, 'es', :k, '2026-11-20 10:00:00', '2026-11-20 10:00:00')"),
        {"c": conversation_id, "u": sender_id, "t": text, "k": f"old-{text}"}))


def ids(db, handle, query):
    return [h.message_id for h in search_messages(db, users.resolve(db, handle), query, limit=1000).hits]


def test_an_existing_database_is_indexed_in_batches_with_progress(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    old_database(path)
    monkeypatch.setattr(build, "BATCH", 10)
    seen = []
    with build.reporting(seen.append):
        db = Database.open(f"sqlite:///{path}")
    assert current_revision(db) == head_revision()
    messages = [p for p in seen if p.table == "messages"]
    assert [p.done for p in messages] == [10, 20, 30, 40, 50, 60, 67]
    assert {p.total for p in messages} == {67} and {p.table for p in seen} == {"products", "orders", "messages"}
    assert len(ids(db, "lucia", "antiguo")) == 40 and ids(db, "lucia", "aduanas") == [7]
    assert_in_step(db, path)
    db.close()
    assert (tmp_path / f"old.sqlite3.before-{BEFORE}.bak").exists()   # the usual backup before migrating


def test_an_interrupted_build_resumes_where_it_stopped(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    old_database(path)
    monkeypatch.setattr(build, "BATCH", 10)

    def stop_after_three_batches(p):
        if p.table == "messages" and p.done >= 30:
            raise Interrupted

    with build.reporting(stop_after_three_batches), pytest.raises(Interrupted):
        Database.open(f"sqlite:///{path}")
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (BEFORE,)   # not recorded as done
    assert con.execute("SELECT value FROM search_state WHERE name = 'messages'").fetchone() == (30,)
    con.close()
    seen = []
    with build.reporting(seen.append):
        db = Database.open(f"sqlite:///{path}")                        # the next start goes on
    assert [p.done for p in seen if p.table == "messages"][0] == 10  # 37 left of 67: the first batch of the rest
    assert [p.total for p in seen if p.table == "messages"][0] == 37
    assert current_revision(db) == head_revision()
    assert len(ids(db, "lucia", "antiguo")) == 40
    assert_in_step(db, path)                                           # nothing indexed twice, nothing missing
    db.close()


def test_the_command_line_prints_the_migration_progress(tmp_path, monkeypatch, capsys):
    path = tmp_path / "old.sqlite3"
    old_database(path)
    monkeypatch.setattr(build, "BATCH", 10)
    code = main(["--database", f"sqlite:///{path}", "search", "antiguo", "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and len(json.loads(out)) == 40
    assert "Building the search index: messages 67 of 67 (100%)" in err


def test_a_batch_copy_of_the_tables_it_reads_leaves_the_index_working(tmp_path):
    path = tmp_path / "b.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    demo.ensure_demo(db)
    db.close()
    # What a later migration in batch mode does on SQLite: copy the table, drop it, rename the copy.
    plain = sa.create_engine(f"sqlite:///{path}")
    with plain.begin() as conn:
        ops = Operations(MigrationContext.configure(conn))
        for table in ("messages", "message_translations", "products", "orders"):
            with ops.batch_alter_table(table, recreate="always") as batch:
                batch.add_column(sa.Column("later_column", sa.Integer(), nullable=True))
    plain.dispose()
    db = Database.open(f"sqlite:///{path}")
    lucia = users.resolve(db, "lucia")
    assert ids(db, "lucia", "hola") == [15, 2]
    sent = messaging.send(db, lucia, 1, "después de la migración", translations={"zh": ("迁移之后", "1")}).message_id
    assert ids(db, "lucia", "migracion") == [sent] and ids(db, "wei", "迁移") == [sent]
    db.write(lambda s: s.execute(sa.delete(sa.table("messages", sa.column("id"))).where(sa.column("id") == 2)))
    assert_in_step(db, path)
    db.close()


def test_downgrade_removes_the_index_and_upgrade_builds_it_again(tmp_path):
    path = tmp_path / "c.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    demo.ensure_demo(db)
    kept = all_postings(path)
    downgrade(db, BEFORE)
    con = sqlite3.connect(path)
    assert [r for r in con.execute("SELECT name FROM sqlite_master") if ix.is_index_table(r[0])] == []
    con.close()
    # connections that had seen the index's tables find them gone, and writes go on without them
    old_send(db, 1, users.resolve(db, "lucia").id, "sin índice")
    db.close()
    db = Database.open(f"sqlite:///{path}")
    assert len(all_postings(path)["messages"]) > len(kept["messages"]) and build.check(db).ok
    assert [h.message_id for h in search_messages(db, users.resolve(db, "lucia"), "indice").hits] == [28]
    db.close()


def test_a_database_not_migrated_says_so(tmp_path):
    from desktop.core.search.results import SearchUnavailable

    path = tmp_path / "old.sqlite3"
    old_database(path, extra_messages=0)
    db = Database.open(f"sqlite:///{path}", migrate=False)
    with pytest.raises(SearchUnavailable):
        search_messages(db, users.resolve(db, "lucia"), "hola")
    with pytest.raises(SearchUnavailable):
        build.check(db)
    old_send(db, 1, users.resolve(db, "lucia").id, "sin índice")     # writes do not need the index
    db.close()
