"""A dispute from start to end on the settable clock: every path, the deadlines, the refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.core import clock, demo_cases, dispute_steps, disputes, users
from desktop.core import schema as m
from desktop.core.errors import UsageError
from desktop.core.kinds import CaseAction, DisputeState, MessageKind
from desktop.core.order_rules import OrderRules

S = DisputeState
DEMO_NOW = dt.datetime(2026, 11, 20, 9)
DELIVERED = "8190000000000105"        # lucia's, from shenzhen-tech (wei), 29.97 EUR
JAMES_DELIVERED = "8190000000000202"
CANCELLED = "8190000000000106"
DAY = dt.timedelta(days=1)


def oid(db, number: str) -> int:
    return db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == number)))


def order(db, number: str = DELIVERED) -> m.Order:
    return db.read(lambda s: s.scalar(select(m.Order).where(m.Order.number == number)))


def counts(db) -> tuple[int, int, int]:
    def run(s):
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in (m.Dispute, m.OrderEvent, m.Message))
    return db.read(run)


@pytest.fixture(autouse=True)
def at_demo_time():
    with clock.frozen(DEMO_NOW):
        yield


@pytest.fixture
def market(db):
    demo_cases.add_marketplace(db)
    return users.resolve(db, "marketplace")


@pytest.fixture
def opened(db, lucia):
    o = oid(db, DELIVERED)
    disputes.open_dispute(db, lucia, o, "damaged", "La pantalla llegó rota", refund_kind="partial", amount=20)
    return o


def actions(case) -> list[CaseAction]:
    return [r.action for r in case.history]


def test_seller_accepts_the_refund(db, lucia, wei, opened):
    case = dispute_steps.show(db, lucia, opened)
    assert case.state == S.OPEN and case.asked_cents == 2000 and case.deadline == DEMO_NOW + 5 * DAY
    done = dispute_steps.respond(db, wei, opened, "accept", text="Lo siento")
    assert done.state == S.CLOSED and done.refund_cents == 2000 and done.deadline is None
    assert actions(done) == [CaseAction.DISPUTE_OPENED, CaseAction.REFUND_ACCEPTED]
    row = order(db)
    assert row.status == m.OrderStatus.DELIVERED and row.refunded_cents == 2000
    n_cards = db.read(lambda s: s.scalar(select(func.count()).select_from(m.Message).where(
        m.Message.order_id == opened, m.Message.kind == MessageKind.REQUEST_CARD)))
    assert n_cards == 2


def test_partial_offer_accepted_by_the_buyer(db, lucia, wei, opened):
    case = dispute_steps.respond(db, wei, opened, "partial", amount=12.5, text="Ofrecemos 12,50")
    assert case.state == S.OFFERED and case.deadline == DEMO_NOW + 15 * DAY
    assert order(db).status == m.OrderStatus.IN_DISPUTE
    done = dispute_steps.accept(db, lucia, opened)
    assert done.state == S.CLOSED and done.refund_cents == 1250 and order(db).refunded_cents == 1250


def test_return_shipped_then_refunded(db, lucia, wei, opened):
    case = dispute_steps.respond(db, wei, opened, "return")
    assert case.state == S.RETURN_REQUESTED and case.deadline == DEMO_NOW + 10 * DAY
    with pytest.raises(UsageError, match="carrier and the tracking"):
        dispute_steps.ship_return(db, lucia, opened, "", "")
    with clock.frozen(DEMO_NOW + 2 * DAY):
        case = dispute_steps.ship_return(db, lucia, opened, "Correos", "RR123456789ES")
    assert case.state == S.RETURNED and case.return_tracking == "RR123456789ES"
    done = dispute_steps.respond(db, wei, opened, "accept")
    assert done.state == S.CLOSED and done.refund_cents == 2000
    assert actions(done)[1:] == [CaseAction.RETURN_ASKED, CaseAction.RETURN_SHIPPED, CaseAction.REFUND_ACCEPTED]


def test_return_not_shipped_in_time_closes_without_refund(db, lucia, wei, opened):
    dispute_steps.respond(db, wei, opened, "return")
    with clock.frozen(DEMO_NOW + 10 * DAY):
        case = dispute_steps.show(db, wei, opened)
    assert case.state == S.CLOSED and case.refund_cents == 0 and actions(case)[-1] == CaseAction.RETURN_LAPSED


def test_rejected_escalated_from_day_4_and_decided(db, lucia, wei, market, opened):
    before = counts(db)
    with pytest.raises(UsageError, match="message is empty"):
        dispute_steps.respond(db, wei, opened, "reject")
    assert counts(db) == before
    dispute_steps.respond(db, wei, opened, "reject", text="Llegó bien embalado")
    with clock.frozen(DEMO_NOW + 3 * DAY - dt.timedelta(seconds=1)), pytest.raises(UsageError) as early:
        dispute_steps.escalate(db, lucia, opened)
    assert (DEMO_NOW + 3 * DAY).isoformat() + "Z" in early.value.message
    with pytest.raises(UsageError, match="Only the marketplace"):
        dispute_steps.decide(db, wei, opened, "none", text="x")
    with clock.frozen(DEMO_NOW + 3 * DAY):
        case = dispute_steps.escalate(db, lucia, opened, "Quiero que decida el marketplace")
    assert case.state == S.ESCALATED and case.deadline is None
    with pytest.raises(UsageError, match="more than the order's total"):
        dispute_steps.decide(db, market, opened, "partial", amount=99, text="no")
    done = dispute_steps.decide(db, market, opened, "partial", amount=15, text="Half: the box was intact")
    assert done.state == S.CLOSED and done.refund_cents == 1500
    assert done.history[-1].by == "marketplace" and done.history[-1].text == "Half: the box was intact"
    assert actions(done)[1:] == [CaseAction.REJECTED, CaseAction.ESCALATED, CaseAction.DECIDED]


def test_no_answer_in_5_days_accepts_the_refund_once(db, lucia, wei, opened):
    with clock.frozen(DEMO_NOW + 5 * DAY - dt.timedelta(seconds=1)):
        assert dispute_steps.show(db, lucia, opened).state == S.OPEN
    with clock.frozen(DEMO_NOW + 5 * DAY):
        case = dispute_steps.show(db, lucia, opened)
        assert dispute_steps.show(db, wei, opened).history == case.history
        with pytest.raises(dispute_steps.AlreadyAnswered, match="closed|answered"):
            dispute_steps.respond(db, wei, opened, "partial", amount=5)
    assert case.state == S.CLOSED and case.refund_cents == 2000
    assert actions(case).count(CaseAction.AUTO_ACCEPTED) == 1 and case.history[-1].by == "marketplace"


def test_offer_standing_on_day_16_escalates_by_itself(db, lucia, wei, opened):
    dispute_steps.respond(db, wei, opened, "partial", amount=5)
    with clock.frozen(DEMO_NOW + 15 * DAY):
        # the demo's own open dispute (…107, seller's deadline 4 days after the demo) falls due too
        assert dispute_steps.apply_all_due(db, OrderRules()) >= 1
        assert dispute_steps.apply_all_due(db, OrderRules()) == 0
        case = dispute_steps.show(db, lucia, opened)
    assert case.state == S.ESCALATED and actions(case)[-1] == CaseAction.AUTO_ESCALATED


def test_refusals_store_nothing(db, lucia, james, wei, opened):
    before = counts(db)
    with pytest.raises(UsageError, match="already open"):
        disputes.open_dispute(db, lucia, opened, "damaged", "otra vez")
    with pytest.raises(UsageError, match="no order"):
        dispute_steps.respond(db, wei, oid(db, JAMES_DELIVERED), "accept")     # not wei's store
    with pytest.raises(UsageError, match="Only the store"):
        dispute_steps.respond(db, lucia, opened, "accept")
    with pytest.raises(UsageError, match="not partial"):
        dispute_steps.respond(db, wei, opened, "partial", amount=25)
    with pytest.raises(UsageError, match="not possible"):
        dispute_steps.respond(db, wei, opened, "partial", amount=-1)
    with pytest.raises(UsageError, match="Only the buyer"):
        dispute_steps.escalate(db, wei, opened)
    assert counts(db) == before


def test_open_refusals(db, lucia, james):
    before = counts(db)
    with pytest.raises(UsageError, match="more than the order's total"):
        disputes.open_dispute(db, lucia, oid(db, DELIVERED), "damaged", "roto", refund_kind="partial", amount=30)
    with pytest.raises(UsageError, match="not possible"):
        disputes.open_dispute(db, lucia, oid(db, DELIVERED), "damaged", "roto", refund_kind="partial", amount=-2)
    with pytest.raises(UsageError, match="cancelled"):
        disputes.open_dispute(db, lucia, oid(db, CANCELLED), "damaged", "roto")
    with pytest.raises(UsageError, match="no order"):
        disputes.open_dispute(db, lucia, oid(db, JAMES_DELIVERED), "damaged", "roto")
    with clock.frozen(DEMO_NOW + 5 * DAY), pytest.raises(UsageError, match="ended on"):
        disputes.open_dispute(db, lucia, oid(db, DELIVERED), "damaged", "roto")
    assert counts(db) == before


def test_the_marketplace_reads_only_the_orders_it_decides(db, lucia, wei, market, opened):
    """Its orders are those whose dispute is escalated or was decided (both backends, the same
    rule as row-level security's `buzon_arbiter_order`): an open dispute is still the store's."""
    from desktop.core import orders

    def listed() -> set[int]:
        return {o.id for o in orders.iter_orders(db, market)}

    assert opened not in listed()
    with pytest.raises(UsageError, match="no order"):
        dispute_steps.show(db, market, opened)
    with pytest.raises(UsageError, match="no order"):
        dispute_steps.decide(db, market, opened, "none", text="x")
    dispute_steps.respond(db, wei, opened, "reject", text="Llegó bien embalado")
    with clock.frozen(DEMO_NOW + 3 * DAY):
        dispute_steps.escalate(db, lucia, opened)
    assert listed() == {opened}                 # the demo's other orders have no escalated dispute
    dispute_steps.decide(db, market, opened, "none", text="The box was intact")
    assert listed() == {opened}                 # a decided case stays readable
    case = dispute_steps.show(db, market, opened)
    assert case is not None and case.state == S.CLOSED


# -- the return address (the buyer must know where to send the item) -------------------------------

def test_a_return_is_asked_to_the_stores_address_and_keeps_it(db, lucia, wei, opened):
    before = dispute_steps.show(db, lucia, opened)
    assert before.return_address == "" and before.to_json()["return_address"] is None
    case = dispute_steps.respond(db, wei, opened, "return")
    assert case.return_address.startswith("Shenzhen Tech Official Store, Returns\n")
    assert case.return_address.endswith("Shenzhen, Guangdong 518057\nChina")
    assert case.to_json()["return_address"] == case.return_address
    # the store moving afterwards does not move a parcel already asked for
    db.write(lambda s: s.execute(m.Store.__table__.update().values(return_address="Elsewhere 1\nChina")))
    shipped = dispute_steps.ship_return(db, lucia, opened, "Correos", "RR123456789ES")
    assert shipped.return_address == case.return_address == dispute_steps.show(db, wei, opened).return_address
    card = db.read(lambda s: s.scalars(select(m.Message.text).where(m.Message.kind == MessageKind.REQUEST_CARD)
                                       .order_by(m.Message.id.desc()).limit(2)).all())
    assert any("to Shenzhen Tech Official Store, Returns, 3/F, Building 2" in text for text in card), card


def test_a_store_without_a_return_address_cannot_ask_for_a_return(db, lucia, wei, opened):
    db.write(lambda s: s.execute(m.Store.__table__.update().values(return_address="  ")))
    before = counts(db)
    with pytest.raises(UsageError, match="no return address") as info:
        dispute_steps.respond(db, wei, opened, "return")
    assert info.value.text_id == "return_no_address"
    assert counts(db) == before and dispute_steps.show(db, lucia, opened).state == S.OPEN


def test_the_return_asked_card_carries_the_address_the_return_was_asked_to(db, lucia, wei, opened):
    """The chat's card of the step (card_steps) says where the item goes, to both sides, as the
    order page does; the store moving afterwards does not change it."""
    from desktop.core import desk_settings, order_history

    desk_settings.update(db, wei, return_address="Wei Returns\n88 Huaqiang Rd\nShenzhen")
    dispute_steps.respond(db, wei, opened, "return")
    desk_settings.update(db, wei, return_address="Somewhere else 2")
    cards = db.read(lambda s: s.scalars(select(m.Message.id).where(m.Message.kind == MessageKind.REQUEST_CARD)).all())
    for who in (lucia, wei):
        steps = order_history.card_steps(db, who, cards)
        asked = [row for row in steps.values() if row.action == CaseAction.RETURN_ASKED]
        assert [row.return_address for row in asked] == ["Wei Returns\n88 Huaqiang Rd\nShenzhen"]
        assert all(row.return_address == "" for row in steps.values() if row.action != CaseAction.RETURN_ASKED)


def test_a_store_that_added_its_return_address_in_its_settings_can_ask_for_a_return(db, lucia, wei, opened):
    from desktop.core import desk_settings

    desk_settings.update(db, wei, return_address="")
    with pytest.raises(UsageError, match="store-settings --return-address"):
        dispute_steps.respond(db, wei, opened, "return")
    assert desk_settings.read(db, wei).return_address == ""
    desk_settings.update(db, wei, return_address="Wei Returns\nShenzhen")
    assert dispute_steps.respond(db, wei, opened, "return").return_address == "Wei Returns\nShenzhen"
