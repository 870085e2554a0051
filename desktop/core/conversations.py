"""Conversations as one member sees them: opening one (from a store, a product or an
order), reading, marking unread and deleting for me; the list itself is in `inbox`.

All per-user state lives in `ConversationMember`; the shared rows never change for one
member's sake, so "delete for me" and "mark as unread" leave the other side untouched.
Each member's unread counter is set here from the messages whenever their read position
or deletions move (and counted up by `messaging` when a message arrives), so it always
equals `inbox.unread_of`.
"""

from __future__ import annotations

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from desktop.core import changes, inbox
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.kinds import ChangeKind
from desktop.core.errors import UsageError
from desktop.core.inbox import ConversationRow
from desktop.core.users import UserRecord

__all__ = ["ConversationRow", "conversation_rows_in", "delete_for_me", "get_or_create", "list_conversations",
           "mark_read", "mark_unread", "member", "other_members_read", "recount", "store_id_for",
           "visible_messages"]


def member(s: Session, user: UserRecord, conversation_id: int) -> m.ConversationMember:
    """The user's membership, or a usage error: a non-member never sees a conversation."""
    mem = s.get(m.ConversationMember, (conversation_id, user.id))
    if mem is None:
        raise UsageError(f"Conversation {conversation_id} does not exist or {user.handle} is not in it.",
                         hint="List yours with: buzon conversations",
                         text_id="conversation_unknown", args={"conversation": conversation_id})
    return mem


def store_of(s: Session, conversation_id: int) -> int:
    """The store a conversation belongs to: every row of it carries that `store_id`."""
    store_id = s.scalar(select(m.Conversation.store_id).where(m.Conversation.id == conversation_id))
    if store_id is None:
        raise UsageError(f"Conversation {conversation_id} does not exist.", hint="List yours with: buzon conversations",
                         text_id="conversation_unknown", args={"conversation": conversation_id})
    return store_id


def visible_messages(user_id: int, conversation_id: int, cleared_before: int):
    """The WHERE clause for the messages one member still sees."""
    deleted = exists().where(m.MessageDeletion.user_id == user_id, m.MessageDeletion.message_id == m.Message.id)
    return and_(m.Message.conversation_id == conversation_id, m.Message.id > cleared_before, ~deleted)


def recount(s: Session, mem: m.ConversationMember) -> None:
    """Set the member's unread counter from the messages (a range of the conversation's index
    from the read position on, so as cheap as the unread messages are few)."""
    mem.unread_count = inbox.unread_of(s, mem.user_id, mem.conversation_id, mem.last_read_message_id,
                                       mem.cleared_before_message_id)


def list_conversations(db: Database, user: UserRecord, ids: list[int] | None = None) -> list[ConversationRow]:
    """The user's whole list, newest activity first (or just `ids`), without the deleted ones.
    For a long list read pages instead (`inbox.conversation_page`)."""
    return db.read(lambda s: inbox.rows_in(s, user, ids))


def conversation_rows_in(s: Session, user: UserRecord, ids=None) -> list[ConversationRow]:
    return inbox.rows_in(s, user, ids)


def _team_of(s: Session, store_id: int) -> list[m.User]:
    """The store's seller and the agents on its team (docs/postgresql.md): each is a member."""
    return list(s.scalars(select(m.User).where(m.User.store_id == store_id).order_by(m.User.id)))


def get_or_create(s: Session, user: UserRecord, store_id: int) -> m.Conversation:
    """The one conversation between a buyer and a store, made with both members if new."""
    if user.is_seller:
        raise UsageError("A store cannot start a conversation with itself.",
                         hint="Sellers answer the conversations buyers start.",
                         text_id="conversation_with_self")
    conv = s.scalar(select(m.Conversation).where(m.Conversation.buyer_id == user.id,
                                                 m.Conversation.store_id == store_id))
    if conv is not None:
        return conv
    now = m.utcnow()
    conv = m.Conversation(buyer_id=user.id, store_id=store_id, created_at=now, last_activity_at=now)
    s.add(conv)
    s.flush()
    s.add(m.ConversationMember(store_id=store_id, conversation_id=conv.id, user_id=user.id, last_activity_at=now))
    for seller in _team_of(s, store_id):
        s.add(m.ConversationMember(store_id=store_id, conversation_id=conv.id, user_id=seller.id, hidden=True,
                                   last_activity_at=now))
    changes.record(s, ChangeKind.CONVERSATION, conversation_id=conv.id, user_id=user.id)
    return conv


def store_by_handle(s: Session, handle: str) -> m.Store:
    """The store with this handle, or a usage error listing the known handles."""
    st = s.scalar(select(m.Store).where(m.Store.handle == handle))
    if st is None:
        handles = ", ".join(s.scalars(select(m.Store.handle).order_by(m.Store.handle)))
        raise UsageError(f"Unknown store {handle!r}.", hint=f"Known stores: {handles}.",
                         text_id="store_unknown", args={"store": handle})
    return st


def store_id_for(s: Session, *, store_handle: str | None = None, product_id: int | None = None,
                 order_id: int | None = None, user: UserRecord | None = None) -> int:
    """The store a message goes to: the product's or the order's store, which must be `store_handle`'s
    when that is given too."""
    store = store_by_handle(s, store_handle) if store_handle is not None else None
    found: int | None = None
    if product_id is not None:
        p = s.get(m.Product, product_id)
        if p is None:
            raise UsageError(f"There is no product {product_id}.", hint="List them with: buzon products",
                             text_id="product_unknown", args={"product": product_id})
        found, what = p.store_id, f"Product {product_id}"
    elif order_id is not None:
        o = s.get(m.Order, order_id)
        if o is None or (user is not None and o.buyer_id != user.id):
            raise UsageError(f"There is no order {order_id} of yours.", hint="List them with: buzon orders",
                             text_id="order_unknown", args={"order": order_id})
        found, what = o.store_id, f"Order {order_id}"
    if store is None:
        if found is None:
            raise UsageError("Say which store: a store handle, a product or an order.",
                             text_id="conversation_which_store")
        return found
    if found is not None and found != store.id:
        owner = s.get(m.Store, found)
        raise UsageError(f"{what} is not {store.handle}'s: it belongs to {owner.handle if owner else 'another store'}.",
                         hint=f"Leave out --store, or use --store {owner.handle if owner else '…'}.",
                         text_id="other_store", args={"store": store.handle, "owner": owner.handle if owner else "?"})
    return store.id


def mark_read(db: Database, user: UserRecord, conversation_id: int, up_to: int | None = None) -> int:
    """Everything up to `up_to` (default: the newest message) becomes read for this member only."""
    def run(s: Session) -> int:
        mem = member(s, user, conversation_id)
        newest = s.scalar(select(func.max(m.Message.id)).where(m.Message.conversation_id == conversation_id)) or 0
        target = min(up_to, newest) if up_to is not None else newest
        if target > mem.last_read_message_id:
            mem.last_read_message_id = target
            recount(s, mem)
            changes.record(s, ChangeKind.READ, conversation_id=conversation_id, user_id=user.id, message_id=target)
        return mem.last_read_message_id

    return db.write(run)


MAX_MANY = 20_000        # a whole view of the desk at a time


def mark_read_many(db: Database, user: UserRecord, conversation_ids: list[int]) -> int:
    """Several conversations read at once (the list's selection), in one transaction: all or
    none (a conversation that is not the user's refuses the lot). Returns how many had unread
    messages."""
    ids = list(dict.fromkeys(conversation_ids))
    if not ids or len(ids) > MAX_MANY:
        raise UsageError(f"Give between 1 and {MAX_MANY:,} conversations to mark as read.",
                         text_id="read_many_count", args={"limit": MAX_MANY})

    def run(s: Session) -> int:
        changed = 0
        members = [member(s, user, cid) for cid in ids]          # refuses before anything changes
        newest = {cid: top for cid, top in s.execute(
            select(m.Message.conversation_id, func.max(m.Message.id))
            .where(m.Message.conversation_id.in_(ids)).group_by(m.Message.conversation_id))}
        for mem in members:
            target = newest.get(mem.conversation_id, 0)
            if target > mem.last_read_message_id:
                changed += mem.unread_count > 0
                mem.last_read_message_id = target
                recount(s, mem)
                changes.record(s, ChangeKind.READ, conversation_id=mem.conversation_id, user_id=user.id, message_id=target)
        return changed

    return db.write(run)


def mark_unread(db: Database, user: UserRecord, conversation_id: int) -> None:
    """Make the newest message from the other side unread again (for me only)."""
    def run(s: Session) -> None:
        mem = member(s, user, conversation_id)
        buyer_id = s.scalar(select(m.Conversation.buyer_id).where(m.Conversation.id == conversation_id))
        last_in = s.scalar(select(func.max(m.Message.id)).where(
            visible_messages(user.id, conversation_id, mem.cleared_before_message_id),
            inbox.from_other_side(m.Message.sender_id, user.id, buyer_id)))
        if last_in is None:
            return
        before = s.scalar(select(func.max(m.Message.id)).where(
            m.Message.conversation_id == conversation_id, m.Message.id < last_in)) or 0
        mem.last_read_message_id = min(mem.last_read_message_id, before)
        recount(s, mem)
        changes.record(s, ChangeKind.UNREAD, conversation_id=conversation_id, user_id=user.id)

    db.write(run)


def delete_for_me(db: Database, user: UserRecord, conversation_id: int, message_id: int | None = None) -> None:
    """Delete a conversation (or one message) from my views only; the other side keeps its copy."""
    def run(s: Session) -> None:
        mem = member(s, user, conversation_id)
        if message_id is not None:
            msg = s.get(m.Message, message_id)
            if msg is None or msg.conversation_id != conversation_id:
                raise UsageError(f"Message {message_id} is not in conversation {conversation_id}.",
                                 text_id="message_not_in_conversation", args={"message": message_id, "conversation": conversation_id})
            if s.get(m.MessageDeletion, (user.id, message_id)) is None:
                s.add(m.MessageDeletion(store_id=msg.store_id, user_id=user.id, message_id=message_id))
                s.flush()
                recount(s, mem)
        else:
            newest = s.scalar(select(func.max(m.Message.id)).where(
                m.Message.conversation_id == conversation_id)) or 0
            mem.cleared_before_message_id = newest
            mem.last_read_message_id = max(mem.last_read_message_id, newest)
            mem.unread_count = 0
            mem.hidden = True
        changes.record(s, ChangeKind.DELETE, conversation_id=conversation_id, user_id=user.id, message_id=message_id)

    db.write(run)


def other_members_read(s: Session, user_id: int, conversation_id: int) -> int:
    """How far the other side has read: the furthest read position of any other member."""
    other = aliased(m.ConversationMember)
    return s.scalar(select(func.max(other.last_read_message_id)).where(
        other.conversation_id == conversation_id, other.user_id != user_id)) or 0
