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
            s.add(m.ConversationMember(store_id=s.get(m.Conversation, cid).store_id, conversation_id=cid, user_id=user.id, last_activity_at=activity))
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
    assert _ids(db, wei) == [4, 1]                       # James's, Lucía's (the demo gives Lucía's to Mei)
    assert _ids(db, wei, team_view="assigned") == [1] and _ids(db, wei, team_view="unassigned") == [4]
    team.assign(db, wei, 4, "ana")
    team.assign(db, ana, 1, "wei")
    assert _ids(db, ana, team_view="mine") == [4]
    assert _ids(db, wei, team_view="mine") == [1]
    assert _ids(db, wei, team_view="assigned") == [4, 1]
    assert _ids(db, wei, team_view="unassigned") == []
    assert _ids(db, wei, team_view="assigned", limit=1) == [4, 1]      # a keyset walk, a row a page
    team.unassign(db, ana, 4)
    assert _ids(db, wei, team_view="unassigned") == [4]
    assert desk.view_ids(db, wei, "all", team_view="assigned") == [1]


def test_rows_carry_their_assignee_and_counts_follow(db, wei, ana):
    rows = {r.id: r for r in desk.desk_page(db, wei, pins_first=False).rows}
    assert rows[1].assignee == "mei" and rows[4].assignee is None
    assert rows[1].to_json()["assignee"] == "mei"
    assert desk.counts(db, wei)["team"] == {"mine": 0, "assigned": 1}
    team.assign(db, wei, 4)
    team.assign(db, wei, 1, "ana")
    assert {r.id: r.assignee for r in desk.desk_page(db, wei, pins_first=False).rows} == {4: "wei", 1: "ana"}
    assert desk.counts(db, wei)["team"] == {"mine": 1, "assigned": 2}
    assert desk.counts(db, ana)["team"] == {"mine": 1, "assigned": 2}
    desk.archive(db, wei, 4)                              # out of wei's All: out of his counts
    assert desk.counts(db, wei)["team"] == {"mine": 0, "assigned": 1}
    team.unassign(db, ana, 1)
    assert desk.counts(db, ana)["team"] == {"mine": 0, "assigned": 1}


def test_a_notice_is_checked_against_the_team_list(db, lucia, wei, ana):
    team.assign(db, wei, 1, "ana")                           # Lucía's
    assert desk.in_view(db, ana, "all", [1, 4], team_view="mine") == {1}
    assert desk.in_view(db, ana, "all", [1, 4], team_view="unassigned") == {4}
    # Combined with a view: Unread and mine.
    assert _ids(db, ana, "unread", team_view="mine") == []
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
    assert team.members(db, wei) == ["ana", "mei", "wei"]
    assert team.members(db, lucia) == []


def test_the_conversations_command_takes_a_team_list(data_dir, capsys):
    import json

    from desktop.cli import main

    assert main(["--user", "wei", "conversations", "--team", "assigned", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["assignee"]) for r in rows] == [(1, "mei")]
    assert main(["--user", "mei", "conversations", "--filter", "awaiting", "--team", "mine", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["conversations", "--team", "mine"]) == 2              # Lucía, a buyer
    assert "team" in capsys.readouterr().err


def test_a_colleagues_reply_ends_the_wait_for_the_whole_team(db, lucia, wei):
    """Awaiting is a side's, not a person's: Mei (the demo's agent) no longer waits once Wei answered."""
    mei = users.resolve(db, "mei")
    messaging.send(db, lucia, 1, "¿Lo mandáis hoy?")
    assert 1 in desk.view_ids(db, mei, "awaiting") and 1 in desk.view_ids(db, wei, "awaiting")
    messaging.send(db, wei, 1, "Sí, esta tarde.")
    assert 1 not in desk.view_ids(db, mei, "awaiting") and 1 not in desk.view_ids(db, wei, "awaiting")


def test_a_colleagues_reply_is_on_our_side_and_read_when_the_buyer_reads_it(db, lucia, wei, ana):
    """`our_side`: the sender is on the reader's side (the store's team for Ana, herself for
    Lucía); `mine` stays "I sent it". Our side's read mark is the buyer's reading, not a
    colleague's."""
    from desktop.core import conversations

    asked = messaging.send(db, lucia, 1, "¿Y el cable?").message_id
    reply = messaging.send(db, wei, 1, "Va en la caja.").message_id
    conversations.mark_read(db, ana, 1)                 # a colleague reading it is not the buyer

    def rows(user):
        return {r.id: r for r in messaging.page(db, user, 1)}

    as_ana = rows(ana)
    assert (as_ana[reply].our_side, as_ana[reply].mine, as_ana[reply].read) == (True, False, False)
    assert (as_ana[asked].our_side, as_ana[asked].mine) == (False, False)
    assert rows(wei)[reply].read is False                # Ana's reading is not Lucía's
    as_lucia = rows(lucia)
    assert (as_lucia[reply].our_side, as_lucia[asked].our_side, as_lucia[asked].mine) == (False, True, True)
    assert as_lucia[reply].to_json()["our_side"] is False
    conversations.mark_read(db, lucia, 1)
    assert rows(ana)[reply].read and rows(wei)[reply].read
    assert rows(lucia)[asked].read                       # the store's team read hers (Wei sent after it)
