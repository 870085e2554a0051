"""tracking events: the codes "departed" and "customs_delay" (issue 15)

Revision ID: 0008_tracking_codes
Revises: 0007_team
Create Date: 2026-12-02 15:30:00

A tracking event is stored as a code the window titles in its own language, plus the
carrier's own text. Two codes are added to the CHECK on `tracking_events.kind`. As in
0006_orders, SQLite cannot alter a CHECK and no batch copy is made (no table is copied,
nothing that points at it or triggers on it is lost): the constraint's text is rewritten in
the schema, which widening an IN list allows; PostgreSQL drops and makes the constraint
again. The downgrade first turns the new codes back into the nearest old ones
(departed → in_transit, customs_delay → delay), then narrows the list.
"""

from alembic import op

revision = '0008_tracking_codes'
down_revision = '0007_team'
branch_labels = None
depends_on = None

OLD = ("info", "no_tracking", "in_transit", "delay", "returned_to_sender", "delivered")
NEW = OLD + ("departed", "customs_delay")
BACK = {"departed": "in_transit", "customs_delay": "delay"}


def _in_list(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _set_check(table: str, column: str, constraint: str, old: tuple[str, ...], new: tuple[str, ...]) -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        # op.f(): the name is the full one already (the naming convention would prefix it again)
        op.drop_constraint(op.f(constraint), table, type_="check")
        op.create_check_constraint(op.f(constraint), table, _in_list(column, new))
        return
    sql = str(conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)).scalar())
    before, after = _in_list(column, old), _in_list(column, new)
    if after in sql:
        return
    if before not in sql:
        raise RuntimeError(f"{table}: the CHECK on {column} is not the one this migration knows: {sql}")
    version = int(conn.exec_driver_sql("PRAGMA schema_version").scalar() or 0)
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        conn.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type='table' AND name=?",
                             (sql.replace(before, after), table))
        conn.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    _set_check("tracking_events", "kind", "ck_tracking_events_trackingkind", OLD, NEW)


def downgrade() -> None:
    for new, old in BACK.items():
        op.execute(f"UPDATE tracking_events SET kind = '{old}' WHERE kind = '{new}'")
    _set_check("tracking_events", "kind", "ck_tracking_events_trackingkind", NEW, OLD)
