"""A dispute after it is opened: the seller's answer, a return, the buyer's acceptance or
escalation, the marketplace's decision, and the deadlines that act when nobody does.

    open ──seller──> accept (closed, refund asked)
         ├─────────> partial offer ──buyer──> accept (closed, offer) | escalate
         ├─────────> return asked ──buyer ships back──> returned ──seller──> accept (refund)
         └─────────> rejected ──buyer──> accept (closed, nothing) | escalate
    escalated ──marketplace──> closed (full, partial or no refund)

Deadlines (`order_rules`): an open dispute the seller does not answer in
`dispute_answer_days` is accepted; a return not shipped in `return_ship_days` closes the
dispute unrefunded; a shipped return the seller does not refund in time is refunded; an
offer or a rejection still standing on day `auto_escalate_day` escalates. Each is applied
by `apply_due_in` before anything else reads or writes the dispute (and by the worker's
timer, `apply_all_due`), once: every move is a conditional UPDATE on the state it leaves,
so of two clients answering at once one wins and the other is told (`AlreadyAnswered`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from desktop.core import order_history as h
from desktop.core import schema as m
from desktop.core.attachment_rows import attachment_ids
from desktop.core.attachments import StoredAttachment
from desktop.core.db import Database
from desktop.core.disputes import DisputeRecord, check_amount
from desktop.core.errors import UsageError
from desktop.core.kinds import CaseAction, DisputeState, OrderStatus
from desktop.core.order_rules import DECISIONS, DISPUTE_RESPONSES, OrderRules, iso
from desktop.core.users import UserRecord

T = TypeVar("T")
S = DisputeState
_ESCALATABLE = (S.OPEN, S.OFFERED, S.REJECTED, S.RETURN_REQUESTED, S.RETURNED)


class AlreadyAnswered(UsageError):
    """The dispute moved on (another client answered, or a deadline acted) before this step."""


@dataclass(frozen=True)
class DisputeCase:
    id: int
    order_id: int
    order_number: str
    order_status: OrderStatus
    state: DisputeState
    reason: str
    refund_kind: str
    asked_cents: int
    offered_cents: int | None
    refund_cents: int | None
    currency: str
    opened_at: dt.datetime
    deadline: dt.datetime | None
    escalation_from: dt.datetime
    return_carrier: str
    return_tracking: str
    history: tuple[h.HistoryRow, ...]
    can_escalate: bool = False            # the buyer may escalate now (read on the clock when loaded)
    return_address: str = ""              # where a return goes, once the seller asked for one

    def to_json(self, store: Path | None = None) -> dict:
        def amount(v: int | None) -> float | None:
            return None if v is None else v / 100

        return {"id": self.id, "order_id": self.order_id, "order": self.order_number, "state": self.state.value,
                "order_status": self.order_status.value, "reason": self.reason, "refund_kind": self.refund_kind,
                "asked": amount(self.asked_cents), "offered": amount(self.offered_cents),
                "refunded": amount(self.refund_cents), "currency": self.currency,
                "opened_at": iso(self.opened_at), "deadline": iso(self.deadline),
                "escalation_from": iso(self.escalation_from),
                "return": {"carrier": self.return_carrier, "tracking": self.return_tracking}
                if self.return_tracking else None,
                "return_address": self.return_address or None,
                "history": [row.to_json(store) for row in self.history]}


def _case(s: Session, order: m.Order, d: m.Dispute, rules: OrderRules) -> DisputeCase:
    return DisputeCase(d.id, order.id, order.number, OrderStatus(order.status), S(d.state), d.reason,
                       d.refund_kind, d.amount_cents, d.offered_cents, d.refund_cents, order.currency, d.created_at,
                       d.deadline_at, rules.escalation_opens(d.created_at), d.return_carrier, d.return_tracking,
                       tuple(h.history(s, order.id, h.DISPUTE, d.id)),
                       S(d.state) in _ESCALATABLE and m.utcnow() >= rules.escalation_opens(d.created_at),
                       _return_address(s, order, d))


def _return_address(s: Session, order: m.Order, d: m.Dispute) -> str:
    """Where the item goes back: the address the return was asked to; for a return asked
    before disputes kept one (migration 0012), the store's; "" while no return was asked."""
    if d.return_address:
        return d.return_address
    asked = d.return_tracking or S(d.state) == S.RETURN_REQUESTED or any(
        row.action == CaseAction.RETURN_ASKED for row in h.history(s, order.id, h.DISPUTE, d.id))
    return store_return_address(s, order.store_id) if asked else ""


def store_return_address(s: Session, store_id: int) -> str:
    return s.scalar(select(m.Store.return_address).where(m.Store.id == store_id)) or ""


def _latest(s: Session, order_id: int) -> m.Dispute | None:
    return s.scalar(select(m.Dispute).where(m.Dispute.order_id == order_id).order_by(m.Dispute.id.desc()).limit(1))


def _move(s: Session, d: m.Dispute, leaving: DisputeState, to: DisputeState, **values: object) -> bool:
    """Move the dispute from `leaving` to `to` if it is still there: True for the one writer that did."""
    result = s.execute(update(m.Dispute).where(m.Dispute.id == d.id, m.Dispute.state == leaving.value)
                       .values(state=to.value, **values).execution_options(synchronize_session=False))
    s.refresh(d)
    return cast(CursorResult, result).rowcount == 1


def _close(s: Session, d: m.Dispute, order: m.Order, leaving: DisputeState, refund: int) -> bool:
    if not _move(s, d, leaving, S.CLOSED, refund_cents=refund, closed_at=m.utcnow(), deadline_at=None):
        return False
    order.refunded_cents = refund
    order.status = OrderStatus.DELIVERED if h.delivered_at(s, order.id) is not None else OrderStatus.SHIPPED
    return True


def _step(s: Session, order: m.Order, d: m.Dispute, actor: int | None, action: CaseAction, card: str,
          text: str = "", amount: int | None = None, evidence: Sequence[int] = ()) -> None:
    h.record_step(s, order, subject=h.DISPUTE, subject_id=d.id, actor_id=actor, action=action, text=text,
                  amount_cents=amount, attachment_ids=evidence, card=card)


def apply_due_in(s: Session, order: m.Order, rules: OrderRules) -> bool:
    """Apply the deadline of the order's dispute if it has passed; True when it did."""
    d = _latest(s, order.id)
    if d is None or d.deadline_at is None or m.utcnow() < d.deadline_at:
        return False
    state = S(d.state)

    def money(v: int) -> str:
        return h.money(v, order.currency)

    if state in (S.OPEN, S.RETURNED):
        if not _close(s, d, order, state, d.amount_cents):
            return False
        days = rules.dispute_answer_days
        _step(s, order, d, None, CaseAction.AUTO_ACCEPTED, amount=d.amount_cents,
              text=f"The seller did not answer within {days} days: the refund asked is accepted",
              card=f"Refund of {money(d.amount_cents)} accepted automatically: the seller did not answer in time")
    elif state == S.RETURN_REQUESTED:
        if not _close(s, d, order, state, 0):
            return False
        _step(s, order, d, None, CaseAction.RETURN_LAPSED, amount=0,
              text=f"The return was not shipped within {rules.return_ship_days} days",
              card="Dispute closed: the return was not shipped in time")
    elif state in (S.OFFERED, S.REJECTED):
        if not _move(s, d, state, S.ESCALATED, deadline_at=None):
            return False
        _step(s, order, d, None, CaseAction.AUTO_ESCALATED,
              text=f"Day {rules.auto_escalate_day}: escalated to the marketplace",
              card="Escalated automatically to the marketplace")
    else:
        return False
    return True


def apply_all_due(db: Database, rules: OrderRules) -> int:
    """Apply every dispute deadline that has passed (the worker's timer); returns how many."""
    def run(s: Session) -> int:
        due = s.scalars(select(m.Dispute.order_id).where(m.Dispute.deadline_at <= m.utcnow())).all()
        return sum(1 for oid in dict.fromkeys(due)
                   if (order := s.get(m.Order, oid)) is not None and apply_due_in(s, order, rules))

    return db.write(run)


def _run(db: Database, user: UserRecord, order_id: int, rules: OrderRules,
         fn: Callable[[Session, m.Order, m.Dispute], T]) -> T:
    """Apply what is due (its own write, so it stands when `fn` is refused), then `fn`."""
    _apply_if_due(db, user, order_id, rules)

    def run(s: Session) -> T:
        order = h.visible_order(s, user, order_id)
        d = _latest(s, order.id)
        if d is None:
            raise UsageError(f"Order {order.number} has no dispute.", hint="The buyer opens one: buzon dispute open.",
                             text_id="dispute_none", args={"order": order.number})
        return fn(s, order, d)

    return db.write(run)


def _apply_if_due(db: Database, user: UserRecord, order_id: int, rules: OrderRules) -> None:
    """Apply the dispute's deadline if it has passed; only then take the write lock (a look
    at an order must not queue behind, or hold up, the writers)."""
    def due(s: Session) -> bool:
        return 0 < order_id <= h.MAX_ID and s.scalar(select(m.Dispute.id).where(
            m.Dispute.order_id == order_id, m.Dispute.deadline_at <= m.utcnow()).limit(1)) is not None

    if db.read(due):
        db.write(lambda s: apply_due_in(s, h.visible_order(s, user, order_id), rules))


def _moved_on(d: m.Dispute, order: m.Order) -> AlreadyAnswered:
    return AlreadyAnswered(f"The dispute on order {order.number} is now {S(d.state).value.replace('_', ' ')}: "
                           "it was answered before this step arrived.",
                           hint="Nothing was changed; `buzon dispute show` has the history.",
                           text_id="dispute_moved_on", args={"order": order.number})


def _need(d: m.Dispute, order: m.Order, *states: DisputeState) -> DisputeState:
    state = S(d.state)
    if state not in states:
        if state == S.CLOSED:
            raise AlreadyAnswered(f"The dispute on order {order.number} is closed (refunded "
                                  f"{h.money(d.refund_cents or 0, order.currency)} on {iso(d.closed_at)}).",
                                  hint="`buzon dispute show` has its history.",
                                  text_id="dispute_closed", args={"order": order.number, "refunded": h.money(d.refund_cents or 0, order.currency), "date": iso(d.closed_at)})
        raise _moved_on(d, order)
    return state


def _seller(user: UserRecord, order: m.Order) -> None:
    if user.store_id is None or user.store_id != order.store_id:
        raise UsageError(f"Only the store of order {order.number} can answer its dispute.",
                         text_id="dispute_answer_not_store", args={"order": order.number})


def _buyer(user: UserRecord, order: m.Order, what: str) -> None:
    if user.id != order.buyer_id:
        raise UsageError(f"Only the buyer of order {order.number} can {what}.",
                         text_id="dispute_not_buyer", args={"order": order.number})


def respond(db: Database, user: UserRecord, order_id: int, action: str, *, amount: float | None = None,
            text: str = "", evidence: Sequence[StoredAttachment] = (),
            rules: OrderRules | None = None) -> DisputeCase:
    """The seller answers: `accept` the refund asked (also after a return), offer a `partial`
    refund, ask for a `return`, or `reject` with their own evidence."""
    rules = rules or OrderRules()
    if action not in DISPUTE_RESPONSES:
        raise UsageError(f"Unknown answer {action!r}.", hint=f"Use one of: {', '.join(DISPUTE_RESPONSES)}.",
                         text_id="dispute_answer_unknown", args={"answer": action})
    words = h.clean_text(text, "message", required=action == "reject")

    def run(s: Session, order: m.Order, d: m.Dispute) -> DisputeCase:
        _seller(user, order)
        def money(v: int) -> str:
            return h.money(v, order.currency)

        if action == "accept":
            state = _need(d, order, S.OPEN, S.RETURNED)
            if not _close(s, d, order, state, d.amount_cents):
                raise _moved_on(d, order)
            _step(s, order, d, user.id, CaseAction.REFUND_ACCEPTED, f"Refund of {money(d.amount_cents)} accepted",
                  words, d.amount_cents)
            return _case(s, order, d, rules)
        _need(d, order, S.OPEN)
        now = m.utcnow()
        if action == "partial":
            if amount is None:
                raise UsageError("A partial offer needs its amount.", hint="Give it with --amount 10.00.",
                                 text_id="offer_needs_amount")
            offer = check_amount(order, h.cents(amount))
            if offer >= d.amount_cents:
                raise UsageError(f"An offer of {money(offer)} is not partial: the buyer asked {money(d.amount_cents)}.",
                                 hint="Accept the refund asked instead, or offer less.",
                                 text_id="offer_not_partial", args={"offer": money(offer), "asked": money(d.amount_cents)})
            ok = _move(s, d, S.OPEN, S.OFFERED, offered_cents=offer, deadline_at=rules.auto_escalation(d.created_at))
            card, step, value = f"Partial refund of {money(offer)} offered", CaseAction.PARTIAL_OFFERED, offer
        elif action == "return":
            address = store_return_address(s, order.store_id)
            if not address.strip():
                raise UsageError(f"The store of order {order.number} has no return address: "
                                 "the buyer would not know where to send the item.",
                                 hint="Add it first (buzon store-settings --return-address TEXT), or accept the "
                                      "refund, offer a partial one or reject the dispute instead.",
                                 text_id="return_no_address", args={"order": order.number})
            ok = _move(s, d, S.OPEN, S.RETURN_REQUESTED, deadline_at=rules.return_deadline(now),
                       return_address=address)
            card = (f"Return asked: ship the item back within {rules.return_ship_days} days to "
                    + ", ".join(line.strip() for line in address.splitlines() if line.strip()))
            step, value = CaseAction.RETURN_ASKED, None
        else:
            ok = _move(s, d, S.OPEN, S.REJECTED, deadline_at=rules.auto_escalation(d.created_at))
            card, step, value = "Dispute rejected by the seller", CaseAction.REJECTED, None
        if not ok:
            raise _moved_on(d, order)
        _step(s, order, d, user.id, step, card, words, value, attachment_ids(s, order.store_id, evidence))
        return _case(s, order, d, rules)

    return _run(db, user, order_id, rules, run)


def ship_return(db: Database, user: UserRecord, order_id: int, carrier: str, tracking: str,
                rules: OrderRules | None = None) -> DisputeCase:
    """The buyer ships the item back, with the carrier and tracking number."""
    rules = rules or OrderRules()
    c, t = h.check_tracking(carrier, tracking)

    def run(s: Session, order: m.Order, d: m.Dispute) -> DisputeCase:
        _buyer(user, order, "ship the return")
        _need(d, order, S.RETURN_REQUESTED)
        if not _move(s, d, S.RETURN_REQUESTED, S.RETURNED, return_carrier=c, return_tracking=t,
                     deadline_at=rules.returned_deadline(m.utcnow())):
            raise _moved_on(d, order)
        _step(s, order, d, user.id, CaseAction.RETURN_SHIPPED, f"Returned with {c}: {t}", f"{c} {t}")
        return _case(s, order, d, rules)

    return _run(db, user, order_id, rules, run)


def accept(db: Database, user: UserRecord, order_id: int, rules: OrderRules | None = None) -> DisputeCase:
    """The buyer accepts the seller's partial offer (or their rejection): the dispute closes."""
    rules = rules or OrderRules()

    def run(s: Session, order: m.Order, d: m.Dispute) -> DisputeCase:
        _buyer(user, order, "accept the seller's answer")
        state = _need(d, order, S.OFFERED, S.REJECTED)
        refund = d.offered_cents or 0 if state == S.OFFERED else 0
        if not _close(s, d, order, state, refund):
            raise _moved_on(d, order)
        _step(s, order, d, user.id, CaseAction.OFFER_ACCEPTED,
              f"Offer of {h.money(refund, order.currency)} accepted" if state == S.OFFERED
              else "The seller's rejection accepted", amount=refund)
        return _case(s, order, d, rules)

    return _run(db, user, order_id, rules, run)


def escalate(db: Database, user: UserRecord, order_id: int, text: str = "",
             rules: OrderRules | None = None) -> DisputeCase:
    """The buyer asks the marketplace to decide, from day `escalate_from_day` of the dispute."""
    rules = rules or OrderRules()
    words = h.clean_text(text, "message")

    def run(s: Session, order: m.Order, d: m.Dispute) -> DisputeCase:
        _buyer(user, order, "escalate its dispute")
        state = _need(d, order, *_ESCALATABLE)
        opens = rules.escalation_opens(d.created_at)
        if m.utcnow() < opens:
            raise UsageError(f"A dispute can be escalated from day {rules.escalate_from_day}; "
                             f"this one can be from {iso(opens)}.",
                             hint="Until then the seller may still answer.",
                             text_id="dispute_escalate_too_early", args={"day": rules.escalate_from_day, "date": iso(opens)})
        if not _move(s, d, state, S.ESCALATED, deadline_at=None):
            raise _moved_on(d, order)
        _step(s, order, d, user.id, CaseAction.ESCALATED, "Escalated to the marketplace", words)
        return _case(s, order, d, rules)

    return _run(db, user, order_id, rules, run)


def decide(db: Database, user: UserRecord, order_id: int, decision: str, *, amount: float | None = None,
           text: str = "", rules: OrderRules | None = None) -> DisputeCase:
    """The marketplace decides an escalated dispute: a `full`, `partial` or no (`none`) refund, with a note."""
    rules = rules or OrderRules()
    if user.role != m.Role.ARBITER.value:
        raise UsageError("Only the marketplace decides escalated disputes.",
                         hint="Act as the marketplace's account: --user marketplace.",
                         text_id="dispute_decide_not_marketplace")
    if decision not in DECISIONS:
        raise UsageError(f"Unknown decision {decision!r}.", hint=f"Use one of: {', '.join(DECISIONS)}.",
                         text_id="dispute_decision_unknown", args={"decision": decision})
    note = h.clean_text(text, "note", required=True)

    def run(s: Session, order: m.Order, d: m.Dispute) -> DisputeCase:
        _need(d, order, S.ESCALATED)
        if decision == "partial":
            if amount is None:
                raise UsageError("A partial refund needs its amount.", hint="Give it with --amount 10.00.",
                                 text_id="refund_needs_amount")
            refund = check_amount(order, h.cents(amount))
        else:
            refund = order.total_cents if decision == "full" else 0
        if not _close(s, d, order, S.ESCALATED, refund):
            raise _moved_on(d, order)
        _step(s, order, d, user.id, CaseAction.DECIDED,
              f"The marketplace decided: {decision} refund ({h.money(refund, order.currency)})", note, refund)
        return _case(s, order, d, rules)

    return _run(db, user, order_id, rules, run)


def show(db: Database, user: UserRecord, order_id: int, rules: OrderRules | None = None) -> DisputeCase | None:
    """The order's dispute (after applying what is due), or None when it has none."""
    rules = rules or OrderRules()
    _apply_if_due(db, user, order_id, rules)

    def run(s: Session) -> DisputeCase | None:
        order = h.visible_order(s, user, order_id)
        d = _latest(s, order.id)
        return _case(s, order, d, rules) if d is not None else None

    return db.read(run)


def opening_as_filed(case: DisputeCase, record: DisputeRecord | None, by: str) -> h.HistoryRow | None:
    """A dispute opened before disputes had steps (the older demo's, a database from before
    `0006_orders`) has no opening step: its filing (words, evidence, date, as `disputes.
    dispute_for_order` reads it) stands in for it, so a page shows everything the buyer sent.
    None when the case has its opening step, or the record is another dispute's."""
    if record is None or record.id != case.id or any(r.action == CaseAction.DISPUTE_OPENED for r in case.history):
        return None
    files = tuple(h.EvidenceItem(e.attachment_id, e.sha256, e.mime, e.bytes, e.name) for e in record.evidence)
    return h.HistoryRow(id=0, at=record.created_at, by=by, action=CaseAction.DISPUTE_OPENED, amount_cents=None,
                        text=record.description, evidence=files, subject=h.DISPUTE, message_id=None)
