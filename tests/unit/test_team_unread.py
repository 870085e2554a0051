"""Unread is the other side's (issue 18 §4): a message written by anyone on one's own side (a
colleague on the store's team) is nothing to read, for the counters kept by every write, for
the recount after a bulk load (the demo), for marking unread and for the badge, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core import conversations, demo, inbox, messaging, users
from desktop.core import schema as m



@pytest.fixture
def ana(db, wei):
    """An agent on Shenzhen Tech's team, a member of its conversations (as `buzon admin grant` makes one)."""
    def add(s):
        user = m.User(handle="ana", name="Ana", role=m.Role.SELLER, language="es", store_id=wei.store_id)
        s.add(user)
        s.flush()
        for conv in s.scalars(select(m.Conversation).where(m.Conversation.store_id == wei.store_id)):
            s.add(m.ConversationMember(store_id=conv.store_id, conversation_id=conv.id, user_id=user.id,
                                       last_activity_at=conv.last_activity_at,
                                       last_read_message_id=conv.last_message_id or 0))
    db.write(add)
    return users.resolve(db, "ana")


def _expected(db, user) -> dict[int, int]:
    """Per conversation: the other side's messages after the member's read position, counted here."""
    def run(s):
        out = {}
        for mem in s.scalars(select(m.ConversationMember).where(m.ConversationMember.user_id == user.id)):
            conv = s.get(m.Conversation, mem.conversation_id)
            deleted = set(s.scalars(select(m.MessageDeletion.message_id).where(m.MessageDeletion.user_id == user.id)))
            n = 0
            for msg in s.scalars(select(m.Message).where(m.Message.conversation_id == conv.id)):
                if msg.id <= max(mem.last_read_message_id, mem.cleared_before_message_id) or msg.id in deleted:
                    continue
                other = msg.sender_id is None or ((msg.sender_id == conv.buyer_id) != (user.id == conv.buyer_id))
                n += other
            out[conv.id] = n
        return out
    return db.read(run)


def _counters(db, user) -> dict[int, int]:
    return db.read(lambda s: dict(s.execute(select(m.ConversationMember.conversation_id,
                                                   m.ConversationMember.unread_count)
                                            .where(m.ConversationMember.user_id == user.id)).all()))


def test_the_demos_team_counts_only_the_buyers_messages(db):
    """The demo's Mei and Wei (with the order cases, as `buzon demo` makes it): James's
    conversation counts James's cards and the marketplace's, never Wei's (Mei had 4 there, one Wei's)."""
    demo.reset(db, cases=True)
    for handle in ("mei", "wei", "lucia", "james"):
        user = users.resolve(db, handle)
        assert _counters(db, user) == _expected(db, user), handle
        assert inbox.unread_total(db, user) == sum(_expected(db, user).values())


def test_a_colleagues_reply_is_not_unread_for_the_team(db, lucia, wei, ana):
    conversations.mark_read(db, ana, 1)
    conversations.mark_read(db, lucia, 1)
    badge = inbox.unread_total(db, ana)
    messaging.send(db, lucia, 1, "¿Lo mandáis hoy?")
    assert _counters(db, ana)[1] == 1 and inbox.unread_total(db, ana) == badge + 1
    messaging.send(db, wei, 1, "Sí, esta tarde.")
    messaging.send(db, wei, 1, "Con el cable.")
    assert _counters(db, ana)[1] == 1                    # still only Lucía's question
    assert inbox.unread_total(db, ana) == badge + 1
    assert _counters(db, lucia)[1] == 2                  # the buyer has both replies to read
    assert _counters(db, wei)[1] == 0
    # The counter and the recount agree (reading and marking unread recount from the messages).
    conversations.mark_read(db, ana, 1)
    assert _counters(db, ana)[1] == 0
    conversations.mark_unread(db, ana, 1)                # the buyer's newest message, not Wei's
    assert _counters(db, ana)[1] == 3 - 2 == 1
    assert _counters(db, ana) == _expected(db, ana)
    assert _counters(db, lucia) == _expected(db, lucia)


def test_the_unread_view_leaves_out_a_conversation_only_a_colleague_wrote_in(db, lucia, wei, ana):
    from desktop.core import desk

    conversations.mark_read(db, ana, 1)
    messaging.send(db, wei, 1, "¿Le llegó el paquete?")
    assert 1 not in desk.view_ids(db, ana, "unread")
    assert 1 in desk.view_ids(db, lucia, "unread")
