"""Search fixtures: the demo in a real SQLite file, and a way to compare the index the writes
kept with one built from scratch (every term, document, column and position)."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.db import Database
from desktop.core.search import build
from desktop.core.search import index as ix


def postings(path, spec: ix.IndexSpec = ix.MESSAGES) -> list[tuple]:
    """Every (term, document, column, position) in one index table, read through fts5vocab; on
    PostgreSQL (`path` is the Database) every (lexeme, document, positions, weights) of its tsvectors."""
    if isinstance(path, Database):
        with path.engine.connect() as conn:
            return sorted(tuple(map(str, r)) for r in conn.exec_driver_sql(
                f"SELECT (u).lexeme, rowid, (u).positions, (u).weights FROM "
                f"(SELECT rowid, unnest(doc) AS u FROM {spec.table}) AS x"))
    con = sqlite3.connect(str(path))
    try:
        con.execute(f"CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, {spec.table}, 'instance')")
        return sorted(con.execute("SELECT term, doc, col, offset FROM temp.v"))
    finally:
        con.close()


def all_postings(path) -> dict[str, list[tuple]]:
    return {spec.name: postings(path, spec) for spec in ix.SPECS}


def assert_in_step(db, path) -> None:
    """The index the writes maintained is exactly the one a rebuild makes from the rows."""
    kept = all_postings(path)
    assert build.check(db).ok, build.check(db)
    build.rebuild(db)
    assert all_postings(path) == kept


@pytest.fixture
def db_path(db, tmp_path):
    """Where the index is read from: the SQLite file, or the PostgreSQL database itself."""
    return db.path if db.is_sqlite else db
