"""Disputes: a buyer's claim on a delivered order, with evidence files (DESIGN "Orders").

`file_dispute` is the whole journey, shared by the window and `buzon dispute open`, as
`outbox.deliver` is for a message: it checks that the dispute can be opened before a
byte is stored, stores each evidence file (`ingest_evidence`: pictures cleaned, videos
stripped of their metadata), then `open_dispute` writes it in one transaction: the
dispute, its evidence rows, the order marked `in_dispute` and an "order" change so
every client refreshes it. A second submit finds the order already in dispute and is
refused, so it never stores two. (Answering, escalating and deciding a dispute come
with the rest of the flow: `DisputeState` has room for them.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import attachments, changes
from desktop.core import schema as m
from desktop.core.attachment_rows import attachment_ids
from desktop.core.attachments import AttachmentRefused, StoredAttachment
from desktop.core.db import Database
from desktop.core.errors import KnownError, UsageError
from desktop.core.kinds import ChangeKind, DisputeState
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


class EvidenceRefused(KnownError):
    """An evidence file that could not be stored (not a picture or a video, too big, gone
    since it was chosen); `name` says which, `reason` is the attachment refusal's code."""

    exit_code = AttachmentRefused.exit_code

    def __init__(self, name: str, refusal: AttachmentRefused):
        super().__init__(f"{name}: {refusal.message}", hint=refusal.hint)
        self.name = name
        self.reason = refusal.reason


def _validate(reason: str, description: str, stored: Sequence) -> str:
    if reason not in REASONS:
        raise UsageError(f"Unknown dispute reason {reason!r}.", hint=f"Use one of: {', '.join(REASONS)}.")
    text = (description or "").strip()
    if not text:
        raise UsageError("The dispute has no description.",
                         hint="Describe what is wrong with the order, so the seller and the marketplace can judge.")
    if len(text) > MAX_DESCRIPTION:
        raise UsageError(f"The description is {len(text)} characters long; the limit is {MAX_DESCRIPTION}.",
                         hint="Shorten it; the evidence files can show the rest.")
    if len(stored) > MAX_EVIDENCE:
        raise UsageError(f"{len(stored)} evidence files were given; the limit is {MAX_EVIDENCE}.",
                         hint="Keep the pictures and videos that show the problem best.")
    return text


def _visible_order(s: Session, user: UserRecord, order_id: int) -> m.Order:
    order = s.get(m.Order, order_id) if 0 < order_id <= MAX_ID else None
    if order is None or (order.buyer_id != user.id and order.store_id != user.store_id):
        raise UsageError(f"There is no order {order_id} among your orders.",
                         hint="`buzon orders --json` lists them with their ids.")
    return order


def _order_for_dispute(s: Session, user: UserRecord, order_id: int) -> m.Order:
    order = _visible_order(s, user, order_id)
    if order.buyer_id != user.id:
        raise UsageError(f"Only the buyer of order {order.number} can open a dispute on it.")
    if order.status == m.OrderStatus.IN_DISPUTE:
        raise UsageError(f"A dispute is already open on order {order.number}.",
                         hint="Follow it on the order's page or in the chat with the store.")
    if order.status != m.OrderStatus.DELIVERED:
        raise UsageError(
            f"Order {order.number} is {order.status.value.replace('_', ' ')}; a dispute can only be "
            "opened once the order is delivered.",
            hint="Before delivery, contact the seller or ask to cancel the order.")
    return order


def _record(s: Session, dispute: m.Dispute, order: m.Order) -> DisputeRecord:
    rows = s.execute(select(m.Attachment).join(m.DisputeEvidence, m.DisputeEvidence.attachment_id == m.Attachment.id)
                     .where(m.DisputeEvidence.dispute_id == dispute.id).order_by(m.Attachment.id)).scalars()
    evidence = tuple(EvidenceRow(a.id, a.sha256, a.mime, a.bytes, a.width, a.height, a.safe_name) for a in rows)
    return DisputeRecord(dispute.id, order.id, order.number, dispute.opened_by, dispute.reason,
                         dispute.description, DisputeState(dispute.state), dispute.created_at, evidence)


def check_can_open(db: Database, user: UserRecord, order_id: int, reason: str, description: str,
                   evidence_count: int = 0) -> None:
    """Raise the `UsageError` `open_dispute` would, without writing: the GUI asks before it
    stores evidence files for a dispute that cannot be opened."""
    _validate(reason, description, [None] * evidence_count)
    db.read(lambda s: _order_for_dispute(s, user, order_id))


def open_dispute(db: Database, user: UserRecord, order_id: int, reason: str, description: str,
                 attachments: Sequence[StoredAttachment] = ()) -> DisputeRecord:
    """Open a dispute on the buyer's delivered order; raises `UsageError` when it cannot be.

    `attachments` are evidence files already stored (`ingest_evidence`); each becomes an
    `Attachment` row (or reuses the one with the same hash) and a `DisputeEvidence` row.
    """
    text = _validate(reason, description, attachments)

    def run(s: Session) -> DisputeRecord:
        order = _order_for_dispute(s, user, order_id)
        dispute = m.Dispute(order_id=order.id, opened_by=user.id, reason=reason, description=text,
                            state=DisputeState.OPEN.value, created_at=m.utcnow())
        s.add(dispute)
        s.flush()
        for att_id in dict.fromkeys(attachment_ids(s, attachments)):   # the same file twice is one piece
            s.add(m.DisputeEvidence(dispute_id=dispute.id, attachment_id=att_id))
        order.status = m.OrderStatus.IN_DISPUTE
        s.flush()
        changes.record(s, ChangeKind.ORDER, order_id=order.id, user_id=user.id)
        return _record(s, dispute, order)

    return db.write(run)


def file_dispute(db: Database, ctx: AppContext, user: UserRecord, req: DisputeRequest, *,
                 ingest: Ingest | None = None) -> DisputeRecord:
    """Open a dispute with its evidence: checked first, then each file stored, then written.

    `ingest` stores one file (default: `ingest_evidence` in this process; the window passes
    its picture process, so decoding never holds the interpreter it paints with). A file
    that cannot be stored is an `EvidenceRefused` naming it; nothing is written then.
    """
    check_can_open(db, user, req.order_id, req.reason, req.description, len(req.evidence))
    ingest = ingest or attachments.ingest_evidence
    limits = attachments.Limits.from_settings(ctx.settings)
    store, thumbs = attachments.store_dir(ctx.data_dir), attachments.thumbnail_dir(ctx.data_dir)
    stored = []
    for item in req.evidence:
        try:
            stored.append(ingest(item.source, store_dir=store, limits=limits, name=item.name, thumbnail_dir=thumbs))
        except AttachmentRefused as refusal:
            raise EvidenceRefused(item.name, refusal) from refusal
    return open_dispute(db, user, req.order_id, req.reason, req.description, stored)


def dispute_for_order(db: Database, user: UserRecord, order_id: int) -> DisputeRecord | None:
    """The newest dispute on an order its buyer or its store can see, or None when it has
    none; an order this user cannot see is a `UsageError`."""
    def run(s: Session) -> DisputeRecord | None:
        order = _visible_order(s, user, order_id)
        dispute = s.scalar(select(m.Dispute).where(m.Dispute.order_id == order_id)
                           .order_by(m.Dispute.id.desc()).limit(1))
        return _record(s, dispute, order) if dispute is not None else None

    return db.read(run)
