"""Ops on disputes: filing one with its evidence, and reading an order's."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core import disputes
from desktop.core.disputes import DisputeRecord, DisputeRequest, EvidenceFile, EvidenceRefused
from desktop.gui.ops.attachments import PendingAttachment
from desktop.gui.session import Session
from desktop.gui.worker import Op

__all__ = ["MAX_DESCRIPTION", "MAX_EVIDENCE", "REASONS", "EvidenceRefused", "dispute_for_order", "file_dispute"]

REASONS = disputes.REASONS                    # the reason codes, in the order to offer them
MAX_DESCRIPTION = disputes.MAX_DESCRIPTION
MAX_EVIDENCE = disputes.MAX_EVIDENCE


def file_dispute(session: Session, order_id: int, reason: str, description: str,
                 evidence: Iterable[PendingAttachment]) -> Op[DisputeRecord]:
    """Open a dispute the whole way (`disputes.file_dispute`), the evidence stored by the
    picture process. A file that cannot be stored fails with `disputes.EvidenceRefused`."""
    request = DisputeRequest(order_id, reason, description,
                             tuple(EvidenceFile(item.name, item.source) for item in evidence))
    return session.op(lambda b: disputes.file_dispute(b.db, b.ctx, b.user, request,
                                                      ingest=b.pictures().ingest_evidence), "file a dispute")


def dispute_for_order(session: Session, order_id: int) -> Op[DisputeRecord | None]:
    return session.op(lambda b: disputes.dispute_for_order(b.db, b.user, order_id), "the dispute of an order")
