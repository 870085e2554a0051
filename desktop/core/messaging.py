"""Messages: pages of a conversation as one member sees them, and sending.

Sending is one transaction, idempotent on the client-generated id: a retried send (after
a crash, a timeout, a second click) returns the message already stored instead of
storing it twice. Read marks are derived, never stored on the message: a message of mine
is read when the other side's read position has passed it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import catalog, changes, conversations, orders
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import ExitCode, KnownError, UsageError
from desktop.core.users import UserRecord

MAX_CHARS = 2000
PAGE = 60


class MessageRefused(KnownError):
    """A message that cannot leave as it is (empty, too long); the text stays in the compose box."""

    exit_code = ExitCode.USAGE


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    sha256: str
    mime: str
    width: int | None
    height: int | None
    bytes: int
    name: str

    def to_json(self, store: Path | None = None) -> dict:
        from desktop.core.attachments import stored_path

        return {"sha256": self.sha256, "mime": self.mime, "width": self.width, "height": self.height,
                "bytes": self.bytes, "path": str(stored_path(store, self.sha256, self.mime)) if store else None}


@dataclass(frozen=True)
class MessageRow:
    id: int
    conversation_id: int
    sender_id: int | None
    sender_handle: str
    sender_name: str
    mine: bool
    kind: str
    text: str
    lang: str
    sent_at: dt.datetime
    read: bool                   # mine: the other side has read it; theirs: I have read it
    product: catalog.ProductRow | None = None
    order: orders.OrderRow | None = None
    attachments: tuple[AttachmentRow, ...] = ()
    translations: dict = field(default_factory=dict)   # target language -> text

    def to_json(self, store: Path | None = None) -> dict:
        """The CLI's message format; `store` (the attachment folder) fills each attachment's path."""
        d = {"id": self.id, "sender": self.sender_handle, "kind": self.kind, "text": self.text, "lang": self.lang,
             "sent_at": self.sent_at.isoformat() + "Z", "read": self.read,
             "attachments": [a.to_json(store) for a in self.attachments]}
        if self.product is not None:
            d["product"] = self.product.id
        if self.order is not None:
            d["order"] = self.order.number
        return d


@dataclass(frozen=True)
class SendResult:
    conversation_id: int
    message_id: int
    state: str                   # "sent" (stored), "read" when the other side already read it
    duplicate: bool = False      # this client id was stored before: nothing new was written

    def to_json(self) -> dict:
        return {"conversation": self.conversation_id, "message": self.message_id, "state": self.state}


def new_client_id() -> str:
    return uuid.uuid4().hex


def validate_text(text: str, limit: int = MAX_CHARS) -> str:
    if not text or not text.strip():
        raise MessageRefused("The message is empty.", hint="Write something before sending.")
    if len(text) > limit:
        raise MessageRefused(f"The message is {len(text)} characters long; the limit is {limit}.",
                             hint="Shorten it or split it into several messages.")
    return text


def visible_ids(db: Database, user: UserRecord, conversation_id: int) -> list[int]:
    """Every visible message id, oldest first (ids only: cheap even for long conversations)."""
    def run(s: Session) -> list[int]:
        mem = conversations.member(s, user, conversation_id)
        return list(s.scalars(select(m.Message.id).where(conversations.visible_messages(
            user.id, conversation_id, mem.cleared_before_message_id)).order_by(m.Message.id)))

    return db.read(run)


def page(db: Database, user: UserRecord, conversation_id: int, *, before: int | None = None,
         after: int | None = None, limit: int = PAGE) -> list[MessageRow]:
    """Up to `limit` visible messages, oldest first: the newest ones, those before an id, or those after one."""
    def run(s: Session) -> list[MessageRow]:
        mem = conversations.member(s, user, conversation_id)
        q = select(m.Message).where(conversations.visible_messages(user.id, conversation_id,
                                                                  mem.cleared_before_message_id))
        if after is not None:
            msgs = list(s.scalars(q.where(m.Message.id > after).order_by(m.Message.id).limit(limit)))
        else:
            if before is not None:
                q = q.where(m.Message.id < before)
            msgs = list(reversed(list(s.scalars(q.order_by(m.Message.id.desc()).limit(limit)))))
        return _rows(s, user, mem, msgs)

    return db.read(run)


def rows_by_id(db: Database, user: UserRecord, conversation_id: int, ids: list[int]) -> dict[int, MessageRow]:
    def run(s: Session) -> dict[int, MessageRow]:
        mem = conversations.member(s, user, conversation_id)
        msgs = s.scalars(select(m.Message).where(
            conversations.visible_messages(user.id, conversation_id, mem.cleared_before_message_id),
            m.Message.id.in_(ids)))
        return {r.id: r for r in _rows(s, user, mem, list(msgs))}

    return db.read(run)


def _rows(s: Session, user: UserRecord, mem: m.ConversationMember, msgs: list[m.Message]) -> list[MessageRow]:
    if not msgs:
        return []
    other_read = conversations.other_members_read(s, user.id, mem.conversation_id)
    senders = {u.id: u for u in s.scalars(select(m.User).where(m.User.id.in_({x.sender_id for x in msgs})))}
    products = catalog.product_rows_in(s, {x.product_id for x in msgs if x.product_id})
    order_rows = orders.order_rows_in(s, user, {x.order_id for x in msgs if x.order_id})
    ids = [x.id for x in msgs]
    atts: dict[int, list[AttachmentRow]] = {}
    for ma, a in s.execute(select(m.MessageAttachment, m.Attachment).join(m.Attachment)
                           .where(m.MessageAttachment.message_id.in_(ids)).order_by(m.MessageAttachment.position)):
        atts.setdefault(ma.message_id, []).append(
            AttachmentRow(a.id, a.sha256, a.mime, a.width, a.height, a.bytes, a.safe_name))
    trans: dict[int, dict] = {}
    for t in s.scalars(select(m.MessageTranslation).where(m.MessageTranslation.message_id.in_(ids))):
        trans.setdefault(t.message_id, {})[t.target_lang] = t.text
    rows = []
    for x in msgs:
        sender = senders.get(x.sender_id)
        mine = x.sender_id == user.id
        rows.append(MessageRow(
            id=x.id, conversation_id=x.conversation_id, sender_id=x.sender_id,
            sender_handle=sender.handle if sender else "", sender_name=sender.name if sender else "",
            mine=mine, kind=x.kind.value, text=x.text, lang=x.lang, sent_at=x.sent_at,
            read=(other_read >= x.id) if mine else (mem.last_read_message_id >= x.id),
            product=products.get(x.product_id), order=order_rows.get(x.order_id),
            attachments=tuple(atts.get(x.id, ())), translations=trans.get(x.id, {})))
    return rows


def send(db: Database, user: UserRecord, conversation_id: int, text: str, *, client_id: str | None = None,
         kind: str = m.MessageKind.TEXT.value, lang: str = "", product_id: int | None = None,
         order_id: int | None = None, attachment_ids: tuple[int, ...] = (), translations: dict | None = None,
         limit: int = MAX_CHARS) -> SendResult:
    """Store one message as sent, in one transaction, idempotent on `client_id`.

    `translations` maps a target language to (text, pack version): the sender's translation,
    sent with the message for a recipient who may have no pack."""
    if kind == m.MessageKind.TEXT.value and not attachment_ids:
        validate_text(text, limit)
    elif len(text) > limit:
        validate_text(text, limit)
    client_id = client_id or new_client_id()

    def run(s: Session) -> SendResult:
        existing = s.scalar(select(m.Message).where(m.Message.client_id == client_id))
        if existing is not None:
            if existing.sender_id != user.id:
                raise UsageError("That client id belongs to another user's message.")
            other = conversations.other_members_read(s, user.id, existing.conversation_id)
            return SendResult(existing.conversation_id, existing.id, "read" if other >= existing.id else "sent", True)
        conversations.member(s, user, conversation_id)
        return _store(s, user, conversation_id, text, client_id, kind, lang, product_id, order_id,
                      attachment_ids, translations or {})

    return db.write(run)


def _store(s, user, conversation_id, text, client_id, kind, lang, product_id, order_id, attachment_ids,
           translations) -> SendResult:
    now = m.utcnow()
    msg = m.Message(conversation_id=conversation_id, sender_id=user.id, kind=m.MessageKind(kind), text=text,
                    lang=lang, client_id=client_id, product_id=product_id, order_id=order_id,
                    created_at=now, sent_at=now)
    s.add(msg)
    s.flush()
    for pos, att_id in enumerate(attachment_ids):
        s.add(m.MessageAttachment(message_id=msg.id, attachment_id=att_id, position=pos))
    for target, (translated, version) in translations.items():
        s.add(m.MessageTranslation(message_id=msg.id, target_lang=target, text=translated, pack_version=version,
                                   sent_by_author=True))
    conv = s.get(m.Conversation, conversation_id)
    conv.last_message_id = msg.id
    conv.last_activity_at = now
    for mem in s.scalars(select(m.ConversationMember).where(m.ConversationMember.conversation_id == conversation_id)):
        mem.hidden = False     # a new message brings a deleted conversation back (showing only what follows)
        if mem.user_id == user.id:
            mem.last_read_message_id = msg.id
    d = s.get(m.Draft, (user.id, conversation_id))
    if d is not None:
        s.delete(d)
    changes.record(s, "message", conversation_id=conversation_id, message_id=msg.id, user_id=user.id)
    return SendResult(conversation_id, msg.id, "sent")


def contact(db: Database, user: UserRecord, *, store_handle: str | None = None, product_id: int | None = None,
            order_id: int | None = None) -> tuple[int, int | None]:
    """Open the buyer's conversation with a store, posting a product or order card unless the
    newest message is that very card already. Returns (conversation id, card message id)."""
    def run(s: Session) -> tuple[int, int | None]:
        store_id = conversations.store_id_for(s, store_handle=store_handle, product_id=product_id,
                                              order_id=order_id, user=user)
        conv = conversations.get_or_create(s, user, store_id)
        mem = conversations.member(s, user, conv.id)
        mem.hidden = False
        if product_id is None and order_id is None:
            return conv.id, None
        kind = m.MessageKind.PRODUCT_CARD if product_id is not None else m.MessageKind.ORDER_CARD
        last = s.scalar(select(m.Message).where(m.Message.conversation_id == conv.id)
                        .order_by(m.Message.id.desc()).limit(1))
        if last is not None and last.kind == kind and last.product_id == product_id and last.order_id == order_id \
                and last.id > mem.cleared_before_message_id:
            return conv.id, last.id
        result = _store(s, user, conv.id, "", new_client_id(), kind.value, "", product_id, order_id, (), {})
        return conv.id, result.message_id

    return db.write(run)


def message_count(db: Database, conversation_id: int) -> int:
    return db.read(lambda s: s.scalar(select(func.count()).select_from(m.Message)
                                      .where(m.Message.conversation_id == conversation_id)) or 0)
