"""An order's history of cancellation, shipment and dispute steps, and their cards in the chat.

Every step (`record_step`) is one `OrderEvent` row, a `REQUEST_CARD` message in the
conversation between the order's buyer and store (made if there is none yet), and the
change notices the views refresh on. A step taken by the marketplace's clock (an
automatic cancellation, acceptance or escalation) or by the marketplace itself has no
member as its sender: its card reads as a notice from the marketplace.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import arbiter, attachments, changes, conversations, messaging
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.kinds import CaseAction, ChangeKind, MessageKind
from desktop.core.order_rules import iso
from desktop.core.users import UserRecord

MAX_ID = 2**63 - 1
MAX_TEXT = 2000

CANCELLATION, DISPUTE, SHIPMENT = "cancellation", "dispute", "shipment"


@dataclass(frozen=True)
class EvidenceItem:
    attachment_id: int
    sha256: str
    mime: str
    bytes: int
    name: str

    def to_json(self, store: Path | None = None) -> dict:
        out: dict = {"sha256": self.sha256, "mime": self.mime, "bytes": self.bytes, "name": self.name}
        if store is not None:
            out["path"] = str(attachments.stored_path(store, self.sha256, self.mime))
        return out


@dataclass(frozen=True)
class HistoryRow:
    """One step as both sides and the evidence pack see it."""

    id: int
    at: dt.datetime
    by: str                      # the actor's handle; "marketplace" for the clock's own steps
    action: CaseAction
    amount_cents: int | None
    text: str
    evidence: tuple[EvidenceItem, ...]
    subject: str
    message_id: int | None
    return_address: str = ""     # a "return asked" card's: where the item goes (card_steps only)

    def to_json(self, store: Path | None = None) -> dict:
        return {"at": iso(self.at), "by": self.by, "action": self.action.value,
                "amount": None if self.amount_cents is None else self.amount_cents / 100,
                "text": self.text, "evidence": [e.to_json(store) for e in self.evidence]}


def sees(s: Session, user: UserRecord, order: m.Order) -> bool:
    """Whether `user` may read `order`: its buyer, its store's team, or the marketplace deciding it."""
    if order.buyer_id == user.id or (user.store_id is not None and order.store_id == user.store_id):
        return True
    return user.role == m.Role.ARBITER.value and arbiter.decides_order(s, order.id)


def visible_order(s: Session, user: UserRecord, order_id: int) -> m.Order:
    """The order if `user` is its buyer, its store's seller or the marketplace deciding its
    dispute (`arbiter.decides`); else a `UsageError`."""
    order = s.get(m.Order, order_id) if 0 < order_id <= MAX_ID else None
    if order is None or not sees(s, user, order):
        raise UsageError(f"There is no order {order_id} among your orders.",
                         hint="`buzon orders --json` lists them with their ids.",
                         text_id="order_unknown", args={"order": order_id})
    return order


def clean_text(text: str | None, what: str, *, required: bool = False) -> str:
    value = (text or "").strip()
    if required and not value:
        raise UsageError(f"The {what} is empty.", hint=f"Write the {what}: the other side reads it.",
                         text_id="text_required")
    if len(value) > MAX_TEXT:
        raise UsageError(f"The {what} is {len(value)} characters long; the limit is {MAX_TEXT}.",
                         hint="Shorten it.",
                         text_id="text_too_long", args={"length": len(value), "limit": MAX_TEXT})
    return value


def cents(amount: float | int | str | None, what: str = "amount") -> int:
    """An amount of money given in units (12.5) as cents; refused when not a number."""
    try:
        units = float(amount)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise UsageError(f"The {what} {amount!r} is not a number.", hint="Write it as 12.50.",
                         text_id="amount_not_number", args={"amount": amount}) from None
    if not math.isfinite(units) or abs(units) * 100 > 2**53:      # NaN, infinite or absurd
        raise UsageError(f"The {what} {amount!r} is not a usable amount.", hint="Write it as 12.50.",
                         text_id="amount_unusable", args={"amount": amount})
    return round(units * 100)


def check_tracking(carrier: str | None, tracking: str | None) -> tuple[str, str]:
    """The carrier and tracking number of a shipment, both required."""
    c, t = (carrier or "").strip(), (tracking or "").strip()
    if not c or not t:
        raise UsageError("Shipping needs the carrier and the tracking number.",
                         hint="Give both: --carrier 'Cainiao' --tracking LP00123456789CN.",
                         text_id="shipping_needs_tracking")
    if len(c) > 100 or len(t) > 64 or not all(ch.isalnum() or ch in "-/ " for ch in t):
        raise UsageError(f"{t!r} is not a tracking number (letters, digits and dashes, at most 64).",
                         hint="Copy it from the carrier's receipt.",
                         text_id="tracking_number_bad", args={"tracking": t})
    return c, t


def money(value: int, currency: str) -> str:
    return f"{value / 100:.2f} {currency}"


def conversation_for(s: Session, order: m.Order) -> int:
    """The conversation between the order's buyer and its store, made if there is none."""
    conv = s.scalar(select(m.Conversation.id).where(m.Conversation.buyer_id == order.buyer_id,
                                                    m.Conversation.store_id == order.store_id))
    if conv is not None:
        return conv
    buyer = s.get(m.User, order.buyer_id)
    assert buyer is not None
    record = UserRecord(buyer.id, buyer.handle, buyer.name, buyer.role.value, buyer.language, buyer.time_zone,
                        buyer.city, buyer.store_id, None, None)
    return conversations.get_or_create(s, record, order.store_id).id


def record_step(s: Session, order: m.Order, *, subject: str, subject_id: int | None, actor_id: int | None,
                action: CaseAction, text: str = "", amount_cents: int | None = None,
                attachment_ids: Sequence[int] = (), card: str = "") -> m.OrderEvent:
    """Write one step: its history row, its card in the conversation, the change notices."""
    now = m.utcnow()
    event = m.OrderEvent(store_id=order.store_id, order_id=order.id, subject=subject, subject_id=subject_id, at=now, actor_id=actor_id,
                         action=action.value, amount_cents=amount_cents, text=text)
    s.add(event)
    s.flush()
    for att_id in dict.fromkeys(attachment_ids):
        s.add(m.OrderEventEvidence(store_id=order.store_id, event_id=event.id, attachment_id=att_id))
    conv_id = conversation_for(s, order)
    member = actor_id is not None and s.get(m.ConversationMember, (conv_id, actor_id)) is not None
    event.message_id = messaging.store_notice(s, conversation_id=conv_id, sender_id=actor_id if member else None,
                                              kind=MessageKind.REQUEST_CARD, text=card or action.value,
                                              order_id=order.id)
    kind = {CANCELLATION: ChangeKind.CANCELLATION, DISPUTE: ChangeKind.DISPUTE}.get(subject, ChangeKind.ORDER)
    changes.record(s, kind, order_id=order.id, user_id=actor_id, conversation_id=conv_id)
    changes.record(s, ChangeKind.ORDER, order_id=order.id, user_id=actor_id)
    return event


def history(s: Session, order_id: int, subject: str | None = None, subject_id: int | None = None
            ) -> list[HistoryRow]:
    """The order's steps, oldest first (of one subject, or one request or dispute, when given)."""
    q = select(m.OrderEvent, m.User.handle).outerjoin(m.User, m.User.id == m.OrderEvent.actor_id) \
        .where(m.OrderEvent.order_id == order_id)
    if subject is not None:
        q = q.where(m.OrderEvent.subject == subject)
    if subject_id is not None:
        q = q.where(m.OrderEvent.subject_id == subject_id)
    rows = list(s.execute(q.order_by(m.OrderEvent.id)))
    ids = [e.id for e, _h in rows]
    evidence: dict[int, list[EvidenceItem]] = {}
    if ids:
        for event_id, a in s.execute(select(m.OrderEventEvidence.event_id, m.Attachment)
                                     .join(m.Attachment, m.Attachment.id == m.OrderEventEvidence.attachment_id)
                                     .where(m.OrderEventEvidence.event_id.in_(ids)).order_by(m.Attachment.id)):
            evidence.setdefault(event_id, []).append(EvidenceItem(a.id, a.sha256, a.mime, a.bytes, a.safe_name))
    return [HistoryRow(e.id, e.at, handle or "marketplace", CaseAction(e.action), e.amount_cents, e.text,
                       tuple(evidence.get(e.id, ())), e.subject, e.message_id) for e, handle in rows]


def event_for_message(s: Session, message_id: int) -> HistoryRow | None:
    """The step a request card shows."""
    order_id = s.scalar(select(m.OrderEvent.order_id).where(m.OrderEvent.message_id == message_id))
    if order_id is None:
        return None
    return next((h for h in history(s, order_id) if h.message_id == message_id), None)


def card_conversations(db: Database, user: UserRecord, message_ids: Sequence[int]) -> dict[int, list[int]]:
    """The steps' cards among `message_ids` written by someone else, by conversation: what the
    chat's translation (`message_translations.for_reader`) takes to say their words in the
    reader's language on the order page too."""
    def run(s: Session) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for cid, mid in s.execute(select(m.Message.conversation_id, m.Message.id).where(
                m.Message.id.in_([i for i in message_ids if 0 < i <= MAX_ID]),
                m.Message.kind == MessageKind.REQUEST_CARD, m.Message.sender_id != user.id)):
            out.setdefault(cid, []).append(mid)
        return out

    return db.read(run)


def store_time_zone(s: Session, store_id: int) -> str:
    """The store's time zone: its seller's (the first account of the store)."""
    tz = s.scalar(select(m.User.time_zone).where(m.User.store_id == store_id).order_by(m.User.id).limit(1))
    return tz or "UTC"


def delivered_at(s: Session, order_id: int) -> dt.datetime | None:
    return s.scalar(select(m.TrackingEvent.at).where(m.TrackingEvent.order_id == order_id,
                                                     m.TrackingEvent.kind == m.TrackingKind.DELIVERED)
                    .order_by(m.TrackingEvent.at.desc()).limit(1))


def shipped_at(s: Session, order: m.Order) -> dt.datetime | None:
    """When the order shipped: as marked, else its first tracking event."""
    if order.shipped_at is not None:
        return order.shipped_at
    return s.scalar(select(m.TrackingEvent.at).where(m.TrackingEvent.order_id == order.id)
                    .order_by(m.TrackingEvent.at).limit(1))


def card_steps(db: Database, user: UserRecord, message_ids: Sequence[int]) -> dict[int, HistoryRow]:
    """The step each request card among `message_ids` shows, for the chat to draw it in the
    reader's language; cards of orders `user` cannot see are left out."""
    ids = [i for i in dict.fromkeys(message_ids) if 0 < i <= MAX_ID]

    def run(s: Session) -> dict[int, HistoryRow]:
        out: dict[int, HistoryRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            orders = set(s.scalars(select(m.OrderEvent.order_id).where(m.OrderEvent.message_id.in_(chunk))))
            for order_id in orders:
                order = s.get(m.Order, order_id)
                if order is None or not sees(s, user, order):
                    continue
                out.update({row.message_id: row for row in history(s, order_id)
                            if row.message_id is not None and row.message_id in chunk})
            _with_return_address(s, out, chunk)
        return out

    return db.read(run)


def _with_return_address(s: Session, steps: dict[int, HistoryRow], message_ids: Sequence[int]) -> None:
    """A "return asked" card says where the item goes, as the order page does: the address the
    return was asked to (a return asked before disputes kept one: the store's current one)."""
    asked = [mid for mid in message_ids if mid in steps and steps[mid].action == CaseAction.RETURN_ASKED]
    if not asked:
        return
    for mid, kept, store in s.execute(
            select(m.OrderEvent.message_id, m.Dispute.return_address, m.Store.return_address)
            .join(m.Dispute, m.Dispute.id == m.OrderEvent.subject_id)
            .join(m.Store, m.Store.id == m.OrderEvent.store_id)
            .where(m.OrderEvent.message_id.in_(asked), m.OrderEvent.subject == DISPUTE)):
        if mid is not None:
            steps[mid] = replace(steps[mid], return_address=(kept or store or "").strip())
