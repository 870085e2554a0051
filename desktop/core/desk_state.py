"""What the seller's desk keeps at write time (docs/desk.md): for each member, since when
the other side has been waiting for them (`awaiting_since`), and for each store, its past
waits (`ResponseEpisode`), from which the response figures are read.

`on_message` runs in the transaction that stores a message, so the state never lags the
messages; `rebuild` sets it all from the messages after a bulk load or a migration.
An auto-reply (client id `auto-…`) does not count as an answer (Amazon's rule).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.core import schema as m

AUTO_PREFIX = "auto-"


def is_auto(client_id: str) -> bool:
    return client_id.startswith(AUTO_PREFIX)


def open_episode(s: Session, conversation_id: int) -> m.ResponseEpisode | None:
    """The conversation's wait that is not over yet (the newest one, if it is still open)."""
    ep = s.scalar(select(m.ResponseEpisode).where(m.ResponseEpisode.conversation_id == conversation_id)
                  .order_by(m.ResponseEpisode.id.desc()).limit(1))
    if ep is None or ep.answered_at is not None or ep.waived_at is not None:
        return None
    return ep


def on_message(s: Session, sender_id: int | None, conversation_id: int, now: dt.datetime, *, auto: bool) -> None:
    """A message was stored: the other side's members now wait for the sender's side (since
    their first unanswered message), the wait of the sender's side (the buyer, or the store's
    whole team) ends (not with an auto-reply), an
    archived conversation comes back, and the store's wait opens or ends."""
    if sender_id is None:
        return
    conv = s.execute(select(m.Conversation.buyer_id, m.Conversation.store_id)
                     .where(m.Conversation.id == conversation_id)).one()
    mem = m.ConversationMember
    # Sides, not persons: a reply from anyone on the store's team answers for the whole team
    # (issue 18 §4), as `rebuild` counts it.
    other_side = mem.user_id != conv.buyer_id if sender_id == conv.buyer_id else mem.user_id == conv.buyer_id
    s.execute(update(mem).where(mem.conversation_id == conversation_id, other_side)
              .values(awaiting_since=func.coalesce(mem.awaiting_since, now), no_response_by=None,
                      no_response_at=None, archived=False)
              .execution_options(synchronize_session=False))
    own = {"archived": False} if auto else {"archived": False, "awaiting_since": None}
    s.execute(update(mem).where(mem.conversation_id == conversation_id, ~other_side).values(**own)
              .execution_options(synchronize_session=False))
    ep = open_episode(s, conversation_id)
    if sender_id == conv.buyer_id:
        if ep is None:
            s.add(m.ResponseEpisode(store_id=conv.store_id, conversation_id=conversation_id, started_at=now))
    elif ep is not None and not auto:
        ep.answered_at = now


def waive(s: Session, user_id: int, conversation_id: int, now: dt.datetime) -> None:
    """"No response needed": the member no longer awaits, and the store's open wait is set
    aside with who and when (it leaves the response figures)."""
    mem = s.get(m.ConversationMember, (conversation_id, user_id))
    if mem is not None:
        mem.awaiting_since = None
        mem.no_response_by, mem.no_response_at = user_id, now
    ep = open_episode(s, conversation_id)
    if ep is not None:
        ep.waived_by, ep.waived_at = user_id, now


def rebuild(conn: Connection) -> None:
    """Set every member's `awaiting_since` and every store's waits from the messages, in one
    pass in id order (after a bulk load, or by the migration that added them)."""
    convs = {cid: (buyer, store) for cid, buyer, store in
             conn.execute(select(m.Conversation.id, m.Conversation.buyer_id, m.Conversation.store_id))}
    store_wait: dict[int, dt.datetime] = {}      # conversation -> the buyer's first unanswered message
    buyer_wait: dict[int, dt.datetime] = {}      # conversation -> the store's first message the buyer did not answer
    episodes: list[dict] = []
    rows = conn.execute(select(m.Message.conversation_id, m.Message.sender_id, m.Message.sent_at, m.Message.client_id)
                        .order_by(m.Message.id))
    for cid, sender, sent_at, client_id in rows:
        if sender is None or cid not in convs:
            continue
        buyer, store = convs[cid]
        if sender == buyer:
            store_wait.setdefault(cid, sent_at)
            buyer_wait.pop(cid, None)
        else:
            buyer_wait.setdefault(cid, sent_at)
            if not is_auto(client_id or "") and cid in store_wait:
                episodes.append({"store_id": store, "conversation_id": cid, "started_at": store_wait.pop(cid),
                                 "answered_at": sent_at})
    for cid, since in store_wait.items():
        episodes.append({"store_id": convs[cid][1], "conversation_id": cid, "started_at": since, "answered_at": None})
    mem = m.ConversationMember
    conn.execute(delete(m.ResponseEpisode))
    conn.execute(update(mem).values(awaiting_since=None))
    if episodes:
        episodes.sort(key=lambda e: (e["started_at"], e["conversation_id"]))
        conn.execute(insert(m.ResponseEpisode), episodes)
    stmt = (update(mem).where(mem.conversation_id == bindparam("cid"), mem.user_id != bindparam("buyer"))
            .values(awaiting_since=bindparam("since")))
    params = [{"cid": cid, "buyer": convs[cid][0], "since": since} for cid, since in store_wait.items()]
    if params:
        conn.execute(stmt, params)
    stmt = (update(mem).where(mem.conversation_id == bindparam("cid"), mem.user_id == bindparam("buyer"))
            .values(awaiting_since=bindparam("since")))
    params = [{"cid": cid, "buyer": convs[cid][0], "since": since} for cid, since in buyer_wait.items()]
    if params:
        conn.execute(stmt, params)
