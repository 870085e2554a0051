"""Changing a SQLite table's constraints by SQLite's own procedure (the twelve steps of
"Making Other Kinds Of Table Schema Changes" in its ALTER TABLE documentation).

SQLite cannot add or drop a foreign key or a table constraint in place. The table is made again
under a new name from its own CREATE TABLE text with the constraints changed, the rows are
copied (ids kept), the old table is dropped, the new one renamed, and its indexes and triggers
are made again from their stored text. Alembic's batch mode does most of this but leaves the
triggers behind, so it is not used here.

Foreign keys must be off for the whole procedure (a DROP TABLE with them on deletes the rows
first, cascading into the tables that point at it), and `PRAGMA foreign_keys` cannot change
inside a transaction: `desktop.core.migrations.run` turns them off before the migration's
transaction and the migration runs `PRAGMA foreign_key_check` before it commits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.engine import Connection

CONSTRAINT_WORDS = ("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN")


@dataclass(frozen=True)
class Element:
    """One item of a CREATE TABLE's list: a column or a table constraint."""

    text: str

    @property
    def is_constraint(self) -> bool:
        return self.text.split(None, 1)[0].upper() in CONSTRAINT_WORDS

    @property
    def name(self) -> str:
        """A column's name, or a named constraint's (an unnamed constraint: "")."""
        words = self.text.split()
        if not self.is_constraint:
            return words[0].strip('"`[]')
        return words[1].strip('"`[]') if words[0].upper() == "CONSTRAINT" else ""


def split_create(sql: str) -> tuple[str, list[Element]]:
    """`CREATE TABLE name (a, b, CONSTRAINT ...)` as its head and its elements, split at the
    commas outside parentheses and quotes."""
    start, end = sql.index("("), sql.rindex(")")
    parts: list[str] = []
    current: list[str] = []
    depth, quote = 0, ""
    for ch in sql[start + 1:end]:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"`":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return sql[:start], [Element(p.strip()) for p in parts if p.strip()]


def table_sql(conn: Connection, table: str) -> str:
    sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar()
    if sql is None:
        raise RuntimeError(f"no table {table} in this database")
    return str(sql)


def columns(conn: Connection, table: str) -> list[str]:
    return [row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]


@dataclass(frozen=True)
class Change:
    """What a rebuild changes: columns added (with the SQL that fills them from the old row,
    aliased `t`) or dropped, constraints dropped by name and constraints added (their text)."""

    add_columns: tuple[tuple[str, str], ...] = ()        # (column definition, value expression)
    drop_columns: tuple[str, ...] = ()
    drop_constraints: tuple[str, ...] = ()
    add_constraints: tuple[str, ...] = ()
    keep_row: str = ""                                    # a condition on `t`: rows that are copied


def rebuild(conn: Connection, table: str, change: Change) -> None:
    """Make `table` again with `change` applied, keeping its rows (and their ids), indexes and triggers."""
    if conn.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError("foreign keys must be off while a table is rebuilt "
                           "(run the migration through desktop.core.migrations.run)")
    _, elements = split_create(table_sql(conn, table))
    dropped = set(change.drop_constraints) | set(change.drop_columns)
    unknown = set(change.drop_constraints) - {e.name for e in elements if e.is_constraint}
    if unknown:
        raise RuntimeError(f"{table}: no constraint {sorted(unknown)} to replace")
    kept_columns = [e for e in elements if not e.is_constraint and e.name not in dropped]
    kept_constraints = [e for e in elements if e.is_constraint and e.name not in dropped]
    new_columns = [Element(definition) for definition, _ in change.add_columns]
    body = [e.text for e in kept_columns + new_columns + kept_constraints] + list(change.add_constraints)
    temp = f"buzon_new_{table}"
    # what else belongs to the table, made again after the rename (auto-indexes have no text)
    others = [row[0] for row in conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL "
        "ORDER BY type = 'trigger', name", (table,))]
    conn.exec_driver_sql(f"CREATE TABLE {temp} (\n\t" + ",\n\t".join(body) + "\n)")
    old = [c for c in columns(conn, table) if c not in change.drop_columns]
    target = ", ".join(old + [Element(d).name for d, _ in change.add_columns])
    source = ", ".join([f"t.{c}" for c in old] + [value for _, value in change.add_columns])
    where = f" WHERE {change.keep_row}" if change.keep_row else ""
    conn.exec_driver_sql(f"INSERT INTO {temp} ({target}) SELECT {source} FROM {table} AS t{where}")
    conn.exec_driver_sql(f"DROP TABLE {table}")
    # legacy: the rename leaves the text of other tables' triggers and views alone (they name
    # the table by its final name already; the modern rename would check them against the
    # schema, where the table is missing for this one statement)
    conn.exec_driver_sql("PRAGMA legacy_alter_table = ON")
    try:
        conn.exec_driver_sql(f"ALTER TABLE {temp} RENAME TO {table}")
    finally:
        conn.exec_driver_sql("PRAGMA legacy_alter_table = OFF")
    for sql in others:
        conn.exec_driver_sql(sql)


def foreign_key_problems(conn: Connection, tables: Iterable[str] = ()) -> list[tuple]:
    """`PRAGMA foreign_key_check`'s rows (table, rowid, parent, constraint index): none is good."""
    names: list[str | None] = [*tables] or [None]
    out: list[tuple] = []
    for name in names:
        pragma = "PRAGMA foreign_key_check" + (f'("{name}")' if name else "")
        out.extend(tuple(r) for r in conn.exec_driver_sql(pragma))
    return out
