"""Messages: pages of a conversation as one member sees them, and sending.

Sending is one transaction, idempotent on the client-generated id: a retried send (after
a crash, a timeout, a second click) returns the message already stored instead of
storing it twice. Read marks are derived, never stored on the message: a message of mine
is read when the other side's read position has passed it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core import catalog, changes, conversations, desk_state, orders
from desktop.core import schema as m
from desktop.core.db import Database, plain_rows
from desktop.core.errors import ExitCode, KnownError, UsageError
from desktop.core.kinds import ChangeKind, MessageKind
from desktop.core.message_rows import AttachmentRow, MessageRow   # the rows live apart: team needs them alone
from desktop.core.users import UserRecord

MAX_CHARS = 2000
PAGE = 60


class MessageRefused(KnownError):
    """A message that cannot leave as it is (empty, too long); the text stays in the compose box."""

    exit_code = ExitCode.USAGE


@dataclass(frozen=True)
class SendResult:
    conversation_id: int
    message_id: int
    state: str                   # "sent" (stored), "read" when the other side already read it
    duplicate: bool = False      # this client id was stored before: nothing new was written

    def to_json(self) -> dict:
        return {"conversation": self.conversation_id, "message": self.message_id, "state": self.state}


MAX_VARIANT_CHARS = 200     # a product card's chosen options ("Colour: Black · Size: M")

def new_client_id() -> str:
    return uuid.uuid4().hex


def validate_text(text: str, limit: int = MAX_CHARS) -> str:
    if not text or not text.strip():
        raise MessageRefused("The message is empty.", hint="Write something before sending.",
                             text_id="message_empty")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:   # lone surrogates: bytes that were not UTF-8 where the text came from
            raise MessageRefused("The text is not valid UTF-8.",
                                 hint="Write it again, or check the encoding of what was pasted.",
                                 text_id="message_not_utf8") from exc
    if len(text) > limit:
        raise MessageRefused(f"The message is {len(text)} characters long; the limit is {limit}.",
                             hint="Shorten it or split it into several messages.",
                             text_id="message_too_long", args={"length": len(text), "limit": limit})
    return text


def visible_ids(db: Database, user: UserRecord, conversation_id: int) -> list[int]:
    """Every visible message id, oldest first (ids only: cheap even for long conversations)."""
    def run(s: Session) -> list[int]:
        mem = conversations.member(s, user, conversation_id)
        return list(s.scalars(select(m.Message.id).where(conversations.visible_messages(
            user.id, conversation_id, mem.cleared_before_message_id)).order_by(m.Message.id)))

    return db.read(run)


def _columns():
    x = m.Message
    return select(x.id, x.conversation_id, x.sender_id, x.kind, x.text, x.lang, x.product_id, x.order_id,
                  x.sent_at)


def page(db: Database, user: UserRecord, conversation_id: int, *, before: int | None = None,
         after: int | None = None, limit: int = PAGE) -> list[MessageRow]:
    """Up to `limit` visible messages, oldest first: the newest ones, those before an id, or those after one."""
    def run(s: Session) -> list[MessageRow]:
        mem = conversations.member(s, user, conversation_id)
        q = _columns().where(conversations.visible_messages(user.id, conversation_id,
                                                           mem.cleared_before_message_id))
        if after is not None:
            msgs = plain_rows(s, q.where(m.Message.id > after).order_by(m.Message.id).limit(limit))
        else:
            if before is not None:
                q = q.where(m.Message.id < before)
            msgs = list(reversed(plain_rows(s, q.order_by(m.Message.id.desc()).limit(limit))))
        return _rows(s, user, mem, msgs)

    return db.read(run)


def iter_rows(db: Database, user: UserRecord, conversation_id: int, *, batch: int = 5000):
    """Every visible message, oldest first, read `batch` at a time by id (one short read each)."""
    after = 0
    while True:
        rows = page(db, user, conversation_id, after=after, limit=batch)
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1].id


def rows_by_id(db: Database, user: UserRecord, conversation_id: int, ids: list[int]) -> dict[int, MessageRow]:
    def run(s: Session) -> dict[int, MessageRow]:
        mem = conversations.member(s, user, conversation_id)
        msgs = s.execute(_columns().where(
            conversations.visible_messages(user.id, conversation_id, mem.cleared_before_message_id),
            m.Message.id.in_(ids)))
        return {r.id: r for r in _rows(s, user, mem, list(msgs))}

    return db.read(run)


def _rows(s: Session, user: UserRecord, mem: m.ConversationMember, msgs: list) -> list[MessageRow]:
    """Rows for plain (id, conversation, sender, kind, text, lang, product, order, sent_at) tuples."""
    if not msgs:
        return []
    buyer_id = s.scalar(select(m.Conversation.buyer_id).where(m.Conversation.id == mem.conversation_id))
    other_read = _other_side_read(s, user.id, buyer_id, mem.conversation_id)
    senders = {uid: (handle, name) for uid, handle, name in s.execute(
        select(m.User.id, m.User.handle, m.User.name).where(m.User.id.in_({x.sender_id for x in msgs})))}
    products = catalog.product_rows_in(s, {x.product_id for x in msgs if x.product_id})
    order_rows = orders.order_rows_in(s, user, {x.order_id for x in msgs if x.order_id})
    ids = [x.id for x in msgs]
    atts, trans = _extras(s, mem.conversation_id, ids)
    rows = []
    read_up_to = mem.last_read_message_id
    for (mid, cid, sender_id, kind, text, lang, product_id, order_id, sent_at) in msgs:
        handle, name = senders.get(sender_id, ("", ""))
        mine = sender_id == user.id
        ours = mine or (user.id != buyer_id and sender_id is not None and sender_id != buyer_id)
        rows.append(MessageRow(
            id=mid, conversation_id=cid, sender_id=sender_id, sender_handle=handle, sender_name=name,
            mine=mine, our_side=ours, kind=kind, text=text, lang=lang, sent_at=sent_at,
            read=(other_read >= mid) if ours else (read_up_to >= mid),
            product=products.get(product_id) if product_id else None,
            order=order_rows.get(order_id) if order_id else None,
            attachments=tuple(atts.get(mid, ())), translations=trans.get(mid, {})))
    return rows


def _other_side_read(s: Session, user_id: int, buyer_id: int | None, conversation_id: int) -> int:
    """How far the other side has read: the buyer's position for the store's team (a colleague
    who read a reply is not the buyer reading it); for the buyer, the furthest of the team's."""
    if buyer_id is None or user_id == buyer_id:
        return conversations.other_members_read(s, user_id, conversation_id)
    mem = m.ConversationMember
    return s.scalar(select(mem.last_read_message_id).where(mem.conversation_id == conversation_id,
                                                           mem.user_id == buyer_id)) or 0


def _extras(s: Session, conversation_id: int, ids: list[int]) -> tuple[dict[int, list[AttachmentRow]], dict[int, dict]]:
    """The attachments and cached translations of these messages (of one conversation): one
    statement each over the conversation's id range from the first to the last, through its
    (conversation_id, id) index, whatever the number of ids (an `IN` of thousands of ids was
    compiled again for every chunk and page). Messages in the range but not in `ids` (deleted
    for me, cleared) are left out."""
    if not ids:
        return {}, {}
    wanted = set(ids)
    in_range = (m.Message.conversation_id == conversation_id) & m.Message.id.between(min(ids), max(ids))
    atts: dict[int, list[AttachmentRow]] = {}
    for mid, aid, sha, mime, width, height, size, name in s.execute(
            select(m.MessageAttachment.message_id, m.Attachment.id, m.Attachment.sha256, m.Attachment.mime,
                   m.Attachment.width, m.Attachment.height, m.Attachment.bytes, m.Attachment.safe_name)
            .join(m.Message, m.Message.id == m.MessageAttachment.message_id)
            .join(m.Attachment, m.Attachment.id == m.MessageAttachment.attachment_id)
            .where(in_range).order_by(m.MessageAttachment.message_id, m.MessageAttachment.position)):
        if mid in wanted:
            atts.setdefault(mid, []).append(AttachmentRow(aid, sha, mime, width, height, size, name))
    trans: dict[int, dict] = {}
    for mid, target, text in s.execute(
            select(m.MessageTranslation.message_id, m.MessageTranslation.target_lang, m.MessageTranslation.text)
            .join(m.Message, m.Message.id == m.MessageTranslation.message_id).where(in_range)):
        if mid in wanted:
            trans.setdefault(mid, {})[target] = text
    return atts, trans


def send(db: Database, user: UserRecord, conversation_id: int, text: str, *, client_id: str | None = None,
         kind: MessageKind | str = MessageKind.TEXT, lang: str = "", product_id: int | None = None,
         order_id: int | None = None, attachment_ids: tuple[int, ...] = (),
         translations: dict[str, tuple[str, str]] | None = None, limit: int = MAX_CHARS) -> SendResult:
    """Store one message as sent, in one transaction, idempotent on `client_id`: the same
    message sent again returns the stored one; another message under a used id is refused.

    `translations` maps a target language to (text, pack version): the sender's translation,
    sent with the message for a recipient who may have no pack."""
    kind = MessageKind(kind)     # a kind's value string (the outbox's) is accepted too
    if kind == MessageKind.TEXT and not attachment_ids:
        validate_text(text, limit)
    elif len(text) > limit:
        validate_text(text, limit)
    key = check_client_id(client_id) if client_id else new_client_id()

    def run(s: Session) -> SendResult:
        earlier = _earlier(s, user, key, text, conversation_id)
        if earlier is not None:
            return earlier
        mem = conversations.member(s, user, conversation_id)
        return _store(s, user, store_id=mem.store_id, conversation_id=conversation_id, text=text, client_id=key,
                      kind=kind, lang=lang,
                      product_id=product_id, order_id=order_id, attachment_ids=attachment_ids,
                      translations=translations or {})

    return db.write(run)


def _earlier(s: Session, user: UserRecord, client_id: str, text: str,
             conversation_id: int | None, store_handle: str | None = None) -> SendResult | None:
    """The message already stored under this client id (a retry of it), None if the id is new; a
    usage error if the id was used for another message (another text, or another conversation
    when one is given). A client id is unique per store (0009_store_keys): with a conversation
    or a store, only that store's messages are looked at (one search of the (store_id,
    client_id) key)."""
    q = (select(m.Message.id, m.Message.conversation_id, m.Message.sender_id, m.Message.text)
         .where(m.Message.client_id == client_id))
    if conversation_id is not None:
        q = q.where(m.Message.store_id == select(m.Conversation.store_id)
                    .where(m.Conversation.id == conversation_id).scalar_subquery())
    elif store_handle is not None:      # a retry of `--store H`: H's messages (an unknown H: none)
        q = q.where(m.Message.store_id == select(m.Store.id).where(m.Store.handle == store_handle).scalar_subquery())
    else:       # no store named (a caller that gives neither): only one's own messages are a retry
        q = q.where(m.Message.sender_id == user.id)
    existing = s.execute(q.order_by((m.Message.sender_id == user.id).desc(), m.Message.id).limit(1)).first()
    if existing is None:
        return None
    if existing.sender_id != user.id:
        raise UsageError("That client id belongs to another user's message.",
                         hint="Use a new client id for a new message.",
                         text_id="client_id_other_user")
    if existing.text != text or conversation_id not in (None, existing.conversation_id):
        raise UsageError("This client id was already used for another message.",
                         hint=f"It is message {existing.id} in conversation {existing.conversation_id}; "
                              "use a new client id for a new message.",
                         text_id="client_id_used", args={"message": existing.id, "conversation": existing.conversation_id})
    other = conversations.other_members_read(s, user.id, existing.conversation_id)
    return SendResult(existing.conversation_id, existing.id, "read" if other >= existing.id else "sent", True)


MAX_CLIENT_ID = 64          # the column's length (PostgreSQL enforces it; SQLite would not)


def check_client_id(client_id: str) -> str:
    if len(client_id) > MAX_CLIENT_ID:
        raise UsageError(f"A client id is at most {MAX_CLIENT_ID} characters; this one has {len(client_id):,}.",
                         hint="Use a short unique key, such as a UUID.",
                         text_id="client_id_too_long", args={"length": len(client_id), "limit": MAX_CLIENT_ID})
    return client_id


def sent_before(db: Database, user: UserRecord, client_id: str, text: str,
                conversation_id: int | None = None, *, store_handle: str | None = None) -> SendResult | None:
    """What a retry finds before doing anything else: the message stored under `client_id` in
    the conversation's store (or the store named by `store_handle`), or None."""
    check_client_id(client_id)
    return db.read(lambda s: _earlier(s, user, client_id, text, conversation_id, store_handle))


def _store(s: Session, user: UserRecord, *, store_id: int, conversation_id: int, text: str, client_id: str,
           kind: MessageKind,
           lang: str = "", product_id: int | None = None, order_id: int | None = None,
           attachment_ids: tuple[int, ...] = (), translations: dict[str, tuple[str, str]] | None = None,
           ) -> SendResult:
    """Write the message and everything that moves with it: its attachments and translation,
    the conversation's newest message, each member's activity and unread counter, the sender's
    read position and draft, and the change notice."""
    now = m.utcnow()
    msg = m.Message(store_id=store_id, conversation_id=conversation_id, sender_id=user.id, kind=kind, text=text,
                    lang=lang, client_id=client_id, product_id=product_id, order_id=order_id,
                    created_at=now, sent_at=now)
    s.add(msg)
    s.flush()
    for pos, att_id in enumerate(attachment_ids):
        s.add(m.MessageAttachment(store_id=store_id, message_id=msg.id, attachment_id=att_id, position=pos))
    for target, (translated, version) in (translations or {}).items():
        s.add(m.MessageTranslation(store_id=store_id, message_id=msg.id, target_lang=target, text=translated,
                                   pack_version=version, sent_by_author=True))
    s.execute(update(m.Conversation).where(m.Conversation.id == conversation_id)
              .values(last_message_id=msg.id, last_activity_at=now))
    mem = m.ConversationMember
    # Counted in SQL, not read and written back, so two writers never lose an increment. A new
    # message also brings a deleted conversation back (showing only what follows). Only the other
    # side has it to read: a colleague's reply is not unread for the rest of the store's team.
    _count_new(s, conversation_id, user.id, now)
    s.execute(update(mem).where(mem.conversation_id == conversation_id, mem.user_id == user.id)
              .values(hidden=False, last_activity_at=now, last_read_message_id=msg.id, unread_count=0))
    desk_state.on_message(s, user.id, conversation_id, now, auto=desk_state.is_auto(client_id))
    d = s.get(m.Draft, (user.id, conversation_id))
    if d is not None:
        s.delete(d)
    changes.record(s, ChangeKind.MESSAGE, conversation_id=conversation_id, message_id=msg.id, user_id=user.id)
    return SendResult(conversation_id, msg.id, "sent")


def _count_new(s: Session, conversation_id: int, sender_id: int | None, now: dt.datetime) -> None:
    """A new message from `sender_id` (None: the marketplace): every member but the sender sees
    the activity; the other side's members (everyone for a notice) count one more unread."""
    mem = m.ConversationMember
    buyer_id = s.scalar(select(m.Conversation.buyer_id).where(m.Conversation.id == conversation_id))
    if sender_id is None:
        s.execute(update(mem).where(mem.conversation_id == conversation_id)
                  .values(hidden=False, last_activity_at=now, unread_count=mem.unread_count + 1))
        return
    other_side = mem.user_id != buyer_id if sender_id == buyer_id else mem.user_id == buyer_id
    s.execute(update(mem).where(mem.conversation_id == conversation_id, other_side)
              .values(hidden=False, last_activity_at=now, unread_count=mem.unread_count + 1))
    s.execute(update(mem).where(mem.conversation_id == conversation_id, ~other_side, mem.user_id != sender_id)
              .values(hidden=False, last_activity_at=now))


def contact(db: Database, user: UserRecord, *, store_handle: str | None = None, product_id: int | None = None,
            order_id: int | None = None, variant: str = "") -> tuple[int, int | None]:
    """Open the buyer's conversation with a store, posting a product or order card unless the
    newest message is that very card already. Returns (conversation id, card message id).
    `variant` (a product card's chosen options, "Colour: Black · Size: M") is the card's text."""
    variant = " ".join(variant.split())[:MAX_VARIANT_CHARS] if product_id is not None else ""
    def run(s: Session) -> tuple[int, int | None]:
        store_id = conversations.store_id_for(s, store_handle=store_handle, product_id=product_id,
                                              order_id=order_id, user=user)
        conv = conversations.get_or_create(s, user, store_id)
        mem = conversations.member(s, user, conv.id)
        mem.hidden = False
        if product_id is None and order_id is None:
            return conv.id, None
        kind = MessageKind.PRODUCT_CARD if product_id is not None else MessageKind.ORDER_CARD
        last = s.execute(select(m.Message.id, m.Message.kind, m.Message.product_id, m.Message.order_id,
                                m.Message.text)
                         .where(m.Message.conversation_id == conv.id).order_by(m.Message.id.desc()).limit(1)).first()
        if last is not None and last.kind == kind and last.product_id == product_id and last.order_id == order_id \
                and (last.text or "") == variant and last.id > mem.cleared_before_message_id:
            return conv.id, last.id
        result = _store(s, user, store_id=conv.store_id, conversation_id=conv.id, text=variant, client_id=new_client_id(), kind=kind,
                        product_id=product_id, order_id=order_id)
        return conv.id, result.message_id

    return db.write(run)


def store_notice(s: Session, *, conversation_id: int, sender_id: int | None, kind: MessageKind, text: str,
                 order_id: int | None = None) -> int:
    """Write a card or notice the core posts (a cancellation or dispute step) in the caller's
    transaction; `sender_id` None when the marketplace posts it. Every member but the sender
    gets it as unread. Returns the message id."""
    now = m.utcnow()
    msg = m.Message(store_id=conversations.store_of(s, conversation_id), conversation_id=conversation_id,
                    sender_id=sender_id, kind=kind, text=text, client_id=new_client_id(), order_id=order_id,
                    created_at=now, sent_at=now)
    s.add(msg)
    s.flush()
    s.execute(update(m.Conversation).where(m.Conversation.id == conversation_id)
              .values(last_message_id=msg.id, last_activity_at=now))
    mem = m.ConversationMember
    _count_new(s, conversation_id, sender_id, now)
    if sender_id is not None:
        s.execute(update(mem).where(mem.conversation_id == conversation_id, mem.user_id == sender_id)
                  .values(hidden=False, last_activity_at=now, last_read_message_id=msg.id, unread_count=0))
    changes.record(s, ChangeKind.MESSAGE, conversation_id=conversation_id, message_id=msg.id, user_id=sender_id)
    return msg.id
