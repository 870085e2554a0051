"""Cancelling an order before it ships, and the seller marking it shipped.

The buyer asks (`request`: an order awaiting payment or shipment, a reason from
`order_rules.CANCEL_REASONS` and their own words); the store accepts (the order is
cancelled, the refund recorded) or declines with a reason (`already_shipped` needs the
carrier and tracking number, and marks the order shipped). A request the store leaves
unanswered for `cancel_answer_hours` is accepted automatically by `apply_due`, which every
function here runs first, so whoever looks at the order next (a command, either side's
window, the worker's timer through `apply_all_due`) applies it; a conditional UPDATE on
the pending state makes it happen exactly once however many processes look at once.

Each step is a history row and a card in the conversation (`order_history.record_step`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from desktop.core import order_history as h
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.kinds import CaseAction, OrderStatus, RequestState
from desktop.core.order_rules import CANCEL_REASONS, DECLINE_REASONS, OrderRules, iso
from desktop.core.users import UserRecord

T = TypeVar("T")
NOT_SHIPPED = (OrderStatus.AWAITING_PAYMENT, OrderStatus.AWAITING_SHIPMENT)
AUTO_TEXT = "Cancelled automatically: the store did not answer within {hours} h"


class AlreadyAnswered(UsageError):
    """The request was answered (or cancelled automatically) before this answer arrived."""


@dataclass(frozen=True)
class CancellationRecord:
    id: int
    order_id: int
    order_number: str
    order_status: OrderStatus
    state: str                   # pending, accepted, declined, auto_cancelled
    reason: str                  # a CANCEL_REASONS code
    text: str
    requested_at: dt.datetime
    deadline: dt.datetime | None  # the store's answer is due (pending only)
    decided_at: dt.datetime | None
    decline_reason: str
    refunded_cents: int
    currency: str
    history: tuple[h.HistoryRow, ...]

    def to_json(self, store: Path | None = None) -> dict:
        return {"id": self.id, "order_id": self.order_id, "order": self.order_number, "state": self.state,
                "order_status": self.order_status.value, "reason": self.reason, "text": self.text,
                "requested_at": iso(self.requested_at), "deadline": iso(self.deadline),
                "decided_at": iso(self.decided_at), "decline_reason": self.decline_reason or None,
                "refunded": self.refunded_cents / 100, "currency": self.currency,
                "history": [row.to_json(store) for row in self.history]}


@dataclass(frozen=True)
class ShipByRow:
    """When an order awaiting shipment must ship, for the countdown on both sides."""

    order_id: int
    deadline: dt.datetime
    overdue: bool


def _state(req: m.CancellationRequest) -> str:
    if req.automatic:
        return "auto_cancelled"
    return RequestState(req.state).value


def _record(s: Session, order: m.Order, req: m.CancellationRequest) -> CancellationRecord:
    pending = req.state == RequestState.PENDING
    return CancellationRecord(
        req.id, order.id, order.number, OrderStatus(order.status), _state(req), req.reason_code, req.reason,
        req.created_at, req.deadline_at if pending else None, req.decided_at, req.decline_reason,
        order.refunded_cents, order.currency, tuple(h.history(s, order.id, h.CANCELLATION, req.id)))


def _latest(s: Session, order_id: int) -> m.CancellationRequest | None:
    return s.scalar(select(m.CancellationRequest).where(m.CancellationRequest.order_id == order_id)
                    .order_by(m.CancellationRequest.id.desc()).limit(1))


def _cancel_order(s: Session, order: m.Order) -> int:
    """Cancel the order; the refund is what was paid (nothing before payment)."""
    paid = order.status != OrderStatus.AWAITING_PAYMENT
    order.status = OrderStatus.CANCELLED
    order.refunded_cents = order.total_cents if paid else 0
    return order.refunded_cents


def _claim(s: Session, req: m.CancellationRequest, state: RequestState, **values: object) -> bool:
    """Move the request out of PENDING if it still is: True for the one writer that did."""
    now = m.utcnow()
    result = s.execute(update(m.CancellationRequest)
                       .where(m.CancellationRequest.id == req.id,
                              m.CancellationRequest.state == RequestState.PENDING)
                       .values(state=state, decided_at=now, **values)
                       .execution_options(synchronize_session=False))
    if cast(CursorResult, result).rowcount != 1:
        s.refresh(req)
        return False
    s.refresh(req)
    return True


def apply_due_in(s: Session, order: m.Order, rules: OrderRules) -> bool:
    """Cancel the order if its request waited past the deadline (once, whoever comes first)."""
    req = _latest(s, order.id)
    if req is None or req.state != RequestState.PENDING or req.deadline_at is None or m.utcnow() < req.deadline_at:
        return False
    if not _claim(s, req, RequestState.ACCEPTED, automatic=True):
        return False
    refund = _cancel_order(s, order)
    text = AUTO_TEXT.format(hours=rules.cancel_answer_hours)
    h.record_step(s, order, subject=h.CANCELLATION, subject_id=req.id, actor_id=None, action=CaseAction.CANCEL_AUTO,
                  text=text, amount_cents=refund, card=text)
    return True


def apply_all_due(db: Database, rules: OrderRules) -> int:
    """Apply every overdue request (the worker's timer); returns how many orders were cancelled."""
    def run(s: Session) -> int:
        due = s.scalars(select(m.CancellationRequest.order_id)
                        .where(m.CancellationRequest.state == RequestState.PENDING,
                               m.CancellationRequest.deadline_at <= m.utcnow())).all()
        done = 0
        for order_id in due:
            order = s.get(m.Order, order_id)
            if order is not None and apply_due_in(s, order, rules):
                done += 1
        return done

    return db.write(run)


def _write(db: Database, user: UserRecord, order_id: int, rules: OrderRules,
           fn: Callable[[Session, m.Order], T]) -> T:
    """Apply what is due on the order (visible to `user`), then run `fn` on it: two writes,
    so an automatic cancellation stands even when `fn` is refused."""
    if db.read(lambda s: _due(s, order_id)):
        db.write(lambda s: apply_due_in(s, h.visible_order(s, user, order_id), rules))
    return db.write(lambda s: fn(s, h.visible_order(s, user, order_id)))


def _due(s: Session, order_id: int) -> bool:
    """Whether a request of the order waits past its deadline (a read: looking costs no write lock)."""
    return s.scalar(select(m.CancellationRequest.id).where(
        m.CancellationRequest.order_id == order_id, m.CancellationRequest.state == RequestState.PENDING,
        m.CancellationRequest.deadline_at <= m.utcnow()).limit(1)) is not None


def _shipped_refusal(s: Session, order: m.Order, rules: OrderRules) -> UsageError:
    window = rules.dispute_window(h.shipped_at(s, order), h.delivered_at(s, order.id))
    when = f"from {iso(window[0])}" if window else "once it is delivered"
    return UsageError(f"Order {order.number} has already shipped; it can no longer be cancelled.",
                      hint=f"If it does not arrive or is not as described, you can open a dispute {when} "
                           "(buzon dispute open).",
                      text_id="cancel_shipped_dispute_from" if window else "cancel_shipped",
                      args={"order": order.number, "date": iso(window[0]) if window else ""})


def request(db: Database, user: UserRecord, order_id: int, reason: str, text: str = "",
            rules: OrderRules | None = None) -> CancellationRecord:
    """The buyer asks the store to cancel an order that has not shipped."""
    rules = rules or OrderRules()
    if reason not in CANCEL_REASONS:
        raise UsageError(f"Unknown cancellation reason {reason!r}.", hint=f"Use one of: {', '.join(CANCEL_REASONS)}.",
                         text_id="cancel_reason_unknown", args={"reason": reason})
    words = h.clean_text(text, "reason", required=reason == "other")

    def run(s: Session, order: m.Order) -> CancellationRecord:
        if order.buyer_id != user.id:
            raise UsageError(f"Only the buyer of order {order.number} can ask to cancel it.",
                             hint="A store that cannot fulfil an order tells the buyer in the chat.",
                             text_id="cancel_not_buyer", args={"order": order.number})
        if order.status == OrderStatus.CANCELLED:
            raise UsageError(f"Order {order.number} is already cancelled.",
                             text_id="order_already_cancelled", args={"order": order.number})
        if order.status not in NOT_SHIPPED:
            raise _shipped_refusal(s, order, rules)
        last = _latest(s, order.id)
        if last is not None and last.state == RequestState.PENDING:
            raise UsageError(f"A cancellation request on order {order.number} is already waiting for the store.",
                             hint=f"The store answers by {iso(last.deadline_at)}; after that the order is "
                                  "cancelled automatically.",
                             text_id="cancel_already_waiting", args={"order": order.number, "deadline": iso(last.deadline_at)})
        if last is not None and last.state == RequestState.DECLINED:
            ship_by = rules.ship_by(order.created_at, h.store_time_zone(s, order.store_id))
            if m.utcnow() < ship_by:
                raise UsageError(f"The store declined to cancel order {order.number} on {iso(last.decided_at)}.",
                                 hint=f"You can ask again from {iso(ship_by)} if it has not shipped by then.",
                                 text_id="cancel_declined_before", args={"order": order.number, "date": iso(last.decided_at), "again": iso(ship_by)})
        now = m.utcnow()
        req = m.CancellationRequest(store_id=order.store_id, order_id=order.id, requested_by=user.id, reason=words, reason_code=reason,
                                    state=RequestState.PENDING, created_at=now,
                                    deadline_at=rules.cancel_deadline(now))
        s.add(req)
        s.flush()
        card = f"Cancellation requested ({reason})" + (f": {words}" if words else "")
        h.record_step(s, order, subject=h.CANCELLATION, subject_id=req.id, actor_id=user.id,
                      action=CaseAction.CANCEL_REQUESTED, text=words or reason, card=card)
        return _record(s, order, req)

    return _write(db, user, order_id, rules, run)


def _pending_for_store(s: Session, user: UserRecord, order: m.Order) -> m.CancellationRequest:
    if user.store_id is None or order.store_id != user.store_id:
        raise UsageError(f"Only the store of order {order.number} can answer its cancellation request.",
                         text_id="cancel_answer_not_store", args={"order": order.number})
    req = _latest(s, order.id)
    if req is None:
        raise UsageError(f"Order {order.number} has no cancellation request.",
                         text_id="cancel_no_request", args={"order": order.number})
    if req.state != RequestState.PENDING:
        raise _answered(req, order)
    return req


def _answered(req: m.CancellationRequest, order: m.Order) -> AlreadyAnswered:
    how = {"auto_cancelled": "cancelled automatically", "accepted": "accepted", "declined": "declined"}[_state(req)]
    return AlreadyAnswered(f"The cancellation request on order {order.number} was already {how} "
                           f"on {iso(req.decided_at)}.", hint="Nothing was changed; `buzon cancel show` has the history.",
                           text_id="cancel_already_answered", args={"order": order.number, "date": iso(req.decided_at)})


def accept(db: Database, user: UserRecord, order_id: int, text: str = "",
           rules: OrderRules | None = None) -> CancellationRecord:
    """The store accepts: the order is cancelled and the refund recorded."""
    rules = rules or OrderRules()
    words = h.clean_text(text, "message")

    def run(s: Session, order: m.Order) -> CancellationRecord:
        req = _pending_for_store(s, user, order)
        if not _claim(s, req, RequestState.ACCEPTED, decided_by=user.id):
            raise _answered(req, order)
        refund = _cancel_order(s, order)
        h.record_step(s, order, subject=h.CANCELLATION, subject_id=req.id, actor_id=user.id,
                      action=CaseAction.CANCEL_ACCEPTED, text=words, amount_cents=refund,
                      card=f"Cancellation accepted; refund {h.money(refund, order.currency)}")
        return _record(s, order, req)

    return _write(db, user, order_id, rules, run)


def _ship(s: Session, order: m.Order, carrier: str, tracking: str, actor_id: int) -> None:
    now = m.utcnow()
    order.status = OrderStatus.SHIPPED
    order.carrier, order.tracking_number, order.shipped_at = carrier, tracking, now
    s.add(m.TrackingEvent(store_id=order.store_id, order_id=order.id, at=now, kind=m.TrackingKind.INFO, location="",
                          description=f"Shipped with {carrier}, tracking number {tracking}"))
    h.record_step(s, order, subject=h.SHIPMENT, subject_id=None, actor_id=actor_id, action=CaseAction.SHIPPED,
                  text=f"{carrier} {tracking}", card=f"Shipped with {carrier}: {tracking}")


def decline(db: Database, user: UserRecord, order_id: int, reason: str, text: str = "", *,
            carrier: str | None = None, tracking: str | None = None,
            rules: OrderRules | None = None) -> CancellationRecord:
    """The store declines, with a reason; `already_shipped` marks the order shipped."""
    rules = rules or OrderRules()
    if reason not in DECLINE_REASONS:
        raise UsageError(f"Unknown reason {reason!r}.", hint=f"Use one of: {', '.join(DECLINE_REASONS)}.",
                         text_id="decline_reason_unknown", args={"reason": reason})
    words = h.clean_text(text, "message", required=reason == "other")
    shipped = h.check_tracking(carrier, tracking) if reason == "already_shipped" else None

    def run(s: Session, order: m.Order) -> CancellationRecord:
        req = _pending_for_store(s, user, order)
        if shipped is not None and order.status != OrderStatus.AWAITING_SHIPMENT:
            raise UsageError(f"Order {order.number} is {order.status.value.replace('_', ' ')}: it cannot have shipped.",
                             hint="Choose another reason.",
                             text_id="decline_not_shipped", args={"order": order.number})
        if not _claim(s, req, RequestState.DECLINED, decided_by=user.id, decline_reason=reason):
            raise _answered(req, order)
        h.record_step(s, order, subject=h.CANCELLATION, subject_id=req.id, actor_id=user.id,
                      action=CaseAction.CANCEL_DECLINED, text=words or reason,
                      card=f"Cancellation declined ({reason})" + (f": {words}" if words else ""))
        if shipped is not None:
            _ship(s, order, *shipped, actor_id=user.id)
        return _record(s, order, req)

    return _write(db, user, order_id, rules, run)


def mark_shipped(db: Database, user: UserRecord, order_id: int, carrier: str, tracking: str,
                 rules: OrderRules | None = None) -> CancellationRecord | None:
    """The store ships the order: carrier and tracking number, the timeline starts. A
    cancellation request still waiting is declined as `already_shipped`. Returns that
    request (None when there was none)."""
    rules = rules or OrderRules()
    c, t = h.check_tracking(carrier, tracking)

    def run(s: Session, order: m.Order) -> CancellationRecord | None:
        if user.store_id is None or order.store_id != user.store_id:
            raise UsageError(f"Only the store of order {order.number} can mark it shipped.",
                             text_id="ship_not_store", args={"order": order.number})
        if order.status != OrderStatus.AWAITING_SHIPMENT:
            raise UsageError(f"Order {order.number} is {order.status.value.replace('_', ' ')}; only an order "
                             "awaiting shipment can be marked shipped.",
                             text_id="ship_not_awaiting", args={"order": order.number})
        req = _latest(s, order.id)
        if req is not None and req.state == RequestState.PENDING:
            if not _claim(s, req, RequestState.DECLINED, decided_by=user.id, decline_reason="already_shipped"):
                raise _answered(req, order)
            h.record_step(s, order, subject=h.CANCELLATION, subject_id=req.id, actor_id=user.id,
                          action=CaseAction.CANCEL_DECLINED, text="already_shipped",
                          card="Cancellation declined (already_shipped)")
        _ship(s, order, c, t, user.id)
        return _record(s, order, req) if req is not None else None

    return _write(db, user, order_id, rules, run)


def show(db: Database, user: UserRecord, order_id: int, rules: OrderRules | None = None
         ) -> CancellationRecord | None:
    """The newest cancellation request of the order (after applying what is due), or None."""
    rules = rules or OrderRules()

    if db.read(lambda s: _due(s, order_id) if 0 < order_id <= h.MAX_ID else False):
        db.write(lambda s: apply_due_in(s, h.visible_order(s, user, order_id), rules))

    def run(s: Session) -> CancellationRecord | None:
        order = h.visible_order(s, user, order_id)
        req = _latest(s, order.id)
        return _record(s, order, req) if req is not None else None

    return db.read(run)


def ship_by(db: Database, user: UserRecord, order_id: int, rules: OrderRules | None = None) -> ShipByRow | None:
    """The ship-by deadline of an order awaiting shipment (None for any other order)."""
    rules = rules or OrderRules()

    def run(s: Session) -> ShipByRow | None:
        order = h.visible_order(s, user, order_id)
        if order.status != OrderStatus.AWAITING_SHIPMENT:
            return None
        deadline = rules.ship_by(order.created_at, h.store_time_zone(s, order.store_id))
        return ShipByRow(order.id, deadline, m.utcnow() >= deadline)

    return db.read(run)
