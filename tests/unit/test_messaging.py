"""Every state change of a conversation, seen from both sides."""

from __future__ import annotations

import pytest

from desktop.core import changes, clock, conversations, drafts, messaging
from desktop.core.errors import UsageError
from desktop.core.messaging import MessageRefused


def conv_with(db, user, peer_handle):
    return next(r for r in conversations.list_conversations(db, user) if r.peer_handle == peer_handle)


def unread(db, user, cid):
    return next((r.unread for r in conversations.list_conversations(db, user) if r.id == cid), None)


def test_send_is_stored_once_per_client_id(db, lucia, wei):
    cid = conv_with(db, lucia, "shenzhen-tech").id
    first = messaging.send(db, lucia, cid, "¿Hay stock en azul?", client_id="abc")
    again = messaging.send(db, lucia, cid, "¿Hay stock en azul?", client_id="abc")
    assert (again.message_id, again.duplicate) == (first.message_id, True)
    texts = [r.text for r in messaging.page(db, wei, cid)]
    assert texts.count("¿Hay stock en azul?") == 1
    assert first.state == "sent"


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_empty_or_blank_is_refused(db, lucia, text):
    cid = conv_with(db, lucia, "shenzhen-tech").id
    before = messaging.visible_ids(db, lucia, cid)
    with pytest.raises(MessageRefused, match="empty"):
        messaging.send(db, lucia, cid, text)
    assert messaging.visible_ids(db, lucia, cid) == before


def test_too_long_is_refused_with_the_limit(db, lucia):
    cid = conv_with(db, lucia, "shenzhen-tech").id
    with pytest.raises(MessageRefused, match=f"limit is {messaging.MAX_CHARS}"):
        messaging.send(db, lucia, cid, "a" * (messaging.MAX_CHARS + 1))
    messaging.send(db, lucia, cid, "a" * messaging.MAX_CHARS)


def test_non_member_is_refused(db, james, lucia):
    lucia_conv = conv_with(db, lucia, "shenzhen-tech").id
    with pytest.raises(UsageError, match="not in it"):
        messaging.send(db, james, lucia_conv, "hello")
    with pytest.raises(UsageError):
        messaging.page(db, james, lucia_conv)
    with pytest.raises(UsageError):
        conversations.mark_read(db, james, lucia_conv)
    assert lucia_conv not in {r.id for r in conversations.list_conversations(db, james)}


def test_read_receipts_flow_both_ways(db, lucia, wei):
    cid = conv_with(db, lucia, "shenzhen-tech").id
    sent = messaging.send(db, lucia, cid, "¿Lo enviáis hoy?")
    mine = [r for r in messaging.page(db, lucia, cid) if r.id == sent.message_id][0]
    assert mine.mine and not mine.read
    assert unread(db, wei, cid) >= 1
    conversations.mark_read(db, wei, cid)
    assert unread(db, wei, cid) == 0
    mine = [r for r in messaging.page(db, lucia, cid) if r.id == sent.message_id][0]
    assert mine.read
    # Reading never goes backwards.
    conversations.mark_read(db, wei, cid, up_to=1)
    assert [r for r in messaging.page(db, lucia, cid) if r.id == sent.message_id][0].read


def test_mark_unread_is_mine_only(db, lucia, wei):
    cid = conv_with(db, lucia, "shenzhen-tech").id
    conversations.mark_read(db, lucia, cid)
    assert unread(db, lucia, cid) == 0
    conversations.mark_unread(db, lucia, cid)
    assert unread(db, lucia, cid) == 1
    # The seller's view of lucia's messages does not change.
    assert all(r.read for r in messaging.page(db, wei, cid) if not r.mine and r.id <= 7)


def test_delete_conversation_for_me(db, lucia, wei):
    cid = conv_with(db, lucia, "shenzhen-tech").id
    seller_before = [r.id for r in messaging.page(db, wei, cid)]
    seller_unread = unread(db, wei, cid)
    conversations.delete_for_me(db, lucia, cid)
    assert cid not in {r.id for r in conversations.list_conversations(db, lucia)}
    assert messaging.page(db, lucia, cid) == []
    assert [r.id for r in messaging.page(db, wei, cid)] == seller_before
    assert unread(db, wei, cid) == seller_unread
    # The seller writes again: the conversation comes back with only the new message.
    new = messaging.send(db, wei, cid, "您好，还在吗？")
    rows = messaging.page(db, lucia, cid)
    assert [r.id for r in rows] == [new.message_id]
    assert unread(db, lucia, cid) == 1


def test_delete_one_message_for_me(db, lucia, wei):
    cid = conv_with(db, lucia, "shenzhen-tech").id
    victim = messaging.page(db, lucia, cid)[2].id
    conversations.delete_for_me(db, lucia, cid, victim)
    assert victim not in [r.id for r in messaging.page(db, lucia, cid)]
    assert victim in [r.id for r in messaging.page(db, wei, cid)]
    conversations.delete_for_me(db, lucia, cid, victim)      # twice is harmless
    with pytest.raises(UsageError):
        conversations.delete_for_me(db, lucia, cid, 10**9)


def test_deleted_message_leaves_unread_count(db, lucia):
    cid = conv_with(db, lucia, "shenzhen-tech").id
    assert unread(db, lucia, cid) == 1
    last = messaging.page(db, lucia, cid)[-1]
    conversations.delete_for_me(db, lucia, cid, last.id)
    assert unread(db, lucia, cid) == 0


def test_contact_from_product_and_order_posts_one_card(db, james):
    cid, card = messaging.contact(db, james, product_id=1)
    cid2, card2 = messaging.contact(db, james, product_id=1)
    assert (cid, card) == (cid2, card2)                  # the same card is not posted twice in a row
    rows = messaging.page(db, james, cid)
    assert rows[-1].kind == "product_card" and rows[-1].product.id == 1
    new_store, _ = messaging.contact(db, james, store_handle="yiwu-home")
    assert new_store in {r.id for r in conversations.list_conversations(db, james)}
    with pytest.raises(UsageError):
        messaging.contact(db, james, order_id=5)          # lucia's order


def test_order_card_shows_the_order(db, lucia):
    cid, card = messaging.contact(db, lucia, order_id=5)
    row = messaging.page(db, lucia, cid)[-1]
    assert row.kind == "order_card" and row.order.number == "8190000000000105"


def test_paging_never_reads_everything(db, lucia):
    cid = conv_with(db, lucia, "yiwu-home").id
    ids = [messaging.send(db, lucia, cid, f"mensaje {n}").message_id for n in range(130)]
    newest = messaging.page(db, lucia, cid, limit=50)
    assert [r.id for r in newest] == ids[-50:]
    older = messaging.page(db, lucia, cid, before=newest[0].id, limit=50)
    assert [r.id for r in older] == ids[-100:-50]
    after = messaging.page(db, lucia, cid, after=ids[-3])
    assert [r.id for r in after] == ids[-2:]


def test_drafts(db, lucia):
    cid = conv_with(db, lucia, "yiwu-home").id
    assert drafts.load(db, lucia, cid) == ""
    drafts.save(db, lucia, cid, "Hola, quería pregun")
    assert drafts.load(db, lucia, cid) == "Hola, quería pregun"
    messaging.send(db, lucia, cid, "Hola, quería preguntar")
    assert drafts.load(db, lucia, cid) == ""              # sending clears the draft in the same transaction


def test_every_write_lands_in_the_change_log(db, lucia):
    from desktop.core import users

    chen = users.resolve(db, "chen")
    start = changes.latest_id(db)
    cid = conv_with(db, lucia, "yiwu-home").id
    sent = messaging.send(db, lucia, cid, "hola")
    conversations.mark_read(db, chen, cid)
    conversations.mark_read(db, chen, cid)                 # nothing new to read: no change
    kinds = [(c.kind, c.conversation_id, c.message_id) for c in changes.since(db, start)]
    assert kinds == [("message", cid, sent.message_id), ("read", cid, sent.message_id)]
    assert changes.prune(db) == 0                          # nothing is old enough yet


def test_prune_forgets_old_changes_but_keeps_the_counter(db, lucia):
    import datetime as dt

    from desktop.core import schema as m

    messaging.send(db, lucia, 3, "uno")
    later = m.utcnow() + changes.KEEP + dt.timedelta(hours=1)
    assert changes.prune(db, now=later) == 0         # no change since: nothing is older than the newest by KEEP
    with clock.frozen(later):
        messaging.send(db, lucia, 3, "dos")
    newest = changes.latest_id(db)
    assert changes.prune(db, now=later) >= 1
    assert changes.latest_id(db) == newest           # the counter other clients compare with survives
    assert [c.id for c in changes.since(db, 0)] == [newest]


def test_prune_keeps_changes_written_by_a_clock_behind_until_they_are_seen(db, lucia):
    """`buzon --now` in the past (or a machine's clock days behind) writes changes dated then;
    a window pruning at the right time keeps them for the clients that have not polled yet."""
    import datetime as dt

    from desktop.core import schema as m

    start = changes.latest_id(db)
    with clock.frozen(m.utcnow() - 3 * changes.KEEP):
        first = messaging.send(db, lucia, 3, "uno").message_id
        second = messaging.send(db, lucia, 3, "dos").message_id
    assert changes.prune(db) == 0
    assert [c.message_id for c in changes.since(db, start)] == [first, second]
    assert changes.prune(db, now=m.utcnow() + dt.timedelta(days=30)) == 0


def test_conversation_rows_carry_the_other_sides_time_zone(db, lucia, wei):
    mine = {r.peer_handle: r.peer_time_zone for r in conversations.list_conversations(db, lucia)}
    assert mine["shenzhen-tech"] == "Asia/Shanghai"
    theirs = {r.peer_handle: r.peer_time_zone for r in conversations.list_conversations(db, wei)}
    assert theirs["lucia"] == "Europe/Madrid"


def test_iter_rows_reads_every_visible_message_in_batches(db, lucia, wei):
    cid = conv_with(db, lucia, "yiwu-home").id
    for n in range(25):
        messaging.send(db, lucia, cid, f"mensaje {n}")
    victim = messaging.visible_ids(db, lucia, cid)[7]
    conversations.delete_for_me(db, lucia, cid, victim)
    rows = list(messaging.iter_rows(db, lucia, cid, batch=4))
    assert [r.id for r in rows] == messaging.visible_ids(db, lucia, cid)
    assert victim not in [r.id for r in rows] and len(rows) == 29
    assert rows == messaging.page(db, lucia, cid, limit=100)


def test_a_reused_client_id_is_refused_for_another_message(db, lucia):
    cid = conv_with(db, lucia, "shenzhen-tech").id
    first = messaging.send(db, lucia, cid, "¿Hay stock?", client_id="same")
    with pytest.raises(UsageError, match="already used for another message"):
        messaging.send(db, lucia, cid, "¿Y en rojo?", client_id="same")
    # unique per store (0009_store_keys): in another store the same client id is another message
    other = messaging.send(db, lucia, conv_with(db, lucia, "yiwu-home").id, "¿Hay stock?", client_id="same")
    assert other.message_id != first.message_id and not other.duplicate
    again = messaging.send(db, lucia, cid, "¿Hay stock?", client_id="same")
    assert (again.message_id, again.duplicate) == (first.message_id, True)


def test_a_client_id_is_refused_for_another_conversation_of_the_same_store(db, lucia, james, wei):
    mine, theirs = conv_with(db, lucia, "shenzhen-tech").id, conv_with(db, james, "shenzhen-tech").id
    messaging.send(db, wei, mine, "Sí, hay stock.", client_id="answer-1")
    with pytest.raises(UsageError, match="already used for another message"):
        messaging.send(db, wei, theirs, "Sí, hay stock.", client_id="answer-1")


def test_text_with_lone_surrogates_is_refused(db, lucia):
    cid = conv_with(db, lucia, "shenzhen-tech").id
    with pytest.raises(MessageRefused, match="not valid UTF-8"):
        messaging.send(db, lucia, cid, "hola \udcff\udcfe mundo")
