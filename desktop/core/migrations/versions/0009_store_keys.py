"""store keys: `store_id` on every row of a store's data, in its keys and foreign keys (issue 18 §5)

Revision ID: 0009_store_keys
Revises: 0008_tracking_codes
Create Date: 2026-12-03 06:30:00

The schema Citus needs when a store's data is distributed by `store_id` (docs/scale.md), made
now so that the move needs no migration. What changes per table is `migrations.store_keys`.

- Each row gets its store from the row it belongs to (a message from its conversation, a
  translation from its message, a step from its order...). A file (`attachments`) gets the
  store of the first message, dispute or step it is attached to; a file attached in two stores
  becomes a row in each (same hash, same file on disk). A file attached to nothing (stored for
  a send that never happened) is dropped: its file stays, and a new send records it again.
- Foreign keys between them become `(store_id, x_id) -> x (store_id, id)`, under their old names.
- A send's client id, an order's number and a file's hash are unique per store.
- PostgreSQL: primary keys become `(store_id, …)`. SQLite keeps its integer primary key (the
  rowid alias, so ids do not move) and gets `UNIQUE (store_id, id)` on the tables pointed at.
  Its tables are made again by SQLite's twelve-step procedure (`migrations.sqlite_rebuild`),
  with foreign keys off and `PRAGMA foreign_key_check` before the end.
- `change_log` gets a `store_id` too (empty for a person's own changes), with no key.

The downgrade undoes it all: a file's rows per store are merged back into one per hash. A
client id or order number used in two stores after the upgrade makes the downgrade fail on the
old global uniqueness (nothing is lost: the transaction is rolled back).
"""

from __future__ import annotations

from alembic import op

from desktop.core.migrations import sqlite_rebuild, store_keys
from desktop.core.migrations.store_keys import Keys

revision = '0009_store_keys'
down_revision = '0008_tracking_codes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        _sqlite_up()
    else:
        _pg_up()
    op.add_column("change_log", _store_column())
    op.execute(store_keys.CHANGE_STORE)


def downgrade() -> None:
    op.drop_column("change_log", "store_id")
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        _sqlite_down()
    else:
        _pg_down()


def _store_column():
    import sqlalchemy as sa

    return sa.Column("store_id", sa.Integer(), nullable=True)


# ---- SQLite ----------------------------------------------------------------------------------

def _check(conn) -> None:
    problems = sqlite_rebuild.foreign_key_problems(conn)
    if problems:
        raise RuntimeError(f"0009_store_keys: rows whose foreign keys do not hold: {problems[:10]}")


def _sqlite_up() -> None:
    conn = op.get_bind()
    for keys in store_keys.TABLES:
        add = ((("store_id INTEGER NOT NULL", store_keys.store_of(keys)),) if keys.adds_column else ())
        drop = [r.name for r in keys.refs] + [keys.unique_old(c) for c in keys.unique]
        new = [r.new_sql() for r in keys.refs]
        new += [f"CONSTRAINT {keys.unique_new(c)} UNIQUE (store_id, {c})" for c in keys.unique]
        if keys.parent_key:
            new.append(f"CONSTRAINT {keys.parent_unique} UNIQUE (store_id, id)")
        keep = f"{store_keys.FILE_STORE} IS NOT NULL" if keys.table == "attachments" else ""
        sqlite_rebuild.rebuild(conn, keys.table, sqlite_rebuild.Change(
            add_columns=add, drop_constraints=tuple(drop), add_constraints=tuple(new), keep_row=keep))
    for link in store_keys.FILE_LINKS:
        for statement in store_keys.file_copies(link):
            conn.exec_driver_sql(statement)
    _check(conn)


def _sqlite_down() -> None:
    conn = op.get_bind()
    for link in store_keys.FILE_LINKS:
        for statement in store_keys.file_merges(link):
            conn.exec_driver_sql(statement)
    conn.exec_driver_sql(store_keys.DROP_FILE_COPIES)
    for keys in reversed(store_keys.TABLES):
        drop = [r.name for r in keys.refs] + [keys.unique_new(c) for c in keys.unique]
        if keys.parent_key:
            drop.append(keys.parent_unique)
        old = [r.old_sql() for r in keys.refs] + [f"CONSTRAINT {keys.unique_old(c)} UNIQUE ({c})" for c in keys.unique]
        sqlite_rebuild.rebuild(conn, keys.table, sqlite_rebuild.Change(
            drop_columns=("store_id",) if keys.adds_column else (), drop_constraints=tuple(drop),
            add_constraints=tuple(old)))
    _check(conn)


# ---- PostgreSQL ------------------------------------------------------------------------------

def _pg_fill(keys: Keys) -> None:
    if keys.table == "attachments":
        op.execute(f"UPDATE attachments AS t SET store_id = {store_keys.FILE_STORE}")
        op.execute("DELETE FROM attachments WHERE store_id IS NULL")
        return
    assert keys.parent is not None
    parent, column = keys.parent
    op.execute(f"UPDATE {keys.table} AS t SET store_id = p.store_id FROM {parent} p WHERE p.id = t.{column}")


def _pg_up() -> None:
    # 1. the column, filled from the row each belongs to
    for keys in store_keys.TABLES:
        if keys.adds_column:
            op.execute(f"ALTER TABLE {keys.table} ADD COLUMN store_id integer")
            _pg_fill(keys)
            op.execute(f"ALTER TABLE {keys.table} ALTER COLUMN store_id SET NOT NULL")
    # 2. the old keys go (foreign keys first: they lean on the primary keys' indexes), and a
    # file attached in another store gets its row there (once the global hash key is gone)
    for keys in store_keys.TABLES:
        for ref in keys.refs:
            op.execute(f"ALTER TABLE {keys.table} DROP CONSTRAINT {ref.name}")
        for column in keys.unique:
            op.execute(f"ALTER TABLE {keys.table} DROP CONSTRAINT {keys.unique_old(column)}")
    for link in store_keys.FILE_LINKS:
        for statement in store_keys.file_copies(link):
            op.execute(statement)
    for keys in store_keys.TABLES:
        op.execute(f"ALTER TABLE {keys.table} DROP CONSTRAINT pk_{keys.table}")
        op.execute(f"ALTER TABLE {keys.table} ADD CONSTRAINT pk_{keys.table} "
                   f"PRIMARY KEY (store_id, {', '.join(keys.pk)})")
        for column in keys.unique:
            op.execute(f"ALTER TABLE {keys.table} ADD CONSTRAINT {keys.unique_new(column)} UNIQUE (store_id, {column})")
    # 3. the new foreign keys, through (store_id, id)
    for keys in store_keys.TABLES:
        for ref in keys.refs:
            op.execute(f"ALTER TABLE {keys.table} ADD {ref.new_sql()}")


def _pg_down() -> None:
    for keys in store_keys.TABLES:
        for ref in keys.refs:
            op.execute(f"ALTER TABLE {keys.table} DROP CONSTRAINT {ref.name}")
    for link in store_keys.FILE_LINKS:
        for statement in store_keys.file_merges(link):
            op.execute(statement)
    op.execute(store_keys.DROP_FILE_COPIES)
    for keys in store_keys.TABLES:
        for column in keys.unique:
            op.execute(f"ALTER TABLE {keys.table} DROP CONSTRAINT {keys.unique_new(column)}")
            op.execute(f"ALTER TABLE {keys.table} ADD CONSTRAINT {keys.unique_old(column)} UNIQUE ({column})")
        op.execute(f"ALTER TABLE {keys.table} DROP CONSTRAINT pk_{keys.table}")
        op.execute(f"ALTER TABLE {keys.table} ADD CONSTRAINT pk_{keys.table} PRIMARY KEY ({', '.join(keys.pk)})")
    for keys in store_keys.TABLES:
        for ref in keys.refs:
            op.execute(f"ALTER TABLE {keys.table} ADD {ref.old_sql()}")
    # the policies that test a row's store_id go with the column (`buzon admin init` makes them again)
    for keys in store_keys.TABLES:
        if keys.adds_column:
            op.execute(f"ALTER TABLE {keys.table} DROP COLUMN store_id CASCADE")
