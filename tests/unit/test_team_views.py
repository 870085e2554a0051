"""The team's lists inside the desk's pages (issue 18 §4), on both backends: Mine, Unassigned
and Assigned combine with a view and a label, page by keyset, tell a change notice whether a
conversation is still in the list, count from the assignments, and every row carries its
assignee from the page's one read."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core import desk, messaging, team, users
from desktop.core import schema as m
from desktop.core.errors import UsageError


@pytest.fixture
def ana(db, wei):
    """An agent on Shenzhen Tech's team, a member of its conversations (as `buzon admin grant` makes one)."""
    def add(s):
        user = m.User(handle="ana", name="Ana", role=m.Role.SELLER, language="es", store_id=wei.store_id)
        s.add(user)
        s.flush()
        for cid, activity in s.execute(select(m.Conversation.id, m.Conversation.last_activity_at)
                                       .where(m.Conversation.store_id == wei.store_id)):
            s.add(m.ConversationMember(conversation_id=cid, user_id=user.id, last_activity_at=activity))
    db.write(add)
    return users.resolve(db, "ana")


def _ids(db, user, view="all", team_view=None, label=None, limit=50):
    out, after = [], None
    while True:
        page = desk.desk_page(db, user, view, label=label, after=after, limit=limit, pins_first=False,
                              team_view=team_view)
        out += [r.id for r in page.rows]
        if page.next is None:
            return out
        after = page.next


def test_mine_unassigned_and_assigned_pages(db, wei, ana):
    every = _ids(db, wei)
    assert len(every) == 2
    first, second = every
    team.assign(db, wei, first, "ana")
    team.assign(db, ana, second, "wei")
    assert _ids(db, ana, team_view="mine") == [first]
    assert _ids(db, wei, team_view="mine") == [second]
    assert _ids(db, wei, team_view="assigned") == [first, second]
    assert _ids(db, wei, team_view="unassigned") == []
    assert _ids(db, wei, team_view="assigned", limit=1) == [first, second]      # a keyset walk, a row a page
    team.unassign(db, ana, first)
    assert _ids(db, wei, team_view="unassigned") == [first]
    assert desk.view_ids(db, wei, "all", team_view="assigned") == [second]


def test_rows_carry_their_assignee_and_counts_follow(db, wei, ana):
    every = _ids(db, wei)
    team.assign(db, wei, every[0], "ana")
    rows = {r.id: r for r in desk.desk_page(db, wei, pins_first=False).rows}
    assert rows[every[0]].assignee == "ana" and rows[every[1]].assignee is None
    team.assign(db, wei, every[1])
    rows = {r.id: r for r in desk.desk_page(db, wei, pins_first=False).rows}
    assert rows[every[1]].assignee == "wei"
    assert rows[every[0]].to_json()["assignee"] == "ana"
    assert desk.counts(db, wei)["team"] == {"mine": 1, "assigned": 2}
    assert desk.counts(db, ana)["team"] == {"mine": 1, "assigned": 2}
    desk.archive(db, wei, every[1])                       # out of wei's All: out of his counts
    assert desk.counts(db, wei)["team"] == {"mine": 0, "assigned": 1}
    team.unassign(db, ana, every[0])
    assert desk.counts(db, ana)["team"] == {"mine": 0, "assigned": 1}


def test_a_notice_is_checked_against_the_team_list(db, lucia, wei, ana):
    other = next(c for c in _ids(db, wei) if c != 1)
    team.assign(db, wei, 1, "ana")                           # Lucía's
    assert desk.in_view(db, ana, "all", [1, other], team_view="mine") == {1}
    assert desk.in_view(db, ana, "all", [1, other], team_view="unassigned") == {other}
    # Combined with a view: Unread and mine.
    assert _ids(db, wei, "unread", team_view="assigned") == []
    messaging.send(db, lucia, 1, "¿Hay novedades?")
    assert _ids(db, ana, "unread", team_view="mine") == [1]


def test_a_buyer_has_no_team_lists_and_no_assignees(db, lucia):
    with pytest.raises(UsageError):
        desk.desk_page(db, lucia, team_view="mine")
    with pytest.raises(UsageError):
        desk.desk_page(db, users.resolve(db, "wei"), team_view="everyone")
    assert all(r.assignee is None for r in desk.desk_page(db, lucia).rows)
    assert desk.counts(db, lucia)["team"] == {}


def test_the_team_members(db, lucia, wei, ana):
    assert team.members(db, wei) == ["ana", "wei"]
    assert team.members(db, lucia) == []
