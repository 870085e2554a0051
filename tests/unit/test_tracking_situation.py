"""The guide's three situations worth asking a store about, read from an order's tracking
(`orders.tracking_situation`, the order page's "Ask the seller about this" banner)."""

from __future__ import annotations

import datetime as dt

from desktop.core import clock, orders
from desktop.core.orders import NO_TRACKING_DAYS, TrackingRow, tracking_situation

SHIPPED = dt.datetime(2026, 11, 10, 9)


def test_no_tracking_is_a_situation_only_after_some_days():
    events = [TrackingRow(SHIPPED, "info", "Guangzhou", "Shipped"),
              TrackingRow(SHIPPED + dt.timedelta(hours=3), "no_tracking", "", "No tracking information yet")]
    with clock.frozen(SHIPPED + dt.timedelta(days=NO_TRACKING_DAYS) - dt.timedelta(minutes=1)):
        assert tracking_situation(events) is None
    with clock.frozen(SHIPPED + dt.timedelta(days=NO_TRACKING_DAYS)):
        assert tracking_situation(events) is events[1]


def test_a_delay_or_a_return_is_one_at_once_and_only_while_newest():
    delay = TrackingRow(SHIPPED + dt.timedelta(days=3), "delay", "Madrid", "Delayed")
    moved = TrackingRow(SHIPPED + dt.timedelta(days=4), "in_transit", "Madrid", "On its way again")
    returned = TrackingRow(SHIPPED + dt.timedelta(days=9), "returned_to_sender", "Madrid", "Returned")
    first = TrackingRow(SHIPPED, "info", "Shenzhen", "Accepted")
    with clock.frozen(SHIPPED + dt.timedelta(days=10)):
        assert tracking_situation([first, delay]) is delay
        assert tracking_situation([first, delay, moved]) is None
        assert tracking_situation([first, delay, moved, returned]) is returned
        assert tracking_situation([first]) is None and tracking_situation([]) is None


def test_an_order_page_carries_its_situation(db, lucia):
    returned = next(o for o in orders.order_page(db, lucia).rows if o.last_event == "returned_to_sender")
    with clock.frozen(dt.datetime(2026, 11, 24, 9)):
        detail = orders.order_detail(db, lucia, returned.id)
    assert detail is not None and detail.situation is not None and detail.situation.kind == "returned_to_sender"


def test_a_customs_hold_is_a_delay_worth_asking_about():
    """Held by customs (a code since migration 0008) was not a situation: order …104's page
    offered no question for its newest event, a customs hold."""
    first = TrackingRow(SHIPPED, "info", "Shenzhen", "Accepted")
    held = TrackingRow(SHIPPED + dt.timedelta(days=6), "customs_delay", "Madrid", "Held by customs")
    with clock.frozen(SHIPPED + dt.timedelta(days=7)):
        assert tracking_situation([first, held]) is held
