"""search index: full-text tables for messages, products and orders, built in batches

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 06:00:00

The index is built here for an existing database, in committed batches with progress
(`desktop.core.search.build.build_in_migration`): interrupted, the migration runs again at
the next start and goes on from where it stopped. Nothing here uses triggers, so a later
batch operation on the tables it reads (which copies the table) leaves it working; see
tests/unit/search/test_migration.py. On PostgreSQL the same documents go into tsvector columns
with GIN indexes (see `desktop.core.search.index`), built the same way.
"""

from alembic import op

from desktop.core.search import build, index

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    index.create_all(conn)
    build.build_in_migration(conn)


def downgrade() -> None:
    index.drop_all(op.get_bind())
