"""Conversations as one member sees them: the list with unread counts, opening one
(from a store, a product or an order), reading, and deleting for me.

All per-user state lives in `ConversationMember`; the shared rows never change for one
member's sake, so "delete for me" and "mark as unread" leave the other side untouched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from desktop.core import changes
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.users import UserRecord


@dataclass(frozen=True)
class ConversationRow:
    id: int
    peer_name: str              # the store for a buyer, the buyer for a seller
    peer_handle: str
    peer_language: str
    peer_time_zone: str         # where the other side is: its local time helps both
    last_kind: str
    last_text: str
    last_mine: bool
    last_at: dt.datetime
    unread: int
    last_message_id: int

    def to_json(self) -> dict:
        return {"id": self.id, "peer": self.peer_handle, "peer_name": self.peer_name,
                "last_message": self.last_text, "last_kind": self.last_kind,
                "last_at": self.last_at.isoformat() + "Z", "unread": self.unread}


def member(s: Session, user: UserRecord, conversation_id: int) -> m.ConversationMember:
    """The user's membership, or a usage error: a non-member never sees a conversation."""
    mem = s.get(m.ConversationMember, (conversation_id, user.id))
    if mem is None:
        raise UsageError(f"Conversation {conversation_id} does not exist or {user.handle} is not in it.",
                         hint="List yours with: buzon conversations")
    return mem


def visible_messages(user_id: int, conversation_id: int, cleared_before: int):
    """The WHERE clause for the messages one member still sees."""
    deleted = select(m.MessageDeletion.message_id).where(m.MessageDeletion.user_id == user_id)
    return and_(m.Message.conversation_id == conversation_id, m.Message.id > cleared_before,
                m.Message.id.not_in(deleted))


def list_conversations(db: Database, user: UserRecord, ids: list[int] | None = None) -> list[ConversationRow]:
    """The user's conversations, newest activity first (or just `ids`), without the deleted ones."""
    return db.read(lambda s: conversation_rows_in(s, user, ids))


def conversation_rows_in(s: Session, user: UserRecord, ids=None) -> list[ConversationRow]:
    """A fixed number of queries however many conversations a seller has: the members, one
    grouped pass over their visible messages (newest id, unread count), the newest messages."""
    q = (select(m.Conversation, m.ConversationMember)
         .join(m.ConversationMember, m.ConversationMember.conversation_id == m.Conversation.id)
         .where(m.ConversationMember.user_id == user.id, m.ConversationMember.hidden.is_(False))
         .options(selectinload(m.Conversation.store), selectinload(m.Conversation.buyer))
         .order_by(m.Conversation.last_activity_at.desc(), m.Conversation.id.desc()))
    if ids is not None:
        q = q.where(m.Conversation.id.in_(list(ids)))
    pairs = list(s.execute(q))
    if not pairs:
        return []
    mem = m.ConversationMember
    deleted = select(m.MessageDeletion.message_id).where(m.MessageDeletion.user_id == user.id)
    theirs = or_(m.Message.sender_id != user.id, m.Message.sender_id.is_(None))
    unread = func.sum(case((and_(m.Message.id > mem.last_read_message_id, theirs), 1), else_=0))
    stats = {cid: (newest, n or 0) for cid, newest, n in s.execute(
        select(m.Message.conversation_id, func.max(m.Message.id), unread)
        .join(mem, and_(mem.conversation_id == m.Message.conversation_id, mem.user_id == user.id))
        .where(m.Message.conversation_id.in_([conv.id for conv, _ in pairs]),
               m.Message.id > mem.cleared_before_message_id, m.Message.id.not_in(deleted))
        .group_by(m.Message.conversation_id))}
    newest_ids = [newest for newest, _ in stats.values()]
    store_zones = {store_id: tz for store_id, tz in s.execute(
        select(m.User.store_id, m.User.time_zone).where(m.User.store_id.in_({conv.store_id for conv, _ in pairs})))}
    last_by_id = {x.id: x for x in s.scalars(select(m.Message).where(m.Message.id.in_(newest_ids)))}
    rows = []
    for conv, membership in pairs:
        newest, unread_n = stats.get(conv.id, (None, 0))
        last = last_by_id.get(newest)
        if last is None and membership.cleared_before_message_id:
            continue
        if user.is_seller:
            peer_name, peer_handle, peer_lang = conv.buyer.name, conv.buyer.handle, conv.buyer.language
            peer_tz = conv.buyer.time_zone
        else:
            peer_name, peer_handle, peer_lang = conv.store.name, conv.store.handle, conv.store.language
            peer_tz = store_zones.get(conv.store_id, "UTC")
        rows.append(ConversationRow(
            id=conv.id, peer_name=peer_name, peer_handle=peer_handle, peer_language=peer_lang,
            peer_time_zone=peer_tz,
            last_kind=last.kind.value if last else "", last_text=last.text if last else "",
            last_mine=bool(last and last.sender_id == user.id),
            last_at=last.sent_at if last else conv.created_at, unread=unread_n,
            last_message_id=last.id if last else 0))
    return rows


def _seller_of(s: Session, store_id: int) -> m.User | None:
    return s.scalar(select(m.User).where(m.User.store_id == store_id).order_by(m.User.id).limit(1))


def get_or_create(s: Session, user: UserRecord, store_id: int) -> m.Conversation:
    """The one conversation between a buyer and a store, made with both members if new."""
    if user.is_seller:
        raise UsageError("A store cannot start a conversation with itself.",
                         hint="Sellers answer the conversations buyers start.")
    conv = s.scalar(select(m.Conversation).where(m.Conversation.buyer_id == user.id,
                                                 m.Conversation.store_id == store_id))
    if conv is not None:
        return conv
    conv = m.Conversation(buyer_id=user.id, store_id=store_id)
    s.add(conv)
    s.flush()
    s.add(m.ConversationMember(conversation_id=conv.id, user_id=user.id))
    seller = _seller_of(s, store_id)
    if seller is not None:
        s.add(m.ConversationMember(conversation_id=conv.id, user_id=seller.id, hidden=True))
    changes.record(s, "conversation", conversation_id=conv.id, user_id=user.id)
    return conv


def store_id_for(s: Session, *, store_handle: str | None = None, product_id: int | None = None,
                 order_id: int | None = None, user: UserRecord | None = None) -> int:
    if product_id is not None:
        p = s.get(m.Product, product_id)
        if p is None:
            raise UsageError(f"There is no product {product_id}.", hint="List them with: buzon products")
        return p.store_id
    if order_id is not None:
        o = s.get(m.Order, order_id)
        if o is None or (user is not None and o.buyer_id != user.id):
            raise UsageError(f"There is no order {order_id} of yours.", hint="List them with: buzon orders")
        return o.store_id
    st = s.scalar(select(m.Store).where(m.Store.handle == store_handle))
    if st is None:
        handles = ", ".join(s.scalars(select(m.Store.handle).order_by(m.Store.handle)))
        raise UsageError(f"Unknown store {store_handle!r}.", hint=f"Known stores: {handles}.")
    return st.id


def mark_read(db: Database, user: UserRecord, conversation_id: int, up_to: int | None = None) -> int:
    """Everything up to `up_to` (default: the newest message) becomes read for this member only."""
    def run(s: Session) -> int:
        mem = member(s, user, conversation_id)
        newest = s.scalar(select(func.max(m.Message.id)).where(m.Message.conversation_id == conversation_id)) or 0
        target = min(up_to, newest) if up_to is not None else newest
        if target > mem.last_read_message_id:
            mem.last_read_message_id = target
            changes.record(s, "read", conversation_id=conversation_id, user_id=user.id, message_id=target)
        return mem.last_read_message_id

    return db.write(run)


def mark_unread(db: Database, user: UserRecord, conversation_id: int) -> None:
    """Make the newest message from the other side unread again (for me only)."""
    def run(s: Session) -> None:
        mem = member(s, user, conversation_id)
        last_in = s.scalar(select(func.max(m.Message.id)).where(
            visible_messages(user.id, conversation_id, mem.cleared_before_message_id),
            or_(m.Message.sender_id != user.id, m.Message.sender_id.is_(None))))
        if last_in is None:
            return
        before = s.scalar(select(func.max(m.Message.id)).where(
            m.Message.conversation_id == conversation_id, m.Message.id < last_in)) or 0
        mem.last_read_message_id = min(mem.last_read_message_id, before)
        changes.record(s, "unread", conversation_id=conversation_id, user_id=user.id)

    db.write(run)


def delete_for_me(db: Database, user: UserRecord, conversation_id: int, message_id: int | None = None) -> None:
    """Delete a conversation (or one message) from my views only; the other side keeps its copy."""
    def run(s: Session) -> None:
        mem = member(s, user, conversation_id)
        if message_id is not None:
            msg = s.get(m.Message, message_id)
            if msg is None or msg.conversation_id != conversation_id:
                raise UsageError(f"Message {message_id} is not in conversation {conversation_id}.")
            if s.get(m.MessageDeletion, (user.id, message_id)) is None:
                s.add(m.MessageDeletion(user_id=user.id, message_id=message_id))
        else:
            newest = s.scalar(select(func.max(m.Message.id)).where(
                m.Message.conversation_id == conversation_id)) or 0
            mem.cleared_before_message_id = newest
            mem.last_read_message_id = max(mem.last_read_message_id, newest)
            mem.hidden = True
        changes.record(s, "delete", conversation_id=conversation_id, user_id=user.id, message_id=message_id)

    db.write(run)


def other_members_read(s: Session, user_id: int, conversation_id: int) -> int:
    """How far the other side has read: the furthest read position of any other member."""
    other = aliased(m.ConversationMember)
    return s.scalar(select(func.max(other.last_read_message_id)).where(
        other.conversation_id == conversation_id, other.user_id != user_id)) or 0
