"""an open dispute from before the deadlines gets the seller's deadline and the refund asked

Revision ID: 0013_dispute_deadlines
Revises: 0012_return_address
Create Date: 2026-12-03 13:20:00

A dispute opened before 0006_orders (and the first-start demo's, until it was fixed) is
`open` with no `deadline_at` and a refund asked of 0 (the column's default): it waited on
the seller for ever, and had the clock acted it would have refunded nothing. Each such
dispute gets the deadline the rules give an opening (5 days, the marketplace's default:
settings are per user, not in the database) and, asking a full refund, the order's total.
The clock then applies a deadline that has passed like any other, once, whoever looks
first (docs/orders.md). The downgrade leaves the values: they are what the older code
would have written itself.
"""

from __future__ import annotations

from alembic import op

revision = '0013_dispute_deadlines'
down_revision = '0012_return_address'
branch_labels = None
depends_on = None

ANSWER_DAYS = 5          # Settings.dispute_answer_days's default, written out: a migration does not move

AMOUNT = """
UPDATE disputes SET amount_cents = (SELECT orders.total_cents FROM orders WHERE orders.id = disputes.order_id)
WHERE state = 'open' AND refund_kind = 'full' AND amount_cents = 0
"""


def upgrade() -> None:
    op.execute(AMOUNT)
    if op.get_bind().dialect.name == "sqlite":
        deadline = f"datetime(created_at, '+{ANSWER_DAYS} days')"
    else:
        deadline = f"created_at + interval '{ANSWER_DAYS} days'"
    op.execute(f"UPDATE disputes SET deadline_at = {deadline} WHERE state = 'open' AND deadline_at IS NULL")


def downgrade() -> None:
    pass
