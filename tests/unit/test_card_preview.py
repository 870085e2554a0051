"""The list's preview of a request card (desktop/core/card_preview.py): the step read with the
row, in plain values the window translates."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.core import cancellations, clock, inbox
from desktop.core import schema as m
from desktop.core.card_preview import TITLES, CardPreview, card_preview
from desktop.core.kinds import CaseAction, MessageKind

AWAITING_SHIPMENT = "8190000000000102"


def test_every_step_has_its_english_title_and_an_unknown_one_none():
    assert set(TITLES) == set(CaseAction)
    assert card_preview("no_such_step", "1", None, "EUR") is None and card_preview(None, "1", None, "") is None
    assert CardPreview(CaseAction.DISPUTE_OPENED, "8190", 2399, "EUR").english() == \
        "Dispute opened · 23.99 EUR · order 8190"


def test_the_lists_row_carries_the_step_of_its_last_request_card(db, lucia):
    order = db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == AWAITING_SHIPMENT)))
    with clock.frozen(dt.datetime(2026, 11, 24, 9)):
        cancellations.request(db, lucia, order, "changed_mind", "Ya no lo necesito")
    rows = [r for r in inbox.iter_rows(db, lucia) if r.last_kind == MessageKind.REQUEST_CARD]
    assert len(rows) == 1
    assert rows[0].last_card == CardPreview(CaseAction.CANCEL_REQUESTED, AWAITING_SHIPMENT, None, "EUR")
    others = [r for r in inbox.iter_rows(db, lucia) if r.last_kind != MessageKind.REQUEST_CARD]
    assert others and all(r.last_card is None for r in others)
