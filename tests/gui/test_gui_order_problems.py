"""The order page's cancellation and dispute section, its dialogs, and two sessions (buyer
and store) seeing each other's steps, on a real demo database with an order in each state."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from gui_helpers import open_session, order_section, seed_order_cases
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.core import evidence
from desktop.core import schema as m
from desktop.gui.app import install_language
from desktop.gui.views.cancel_dialog import CancelRequestDialog, DeclineDialog
from desktop.gui.views.dispute_respond_dialog import DisputeRespondDialog
from desktop.gui.views.order_problems import OrderProblems


@pytest.fixture
def cases_dir(data_dir):
    return seed_order_cases(data_dir)


@pytest.fixture
def buyer(qtbot, cases_dir):
    s = open_session(qtbot, cases_dir, "lucia")
    yield s
    s.close()


def session_for(qtbot, data_dir, handle):
    return open_session(qtbot, data_dir, handle)


def section(qtbot, session, number) -> OrderProblems:
    return order_section(qtbot, session, number)


def status(session, number) -> str:
    return session.ctx.db().read(lambda s: s.scalar(select(m.Order.status).where(m.Order.number == number))).value


def test_buyer_asks_to_cancel_and_the_store_declines_as_shipped(qtbot, buyer, cases_dir):
    w = section(qtbot, buyer, "8190000000000110")
    assert w.countdown.isVisibleTo(w) and "Ship by" in w.countdown.text()
    assert w.cancel_button.isVisibleTo(w) and not w.ship_button.isVisibleTo(w)
    dialog = w.ask_cancel()
    assert isinstance(dialog, CancelRequestDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert not dialog.ok_button.isEnabled()                       # "another reason" needs words
    dialog.text.setPlainText("Me he equivocado de dirección")
    with qtbot.waitSignal(w.changed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "waiting for the store" in w.banner.text(), timeout=10_000)
    assert w.deadline.isVisibleTo(w) and not w.cancel_button.isVisibleTo(w)
    assert "Cancellation requested" in w.history.text()

    store = session_for(qtbot, cases_dir, "chen")
    try:
        mine = section(qtbot, store, "8190000000000110")
        assert mine.accept_cancel_button.isVisibleTo(mine) and mine.decline_button.isVisibleTo(mine)
        decline = mine.decline_cancel()
        assert isinstance(decline, DeclineDialog)
        decline.reason.setCurrentIndex(decline.reason.findData("already_shipped"))
        assert not decline.ok_button.isEnabled()                 # carrier and tracking first
        decline.shipment.carrier.setText("Cainiao")
        decline.shipment.tracking.setText("LP0042CN")
        assert decline.ok_button.isEnabled()
        with qtbot.waitSignal(mine.changed, timeout=10_000):
            qtbot.mouseClick(decline.ok_button, Qt.MouseButton.LeftButton)
        assert status(store, "8190000000000110") == "shipped"
    finally:
        store.close()
    # the buyer's section learns it from the change log, without a reload
    qtbot.waitUntil(lambda: "declined" in w.banner.text(), timeout=10_000)
    assert not w.cancel_button.isVisibleTo(w)
    # the store's reason reads as its label, never as its code
    qtbot.waitUntil(lambda: "It has already shipped" in w.history.text(), timeout=10_000)
    assert "already_shipped" not in w.history.text()


def test_store_accepts_a_pending_request(qtbot, cases_dir):
    store = session_for(qtbot, cases_dir, "chen")
    try:
        w = section(qtbot, store, "8190000000000111")
        assert "waiting for your answer" in w.banner.text()       # the store reads that it is theirs to answer
        with qtbot.waitSignal(w.changed, timeout=10_000):
            w.accept_cancel_button.click()
        assert status(store, "8190000000000111") == "cancelled"
        qtbot.waitUntil(lambda: "Cancelled by the store" in w.banner.text(), timeout=10_000)
    finally:
        store.close()


def test_store_marks_an_order_shipped(qtbot, cases_dir):
    store = session_for(qtbot, cases_dir, "chen")
    try:
        w = section(qtbot, store, "8190000000000110")
        assert w.ship_button.isVisibleTo(w) and not w.cancel_button.isVisibleTo(w)
        dialog = w.mark_shipped()
        assert not dialog.ok_button.isEnabled()
        dialog.shipment.carrier.setText("YunExpress")
        dialog.shipment.tracking.setText("YT123")
        with qtbot.waitSignal(w.changed, timeout=10_000):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert status(store, "8190000000000110") == "shipped"
        qtbot.waitUntil(lambda: not w.ship_button.isVisibleTo(w), timeout=10_000)   # the order reloaded: shipped
    finally:
        store.close()


def test_seller_offers_part_and_the_buyer_accepts(qtbot, buyer, cases_dir):
    store = session_for(qtbot, cases_dir, "wei")
    try:
        mine = section(qtbot, store, "8190000000000114")
        assert mine.respond_button.isVisibleTo(mine)
        dialog = mine.respond()
        assert isinstance(dialog, DisputeRespondDialog)
        dialog.action.setCurrentIndex(dialog.action.findData("partial"))
        assert dialog.amount.isVisibleTo(dialog) and not dialog.ok_button.isEnabled()
        dialog.amount.setValue(5.0)
        dialog.text.setPlainText("可以退5欧元")
        with qtbot.waitSignal(mine.changed, timeout=10_000):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    finally:
        store.close()
    w = section(qtbot, buyer, "8190000000000114")
    assert "partial refund" in w.banner.text() and w.accept_answer_button.isVisibleTo(w)
    assert not w.escalate_button.isEnabled() and "Possible from" in w.escalate_button.toolTip()   # day 2
    with qtbot.waitSignal(w.changed, timeout=10_000):
        w.accept_answer_button.click()
    qtbot.waitUntil(lambda: "Dispute closed" in w.banner.text(), timeout=10_000)
    assert status(buyer, "8190000000000114") == "delivered"


def test_buyer_escalates_from_day_4(qtbot, cases_dir):
    james = session_for(qtbot, cases_dir, "james")
    try:
        w = section(qtbot, james, "8190000000000115")     # offered, opened three days ago: day 4
        assert w.escalate_button.isVisibleTo(w) and w.escalate_button.isEnabled()
        with qtbot.waitSignal(w.changed, timeout=10_000):
            w.escalate_button.click()
        qtbot.waitUntil(lambda: "Escalated" in w.banner.text(), timeout=10_000)
    finally:
        james.close()


def test_export_evidence_from_the_section(qtbot, buyer, tmp_path):
    w = section(qtbot, buyer, "8190000000000116")
    out = tmp_path / "pack.zip"
    with qtbot.waitSignal(w.exported, timeout=20_000):
        w.export_to(out)
    assert evidence.verify(out).ok
    assert "conversation.pdf" in zipfile.ZipFile(out).namelist()


def test_a_request_card_reads_in_the_window_language(qtbot, buyer):
    from desktop.gui.ops import order_problems as ops
    from desktop.gui.views.order_problems import card_text

    db = buyer.ctx.db()
    ids = db.read(lambda s: list(s.scalars(select(m.Message.id).where(m.Message.kind == m.MessageKind.REQUEST_CARD)
                                           .order_by(m.Message.id))))
    with qtbot.waitCallback(timeout=10_000) as got:
        ops.card_steps(buyer, ids).on_success(got).run()
    steps = got.args[0]
    assert 0 < len(steps) < len(ids)                   # lucia's cards only, not james's
    decided = next(s for s in steps.values() if s.action.value == "decided")
    assert card_text(decided, "EUR").startswith("Decided by the marketplace · ")
    assert "The dent is small" in card_text(decided, "EUR")
    # one chat holds every order with the store: the card names its own
    assert card_text(decided, "EUR", "8190000000000118").split("\n")[1] == "Order 8190000000000118"


def test_the_timer_op_applies_what_is_due(qtbot, buyer):
    from desktop.core import clock
    from desktop.gui.ops import order_problems as ops

    later = clock.now() + dt.timedelta(days=30)       # every demo deadline has passed by then
    with clock.frozen(later):
        with qtbot.waitCallback(timeout=20_000) as got:
            ops.apply_due(buyer).on_success(got).run()
        # the pending cancellation, the open disputes (…114 and the first-start demo's …107), the offer, the return
        assert got.args[0] == 5
        with qtbot.waitCallback(timeout=20_000) as again:
            ops.apply_due(buyer).on_success(again).run()
        assert again.args[0] == 0
    assert status(buyer, "8190000000000111") == "cancelled"
    james = session_for(qtbot, buyer.ctx.data_dir, "james")
    install_language(QApplication.instance(), "es")
    try:
        w = section(qtbot, james, "8190000000000111")
        # the clock's step says itself in the window's language, without the core's English record
        assert "Cancelado automáticamente" in w.history.text() and "did not answer" not in w.history.text()
    finally:
        james.close()
        install_language(QApplication.instance(), "en")


def test_a_late_shipment_is_said_to_each_side_as_theirs(qtbot, buyer, cases_dir):
    """Past the ship-by time the buyer reads that it may cancel (it read "the buyer may
    cancel", as if about somebody else), the store that the buyer may."""
    w = section(qtbot, buyer, "8190000000000102")
    assert w.countdown.isVisibleTo(w) and w.countdown.text().endswith("overdue: you may cancel the order")
    store = session_for(qtbot, cases_dir, "chen")
    try:
        mine = section(qtbot, store, "8190000000000102")
        assert mine.countdown.text().endswith("overdue: the buyer may cancel")
    finally:
        store.close()
