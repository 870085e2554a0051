"""The seller's desk over a member's list: awaiting and overdue kept at write time, the views
and their counts, pin, archive, labels and "no response needed" (docs/desk.md)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import clock, desk, desk_settings, desk_state, messaging
from desktop.core import schema as m
from desktop.core.errors import UsageError

NOW = dt.datetime(2026, 11, 20, 9, 0)
JAMES_WEI, LUCIA_WEI = 4, 1


@pytest.fixture(autouse=True)
def frozen():
    with clock.frozen(NOW):
        yield


def ids(db, user, view="all", **kw):
    return [r.id for r in desk.iter_rows(db, user, view, **kw)]


def test_the_demo_seller_awaits_james_and_not_lucia(db, wei):
    rows = {r.id: r for r in desk.iter_rows(db, wei)}
    assert rows[JAMES_WEI].awaiting_since == dt.datetime(2026, 11, 20, 7, 48)
    assert rows[LUCIA_WEI].awaiting_since is None
    assert ids(db, wei, "awaiting") == [JAMES_WEI]
    assert ids(db, wei, "overdue") == []                 # 1 h 12 min of a 24 h target


def test_overdue_follows_the_clock_and_the_store_target(db, wei):
    with clock.frozen(NOW + dt.timedelta(hours=22, minutes=47)):
        assert ids(db, wei, "overdue") == []
    with clock.frozen(NOW + dt.timedelta(hours=22, minutes=49)):
        assert ids(db, wei, "overdue") == [JAMES_WEI]
        assert desk.counts(db, wei)["overdue"] == 1
    desk_settings.update(db, wei, response_target_minutes=60)
    assert ids(db, wei, "overdue") == [JAMES_WEI]
    assert desk.iter_rows(db, wei, "overdue").__next__().to_json()["overdue"] is True


def test_a_reply_ends_the_wait_and_a_new_buyer_message_starts_one(db, wei, james):
    messaging.send(db, wei, JAMES_WEI, "It leaves tomorrow.")
    assert ids(db, wei, "awaiting") == []
    later = NOW + dt.timedelta(hours=2)
    with clock.frozen(later):
        messaging.send(db, james, JAMES_WEI, "Thanks!")
        messaging.send(db, james, JAMES_WEI, "And the tracking?")
    row = next(r for r in desk.iter_rows(db, wei) if r.id == JAMES_WEI)
    assert row.awaiting_since == later                   # the first unanswered message, not the last


def test_an_auto_reply_does_not_end_the_wait(db, wei):
    messaging.send(db, wei, JAMES_WEI, "We are away.", client_id=f"{desk_state.AUTO_PREFIX}4-2026-11-20")
    assert ids(db, wei, "awaiting") == [JAMES_WEI]


def test_the_state_kept_by_writes_equals_a_rebuild(db, wei, james, lucia):
    messaging.send(db, wei, JAMES_WEI, "Sale!")
    messaging.send(db, lucia, LUCIA_WEI, "¿Y el número de seguimiento?")
    messaging.send(db, james, JAMES_WEI, "ok")

    def state(s):
        mem = m.ConversationMember
        members = sorted(s.execute(select(mem.conversation_id, mem.user_id, mem.awaiting_since)).all())
        eps = sorted(s.execute(select(m.ResponseEpisode.conversation_id, m.ResponseEpisode.started_at,
                                      m.ResponseEpisode.answered_at)).all())
        return members, eps

    kept = db.read(state)
    db.write(lambda s: desk_state.rebuild(s.connection()))
    assert db.read(state) == kept


def test_views_and_counts_agree(db, wei):
    counts = desk.counts(db, wei)
    for view in desk.VIEWS:
        assert counts[view] == len(ids(db, wei, view)), view
    assert counts["all"] == 2 and counts["unread"] == 1


def test_archive_moves_a_conversation_and_a_new_message_brings_it_back(db, wei, james):
    desk.archive(db, wei, JAMES_WEI)
    assert ids(db, wei) == [LUCIA_WEI]
    assert ids(db, wei, "archived") == [JAMES_WEI]
    assert desk.counts(db, wei)["archived"] == 1 and desk.counts(db, wei)["all"] == 1
    messaging.send(db, james, JAMES_WEI, "Hello again")
    assert ids(db, wei, "archived") == []
    assert JAMES_WEI in ids(db, wei)


def test_pinned_conversations_head_the_first_page_only(db, wei):
    desk.pin(db, wei, LUCIA_WEI)
    first = desk.desk_page(db, wei, limit=1)
    assert [r.id for r in first.rows] == [LUCIA_WEI, JAMES_WEI] and first.rows[0].pinned
    rest = desk.desk_page(db, wei, after=first.next, limit=1)
    assert [r.id for r in rest.rows] == []
    desk.pin(db, wei, LUCIA_WEI, False)
    assert ids(db, wei) == [JAMES_WEI, LUCIA_WEI]


def test_no_response_needed_leaves_awaiting_and_is_audited(db, wei, james):
    desk.no_response(db, wei, JAMES_WEI)
    assert ids(db, wei, "awaiting") == []
    row = next(r for r in desk.iter_rows(db, wei) if r.id == JAMES_WEI)
    assert row.to_json()["no_response_needed"] is True
    ep = db.read(lambda s: s.scalars(select(m.ResponseEpisode).where(m.ResponseEpisode.conversation_id == JAMES_WEI)
                                      .order_by(m.ResponseEpisode.id.desc())).first())
    assert (ep.waived_by, ep.waived_at, ep.answered_at) == (wei.id, NOW, None)
    messaging.send(db, james, JAMES_WEI, "Any news?")
    assert ids(db, wei, "awaiting") == [JAMES_WEI]


def test_labels_filter_count_and_keep_long_emoji_and_rtl_names(db, wei):
    long = "é" * 500
    for name in ("VIP", "🎁 Regalo", "عميل مهم", long):
        desk.add_label(db, wei, JAMES_WEI, name)
    desk.add_label(db, wei, LUCIA_WEI, "VIP")
    desk.add_label(db, wei, LUCIA_WEI, "VIP")             # twice: once
    assert ids(db, wei, label="VIP") == [JAMES_WEI, LUCIA_WEI]
    assert ids(db, wei, "awaiting", label="VIP") == [JAMES_WEI]
    row = next(r for r in desk.iter_rows(db, wei) if r.id == JAMES_WEI)
    assert {"VIP", "🎁 Regalo", "عميل مهم", long} <= set(row.labels)
    assert desk.counts(db, wei)["labels"]["VIP"] == 2
    desk.remove_label(db, wei, LUCIA_WEI, "VIP")
    assert ids(db, wei, label="VIP") == [JAMES_WEI]


@pytest.mark.parametrize("name", ["", "   ", "x" * 501, "a\nb"])
def test_a_bad_label_is_refused_and_nothing_stored(db, wei, name):
    before = desk.labels(db, wei)
    with pytest.raises(UsageError):
        desk.add_label(db, wei, JAMES_WEI, name)
    assert desk.labels(db, wei) == before


def test_a_buyer_has_no_labels_and_no_one_touches_another_members_conversation(db, wei, lucia):
    with pytest.raises(UsageError):
        desk.add_label(db, lucia, LUCIA_WEI, "VIP")
    with pytest.raises(UsageError):
        desk.archive(db, wei, 2)                         # lucia and guangzhou-style: not wei's
    with pytest.raises(UsageError):
        desk.desk_page(db, wei, "nonsense")


def test_problem_view_lists_conversations_with_an_open_dispute(db, lucia):
    # lucia's dispute on order 0107 is with guangzhou-style (conversation 2)
    assert ids(db, lucia, "problem") == [2]


def test_a_buyer_has_unread_and_archived_too(db, lucia):
    desk.archive(db, lucia, 3)
    assert ids(db, lucia, "archived") == [3]
    assert 3 not in ids(db, lucia)


def test_mark_several_read_at_once(db, wei):
    desk.mark_read_many(db, wei, [JAMES_WEI, LUCIA_WEI])
    assert desk.counts(db, wei)["unread"] == 0


def test_one_desk_row(db, wei):
    assert desk.desk_row(db, wei, JAMES_WEI).awaiting_since == dt.datetime(2026, 11, 20, 7, 48)
    assert desk.desk_row(db, wei, 2) is None          # not wei's
