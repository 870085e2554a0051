"""`INDEXED BY` for SQLite, where a query must read one index (docs/desk.md, docs/queries.md).

Without statistics SQLite sometimes prefers a wider index and filters thousands of rows; a
statement that names its index with `indexed(select, Table, "ix_…")` reads that one (and
fails loudly if it cannot, which the query-plan tests would see). SQLAlchemy's SQLite
compiler drops table hints, having none of its own; this gives it SQLite's, written after the
table. Only statements that carry a "sqlite" hint are affected.
"""

from __future__ import annotations

from sqlalchemy.dialects.sqlite.base import SQLiteCompiler


def _from_hint(self, table, text):
    return text


SQLiteCompiler.get_from_hint_text = _from_hint     # type: ignore[method-assign]


def indexed(q, table, index: str | None):
    """`q` reading `table` through `index` on SQLite (unchanged elsewhere, or without an index)."""
    return q.with_hint(table, f"INDEXED BY {index}", "sqlite") if index else q
