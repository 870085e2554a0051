"""unread counts the other side's messages only (issue 18 §4)

Revision ID: 0011_side_unread
Revises: 0010_bigint_ids
Create Date: 2026-12-03 08:00:00

A store's agents counted their colleagues' replies as unread (the counter added one for every
member but the sender). From now on a message counts for the other side only (the buyer, or
the store's team; a notice with no sender for everyone). The counters of the store's members
in stores with more than one person on the team are set again from the messages; the
buyers' and a lone seller's counters were already right. No table changes; downgrading
leaves the counters as they are (the older code recounts on each read mark).
"""

from __future__ import annotations

from alembic import op

revision = '0011_side_unread'
down_revision = '0010_bigint_ids'
branch_labels = None
depends_on = None

RECOUNT = """
UPDATE conversation_members SET unread_count = (
    SELECT count(*) FROM messages JOIN conversations ON conversations.id = messages.conversation_id
    WHERE messages.conversation_id = conversation_members.conversation_id
      AND messages.id > conversation_members.last_read_message_id
      AND messages.id > conversation_members.cleared_before_message_id
      AND (messages.sender_id IS NULL OR messages.sender_id = conversations.buyer_id)
      AND NOT EXISTS (SELECT 1 FROM message_deletions
                      WHERE message_deletions.user_id = conversation_members.user_id
                        AND message_deletions.message_id = messages.id))
WHERE conversation_members.user_id IN (
    SELECT users.id FROM users WHERE users.store_id IS NOT NULL AND users.store_id IN (
        SELECT team.store_id FROM users AS team WHERE team.store_id IS NOT NULL
        GROUP BY team.store_id HAVING count(*) > 1))
"""


def upgrade() -> None:
    op.execute(RECOUNT)


def downgrade() -> None:
    pass
