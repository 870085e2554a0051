"""The paths of issue 16 that the clock or the marketplace takes, seen on the order page's
section: cancelled automatically, a return not shipped in time, a refund accepted
automatically, a dispute escalated automatically, and the marketplace's decision (the
arbiter's own action and dialog). The demo's cases are made at a fixed time and the clock
is moved past each deadline: no real clock against fixed dates."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import open_session, order_section, seed_order_cases, wait_idle
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core import clock, dispute_steps, disputes, orders, users
from desktop.core import schema as m
from desktop.core.context import AppContext
from desktop.gui.views.decide_dialog import DecideDialog
from desktop.gui.views.order_problems import OrderProblems

T0 = dt.datetime(2026, 11, 24, 9, 0)
DAY = dt.timedelta(days=1)


@pytest.fixture
def cases_dir(data_dir):
    """The demo with its orders in every state, made at T0; the clock stays there until moved."""
    with clock.frozen(T0):
        yield seed_order_cases(data_dir)


def order_id(db, number: str) -> int:
    return db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == number)))


def section(qtbot, session, number) -> OrderProblems:
    return order_section(qtbot, session, number)


def status(session, number) -> str:
    return session.ctx.db().read(lambda s: s.scalar(select(m.Order.status).where(m.Order.number == number))).value


def refunded(session, number) -> int:
    return session.ctx.db().read(lambda s: s.scalar(select(m.Order.refunded_cents).where(m.Order.number == number)))


@pytest.fixture
def james(qtbot, cases_dir):
    s = open_session(qtbot, cases_dir, "james")
    yield s
    s.close()


def test_a_cancellation_nobody_answered_is_cancelled_automatically(qtbot, james):
    w = section(qtbot, james, "8190000000000111")        # asked 3 hours before T0
    assert "waiting for the store" in w.banner.text()
    clock.set_now(T0 + 2 * DAY)                          # past the 48 hours
    w.reload()
    qtbot.waitUntil(lambda: "Cancelled automatically" in w.banner.text(), timeout=10_000)
    assert "the marketplace: Cancelled automatically: the store did not answer in time" in w.history.text()
    assert status(james, "8190000000000111") == "cancelled"
    # the order's row follows on the change notice of the cancellation the reload applied
    qtbot.waitUntil(lambda: w.order.status == "cancelled" and not w.cancel_button.isVisibleTo(w), timeout=10_000)


def test_a_dispute_the_seller_did_not_answer_is_accepted_automatically(qtbot, cases_dir):
    lucia = open_session(qtbot, cases_dir, "lucia")
    try:
        w = section(qtbot, lucia, "8190000000000114")    # opened a day before T0
        assert "waiting for the seller" in w.banner.text()
        clock.set_now(T0 + 5 * DAY)
        w.reload()
        qtbot.waitUntil(lambda: "Dispute closed" in w.banner.text(), timeout=10_000)
        assert "Refund accepted automatically" in w.history.text()
        assert refunded(lucia, "8190000000000114") == w.order.total_cents > 0
    finally:
        lucia.close()


def test_a_return_not_shipped_in_time_closes_without_refund(qtbot, cases_dir):
    ctx = AppContext(data_dir=cases_dir)
    db = ctx.db()
    oid = order_id(db, "8190000000000119")               # delivered two days before T0
    disputes.open_dispute(db, users.resolve(db, "lucia"), oid, "wrong_item", "Otra talla")
    dispute_steps.respond(db, users.resolve(db, "wei"), oid, "return", text="请退回")
    ctx.close()
    lucia = open_session(qtbot, cases_dir, "lucia")
    try:
        w = section(qtbot, lucia, "8190000000000119")
        assert w.return_button.isVisibleTo(w)
        clock.set_now(T0 + 11 * DAY)                     # the 10 days to ship it back have passed
        w.reload()
        qtbot.waitUntil(lambda: "Dispute closed" in w.banner.text(), timeout=10_000)
        assert "The return was not shipped in time" in w.history.text()
        assert not w.return_button.isVisibleTo(w)
        assert refunded(lucia, "8190000000000119") == 0
    finally:
        lucia.close()


def test_a_dispute_still_open_on_day_16_escalates_automatically(qtbot, james):
    w = section(qtbot, james, "8190000000000115")        # the seller's offer waits for james
    assert w.accept_answer_button.isVisibleTo(w)
    clock.set_now(T0 + 13 * DAY)                         # opened 3 days before T0: day 16 begins at T0 + 12 days
    w.reload()
    qtbot.waitUntil(lambda: "Escalated" in w.banner.text(), timeout=10_000)
    assert "Escalated automatically" in w.history.text()
    assert not w.accept_answer_button.isVisibleTo(w) and not w.decide_button.isVisibleTo(w)


def test_the_marketplace_decides_an_escalated_dispute_in_the_window(qtbot, cases_dir, james):
    mine = section(qtbot, james, "8190000000000117")
    assert "Escalated" in mine.banner.text() and not mine.decide_button.isVisibleTo(mine)
    arbiter = open_session(qtbot, cases_dir, "marketplace")
    try:
        w = section(qtbot, arbiter, "8190000000000117")     # the marketplace sees every order
        assert w.decide_button.isVisibleTo(w)
        assert not any(b.isVisibleTo(w) for b in w.buttons if b is not w.decide_button)
        dialog = w.decide()
        assert isinstance(dialog, DecideDialog)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("partial"))
        assert dialog.amount.isVisibleTo(dialog) and not dialog.ok_button.isEnabled()   # a note first
        dialog.amount.setValue(3.5)
        dialog.note.setPlainText("The lid is shown missing in the photos")
        assert dialog.ok_button.isEnabled()
        with qtbot.waitSignal(w.changed, timeout=10_000):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Dispute closed" in w.banner.text(), timeout=10_000)
        assert not w.decide_button.isVisibleTo(w)
    finally:
        arbiter.close()
    assert refunded(james, "8190000000000117") == 350
    # the buyer's section learns it from the change log, with the note
    qtbot.waitUntil(lambda: "Dispute closed" in mine.banner.text(), timeout=10_000)
    assert "marketplace: Decided by the marketplace · 3.50" in mine.history.text().replace("€", "")
    assert "The lid is shown missing in the photos" in mine.history.text()


def test_the_marketplace_sees_only_the_disputes_it_decides(qtbot, cases_dir, james):
    """Not every order: those whose dispute is escalated, or was (the same rule as on PostgreSQL)."""
    from desktop.core import dispute_steps

    ctx = AppContext(data_dir=cases_dir)
    db = ctx.db()
    market = users.resolve(db, "marketplace")
    cases = orders.order_ids(db, market)
    his = orders.order_ids(db, users.resolve(db, "james"))
    lucias = orders.order_ids(db, users.resolve(db, "lucia"))
    numbers = {orders.order_detail(db, market, o).row.number for o in cases}
    states = {dispute_steps.show(db, market, o).state.value for o in cases}
    ctx.close()
    assert set(cases) < set(his) | set(lucias) and len(cases) < len(his)
    assert {"8190000000000117", "8190000000000118", "8190000000000123"} <= numbers     # escalated, decided
    assert states <= {"escalated", "closed"}


def test_a_settled_dispute_offers_no_new_one(qtbot, cases_dir):
    from desktop.gui.images import ImageCache
    from desktop.gui.views.orders import OrderPage

    lucia = open_session(qtbot, cases_dir, "lucia")
    try:
        page = OrderPage(lucia, ImageCache(lucia))
        qtbot.addWidget(page)
        db = lucia.ctx.db()
        for number, offered in (("8190000000000119", True), ("8190000000000118", False)):
            detail = orders.order_detail(db, users.resolve(db, "lucia"), order_id(db, number))
            page.show_detail(detail)
            wait_idle(qtbot, lucia)
            qtbot.waitUntil(lambda n=number: page.problems.order is not None and page.problems.order.number == n)
            wait_idle(qtbot, lucia)
            assert page.dispute.isVisibleTo(page) is offered, number     # …118's dispute was decided
    finally:
        lucia.close()


def test_a_dispute_older_than_its_steps_shows_its_filing(qtbot, cases_dir):
    """The first-start demo's dispute (…107) was filed without an opening step: the page still
    shows who opened it when, and the buyer's words, as the old dispute section did."""
    lucia = open_session(qtbot, cases_dir, "lucia")
    try:
        w = section(qtbot, lucia, "8190000000000107")
        qtbot.waitUntil(lambda: w.opened.isVisibleTo(w), timeout=10_000)
        assert w.opened.text().startswith("Opened by you on ")
        assert w.reason.text() == "Dispute: I did not receive the order"
        assert "you: Dispute opened — El paquete volvió al remitente" in w.history.text()   # in her own Spanish
    finally:
        lucia.close()


def test_the_store_accepts_a_dispute_from_the_page(qtbot, cases_dir):
    from desktop.gui.views.dispute_respond_dialog import DisputeRespondDialog

    wei = open_session(qtbot, cases_dir, "wei")
    try:
        w = section(qtbot, wei, "8190000000000114")
        dialog = w.respond()
        assert isinstance(dialog, DisputeRespondDialog)
        dialog.action.setCurrentIndex(dialog.action.findData("accept"))
        assert dialog.ok_button.isEnabled()
        with qtbot.waitSignal(w.changed, timeout=10_000):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Dispute closed" in w.banner.text(), timeout=10_000)
        assert "you: Refund accepted" in w.history.text()
        assert refunded(wei, "8190000000000114") == w.order.total_cents
    finally:
        wei.close()


def test_a_return_shipped_back_and_refunded(qtbot, cases_dir):
    ctx = AppContext(data_dir=cases_dir)
    db = ctx.db()
    oid = order_id(db, "8190000000000119")
    disputes.open_dispute(db, users.resolve(db, "lucia"), oid, "wrong_item", "Otra talla")
    dispute_steps.respond(db, users.resolve(db, "wei"), oid, "return", text="请退回")
    ctx.close()
    lucia = open_session(qtbot, cases_dir, "lucia")
    wei = open_session(qtbot, cases_dir, "wei")
    try:
        mine = section(qtbot, lucia, "8190000000000119")
        dialog = mine.ship_back()
        assert not dialog.ok_button.isEnabled()
        dialog.shipment.carrier.setText("Correos")
        dialog.shipment.tracking.setText("RR987654321ES")
        with qtbot.waitSignal(mine.changed, timeout=10_000):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "shipped back" in mine.banner.text(), timeout=10_000)
        store = section(qtbot, wei, "8190000000000119")
        assert store.refund_button.isVisibleTo(store)
        with qtbot.waitSignal(store.changed, timeout=10_000):
            store.refund_button.click()
        qtbot.waitUntil(lambda: "Dispute closed" in mine.banner.text(), timeout=10_000)   # via the change log
        assert refunded(lucia, "8190000000000119") == mine.order.total_cents
    finally:
        wei.close()
        lucia.close()


def test_the_store_rejects_with_words_and_the_buyer_escalates_on_day_4(qtbot, cases_dir):
    ctx = AppContext(data_dir=cases_dir)
    db = ctx.db()
    disputes.open_dispute(db, users.resolve(db, "lucia"), order_id(db, "8190000000000119"), "damaged", "Roto")
    ctx.close()
    wei = open_session(qtbot, cases_dir, "wei")
    try:
        store = section(qtbot, wei, "8190000000000119")
        dialog = store.respond()
        dialog.action.setCurrentIndex(dialog.action.findData("reject"))
        assert not dialog.ok_button.isEnabled()                  # a rejection needs words
        dialog.text.setPlainText("Llegó bien embalado")
        with qtbot.waitSignal(store.changed, timeout=10_000):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finally:
        wei.close()
    lucia = open_session(qtbot, cases_dir, "lucia")
    try:
        w = section(qtbot, lucia, "8190000000000119")
        assert "rejected" in w.banner.text() and not w.escalate_button.isEnabled()
        clock.set_now(T0 + 3 * DAY)                              # day 4
        w.reload()
        qtbot.waitUntil(lambda: w.escalate_button.isEnabled(), timeout=10_000)
        with qtbot.waitSignal(w.changed, timeout=10_000):
            w.escalate_button.click()
        qtbot.waitUntil(lambda: "Escalated" in w.banner.text(), timeout=10_000)
    finally:
        lucia.close()


def test_the_decide_dialog_grows_to_show_the_refund_row(qtbot, cases_dir):
    arbiter = open_session(qtbot, cases_dir, "marketplace")
    try:
        w = section(qtbot, arbiter, "8190000000000117")
        dialog = w.decide()
        qtbot.waitExposed(dialog)
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("partial"))
        assert dialog.height() >= dialog.sizeHint().height()          # the buttons are not cut off
        assert dialog.ok_button.geometry().bottom() < dialog.height()
        dialog.reject()
    finally:
        arbiter.close()
