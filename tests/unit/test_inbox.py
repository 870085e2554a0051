"""The paged conversation list and its counts, on a generated inbox: keyset pages that
neither repeat nor lose a conversation that moves or appears while the user pages, and
unread counters that always equal the count over the messages."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select, text

from desktop.core import conversations, demo, demo_scale, inbox, messaging, users
from desktop.core import schema as m


@pytest.fixture
def scaled(db):
    """The demo plus 1,500 generated messages: wei has 32 conversations."""
    demo_scale.generate(db, 1500)
    return db


def all_pages(db, user, limit, after=None):
    rows, pages = [], 0
    while True:
        page = inbox.conversation_page(db, user, after=after, limit=limit)
        rows.extend(page.rows)
        pages += 1
        if page.next is None:
            return rows, pages
        after = page.next


def counters_match(db):
    """Every member's counter equals the unread count computed from the messages."""
    def run(s):
        for mem in s.scalars(select(m.ConversationMember)):
            expected = inbox.unread_of(s, mem.user_id, mem.conversation_id, mem.last_read_message_id,
                                       mem.cleared_before_message_id)
            assert mem.unread_count == expected, (mem.conversation_id, mem.user_id)
    db.read(run)


def test_pages_cover_the_list_in_order_once(scaled):
    wei = users.resolve(scaled, "wei")
    whole = conversations.list_conversations(scaled, wei)
    paged, pages = all_pages(scaled, wei, limit=7)
    assert [r.id for r in paged] == [r.id for r in whole]
    assert len(whole) == 32 and pages == 5
    keys = [r.sort_key for r in paged]
    assert keys == sorted(keys, reverse=True)
    assert paged == whole                      # the same rows, field for field


def test_a_conversation_that_moves_while_paging_is_neither_repeated_nor_lost(scaled):
    wei = users.resolve(scaled, "wei")
    before = [r.id for r in conversations.list_conversations(scaled, wei)]
    first = inbox.conversation_page(scaled, wei, limit=8)
    # One the user has not reached yet gets a message from its buyer, one already seen gets a reply:
    # both move to the top, behind the user's position in the list.
    ahead = inbox.conversation_row(scaled, wei, before[20])
    buyer = users.resolve(scaled, ahead.peer_handle)
    messaging.send(scaled, buyer, ahead.id, "¿Alguna novedad de mi pedido?")
    seen = first.rows[5]
    messaging.send(scaled, wei, seen.id, "已发货，请耐心等待。")
    rest, _ = all_pages(scaled, wei, limit=8, after=first.next)
    loaded = [r.id for r in first.rows] + [r.id for r in rest]
    assert len(loaded) == len(set(loaded))                # nothing twice
    assert ahead.id not in loaded                          # it moved above the user's position...
    moved = inbox.conversation_row(scaled, wei, ahead.id)  # ...and comes back through its change notice
    assert moved.sort_key > first.rows[0].sort_key and moved.last_text == "¿Alguna novedad de mi pedido?"
    assert moved.unread == ahead.unread + 1
    assert set(loaded) | {ahead.id} == set(before)         # nothing lost
    top = inbox.conversation_page(scaled, wei, limit=2).rows
    assert [r.id for r in top] == [seen.id, ahead.id]


def test_a_conversation_that_appears_while_paged_away_from_the_top(scaled):
    lina = users.resolve(scaled, "lina")
    buyers = scaled.read(lambda s: list(s.scalars(select(m.User.handle).where(m.User.role == m.Role.BUYER)
                                                  .order_by(m.User.id).offset(2).limit(13))))
    for handle in buyers[:12]:
        messaging.send(scaled, users.resolve(scaled, handle),
                       messaging.contact(scaled, users.resolve(scaled, handle), store_handle="guangzhou-style")[0],
                       "Hola, ¿tenéis este vestido en talla M?")
    first = inbox.conversation_page(scaled, lina, limit=5)
    second = inbox.conversation_page(scaled, lina, limit=5, after=first.next)
    totals = inbox.totals(scaled, lina)
    newcomer = users.resolve(scaled, buyers[12])
    cid, _ = messaging.contact(scaled, newcomer, store_handle="guangzhou-style")
    assert inbox.conversation_row(scaled, lina, cid) is None     # opened but empty: not in the seller's list yet
    messaging.send(scaled, newcomer, cid, "Hi, do you ship to Dublin?")
    rest, _ = all_pages(scaled, lina, limit=5, after=second.next)
    loaded = [r.id for r in first.rows + second.rows] + [r.id for r in rest]
    assert cid not in loaded and len(loaded) == len(set(loaded)) == totals.conversations
    row = inbox.conversation_row(scaled, lina, cid)
    assert row.sort_key > first.rows[0].sort_key and row.unread == 1 and row.peer_handle == newcomer.handle
    after = inbox.totals(scaled, lina)
    assert (after.conversations, after.unread) == (totals.conversations + 1, totals.unread + 1)


def test_counts_after_arrive_read_unread_and_delete_for_me(db, lucia, wei):
    cid = next(r.id for r in conversations.list_conversations(db, wei) if r.peer_handle == "lucia")
    start = inbox.totals(db, wei).unread
    base = inbox.conversation_row(db, wei, cid).unread
    ids = [messaging.send(db, lucia, cid, f"pregunta {n}").message_id for n in range(3)]
    assert inbox.conversation_row(db, wei, cid).unread == base + 3
    assert inbox.unread_total(db, wei) == start + 3
    assert inbox.conversation_row(db, lucia, cid).unread == 0         # sending reads everything before it
    conversations.mark_read(db, wei, cid, up_to=ids[0])
    assert inbox.conversation_row(db, wei, cid).unread == 2
    conversations.mark_read(db, wei, cid)
    assert inbox.conversation_row(db, wei, cid).unread == 0 and inbox.unread_total(db, wei) == start - base
    conversations.mark_unread(db, wei, cid)
    assert inbox.conversation_row(db, wei, cid).unread == 1
    conversations.delete_for_me(db, wei, cid, ids[2])                  # the unread one, deleted for me
    row = inbox.conversation_row(db, wei, cid)
    assert row.unread == 0 and row.last_text == "pregunta 1"           # the preview falls back
    assert inbox.conversation_row(db, lucia, cid).last_text == "pregunta 2"   # the other side keeps it
    messaging.send(db, lucia, cid, "¿Hola?")
    assert inbox.conversation_row(db, wei, cid).unread == 1
    conversations.delete_for_me(db, wei, cid)
    assert inbox.conversation_row(db, wei, cid) is None
    assert inbox.unread_total(db, wei) == start - base
    messaging.send(db, lucia, cid, "¿Seguís ahí?")                      # back, with only what follows
    row = inbox.conversation_row(db, wei, cid)
    assert row.unread == 1 and row.last_text == "¿Seguís ahí?"
    counters_match(db)


def test_counters_equal_the_messages_after_random_operations(scaled):
    """Both sides read, unread, delete messages and conversations and write, in a fixed random order."""
    wei = users.resolve(scaled, "wei")
    rows = conversations.list_conversations(scaled, wei)[:6]
    pairs = [(r.id, users.resolve(scaled, r.peer_handle)) for r in rows]
    rng = random.Random(7)
    for step in range(120):
        cid, buyer = rng.choice(pairs)
        who = rng.choice((wei, buyer))
        action = rng.choice(("send", "send", "read", "read_part", "unread", "delete_one", "delete_all"))
        visible = messaging.visible_ids(scaled, who, cid)
        if action == "send":
            messaging.send(scaled, who, cid, f"mensaje {step}")
        elif action == "read":
            conversations.mark_read(scaled, who, cid)
        elif action == "read_part" and visible:
            conversations.mark_read(scaled, who, cid, up_to=rng.choice(visible))
        elif action == "unread":
            conversations.mark_unread(scaled, who, cid)
        elif action == "delete_one" and visible:
            conversations.delete_for_me(scaled, who, cid, rng.choice(visible[-5:]))
        elif action == "delete_all":
            conversations.delete_for_me(scaled, who, cid)
        counters_match(scaled)
    total = sum(r.unread for r in conversations.list_conversations(scaled, wei))
    assert inbox.unread_total(scaled, wei) == total
    # The bulk recount (after a generator's load) agrees with what the writes kept.
    state = "SELECT conversation_id, user_id, unread_count, last_activity_at FROM conversation_members ORDER BY 1, 2"
    kept = scaled.read(lambda s: s.execute(text(state)).all())
    scaled.write(demo.finish_load)
    assert scaled.read(lambda s: s.execute(text(state)).all()) == kept


def test_a_row_with_nothing_left_to_show_is_skipped_without_ending_the_list(scaled):
    """Deleted for me, then the one message after it deleted too: no row, and paging goes on past it."""
    wei = users.resolve(scaled, "wei")
    whole = [r.id for r in conversations.list_conversations(scaled, wei)]
    target = whole[6]
    buyer = users.resolve(scaled, inbox.conversation_row(scaled, wei, target).peer_handle)
    conversations.delete_for_me(scaled, wei, target)
    sent = messaging.send(scaled, buyer, target, "¿Me oís?")
    conversations.delete_for_me(scaled, wei, target, sent.message_id)
    assert inbox.conversation_row(scaled, wei, target) is None
    first = inbox.conversation_page(scaled, wei, limit=1)
    assert first.rows == () and first.next is not None            # the skipped row still moves the cursor
    rest, _ = all_pages(scaled, wei, limit=1, after=first.next)
    assert [r.id for r in rest] == [i for i in whole if i != target]


def test_rows_are_plain_typed_values(scaled):
    wei = users.resolve(scaled, "wei")
    row = inbox.conversation_page(scaled, wei, limit=1).rows[0]
    assert isinstance(row.last_kind, m.MessageKind)
    assert row.to_json()["last_kind"] in {k.value for k in m.MessageKind}
    assert all(isinstance(r.kind, m.MessageKind) for r in messaging.page(scaled, wei, row.id))
