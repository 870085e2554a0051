"""ids as bigint on PostgreSQL (issue 18 §5)

Revision ID: 0010_bigint_ids
Revises: 0009_store_keys
Create Date: 2026-12-03 07:00:00

Every integer column holding an id (`id`, `x_id`, and the user ids named `x_by`) becomes
`bigint`, and so do the sequences behind the ids: a Citus cluster's sequences hand out ranges
per node, and 2^31 messages is about 540 days of 1,000 busy stores (docs/scale.md). SQLite's
INTEGER is 64-bit already: nothing changes there.

PostgreSQL refuses to change the type of a column a policy uses, and the policies call
functions whose arguments were `integer`: the policies, the functions and the guard triggers
are dropped first and, when the database had them (`buzon admin init` had run), made again
afterwards by the same statements `init` runs (`access.policy_statements`), as the owner
who runs the migration. Each table is rewritten once (one ALTER TABLE per table).
"""

from __future__ import annotations

from alembic import op

revision = '0010_bigint_ids'
down_revision = '0009_store_keys'
branch_labels = None
depends_on = None

COLUMNS = """SELECT c.table_name, c.column_name FROM information_schema.columns c
JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.data_type = :old
  AND (c.column_name = 'id' OR c.column_name LIKE '%\\_id' OR c.column_name LIKE '%\\_by')
ORDER BY c.table_name, c.ordinal_position"""


def upgrade() -> None:
    _retype("integer", "bigint")


def downgrade() -> None:
    _retype("bigint", "integer")


def _retype(old: str, new: str) -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    import sqlalchemy as sa

    had_policies = _drop_access(conn)
    tables: dict[str, list[str]] = {}
    for table, column in conn.execute(sa.text(COLUMNS), {"old": old}):
        if not table.startswith("search_") and table != "alembic_version":
            tables.setdefault(table, []).append(column)
    for table, columns in tables.items():
        op.execute(f"ALTER TABLE {table} " + ", ".join(f"ALTER COLUMN {c} TYPE {new}" for c in columns))
        if "id" in columns:
            seq = conn.execute(sa.text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
            if seq:
                op.execute(f"ALTER SEQUENCE {seq} AS {new}")
    if had_policies and new == "bigint":
        from desktop.core import access

        owner = conn.exec_driver_sql("SELECT current_user").scalar()
        for statement in access.policy_statements(str(owner), access.existing_columns(conn)):
            conn.exec_driver_sql(statement)


def _drop_access(conn) -> bool:
    """Drop the policies, the guard triggers and the helper functions; say whether there were any."""
    import sqlalchemy as sa

    policies = list(conn.execute(sa.text(
        "SELECT policyname, tablename FROM pg_policies WHERE schemaname = current_schema()")))
    for name, table in policies:
        op.execute(f'DROP POLICY "{name}" ON {table}')
    functions = list(conn.execute(sa.text(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = current_schema() AND p.proname LIKE 'buzon\\_%'")))
    for (signature,) in functions:
        op.execute(f"DROP FUNCTION {signature} CASCADE")        # the guard triggers go with theirs
    return bool(policies)
