"""One member's conversation list: pages of plain rows newest activity first, one
conversation's row, and the counts for the badge.

Every read here is a range of one index on `conversation_members` (user, hidden, last
activity, conversation): a page costs the same with 20 conversations or 20,000, and the
unread counts are the members' counters (kept by every write, see `conversations`),
never a count over the messages. The plans are in docs/queries.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, select, tuple_, update
from sqlalchemy.orm import Session, aliased

from desktop.core import schema as m
from desktop.core.card_preview import CardPreview, card_preview
from desktop.core.db import Database
from desktop.core.kinds import MessageKind
from desktop.core.users import UserRecord

PAGE = 50          # about two screens of rows


@dataclass(frozen=True)
class ConversationCursor:
    """Where a page of the list ends: the next page starts after this key."""

    activity_at: dt.datetime
    conversation_id: int


@dataclass(frozen=True)
class ConversationRow:
    id: int
    peer_name: str              # the store for a buyer, the buyer for a seller
    peer_handle: str
    peer_language: str
    peer_time_zone: str         # where the other side is: its local time helps both
    last_kind: MessageKind | None   # None: nothing to show yet (a conversation opened without a message)
    last_text: str
    last_mine: bool
    last_at: dt.datetime
    unread: int
    last_message_id: int
    activity_at: dt.datetime    # the list's order: newest activity first, then the higher id
    last_card: CardPreview | None = None   # the last message is a request card: its step, for the preview
    last_colleague: str = ""    # a seller's list: the handle of the teammate who wrote the last message

    @property
    def sort_key(self) -> tuple[dt.datetime, int]:
        """Rows are ordered by this key, descending (the same order the pages are read in)."""
        return (self.activity_at, self.id)

    @property
    def cursor(self) -> ConversationCursor:
        return ConversationCursor(*self.sort_key)

    def to_json(self) -> dict:
        return {"id": self.id, "peer": self.peer_handle, "peer_name": self.peer_name,
                "last_message": self.last_text, "last_kind": self.last_kind.value if self.last_kind else "",
                "last_at": self.last_at.isoformat() + "Z", "unread": self.unread,
                "last_colleague": self.last_colleague}


@dataclass(frozen=True)
class ConversationPage:
    rows: tuple[ConversationRow, ...]
    next: ConversationCursor | None     # None: this was the last page


@dataclass(frozen=True)
class InboxTotals:
    conversations: int           # conversations in the list
    unread: int                  # unread messages over all of them: the badge


def _newest_visible(mem):
    """The member's newest visible message id in the conversation (a correlated subquery that
    walks the conversation's index backwards from its end)."""
    msg = aliased(m.Message, name="newest")
    deleted = (exists().where(m.MessageDeletion.user_id == mem.user_id, m.MessageDeletion.message_id == msg.id)
               .correlate_except(m.MessageDeletion))
    return (select(msg.id)
            .where(msg.conversation_id == mem.conversation_id, msg.id > mem.cleared_before_message_id, ~deleted)
            .order_by(msg.id.desc()).limit(1).correlate(mem).scalar_subquery())


def rows_query(user: UserRecord):
    """The list's rows as plain columns: membership, conversation, peer and newest visible message."""
    mem = m.ConversationMember
    conv, last = m.Conversation, aliased(m.Message, name="last")
    peer_cols: tuple
    if user.is_seller:
        peer = aliased(m.User, name="peer")
        peer_cols = (peer.name, peer.handle, peer.language, peer.time_zone)
        joined = select(mem).join(conv, conv.id == mem.conversation_id).join(peer, peer.id == conv.buyer_id)
    else:
        store, seller = aliased(m.Store, name="store"), aliased(m.User, name="seller")
        first_seller = (select(func.min(m.User.id)).where(m.User.store_id == conv.store_id)
                        .correlate(conv).scalar_subquery())
        peer_cols = (store.name, store.handle, store.language, func.coalesce(seller.time_zone, "UTC"))
        joined = (select(mem).join(conv, conv.id == mem.conversation_id).join(store, store.id == conv.store_id)
                  .outerjoin(seller, seller.id == first_seller))
    # A card's message has no text of its own: the list says the product's title or the order's number;
    # a request card's step (one lookup of order_events' message_id index) says which step it is.
    product, order = aliased(m.Product, name="card_product"), aliased(m.Order, name="card_order")
    step = aliased(m.OrderEvent, name="card_step")
    # Who wrote the last message (the users' primary key): a teammate's reply is marked with their handle.
    sender = aliased(m.User, name="last_sender")
    return (joined.outerjoin(last, last.id == _newest_visible(mem))
            .outerjoin(product, product.id == last.product_id).outerjoin(order, order.id == last.order_id)
            .outerjoin(step, (step.message_id == last.id) & (last.kind == MessageKind.REQUEST_CARD))
            .outerjoin(sender, sender.id == last.sender_id)
            .with_only_columns(mem.conversation_id, mem.last_activity_at, mem.unread_count,
                               mem.cleared_before_message_id, conv.created_at, *peer_cols,
                               last.id, last.kind, last.text, last.sender_id, last.sent_at,
                               product.title, order.number, order.currency, step.action, step.amount_cents,
                               sender.handle, sender.store_id)
            .where(mem.user_id == user.id, mem.hidden.is_(False)))


def list_row(user: UserRecord, r) -> ConversationRow | None:
    """The list's row from a result row of `rows_query` (None: nothing left to show)."""
    (cid, activity_at, unread, cleared, created_at, peer_name, peer_handle, peer_lang, peer_tz,
     last_id, last_kind, last_text, last_sender, last_sent_at, card_title, card_number, card_currency,
     step_action, step_amount, sender_handle, sender_store) = r
    if not last_text and last_kind in (MessageKind.PRODUCT_CARD, MessageKind.ORDER_CARD):
        last_text = (card_title if last_kind == MessageKind.PRODUCT_CARD else card_number) or ""
    if last_id is None and cleared:
        return None          # deleted for me, then everything after deleted one by one: nothing to show
    return ConversationRow(
        id=cid, peer_name=peer_name, peer_handle=peer_handle, peer_language=peer_lang, peer_time_zone=peer_tz,
        last_kind=last_kind, last_text=last_text or "", last_mine=last_id is not None and last_sender == user.id,
        last_at=last_sent_at if last_id is not None else created_at, unread=unread,
        last_message_id=last_id or 0, activity_at=activity_at,
        last_card=card_preview(step_action, card_number, step_amount, card_currency)
        if last_kind == MessageKind.REQUEST_CARD else None,
        last_colleague=sender_handle if _colleague(user, last_sender, sender_store) else "")


def _colleague(user: UserRecord, sender_id: int | None, sender_store: int | None) -> bool:
    """Another seller of the user's own store wrote it (a buyer's list names no one: the store
    speaks as one; system messages have no sender)."""
    return (user.is_seller and sender_id is not None and sender_id != user.id
            and sender_store is not None and sender_store == user.store_id)


def _ordered(q):
    mem = m.ConversationMember
    return q.order_by(mem.last_activity_at.desc(), mem.conversation_id.desc())


def page_in(s: Session, user: UserRecord, after: ConversationCursor | None = None,
            limit: int = PAGE) -> ConversationPage:
    mem = m.ConversationMember
    q = rows_query(user)
    if after is not None:
        q = q.where(tuple_(mem.last_activity_at, mem.conversation_id) < (after.activity_at, after.conversation_id))
    raw = list(s.execute(_ordered(q).limit(limit)))
    rows = tuple(row for row in (list_row(user, r) for r in raw) if row is not None)
    # The cursor comes from the last row read, shown or not, so skipped rows never end the list early.
    nxt = ConversationCursor(raw[-1][1], raw[-1][0]) if len(raw) == limit else None
    return ConversationPage(rows, nxt)


def conversation_page(db: Database, user: UserRecord, *, after: ConversationCursor | None = None,
                      limit: int = PAGE) -> ConversationPage:
    """Up to `limit` conversations, newest activity first, starting after `after` (keyset paging:
    a conversation that moves to the top while the user pages is neither repeated nor lost, it
    comes back through its change notice and `conversation_row`)."""
    return db.read(lambda s: page_in(s, user, after, limit))


def conversation_row(db: Database, user: UserRecord, conversation_id: int) -> ConversationRow | None:
    """One conversation's row as it stands now; None when it is not (or no longer) in the list."""
    def run(s: Session) -> ConversationRow | None:
        r = s.execute(rows_query(user).where(m.ConversationMember.conversation_id == conversation_id)).first()
        return list_row(user, r) if r is not None else None

    return db.read(run)


def rows_in(s: Session, user: UserRecord, ids=None) -> list[ConversationRow]:
    """Every row of the list (or those of `ids`), newest activity first."""
    q = rows_query(user)
    if ids is not None:
        q = q.where(m.ConversationMember.conversation_id.in_(list(ids)))
    rows = (list_row(user, r) for r in s.execute(_ordered(q)))
    return [row for row in rows if row is not None]


def iter_rows(db: Database, user: UserRecord, *, page: int = 5000):
    """Every row of the list, read a page at a time (one short read transaction each)."""
    after = None
    while True:
        result = conversation_page(db, user, after=after, limit=page)
        yield from result.rows
        if result.next is None:
            return
        after = result.next


def totals(db: Database, user: UserRecord) -> InboxTotals:
    """The number of conversations in the list and the unread total, from two index-only reads."""
    mem = m.ConversationMember

    def run(s: Session) -> InboxTotals:
        count = s.scalar(select(func.count()).select_from(mem).where(mem.user_id == user.id,
                                                                      mem.hidden.is_(False))) or 0
        return InboxTotals(conversations=count, unread=unread_total_in(s, user))

    return db.read(run)


def unread_total_in(s: Session, user: UserRecord) -> int:
    mem = m.ConversationMember
    return s.scalar(select(func.coalesce(func.sum(mem.unread_count), 0))
                    .where(mem.user_id == user.id, mem.unread_count > 0)) or 0


def unread_total(db: Database, user: UserRecord) -> int:
    """The badge: unread messages over all of the member's conversations (a partial index of the
    members with something unread)."""
    return db.read(lambda s: unread_total_in(s, user))


def from_other_side(sender_id, reader_id, buyer_id):
    """A SQL term: a message sent by `sender_id` is from the other side of the conversation for
    `reader_id`. The sides are the buyer and the store's team, so a colleague's reply is never
    unread for an agent (issue 18 §4); a notice with no sender is the other side's for everyone.
    Each argument is a column or a value."""
    reader_is_buyer = reader_id == buyer_id
    if isinstance(reader_is_buyer, bool):
        return or_(sender_id.is_(None), sender_id != buyer_id if reader_is_buyer else sender_id == buyer_id)
    return or_(sender_id.is_(None), and_(reader_is_buyer, sender_id != buyer_id),
               and_(~reader_is_buyer, sender_id == buyer_id))


def unread_of(s: Session, user_id: int, conversation_id: int, last_read: int, cleared: int) -> int:
    """The unread count computed from the messages: the other side's messages after the member's
    read position and cleared marker, less those deleted for them. What the counter must always equal."""
    buyer_id = s.scalar(select(m.Conversation.buyer_id).where(m.Conversation.id == conversation_id))
    deleted = exists().where(m.MessageDeletion.user_id == user_id, m.MessageDeletion.message_id == m.Message.id)
    return s.scalar(select(func.count()).select_from(m.Message).where(
        m.Message.conversation_id == conversation_id, m.Message.id > last_read, m.Message.id > cleared,
        from_other_side(m.Message.sender_id, user_id, buyer_id), ~deleted)) or 0


def recount_all(s: Session) -> None:
    """Set every member's counter and activity copy from the data (after a bulk load)."""
    mem, msg = m.ConversationMember, m.Message
    deleted = (exists().where(m.MessageDeletion.user_id == mem.user_id, m.MessageDeletion.message_id == msg.id)
               .correlate_except(m.MessageDeletion))
    buyer = (select(m.Conversation.buyer_id).where(m.Conversation.id == mem.conversation_id)
             .correlate(mem).scalar_subquery())
    unread = (select(func.count()).select_from(msg).where(
        msg.conversation_id == mem.conversation_id, msg.id > mem.last_read_message_id,
        msg.id > mem.cleared_before_message_id, from_other_side(msg.sender_id, mem.user_id, buyer),
        ~deleted).correlate(mem).scalar_subquery())
    activity = (select(m.Conversation.last_activity_at).where(m.Conversation.id == mem.conversation_id)
                .correlate(mem).scalar_subquery())
    s.execute(update(mem).values(unread_count=unread, last_activity_at=activity)
              .execution_options(synchronize_session=False))


def refresh_conversations(s: Session) -> None:
    """Set every conversation's newest message and last activity from its messages (after a bulk load)."""
    conv = m.Conversation
    newest = (select(func.max(m.Message.id)).where(m.Message.conversation_id == conv.id)
              .correlate(conv).scalar_subquery())
    sent = select(m.Message.sent_at).where(m.Message.id == newest).scalar_subquery()
    s.execute(update(conv).values(last_message_id=newest, last_activity_at=func.coalesce(sent, conv.created_at))
              .execution_options(synchronize_session=False))
