"""a store's team: assignments, internal notes, presence (issue 18 §4)

Revision ID: 0007_team
Revises: 0006_orders
Create Date: 2026-12-02 13:30:00

Three new tables, no change to existing ones (so no batch mode on either backend). On
PostgreSQL `buzon admin init` puts them under row-level security (store's team only).
"""

from alembic import op
import sqlalchemy as sa


revision = '0007_team'
down_revision = '0006_orders'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assignments',
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=False),
    sa.Column('assigned_by', sa.Integer(), nullable=False),
    sa.Column('assigned_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_by'], ['users.id'], name=op.f('fk_assignments_assigned_by_users')),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_assignments_assignee_id_users')),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_assignments_conversation_id_conversations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('conversation_id', name=op.f('pk_assignments'))
    )
    op.create_index(op.f('ix_assignments_assignee_id'), 'assignments', ['assignee_id'], unique=False)
    op.create_table('internal_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_internal_notes_author_id_users')),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_internal_notes_conversation_id_conversations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internal_notes'))
    )
    op.create_index(op.f('ix_internal_notes_conversation_id'), 'internal_notes', ['conversation_id'], unique=False)
    op.create_table('presence',
    sa.Column('conversation_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('until', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_presence_conversation_id_conversations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_presence_user_id_users')),
    sa.PrimaryKeyConstraint('conversation_id', 'user_id', name=op.f('pk_presence'))
    )


def downgrade() -> None:
    op.drop_table('presence')
    op.drop_index(op.f('ix_internal_notes_conversation_id'), table_name='internal_notes')
    op.drop_table('internal_notes')
    op.drop_index(op.f('ix_assignments_assignee_id'), table_name='assignments')
    op.drop_table('assignments')
