"""sql_hints.flag in SQLAlchemy's statement cache: a statement holding a flag has a key (it
had none, so each run compiled it again), and two flags differing in column or value never
share one (which would run one's SQL for the other)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core import schema as m
from desktop.core import sql_hints


def key(column: str, value: bool):
    mem = m.ConversationMember
    return select(mem.conversation_id).where(sql_hints.flag(column, value))._generate_cache_key()


def test_a_statement_with_a_flag_is_cached_under_its_column_and_value():
    archived = key("conversation_members.archived", False)
    assert archived is not None
    assert archived == key("conversation_members.archived", False)
    assert archived != key("conversation_members.archived", True)
    assert archived != key("conversation_members.pinned", False)


def test_a_cached_flag_compiles_to_its_own_sql_on_each_backend(db, wei):
    from desktop.core import desk

    first = desk.view_ids(db, wei, "all")[0]
    desk.archive(db, wei, first)
    # Run twice, so the second reads the cached statement: archived and not archived stay apart.
    for _ in range(2):
        assert first not in desk.view_ids(db, wei, "all")
        assert desk.view_ids(db, wei, "archived") == [first]
