"""the seller's desk: pin, awaiting, no-response, labels, quick replies, store settings, response episodes

Revision ID: 0005_desk
Revises: 0004
Create Date: 2026-12-02 13:00:00

Columns are added (no batch mode: no table is copied); the new state is then filled from
the messages once (`desk_state.rebuild`): who is awaiting a reply since when, and the
store's past waits for the response figures (docs/desk.md).
"""

from alembic import op
import sqlalchemy as sa

from desktop.core import desk_state

revision = '0005_desk'
down_revision = '0004'
branch_labels = None
depends_on = None

MEMBER_INDEXES = {
    'ix_conversation_members_unread_list': (['user_id', 'last_activity_at', 'conversation_id'], 'unread_count > 0'),
    'ix_conversation_members_awaiting': (['user_id', 'last_activity_at', 'conversation_id'],
                                         'awaiting_since IS NOT NULL'),
    'ix_conversation_members_awaiting_since': (['user_id', 'awaiting_since'], 'awaiting_since IS NOT NULL'),
    'ix_conversation_members_archived': (['user_id', 'last_activity_at', 'conversation_id'], 'archived = 1'),
    'ix_conversation_members_pinned': (['user_id', 'last_activity_at', 'conversation_id'], 'pinned = 1'),
}


def upgrade() -> None:
    op.add_column('conversation_members', sa.Column('pinned', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('conversation_members', sa.Column('awaiting_since', sa.DateTime(), nullable=True))
    op.add_column('conversation_members', sa.Column('no_response_by', sa.Integer(), nullable=True))
    op.add_column('conversation_members', sa.Column('no_response_at', sa.DateTime(), nullable=True))
    op.add_column('quick_replies', sa.Column('store_id', sa.Integer(), nullable=True))
    op.add_column('quick_replies', sa.Column('code', sa.String(length=32), nullable=False, server_default=''))
    op.add_column('quick_replies', sa.Column('source_lang', sa.String(length=8), nullable=False, server_default=''))
    op.add_column('quick_replies', sa.Column('position', sa.Integer(), nullable=False, server_default=sa.text('0')))
    op.create_index('ix_quick_replies_store_id_code', 'quick_replies', ['store_id', 'code'], unique=True)
    op.create_table(
        'quick_reply_texts',
        sa.Column('reply_id', sa.Integer(), nullable=False),
        sa.Column('lang', sa.String(length=8), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('by_hand', sa.Boolean(), nullable=False),
        sa.Column('check', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['reply_id'], ['quick_replies.id'], name=op.f('fk_quick_reply_texts_reply_id_quick_replies'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('reply_id', 'lang', name=op.f('pk_quick_reply_texts')))
    op.create_table(
        'store_labels',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('store_id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=500), nullable=False),
        sa.Column('colour', sa.String(length=7), nullable=False),
        sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_store_labels_store_id_stores'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_store_labels')),
        sa.UniqueConstraint('store_id', 'name', name=op.f('uq_store_labels_store_id_name')))
    op.create_table(
        'conversation_labels',
        sa.Column('conversation_id', sa.Integer(), nullable=False),
        sa.Column('label_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'],
                                name=op.f('fk_conversation_labels_conversation_id_conversations'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['label_id'], ['store_labels.id'],
                                name=op.f('fk_conversation_labels_label_id_store_labels'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('conversation_id', 'label_id', name=op.f('pk_conversation_labels')))
    op.create_index('ix_conversation_labels_label_id_conversation_id', 'conversation_labels',
                    ['label_id', 'conversation_id'], unique=False)
    op.create_table(
        'store_settings',
        sa.Column('store_id', sa.Integer(), nullable=False),
        sa.Column('response_target_minutes', sa.Integer(), nullable=False),
        sa.Column('time_zone', sa.String(length=64), nullable=False),
        sa.Column('office_hours', sa.Text(), nullable=False),
        sa.Column('away_reply', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_store_settings_store_id_stores'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('store_id', name=op.f('pk_store_settings')))
    op.create_table(
        'response_episodes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('store_id', sa.Integer(), nullable=False),
        sa.Column('conversation_id', sa.Integer(), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=False),
        sa.Column('answered_at', sa.DateTime(), nullable=True),
        sa.Column('waived_by', sa.Integer(), nullable=True),
        sa.Column('waived_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'],
                                name=op.f('fk_response_episodes_conversation_id_conversations'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_response_episodes')))
    op.create_index('ix_response_episodes_store_id_started_at', 'response_episodes', ['store_id', 'started_at'])
    op.create_index('ix_response_episodes_conversation_id_id', 'response_episodes', ['conversation_id', 'id'])
    for name, (columns, where) in MEMBER_INDEXES.items():
        op.create_index(name, 'conversation_members', columns, unique=False, sqlite_where=sa.text(where))
    desk_state.rebuild(op.get_bind())


def downgrade() -> None:
    for name in MEMBER_INDEXES:
        op.drop_index(name, table_name='conversation_members')
    op.drop_index('ix_response_episodes_conversation_id_id', table_name='response_episodes')
    op.drop_index('ix_response_episodes_store_id_started_at', table_name='response_episodes')
    op.drop_table('response_episodes')
    op.drop_table('store_settings')
    op.drop_index('ix_conversation_labels_label_id_conversation_id', table_name='conversation_labels')
    op.drop_table('conversation_labels')
    op.drop_table('store_labels')
    op.drop_table('quick_reply_texts')
    op.drop_index('ix_quick_replies_store_id_code', table_name='quick_replies')
    for column in ('position', 'source_lang', 'code', 'store_id'):
        op.drop_column('quick_replies', column)
    for column in ('no_response_at', 'no_response_by', 'awaiting_since', 'pinned'):
        op.drop_column('conversation_members', column)
