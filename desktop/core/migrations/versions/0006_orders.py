"""orders: cancellation requests answered, disputes from start to end, an order's history

Revision ID: 0006_orders
Revises: 0005_desk
Create Date: 2026-12-02 13:00:00

Columns are added with ALTER TABLE ADD COLUMN (no batch copy: other tables point at these
and the search index reads them). Two CHECK constraints accept one more value each: a
user's role (`arbiter`, the marketplace) and a message's kind (`request_card`). SQLite
cannot alter a CHECK, and copying `users` or `messages` would break the foreign keys that
point at them, so the constraint's text is rewritten in the schema (the procedure SQLite's
ALTER TABLE documentation gives for changes that leave every stored row valid); widening
an IN list is such a change. PostgreSQL drops and makes the constraint again.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006_orders'
down_revision = '0005_desk'
branch_labels = None
depends_on = None

ROLES_OLD, ROLES_NEW = ("buyer", "seller"), ("buyer", "seller", "arbiter")
KINDS_OLD = ("text", "image", "product_card", "order_card", "system")
KINDS_NEW = KINDS_OLD + ("request_card",)


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
    _set_check("users", "role", "ck_users_role", ROLES_OLD, ROLES_NEW)
    _set_check("messages", "kind", "ck_messages_messagekind", KINDS_OLD, KINDS_NEW)
    op.add_column('orders', sa.Column('shipped_at', sa.DateTime(), nullable=True))
    op.add_column('orders', sa.Column('refunded_cents', sa.Integer(), nullable=False, server_default='0'))
    for name, col in (('reason_code', sa.String(40)), ('decline_reason', sa.String(40))):
        op.add_column('cancellation_requests', sa.Column(name, col, nullable=False, server_default=''))
    op.add_column('cancellation_requests', sa.Column('deadline_at', sa.DateTime(), nullable=True))
    op.add_column('cancellation_requests', sa.Column('decided_by', sa.Integer(), nullable=True))
    op.add_column('cancellation_requests', sa.Column('automatic', sa.Boolean(), nullable=False, server_default='0'))
    op.add_column('disputes', sa.Column('refund_kind', sa.String(10), nullable=False, server_default='full'))
    op.add_column('disputes', sa.Column('amount_cents', sa.Integer(), nullable=False, server_default='0'))
    for name in ('offered_cents', 'refund_cents'):
        op.add_column('disputes', sa.Column(name, sa.Integer(), nullable=True))
    op.add_column('disputes', sa.Column('deadline_at', sa.DateTime(), nullable=True))
    op.add_column('disputes', sa.Column('return_carrier', sa.String(100), nullable=False, server_default=''))
    op.add_column('disputes', sa.Column('return_tracking', sa.String(64), nullable=False, server_default=''))
    op.add_column('disputes', sa.Column('closed_at', sa.DateTime(), nullable=True))
    op.create_table(
        'order_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('order_id', sa.Integer(), nullable=False),
        sa.Column('subject', sa.String(20), nullable=False),
        sa.Column('subject_id', sa.Integer(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=True),
        sa.Column('action', sa.String(30), nullable=False),
        sa.Column('amount_cents', sa.Integer(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_order_events_actor_id_users')),
        sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_events_order_id_orders'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_order_events')),
    )
    op.create_index('ix_order_events_order_id_id', 'order_events', ['order_id', 'id'], unique=False)
    op.create_index(op.f('ix_order_events_message_id'), 'order_events', ['message_id'], unique=False)
    op.create_table(
        'order_event_evidence',
        sa.Column('event_id', sa.Integer(), nullable=False),
        sa.Column('attachment_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'],
                                name=op.f('fk_order_event_evidence_attachment_id_attachments')),
        sa.ForeignKeyConstraint(['event_id'], ['order_events.id'],
                                name=op.f('fk_order_event_evidence_event_id_order_events'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('event_id', 'attachment_id', name=op.f('pk_order_event_evidence')),
    )


def downgrade() -> None:
    op.drop_table('order_event_evidence')
    op.drop_index(op.f('ix_order_events_message_id'), table_name='order_events')
    op.drop_index('ix_order_events_order_id_id', table_name='order_events')
    op.drop_table('order_events')
    for name in ('closed_at', 'return_tracking', 'return_carrier', 'deadline_at', 'refund_cents', 'offered_cents',
                 'amount_cents', 'refund_kind'):
        op.drop_column('disputes', name)
    for name in ('automatic', 'decided_by', 'deadline_at', 'decline_reason', 'reason_code'):
        op.drop_column('cancellation_requests', name)
    op.drop_column('orders', 'refunded_cents')
    op.drop_column('orders', 'shipped_at')
    _set_check("messages", "kind", "ck_messages_messagekind", KINDS_NEW, KINDS_OLD)
    _set_check("users", "role", "ck_users_role", ROLES_NEW, ROLES_OLD)
