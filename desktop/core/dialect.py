"""What differs between the two backends, in one place for the core's few needs.

PostgreSQL numbers rows from a sequence per table, which rows inserted with their own ids (the
demo's bulk loads) do not move: `reset_sequences` puts each past the highest id, as SQLite's
"highest + 1" does by itself.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from desktop.core import schema as m


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def reset_sequences(conn: Connection) -> None:
    """After rows were inserted with explicit ids: each table's next id is its highest + 1."""
    if not is_postgresql(conn):
        return
    for table in m.Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), coalesce(max(id), 0) + 1, false) "
            f"FROM {table.name}")
