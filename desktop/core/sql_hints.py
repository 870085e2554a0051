"""`INDEXED BY` for SQLite, where a query must read one index (docs/desk.md, docs/queries.md).

Without statistics SQLite sometimes prefers a wider index and filters thousands of rows; a
statement that names its index with `indexed(select, Table, "ix_…")` reads that one (and
fails loudly if it cannot, which the query-plan tests would see). SQLAlchemy's SQLite
compiler drops table hints, having none of its own; this gives it SQLite's, written after the
table. Only statements that carry a "sqlite" hint are affected.
"""

from __future__ import annotations

from sqlalchemy.types import NullType
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


def _from_hint(self, table, text):
    return text


SQLiteCompiler.get_from_hint_text = _from_hint     # type: ignore[method-assign]


def indexed(q, table, index: str | None):
    """`q` reading `table` through `index` on SQLite (unchanged elsewhere, or without an index)."""
    return q.with_hint(table, f"INDEXED BY {index}", "sqlite") if index else q


class Flag(ColumnElement):
    """`column = 1` / `= 0` as SQLite's partial indexes are written (its planner uses an index
    only for a term identical to the index's WHERE); `column IS true` / `IS false` on PostgreSQL,
    whose booleans do not compare with integers."""

    inherit_cache = True
    # Its state in the statement cache's key: without it SQLAlchemy cannot key the statement
    # and compiles every one holding a flag again at each run (a desk page: 2–13 ms each).
    _traverse_internals = [("column", InternalTraversal.dp_string), ("value", InternalTraversal.dp_boolean)]
    type = NullType()       # as a literal term: a Boolean would get SQLite's "= 1" appended in WHERE

    def __init__(self, column: str, value: bool):
        self.column = column
        self.value = value


@compiles(Flag)
def _flag(element: Flag, compiler, **kw) -> str:
    return f"{element.column} = {int(element.value)}"


@compiles(Flag, "postgresql")
def _flag_pg(element: Flag, compiler, **kw) -> str:
    return f"{element.column} IS {'true' if element.value else 'false'}"


def flag(column: str, value: bool) -> Flag:
    """The condition "this boolean column is `value`", as each backend's indexes need it."""
    return Flag(column, value)
