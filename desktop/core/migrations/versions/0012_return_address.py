"""a store's return address, and the one a dispute's return was asked to

Revision ID: 0012_return_address
Revises: 0011_side_unread
Create Date: 2026-12-03 13:15:00

A buyer asked to return an item must see where to send it. `stores.return_address` is the
address the marketplace holds for the store's returns (several lines); a dispute keeps the
address its return was asked to (`disputes.return_address`), fixed when the seller asks, as
its deadline is, so changing the store's address later does not move a parcel already on
its way. Both are empty on existing rows: a store without one cannot ask for a return, and a
return asked before this revision shows the store's current address.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012_return_address'
down_revision = '0011_side_unread'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('stores', sa.Column('return_address', sa.Text(), nullable=False, server_default=''))
    op.add_column('disputes', sa.Column('return_address', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    op.drop_column('disputes', 'return_address')      # in place (SQLite 3.35+), as 0006 does
    op.drop_column('stores', 'return_address')
