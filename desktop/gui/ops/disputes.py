"""Ops on disputes: filing one with its evidence, and reading an order's.

The core's reasons (`REASONS`, in the order to offer them), limits (`MAX_DESCRIPTION`,
`MAX_EVIDENCE`) and `EvidenceRefused` (a file that could not be stored: `name`, `reason`)
are read from the core when first asked (see `ops/core.py`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.gui.ops import core
from desktop.gui.ops.core import disputes
from desktop.gui.session import Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.disputes import DisputeRecord
    from desktop.gui.ops.attachments import PendingAttachment

__getattr__ = core.reexport(
    REASONS=(disputes, "REASONS"),
    MAX_DESCRIPTION=(disputes, "MAX_DESCRIPTION"),
    MAX_EVIDENCE=(disputes, "MAX_EVIDENCE"),
    EvidenceRefused=(disputes, "EvidenceRefused"),
)


def file_dispute(session: Session, order_id: int, reason: str, description: str,
                 evidence: Iterable[PendingAttachment], *, refund_kind: str = "full",
                 amount: float | None = None) -> Op[DisputeRecord]:
    """Open a dispute the whole way (`disputes.file_dispute`), the evidence stored by the
    picture process; the refund asked is the order's total, or `amount` for a partial one.
    A file that cannot be stored fails with `EvidenceRefused`."""
    request = disputes.DisputeRequest(order_id, reason, description,
                                      tuple(disputes.EvidenceFile(item.name, item.source) for item in evidence),
                                      refund_kind, amount)
    return session.op(lambda b: disputes.file_dispute(b.db, b.ctx, b.user, request,
                                                      ingest=b.pictures().ingest_evidence), "file a dispute")


def dispute_for_order(session: Session, order_id: int) -> Op[DisputeRecord | None]:
    return session.op(lambda b: disputes.dispute_for_order(b.db, b.user, order_id), "the dispute of an order")
