"""Cancelling before shipping: request, accept, decline (shipped), automatic after 48 h, refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.core import cancellations, clock, users
from desktop.core import schema as m
from desktop.core.errors import UsageError
from desktop.core.kinds import CaseAction, ChangeKind, MessageKind
from desktop.core.order_rules import OrderRules

AWAITING_SHIPMENT = "8190000000000102"    # lucia's, from yiwu-home (chen)
AWAITING_PAYMENT = "8190000000000101"     # lucia's, from guangzhou-style (lina)
SHIPPED = "8190000000000103"
CANCELLED = "8190000000000106"


def oid(db, number: str) -> int:
    return db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == number)))


def count(db, model) -> int:
    return db.read(lambda s: s.scalar(select(func.count()).select_from(model)))


def order(db, number: str) -> m.Order:
    return db.read(lambda s: s.scalar(select(m.Order).where(m.Order.number == number)))


def cards(db, order_id: int) -> list[str]:
    return db.read(lambda s: list(s.scalars(select(m.Message.text).where(
        m.Message.order_id == order_id, m.Message.kind == MessageKind.REQUEST_CARD).order_by(m.Message.id))))


@pytest.fixture
def chen(db):
    return users.resolve(db, "chen")


# The demo's orders carry fixed dates (order 102 was placed on 2026-11-23): the clock stands
# the day after, before its ship-by date, whatever day the tests run.
DEMO_NOW = dt.datetime(2026, 11, 24, 9)


@pytest.fixture
def now(db):
    with clock.frozen(DEMO_NOW):
        yield DEMO_NOW


def test_request_then_accept_cancels_with_refund_and_cards(db, lucia, chen, now):
    o = oid(db, AWAITING_SHIPMENT)
    rec = cancellations.request(db, lucia, o, "changed_mind", "Ya no lo necesito")
    assert rec.state == "pending" and rec.deadline == now + dt.timedelta(hours=48)
    assert [r.action for r in rec.history] == [CaseAction.CANCEL_REQUESTED]
    done = cancellations.accept(db, chen, o)
    assert done.state == "accepted" and done.deadline is None
    row = order(db, AWAITING_SHIPMENT)
    assert row.status == m.OrderStatus.CANCELLED and row.refunded_cents == row.total_cents
    assert [r.action for r in done.history] == [CaseAction.CANCEL_REQUESTED, CaseAction.CANCEL_ACCEPTED]
    assert [r.by for r in done.history] == ["lucia", "chen"]
    assert len(cards(db, o)) == 2
    kinds = db.read(lambda s: list(s.scalars(select(m.ChangeLog.kind).where(m.ChangeLog.order_id == o))))
    assert ChangeKind.CANCELLATION.value in kinds and ChangeKind.ORDER.value in kinds


def test_unpaid_order_cancelled_refunds_nothing(db, lucia, now):
    o = oid(db, AWAITING_PAYMENT)
    lina = users.resolve(db, "lina")
    cancellations.request(db, lucia, o, "payment_problem")
    assert cancellations.accept(db, lina, o).refunded_cents == 0


def test_decline_already_shipped_needs_tracking_and_ships(db, lucia, chen, now):
    o = oid(db, AWAITING_SHIPMENT)
    cancellations.request(db, lucia, o, "found_cheaper")
    with pytest.raises(UsageError, match="carrier and the tracking number"):
        cancellations.decline(db, chen, o, "already_shipped")
    assert cancellations.show(db, lucia, o).state == "pending"
    rec = cancellations.decline(db, chen, o, "already_shipped", carrier="Cainiao", tracking="LP0042CN")
    assert rec.state == "declined" and rec.decline_reason == "already_shipped"
    row = order(db, AWAITING_SHIPMENT)
    assert (row.status, row.carrier, row.tracking_number, row.shipped_at) == (
        m.OrderStatus.SHIPPED, "Cainiao", "LP0042CN", now)
    # Once shipped, a new request is refused with the date a dispute can be opened.
    with pytest.raises(UsageError) as refused:
        cancellations.request(db, lucia, o, "changed_mind")
    promise = (now + dt.timedelta(days=30)).isoformat() + "Z"
    assert "already shipped" in refused.value.message and promise in refused.value.hint


def test_decline_with_reason_and_ask_again_only_after_ship_by(db, lucia, chen, now):
    o = oid(db, AWAITING_SHIPMENT)
    cancellations.request(db, lucia, o, "changed_mind")
    assert cancellations.decline(db, chen, o, "being_prepared", "Ya está empaquetado").state == "declined"
    before = count(db, m.CancellationRequest)
    with pytest.raises(UsageError, match="declined") as refused:
        cancellations.request(db, lucia, o, "changed_mind")
    assert "You can ask again from" in refused.value.hint
    assert count(db, m.CancellationRequest) == before


def test_auto_cancel_after_48_hours_once_whoever_looks(db, lucia, chen, now):
    o = oid(db, AWAITING_SHIPMENT)
    cancellations.request(db, lucia, o, "shipping_too_long")
    with clock.frozen(now + dt.timedelta(hours=47, minutes=59)):
        assert cancellations.show(db, chen, o).state == "pending"
    with clock.frozen(now + dt.timedelta(hours=48)):
        rec = cancellations.show(db, chen, o)
        again = cancellations.show(db, lucia, o)
        assert cancellations.apply_all_due(db, OrderRules()) == 0
    assert rec.state == again.state == "auto_cancelled"
    assert [r.action for r in again.history].count(CaseAction.CANCEL_AUTO) == 1
    assert again.history[-1].by == "marketplace"
    assert "did not answer within 48 h" in again.history[-1].text
    assert order(db, AWAITING_SHIPMENT).status == m.OrderStatus.CANCELLED
    # The store's late answer is told what happened.
    with clock.frozen(now + dt.timedelta(hours=49)), pytest.raises(cancellations.AlreadyAnswered,
                                                                  match="cancelled automatically"):
        cancellations.accept(db, chen, o)


def test_worker_timer_applies_due_requests(db, lucia, now):
    o = oid(db, AWAITING_SHIPMENT)
    rules = OrderRules(cancel_answer_hours=1)      # the deadline is fixed when the request is made
    cancellations.request(db, lucia, o, "changed_mind", rules=rules)
    with clock.frozen(now + dt.timedelta(minutes=59)):
        assert cancellations.apply_all_due(db, rules) == 0
    with clock.frozen(now + dt.timedelta(hours=1)):
        assert cancellations.apply_all_due(db, rules) == 1
        assert cancellations.apply_all_due(db, rules) == 0


def test_refusals_store_nothing(db, lucia, chen, james, now):
    o = oid(db, AWAITING_SHIPMENT)
    before = (count(db, m.CancellationRequest), count(db, m.OrderEvent), count(db, m.Message))
    with pytest.raises(UsageError, match="no order"):
        cancellations.request(db, james, o, "changed_mind")            # someone else's order
    with pytest.raises(UsageError, match="already cancelled"):
        cancellations.request(db, lucia, oid(db, CANCELLED), "changed_mind")
    with pytest.raises(UsageError, match="Unknown cancellation reason"):
        cancellations.request(db, lucia, o, "bored")
    with pytest.raises(UsageError, match="reason is empty"):
        cancellations.request(db, lucia, o, "other", "  ")
    with pytest.raises(UsageError, match="Only the buyer"):
        cancellations.request(db, chen, o, "changed_mind")
    with pytest.raises(UsageError, match="already shipped"):
        cancellations.request(db, lucia, oid(db, SHIPPED), "changed_mind")
    with pytest.raises(UsageError, match="no cancellation request"):
        cancellations.accept(db, chen, o)
    assert (count(db, m.CancellationRequest), count(db, m.OrderEvent), count(db, m.Message)) == before
    cancellations.request(db, lucia, o, "changed_mind")
    with pytest.raises(UsageError, match="already waiting"):
        cancellations.request(db, lucia, o, "changed_mind")
    with pytest.raises(UsageError, match="Only the store"):
        cancellations.accept(db, lucia, o)


def test_mark_shipped_declines_a_waiting_request_and_starts_the_timeline(db, lucia, chen, now):
    o = oid(db, AWAITING_SHIPMENT)
    cancellations.request(db, lucia, o, "changed_mind")
    with pytest.raises(UsageError, match="not a tracking number"):
        cancellations.mark_shipped(db, chen, o, "Cainiao", "LP'; DROP")
    rec = cancellations.mark_shipped(db, chen, o, "Cainiao", "LP0042CN")
    assert rec is not None and rec.state == "declined"
    events = db.read(lambda s: list(s.scalars(select(m.TrackingEvent.description).where(m.TrackingEvent.order_id == o))))
    assert events == ["Shipped with Cainiao, tracking number LP0042CN"]
    with pytest.raises(UsageError, match="only an order awaiting shipment"):
        cancellations.mark_shipped(db, chen, o, "Cainiao", "LP0042CN")


def test_ship_by_counts_business_days_in_the_store_calendar(db, lucia):
    o = oid(db, AWAITING_SHIPMENT)
    created = order(db, AWAITING_SHIPMENT).created_at
    row = cancellations.ship_by(db, lucia, o)
    assert row is not None and row.deadline - created >= dt.timedelta(days=9)   # 7 weekdays span a weekend
    assert cancellations.ship_by(db, lucia, oid(db, SHIPPED)) is None
    # 2026-12-04 is a Friday: 7 business days later is Tuesday 2026-12-15 (Shanghai calendar)
    assert OrderRules().ship_by(dt.datetime(2026, 12, 4, 2), "Asia/Shanghai") == dt.datetime(2026, 12, 15, 2)


def test_card_steps_give_each_card_its_step_for_its_members_only(db, lucia, chen, james, now):
    from desktop.core import order_history

    o = oid(db, AWAITING_SHIPMENT)
    cancellations.request(db, lucia, o, "changed_mind", "Otra talla")
    cancellations.accept(db, chen, o)
    ids = db.read(lambda s: list(s.scalars(select(m.Message.id).where(
        m.Message.order_id == o, m.Message.kind == MessageKind.REQUEST_CARD).order_by(m.Message.id))))
    steps = order_history.card_steps(db, chen, ids + [10**30])
    assert [steps[i].action for i in ids] == [CaseAction.CANCEL_REQUESTED, CaseAction.CANCEL_ACCEPTED]
    assert steps[ids[0]].text == "Otra talla" and steps[ids[1]].by == "chen"
    assert order_history.card_steps(db, james, ids) == {}
