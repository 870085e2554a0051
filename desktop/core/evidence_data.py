"""What an evidence pack holds, read from the database as one user sees it (plus what they
deleted for themselves, marked): the order, its tracking, every message of the
conversation with its translations and files, and the cancellation and dispute history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import attachments
from desktop.core import order_history as h
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.order_rules import iso, zone
from desktop.core.users import UserRecord


@dataclass(frozen=True)
class PackFile:
    """A stored picture or video travelling in `evidence/` exactly as stored."""

    sha256: str
    mime: str
    name: str
    source: Path

    @property
    def arcname(self) -> str:
        return f"evidence/{self.source.name}"


@dataclass(frozen=True)
class PackMessage:
    id: int
    sender: str                  # handle; "marketplace" for its notices
    kind: str
    at: dt.datetime
    text: str
    lang: str
    translations: dict[str, str]
    files: tuple[PackFile, ...]
    deleted_for_me: bool
    card: str = ""               # what a product or order card shows ("order 8190…", "product 4: title")


@dataclass(frozen=True)
class PackData:
    user: UserRecord
    order: dict                                          # the order card, as conversation.json has it
    buyer_tz: str
    seller_tz: str
    tracking: tuple[tuple[dt.datetime, str, str, str], ...]
    messages: tuple[PackMessage, ...]
    history: tuple[h.HistoryRow, ...]
    files: tuple[PackFile, ...]                          # every file once, in the order first met

    def local(self, at: dt.datetime, tz: str) -> str:
        return at.replace(tzinfo=dt.timezone.utc).astimezone(zone(tz)).strftime("%Y-%m-%d %H:%M")

    def to_json(self) -> dict:
        return {
            "order": self.order,
            "time_zones": {"buyer": self.buyer_tz, "seller": self.seller_tz},
            "exported_by": self.user.handle,
            "tracking": [{"at": iso(at), "kind": k, "location": loc, "description": d}
                         for at, k, loc, d in self.tracking],
            "messages": [{"id": x.id, "sender": x.sender, "kind": x.kind, "at": iso(x.at),
                          "local": {"buyer": self.local(x.at, self.buyer_tz), "seller": self.local(x.at, self.seller_tz)},
                          "text": x.text, "lang": x.lang, "translations": x.translations,
                          "files": [f.arcname for f in x.files], "deleted_for_me": x.deleted_for_me,
                          "card": x.card or None}
                         for x in self.messages],
            "history": [row.to_json() | {"evidence": [f"evidence/{_file_name(e.sha256, e.mime)}" for e in row.evidence],
                                         "subject": row.subject} for row in self.history],
        }


def _file_name(sha256: str, mime: str) -> str:
    return attachments.stored_path(Path("."), sha256, mime).name


def gather(db: Database, user: UserRecord, order_id: int, data_dir: Path) -> PackData:
    """Everything the pack shows about `order_id`, as `user` (its buyer, its store or the marketplace)."""
    store = attachments.store_dir(data_dir)

    def run(s: Session) -> PackData:
        order = h.visible_order(s, user, order_id)
        files: dict[str, PackFile] = {}

        def pack_file(sha: str, mime: str, name: str) -> PackFile:
            if sha not in files:
                files[sha] = PackFile(sha, mime, name, attachments.stored_path(store, sha, mime))
            return files[sha]

        conv_id = s.scalar(select(m.Conversation.id).where(m.Conversation.buyer_id == order.buyer_id,
                                                           m.Conversation.store_id == order.store_id))
        messages: list[PackMessage] = []
        if conv_id is not None:
            mem = s.get(m.ConversationMember, (conv_id, user.id))
            cleared = mem.cleared_before_message_id if mem is not None else 0
            deleted = set(s.scalars(select(m.MessageDeletion.message_id).where(m.MessageDeletion.user_id == user.id)))
            handles = {uid: handle for uid, handle in s.execute(select(m.User.id, m.User.handle))}
            for msg in s.scalars(select(m.Message).where(m.Message.conversation_id == conv_id).order_by(m.Message.id)):
                trans = {t: x for t, x in s.execute(
                    select(m.MessageTranslation.target_lang, m.MessageTranslation.text)
                    .where(m.MessageTranslation.message_id == msg.id).order_by(m.MessageTranslation.target_lang))}
                atts = tuple(pack_file(a.sha256, a.mime, a.safe_name) for a in s.scalars(
                    select(m.Attachment).join(m.MessageAttachment, m.MessageAttachment.attachment_id == m.Attachment.id)
                    .where(m.MessageAttachment.message_id == msg.id).order_by(m.MessageAttachment.position)))
                card = ""
                if msg.order_id is not None and msg.kind == m.MessageKind.ORDER_CARD:
                    card = f"order {s.scalar(select(m.Order.number).where(m.Order.id == msg.order_id))}"
                elif msg.product_id is not None:
                    title = s.scalar(select(m.Product.title).where(m.Product.id == msg.product_id))
                    card = f"product {msg.product_id}: {title}"
                messages.append(PackMessage(msg.id, handles.get(msg.sender_id or 0, "marketplace"), msg.kind.value,
                                            msg.sent_at, msg.text, msg.lang, trans, atts,
                                            msg.id <= cleared or msg.id in deleted, card))
        history = tuple(h.history(s, order.id))
        for row in history:
            for e in row.evidence:
                pack_file(e.sha256, e.mime, e.name)
        for a in s.scalars(select(m.Attachment).join(m.DisputeEvidence, m.DisputeEvidence.attachment_id == m.Attachment.id)
                           .join(m.Dispute, m.Dispute.id == m.DisputeEvidence.dispute_id)
                           .where(m.Dispute.order_id == order.id).order_by(m.Attachment.id)):
            pack_file(a.sha256, a.mime, a.safe_name)
        buyer = s.get(m.User, order.buyer_id)
        store_row = s.get(m.Store, order.store_id)
        o = order
        order_card: dict = {
                "id": o.id, "number": o.number, "status": o.status.value, "store": store_row.name if store_row else "",
                "buyer": buyer.handle if buyer else "", "created_at": iso(o.created_at), "total": o.total_cents / 100,
                "refunded": o.refunded_cents / 100, "currency": o.currency, "carrier": o.carrier,
                "tracking_number": o.tracking_number,
                "items": [{"title": i.title, "variant": i.variant, "quantity": i.quantity,
                           "unit_price": i.unit_price_cents / 100} for i in o.items]}
        return PackData(
            user=user, order=order_card, buyer_tz=buyer.time_zone if buyer else "UTC",
            seller_tz=h.store_time_zone(s, order.store_id),
            tracking=tuple((t.at, t.kind.value, t.location, t.description) for t in order.tracking),
            messages=tuple(messages), history=history, files=tuple(files.values()))

    return db.read(run)
