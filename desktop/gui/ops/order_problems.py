"""Ops on an order that went wrong: its cancellation request, shipping it, the steps of its
dispute after the opening, and its evidence pack (`desktop.core.cancellations`,
`dispute_steps`, `evidence`). Each runs on the database worker with the marketplace's
rules read from the session's settings.

The core's lists (`CANCEL_REASONS`, `DECLINE_REASONS`, `DISPUTE_RESPONSES`, `DECISIONS`) and
`AlreadyAnswered` (someone answered first) are read from the core when first asked."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.gui.ops import core
from desktop.gui.ops.core import (
    cancellations, dispute_steps, disputes, evidence, message_translations, order_history, order_rules,
)
from desktop.gui.session import Backend, Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.cancellations import CancellationRecord, ShipByRow
    from desktop.core.dispute_steps import DisputeCase
    from desktop.core.order_history import HistoryRow
    from desktop.core.order_rules import OrderRules
    from desktop.core.translation.cache import Outcome
    from desktop.gui.ops.attachments import PendingAttachment

__getattr__ = core.reexport(
    CANCEL_REASONS=(order_rules, "CANCEL_REASONS"),
    DECLINE_REASONS=(order_rules, "DECLINE_REASONS"),
    DISPUTE_RESPONSES=(order_rules, "DISPUTE_RESPONSES"),
    DECISIONS=(order_rules, "DECISIONS"),
    MAX_TEXT=(order_history, "MAX_TEXT"),
    AlreadyAnswered=(dispute_steps, "AlreadyAnswered"),
    opening_as_filed=(dispute_steps, "opening_as_filed"),
    CancellationAnswered=(cancellations, "AlreadyAnswered"),
)


def _rules(b: Backend) -> OrderRules:
    return order_rules.OrderRules.from_settings(b.settings)


def cancellation(session: Session, order_id: int) -> Op[CancellationRecord | None]:
    return session.op(lambda b: cancellations.show(b.db, b.user, order_id, _rules(b)), "an order's cancellation")


def ship_by(session: Session, order_id: int) -> Op[ShipByRow | None]:
    return session.op(lambda b: cancellations.ship_by(b.db, b.user, order_id, _rules(b)), "an order's ship-by date")


def request_cancellation(session: Session, order_id: int, reason: str, text: str) -> Op[CancellationRecord]:
    return session.op(lambda b: cancellations.request(b.db, b.user, order_id, reason, text, _rules(b)),
                      "request a cancellation")


def accept_cancellation(session: Session, order_id: int, text: str = "") -> Op[CancellationRecord]:
    return session.op(lambda b: cancellations.accept(b.db, b.user, order_id, text, _rules(b)),
                      "accept a cancellation")


def decline_cancellation(session: Session, order_id: int, reason: str, text: str = "", carrier: str = "",
                         tracking: str = "") -> Op[CancellationRecord]:
    return session.op(lambda b: cancellations.decline(b.db, b.user, order_id, reason, text, carrier=carrier,
                                                      tracking=tracking, rules=_rules(b)), "decline a cancellation")


def mark_shipped(session: Session, order_id: int, carrier: str, tracking: str) -> Op[CancellationRecord | None]:
    return session.op(lambda b: cancellations.mark_shipped(b.db, b.user, order_id, carrier, tracking, _rules(b)),
                      "mark an order shipped")


def dispute_case(session: Session, order_id: int) -> Op[DisputeCase | None]:
    return session.op(lambda b: dispute_steps.show(b.db, b.user, order_id, _rules(b)), "an order's dispute")


def respond_dispute(session: Session, order_id: int, action: str, *, amount: float | None = None, text: str = "",
                    evidence_files: Iterable[PendingAttachment] = ()) -> Op[DisputeCase]:
    """The seller's answer; evidence files are stored by the picture process first."""
    files = tuple(disputes.EvidenceFile(item.name, item.source) for item in evidence_files)

    def run(b: Backend) -> DisputeCase:
        stored = disputes.store_evidence(b.ctx, files, b.pictures().ingest_evidence)
        return dispute_steps.respond(b.db, b.user, order_id, action, amount=amount, text=text, evidence=stored,
                                     rules=_rules(b))

    return session.op(run, "answer a dispute")


def accept_dispute_answer(session: Session, order_id: int) -> Op[DisputeCase]:
    return session.op(lambda b: dispute_steps.accept(b.db, b.user, order_id, _rules(b)), "accept a dispute's answer")


def escalate_dispute(session: Session, order_id: int, text: str = "") -> Op[DisputeCase]:
    return session.op(lambda b: dispute_steps.escalate(b.db, b.user, order_id, text, _rules(b)), "escalate a dispute")


def decide_dispute(session: Session, order_id: int, decision: str, *, amount: float | None = None,
                   text: str = "") -> Op[DisputeCase]:
    """The marketplace's decision on an escalated dispute (the arbiter's account only)."""
    return session.op(lambda b: dispute_steps.decide(b.db, b.user, order_id, decision, amount=amount, text=text,
                                                     rules=_rules(b)), "decide a dispute")


def ship_return(session: Session, order_id: int, carrier: str, tracking: str) -> Op[DisputeCase]:
    return session.op(lambda b: dispute_steps.ship_return(b.db, b.user, order_id, carrier, tracking, _rules(b)),
                      "ship a return")


def export_evidence(session: Session, order_id: int, out: Path) -> Op[list[str]]:
    return session.op(lambda b: evidence.export(b.db, b.user, order_id, b.ctx.data_dir, out), "export evidence")


def card_steps(session: Session, message_ids: list[int]) -> Op[dict[int, HistoryRow]]:
    """The step each request card shows (message id -> step), for the chat to draw it."""
    return session.op(lambda b: order_history.card_steps(b.db, b.user, message_ids), "request cards")


def step_translations(session: Session, message_ids: list[int], target: str) -> Op[dict[int, Outcome]]:
    """The other side's words on these steps in `target` (message id of the step's card ->
    outcome), through the chat's translation of the same cards: one cache, one path."""
    def run(b: Backend) -> dict[int, Outcome]:
        out: dict[int, Outcome] = {}
        for cid, ids in order_history.card_conversations(b.db, b.user, message_ids).items():
            out.update(message_translations.for_reader(b.db, b.translator(), b.user, cid, ids, target))
        return out

    return session.op(run, "translate the steps")


def apply_due(session: Session) -> Op[int]:
    """Apply every cancellation and dispute deadline that has passed (the session's timer):
    how many orders moved. Looking at an order applies its own anyway."""
    return session.op(lambda b: cancellations.apply_all_due(b.db, _rules(b))
                      + dispute_steps.apply_all_due(b.db, _rules(b)), "apply deadlines")
