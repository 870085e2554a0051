"""Disputes: a buyer's claim on a delivered order, with evidence files (DESIGN "Orders").

`file_dispute` is the whole journey, shared by the window and `buzon dispute open`, as
`outbox.deliver` is for a message: it checks that the dispute can be opened before a
byte is stored, stores each evidence file (`ingest_evidence`: pictures cleaned, videos
stripped of their metadata), then `open_dispute` writes it in one transaction: the
dispute, its evidence rows, the order marked `in_dispute` and an "order" change so
every client refreshes it. A second submit finds the order already in dispute and is
refused, so it never stores two. What follows the opening (the seller's answer, a
return, escalation, the marketplace's decision, the deadlines) is `dispute_steps`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import attachments, changes, order_history
from desktop.core import schema as m
from desktop.core.attachment_rows import attachment_ids
from desktop.core.attachments import AttachmentRefused, StoredAttachment
from desktop.core.db import Database
from desktop.core.errors import KnownError, UsageError
from desktop.core.kinds import CaseAction, ChangeKind, DisputeState
from desktop.core.order_rules import REFUND_KINDS, OrderRules, iso
from desktop.core.users import UserRecord

if TYPE_CHECKING:
    from desktop.core.context import AppContext

Ingest = Callable[..., StoredAttachment]

REASONS = ("not_received", "not_as_described", "damaged", "wrong_item", "counterfeit",
           "missing_parts", "other")
"""Reason codes, in the order the dialog offers them (the GUI translates by code)."""

MAX_DESCRIPTION = 2000
MAX_EVIDENCE = 10
MAX_ID = 2**63 - 1          # SQLite's largest integer: a bigger id names nothing (and would not bind)


@dataclass(frozen=True)
class EvidenceRow:
    attachment_id: int
    sha256: str
    mime: str
    bytes: int
    width: int | None
    height: int | None
    name: str


@dataclass(frozen=True)
class DisputeRecord:
    id: int
    order_id: int
    order_number: str
    opened_by: int
    reason: str
    description: str
    state: DisputeState
    created_at: dt.datetime
    evidence: tuple[EvidenceRow, ...]

    def to_json(self, store: Path | None = None) -> dict:
        """The CLI's form; with the attachment `store`, each piece of evidence has its file's `path`."""
        def piece(e: EvidenceRow) -> dict:
            out: dict = {"sha256": e.sha256, "mime": e.mime, "bytes": e.bytes, "name": e.name}
            if store is not None:
                out["path"] = str(attachments.stored_path(store, e.sha256, e.mime))
            return out

        return {"id": self.id, "order_id": self.order_id, "order": self.order_number, "reason": self.reason,
                "description": self.description, "state": self.state.value,
                "created_at": self.created_at.isoformat() + "Z", "evidence": [piece(e) for e in self.evidence]}


@dataclass(frozen=True)
class EvidenceFile:
    """A file offered as evidence: what to call it, and the file or the bytes (a pasted picture)."""

    name: str
    source: Path | bytes


@dataclass(frozen=True)
class DisputeRequest:
    order_id: int
    reason: str
    description: str
    evidence: tuple[EvidenceFile, ...] = ()
    refund_kind: str = "full"
    amount: float | None = None        # the partial refund asked, in the order's currency


class EvidenceRefused(KnownError):
    """An evidence file that could not be stored (not a picture or a video, too big, gone
    since it was chosen); `name` says which, `reason` is the attachment refusal's code."""

    exit_code = AttachmentRefused.exit_code

    def __init__(self, name: str, refusal: AttachmentRefused):
        super().__init__(f"{name}: {refusal.message}", hint=refusal.hint, text_id="evidence_refused",
                         args={"name": name}, detail=refusal.detail)
        self.inner = refusal            # the window says "{name}: " and the refusal's own sentence
        self.name = name
        self.reason = refusal.reason


def _validate(reason: str, description: str, stored: Sequence) -> str:
    if reason not in REASONS:
        raise UsageError(f"Unknown dispute reason {reason!r}.", hint=f"Use one of: {', '.join(REASONS)}.",
                         text_id="dispute_reason_unknown", args={"reason": reason})
    text = (description or "").strip()
    if not text:
        raise UsageError("The dispute has no description.",
                         hint="Describe what is wrong with the order, so the seller and the marketplace can judge.",
                         text_id="dispute_no_description")
    if len(text) > MAX_DESCRIPTION:
        raise UsageError(f"The description is {len(text)} characters long; the limit is {MAX_DESCRIPTION}.",
                         hint="Shorten it; the evidence files can show the rest.",
                         text_id="dispute_description_too_long", args={"length": len(text), "limit": MAX_DESCRIPTION})
    if len(stored) > MAX_EVIDENCE:
        raise UsageError(f"{len(stored)} evidence files were given; the limit is {MAX_EVIDENCE}.",
                         hint="Keep the pictures and videos that show the problem best.",
                         text_id="evidence_too_many", args={"count": len(stored), "limit": MAX_EVIDENCE})
    return text


def _visible_order(s: Session, user: UserRecord, order_id: int) -> m.Order:
    return order_history.visible_order(s, user, order_id)


def _order_for_dispute(s: Session, user: UserRecord, order_id: int, rules: OrderRules | None = None) -> m.Order:
    """The buyer's order if a dispute can be opened on it now: shipped and inside its window
    (from the delivery, or from the end of the delivery promise when nothing arrived, until
    `dispute_window_days` after); one dispute per order."""
    rules = rules or OrderRules()
    order = _visible_order(s, user, order_id)
    if order.buyer_id != user.id:
        raise UsageError(f"Only the buyer of order {order.number} can open a dispute on it.",
                         text_id="dispute_open_not_buyer", args={"order": order.number})
    if order.status == m.OrderStatus.IN_DISPUTE:
        raise UsageError(f"A dispute is already open on order {order.number}.",
                         hint="Follow it on the order's page or in the chat with the store.",
                         text_id="dispute_already_open", args={"order": order.number})
    earlier = s.scalar(select(m.Dispute.closed_at).where(m.Dispute.order_id == order.id).limit(1))
    if earlier is not None:
        raise UsageError(f"The dispute on order {order.number} was settled on {iso(earlier)}; an order has one.",
                         hint="`buzon dispute show` has its history.",
                         text_id="dispute_settled_before", args={"order": order.number, "date": iso(earlier)})
    if order.status not in (m.OrderStatus.DELIVERED, m.OrderStatus.SHIPPED):
        raise UsageError(
            f"Order {order.number} is {order.status.value.replace('_', ' ')}; a dispute can only be "
            "opened once the order is delivered.",
            hint="Before delivery, contact the seller or ask to cancel the order.",
            text_id="dispute_not_delivered", args={"order": order.number})
    delivered = order_history.delivered_at(s, order.id)
    if delivered is None and order.status == m.OrderStatus.DELIVERED:
        delivered = order_history.shipped_at(s, order) or order.created_at
    window = rules.dispute_window(order_history.shipped_at(s, order) or order.created_at, delivered)
    assert window is not None
    now = m.utcnow()
    if now < window[0]:
        raise UsageError(
            f"Order {order.number} is shipped; a dispute can only be opened once the order is delivered "
            f"or, if nothing arrives, from {iso(window[0])} (the end of its delivery promise).",
            hint="Until then, ask the seller about the delivery in the chat.",
            text_id="dispute_too_early", args={"order": order.number, "date": iso(window[0])})
    if now > window[1]:
        raise UsageError(f"The time to open a dispute on order {order.number} ended on {iso(window[1])} "
                         f"({rules.dispute_window_days} days after delivery).",
                         hint="Contact the seller in the chat.",
                         text_id="dispute_too_late", args={"order": order.number, "date": iso(window[1]), "days": rules.dispute_window_days})
    return order


def _record(s: Session, dispute: m.Dispute, order: m.Order) -> DisputeRecord:
    rows = s.execute(select(m.Attachment).join(m.DisputeEvidence, m.DisputeEvidence.attachment_id == m.Attachment.id)
                     .where(m.DisputeEvidence.dispute_id == dispute.id).order_by(m.Attachment.id)).scalars()
    evidence = tuple(EvidenceRow(a.id, a.sha256, a.mime, a.bytes, a.width, a.height, a.safe_name) for a in rows)
    return DisputeRecord(dispute.id, order.id, order.number, dispute.opened_by, dispute.reason,
                         dispute.description, DisputeState(dispute.state), dispute.created_at, evidence)


def refund_asked(order: m.Order, refund_kind: str, amount: float | None) -> int:
    """The refund a buyer asks, in cents: the total for `full`, `amount` for `partial`."""
    if refund_kind not in REFUND_KINDS:
        raise UsageError(f"Unknown refund {refund_kind!r}.", hint=f"Use one of: {', '.join(REFUND_KINDS)}.",
                         text_id="refund_kind_unknown", args={"kind": refund_kind})
    if refund_kind == "full":
        return order.total_cents
    if amount is None:
        raise UsageError("A partial refund needs its amount.", hint="Give it with --amount 12.50.",
                         text_id="refund_needs_amount")
    return check_amount(order, order_history.cents(amount))


def check_amount(order: m.Order, value: int) -> int:
    """A refund amount in cents, refused when negative, zero or above the order's total."""
    total = order_history.money(order.total_cents, order.currency)
    if value <= 0:
        raise UsageError(f"A refund of {value / 100:.2f} is not possible.",
                         hint=f"Ask for an amount above zero, at most the order's total ({total}).",
                         text_id="refund_not_possible", args={"amount": f"{value / 100:.2f}", "total": total})
    if value > order.total_cents:
        raise UsageError(f"{value / 100:.2f} is more than the order's total ({total}).",
                         hint="A refund is at most what was paid.",
                         text_id="refund_over_total", args={"amount": f"{value / 100:.2f}", "total": total})
    return value


def check_can_open(db: Database, user: UserRecord, order_id: int, reason: str, description: str,
                   evidence_count: int = 0, *, refund_kind: str = "full", amount: float | None = None,
                   rules: OrderRules | None = None) -> None:
    """Raise the `UsageError` `open_dispute` would, without writing: the GUI asks before it
    stores evidence files for a dispute that cannot be opened."""
    _validate(reason, description, [None] * evidence_count)

    def run(s: Session) -> None:
        refund_asked(_order_for_dispute(s, user, order_id, rules), refund_kind, amount)

    db.read(run)


def open_dispute(db: Database, user: UserRecord, order_id: int, reason: str, description: str,
                 attachments: Sequence[StoredAttachment] = (), *, refund_kind: str = "full",
                 amount: float | None = None, rules: OrderRules | None = None) -> DisputeRecord:
    """Open a dispute on the buyer's delivered order; raises `UsageError` when it cannot be.

    `attachments` are evidence files already stored (`ingest_evidence`); each becomes an
    `Attachment` row (or reuses the one with the same hash) and a `DisputeEvidence` row.
    """
    text = _validate(reason, description, attachments)

    def run(s: Session) -> DisputeRecord:
        order = _order_for_dispute(s, user, order_id, rules)
        asked = refund_asked(order, refund_kind, amount)
        now = m.utcnow()
        dispute = m.Dispute(store_id=order.store_id, order_id=order.id, opened_by=user.id, reason=reason, description=text,
                            state=DisputeState.OPEN.value, created_at=now, refund_kind=refund_kind,
                            amount_cents=asked, deadline_at=(rules or OrderRules()).answer_deadline(now))
        s.add(dispute)
        s.flush()
        ids = list(dict.fromkeys(attachment_ids(s, order.store_id, attachments)))  # the same file twice: one piece
        for att_id in ids:
            s.add(m.DisputeEvidence(store_id=order.store_id, dispute_id=dispute.id, attachment_id=att_id))
        order.status = m.OrderStatus.IN_DISPUTE
        s.flush()
        changes.record(s, ChangeKind.ORDER, order_id=order.id, user_id=user.id)
        order_history.record_step(
            s, order, subject=order_history.DISPUTE, subject_id=dispute.id, actor_id=user.id,
            action=CaseAction.DISPUTE_OPENED, text=text, amount_cents=asked, attachment_ids=ids,
            card=f"Dispute opened ({reason}): {refund_kind} refund of "
                 f"{order_history.money(asked, order.currency)} asked")
        return _record(s, dispute, order)

    return db.write(run)


def file_dispute(db: Database, ctx: AppContext, user: UserRecord, req: DisputeRequest, *,
                 ingest: Ingest | None = None) -> DisputeRecord:
    """Open a dispute with its evidence: checked first, then each file stored, then written.

    `ingest` stores one file (default: `ingest_evidence` in this process; the window passes
    its picture process, so decoding never holds the interpreter it paints with). A file
    that cannot be stored is an `EvidenceRefused` naming it; nothing is written then.
    """
    rules = OrderRules.from_settings(ctx.settings)
    check_can_open(db, user, req.order_id, req.reason, req.description, len(req.evidence),
                   refund_kind=req.refund_kind, amount=req.amount, rules=rules)
    stored = store_evidence(ctx, req.evidence, ingest)
    return open_dispute(db, user, req.order_id, req.reason, req.description, stored,
                        refund_kind=req.refund_kind, amount=req.amount, rules=rules)


def store_evidence(ctx: AppContext, files: Sequence[EvidenceFile], ingest: Ingest | None = None
                   ) -> list[StoredAttachment]:
    """Store each evidence file (pictures cleaned, videos checked); a file that cannot be is
    an `EvidenceRefused` naming it, and nothing is written to the database then."""
    ingest = ingest or attachments.ingest_evidence
    limits = attachments.Limits.from_settings(ctx.settings)
    store, thumbs = attachments.store_dir(ctx.data_dir), attachments.thumbnail_dir(ctx.data_dir)
    stored = []
    for item in files:
        try:
            stored.append(ingest(item.source, store_dir=store, limits=limits, name=item.name, thumbnail_dir=thumbs))
        except AttachmentRefused as refusal:
            raise EvidenceRefused(item.name, refusal) from refusal
    return stored


def dispute_for_order(db: Database, user: UserRecord, order_id: int) -> DisputeRecord | None:
    """The newest dispute on an order its buyer or its store can see, or None when it has
    none; an order this user cannot see is a `UsageError`."""
    def run(s: Session) -> DisputeRecord | None:
        order = _visible_order(s, user, order_id)
        dispute = s.scalar(select(m.Dispute).where(m.Dispute.order_id == order_id)
                           .order_by(m.Dispute.id.desc()).limit(1))
        return _record(s, dispute, order) if dispute is not None else None

    return db.read(run)
