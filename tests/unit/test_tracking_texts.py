"""The carriers' tracking texts the app knows come out as codes (with the names they carry);
every text of the demo's timelines is known; a text the app does not know has no code."""

from __future__ import annotations

import json

import pytest

from desktop.core import demo, orders, users
from desktop.core.tracking_texts import TrackingDetail, detail_of


@pytest.mark.parametrize(("text", "detail"), [
    ("Departed from the sorting centre", TrackingDetail("departed_sorting_centre")),
    ("  departed  FROM the sorting centre.", TrackingDetail("departed_sorting_centre")),
    ("Handed over to Correos", TrackingDetail("handed_over", (("carrier", "Correos"),))),
    ("Shipped with YunExpress, tracking number YT2611200001",
     TrackingDetail("shipped_with", (("carrier", "YunExpress"), ("number", "YT2611200001")))),
    ("Colis en cours d'acheminement", None),
    ("", None),
])
def test_known_texts_have_their_code(text, detail):
    assert detail_of(text) == detail


def test_every_demo_tracking_text_is_known():
    data = json.loads(demo.marketplace_file().read_text("utf-8"))
    texts = {ev[3] for o in data["orders"] for ev in o.get("tracking", [])}
    assert texts and [t for t in texts if detail_of(t) is None] == []


def test_an_orders_page_gives_each_event_its_code(db):
    lucia = users.resolve(db, "lucia")
    detail = orders.order_detail(db, lucia, 7)
    assert detail is not None
    events = detail.to_json()["tracking"]
    assert [e["detail"]["code"] for e in events] == ["accepted", "departed_sorting_centre",
                                                    "attempt_failed_address", "returned_to_sender"]
    assert events[2]["description"] == "Delivery attempt failed: address not found"   # the stored text stays
