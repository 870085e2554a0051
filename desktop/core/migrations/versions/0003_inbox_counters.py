"""inbox keyset and unread counters per member; indexes for every list

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 06:00:00

Each member gets a copy of the conversation's last activity (so one member's inbox is a
range of one index, paged by keyset) and an unread counter kept by every write (so the
list and the badge read counts instead of counting messages). Existing rows are filled
from the data: the counter is the same count the list used to compute. The orders get
the indexes their four lists read in order; single-column indexes that became prefixes
of the new ones are dropped.
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# The unread count as the list computed it before: the others' messages after my read
# position and my cleared-before marker, less those I deleted for myself.
UNREAD = """
UPDATE conversation_members SET unread_count = (
    SELECT count(*) FROM messages
    WHERE messages.conversation_id = conversation_members.conversation_id
      AND messages.id > conversation_members.last_read_message_id
      AND messages.id > conversation_members.cleared_before_message_id
      AND (messages.sender_id IS NULL OR messages.sender_id != conversation_members.user_id)
      AND NOT EXISTS (SELECT 1 FROM message_deletions
                      WHERE message_deletions.user_id = conversation_members.user_id
                        AND message_deletions.message_id = messages.id))
"""

ACTIVITY = """
UPDATE conversation_members SET last_activity_at = (
    SELECT conversations.last_activity_at FROM conversations
    WHERE conversations.id = conversation_members.conversation_id)
"""


def upgrade() -> None:
    with op.batch_alter_table('conversation_members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_activity_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('unread_count', sa.Integer(), nullable=False, server_default='0'))
    op.execute(ACTIVITY)
    op.execute(UNREAD)
    with op.batch_alter_table('conversation_members', schema=None) as batch_op:
        batch_op.alter_column('last_activity_at', existing_type=sa.DateTime(), nullable=False)
        batch_op.drop_index('ix_conversation_members_user_id')
        batch_op.create_index('ix_conversation_members_inbox',
                              ['user_id', 'hidden', 'last_activity_at', 'conversation_id'], unique=False)
        batch_op.create_index('ix_conversation_members_unread', ['user_id', 'unread_count'], unique=False,
                              sqlite_where=sa.text('unread_count > 0'))

    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_conversations_last_activity_at')

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_store_id')
        batch_op.drop_index('ix_orders_buyer_id')
        batch_op.drop_index('ix_orders_status')
        batch_op.create_index('ix_orders_store_id_created_at', ['store_id', 'created_at'], unique=False)
        batch_op.create_index('ix_orders_store_id_status_created_at', ['store_id', 'status', 'created_at'],
                              unique=False)
        batch_op.create_index('ix_orders_buyer_id_created_at', ['buyer_id', 'created_at'], unique=False)
        batch_op.create_index('ix_orders_buyer_id_status_created_at', ['buyer_id', 'status', 'created_at'],
                              unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index('ix_users_store_id', ['store_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index('ix_users_store_id')

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_buyer_id_status_created_at')
        batch_op.drop_index('ix_orders_buyer_id_created_at')
        batch_op.drop_index('ix_orders_store_id_status_created_at')
        batch_op.drop_index('ix_orders_store_id_created_at')
        batch_op.create_index('ix_orders_status', ['status'], unique=False)
        batch_op.create_index('ix_orders_buyer_id', ['buyer_id'], unique=False)
        batch_op.create_index('ix_orders_store_id', ['store_id'], unique=False)

    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.create_index('ix_conversations_last_activity_at', ['last_activity_at'], unique=False)

    with op.batch_alter_table('conversation_members', schema=None) as batch_op:
        batch_op.drop_index('ix_conversation_members_unread')
        batch_op.drop_index('ix_conversation_members_inbox')
        batch_op.create_index('ix_conversation_members_user_id', ['user_id'], unique=False)
        batch_op.drop_column('unread_count')
        batch_op.drop_column('last_activity_at')
