"""What the order page says that its first reviews found missing or in one language: the
return address and its deadline (page and return dialog), the first-start dispute's
deadline, and the tracking events and steps in the window's language."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import open_session, order_section, seed_order_cases, wait_idle
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core import clock
from desktop.core import schema as m
from desktop.core.context import AppContext
from desktop.gui import format as fmt
from desktop.gui.views.cancel_dialog import ShipDialog
from desktop.gui.views.dispute_respond_dialog import DisputeRespondDialog
from desktop.gui.views.order_problems import OrderProblems

T0 = dt.datetime(2026, 11, 24, 9, 0)
ADDRESS = ("Shenzhen Tech Official Store, Returns\n3/F, Building 2, 18 Keji South Road, Nanshan District\n"
           "Shenzhen, Guangdong 518057\nChina")


@pytest.fixture
def cases_dir(data_dir):
    """The demo with its orders in every state, made at T0; the clock stays there."""
    with clock.frozen(T0):
        yield seed_order_cases(data_dir)


def section(qtbot, session, number) -> OrderProblems:
    return order_section(qtbot, session, number)


def test_the_buyer_asked_for_a_return_sees_where_and_by_when(qtbot, cases_dir):
    store = open_session(qtbot, cases_dir, "wei")
    try:
        mine = section(qtbot, store, "8190000000000114")
        assert not mine.return_address.isVisibleTo(mine)              # no return asked yet
        dialog = mine.respond()
        assert isinstance(dialog, DisputeRespondDialog)
        dialog.action.setCurrentIndex(dialog.action.findData("return"))
        with qtbot.waitSignal(mine.changed, timeout=10_000):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: mine.return_address.isVisibleTo(mine), timeout=10_000)
        assert mine.return_address.text() == ADDRESS                  # the store sees what the buyer was given
    finally:
        store.close()
    buyer = open_session(qtbot, cases_dir, "lucia")
    try:
        w = section(qtbot, buyer, "8190000000000114")
        assert w.return_to.isVisibleTo(w) and w.return_to.text() == "Return address:"
        assert w.return_address.text() == ADDRESS
        assert w.deadline.text().startswith("Ship the item back by ")
        assert w.return_address.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        dialog = w.ship_back()
        assert isinstance(dialog, ShipDialog) and dialog.address is not None
        assert dialog.address.text() == ADDRESS
        assert w.case is not None and w.case.deadline == T0 + dt.timedelta(days=10)
        assert f"Ship it by {fmt.date_time(w.case.deadline, buyer.user.time_zone)} to" in dialog.intro.text()
        assert "10 days" not in dialog.intro.text()
        dialog.shipment.carrier.setText("Correos")
        dialog.shipment.tracking.setText("RR123456789ES")
        with qtbot.waitSignal(w.changed, timeout=10_000):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "shipped back" in w.banner.text(), timeout=10_000)
        assert w.return_address.isVisibleTo(w) and w.return_address.text() == ADDRESS   # still on its way
    finally:
        buyer.close()


def test_the_first_start_dispute_says_its_deadline(qtbot, cases_dir):
    buyer = open_session(qtbot, cases_dir, "lucia")
    try:
        w = section(qtbot, buyer, "8190000000000107")
        qtbot.waitUntil(lambda: w.opened.isVisibleTo(w), timeout=10_000)
        assert "waiting for the seller" in w.banner.text()
        assert w.case is not None and w.case.deadline is not None
        when = fmt.date_time(w.case.deadline, buyer.user.time_zone)
        assert w.deadline.isVisibleTo(w)
        assert w.deadline.text() == f"The seller answers by {when}, or the refund you asked is accepted automatically."
    finally:
        buyer.close()


@pytest.mark.parametrize(("lang", "failed", "unknown"), [
    ("es", "Intento de entrega fallido: dirección no encontrada", "«Colis en transit» (texto del transportista)"),
    ("zh", "派送失败：找不到地址", "“Colis en transit”（承运商原文）"),
    ("en", "Delivery attempt failed: address not found", "“Colis en transit” (the carrier's words)"),
])
def test_tracking_events_read_in_the_window_language(qtbot, lang, failed, unknown):
    """The carrier's known texts in the window's language; an unknown one as written, marked;
    words that only repeat the event's title are not said twice."""
    from PySide6.QtWidgets import QApplication

    from desktop.core.orders import TrackingRow
    from desktop.core.tracking_texts import detail_of
    from desktop.gui.app import install_language
    from desktop.gui.views.timeline import TrackingTimeline

    def event(kind: str, text: str) -> TrackingRow:
        return TrackingRow(T0, kind, "Madrid", text, detail_of(text))

    install_language(QApplication.instance(), lang)
    try:
        assert TrackingTimeline.words(event("in_transit", "Delivery attempt failed: address not found")) == failed
        assert TrackingTimeline.words(event("in_transit", "Colis en transit")) == unknown
        assert TrackingTimeline.words(event("returned_to_sender", "Returned to sender")) == ""
    finally:
        install_language(QApplication.instance(), "en")


@pytest.fixture(scope="module")
def en_es_pack(tmp_path_factory):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "translation"))
    import translation_packbuilder as builder

    root = tmp_path_factory.mktemp("step-packs")
    sp = builder.train_sentencepiece(builder.CHAT_LINES * 3, 200)
    folder = builder.build_pack_folder(root / "translate-en_es-1_0", "en", "es", version="1.0", seed=3,
                                       sp_model=sp, eos_bias=9.0)
    return builder.zip_folder(folder, root / "translate-en_es-1_0.argosmodel")


def test_the_other_sides_words_on_a_step_are_translated_like_in_the_chat(qtbot, cases_dir, en_es_pack):
    """Yiwu Home's rejection on …118 was written in English; Lucía reads Spanish: the step says
    it translated (marked so, the original in its tooltip), through the chat's own cache; her
    own words stay as she wrote them."""
    from PySide6.QtWidgets import QLabel

    from desktop.core.translation import packs

    packs.install(cases_dir, en_es_pack)
    buyer = open_session(qtbot, cases_dir, "lucia")
    try:
        w = section(qtbot, buyer, "8190000000000118")
        qtbot.waitUntil(lambda: "(translated from English)" in w.history.text(), timeout=20_000)
        lines = w.history.text().split("\n")
        rejected = next(line for line in lines if ": Rejected" in line or "rejected" in line.lower())
        assert "The packaging was fine" not in rejected and rejected.endswith("(translated from English)")
        assert any(line.endswith("you: Dispute opened · €6.99 — Llegó abollado") for line in lines)
        tips = [label.toolTip() for label in w.history.findChildren(QLabel)]
        assert "Original: The packaging was fine" in tips
        # the chat's cache holds it: the card's row, for Spanish
        db = buyer.ctx.db()
        cached = db.read(lambda s: s.scalar(select(m.MessageTranslation.text)
                                            .join(m.OrderEvent, m.OrderEvent.message_id == m.MessageTranslation.message_id)
                                            .where(m.OrderEvent.text == "The packaging was fine",
                                                   m.MessageTranslation.target_lang == "es")))
        assert cached and cached in rejected
        translator = buyer._backend.translator()
        assert translator.loaded_pairs() == [("en", "es")]
    finally:
        buyer.close()
    # Freed on the worker as the session closed, not by whichever collection meets the session
    # later: a model lets go of the interpreter's lock while it is freed (docs/architecture.md).
    assert translator.loaded_pairs() == []


def test_the_dialogs_say_the_deadlines_the_settings_give(qtbot, cases_dir):
    """The cancellation dialog said "48 hours" and the store's answer dialog "before the
    deadline" whatever the settings and the dispute said: they give the hours set and the date."""
    import dataclasses

    from desktop.gui.views.cancel_dialog import CancelRequestDialog

    buyer = open_session(qtbot, cases_dir, "lucia")
    try:
        buyer.use_settings(dataclasses.replace(buyer.settings, cancel_answer_hours=24))
        dialog = CancelRequestDialog(buyer, 1, "8190000000000101")
        qtbot.addWidget(dialog)
        assert "The store has 24 hours to answer" in dialog.intro.text()
        buyer.use_settings(dataclasses.replace(buyer.settings, cancel_answer_hours=1))
        dialog = CancelRequestDialog(buyer, 1, "8190000000000101")
        qtbot.addWidget(dialog)
        assert "The store has 1 hour to answer" in dialog.intro.text()
    finally:
        buyer.close()
    store = open_session(qtbot, cases_dir, "wei")
    try:
        mine = section(qtbot, store, "8190000000000114")
        dialog = mine.respond()
        assert isinstance(dialog, DisputeRespondDialog) and mine.case is not None and mine.case.deadline
        assert f"Answer by {fmt.date_time(mine.case.deadline, store.user.time_zone)}, or" in dialog.intro.text()
    finally:
        store.close()


def test_the_store_reads_that_the_dispute_waits_on_it(qtbot, cases_dir):
    """The seller's banner said "waiting for the seller", as the buyer's does, and its steps
    named the buyer "lucia"."""
    store = open_session(qtbot, cases_dir, "wei")
    try:
        w = section(qtbot, store, "8190000000000114")
        assert w.banner.text() == "Dispute open: waiting for your answer"
        assert w.case is not None and w.case.deadline is not None
        assert w.deadline.text() == (f"Answer by {fmt.date_time(w.case.deadline, store.user.time_zone)}, "
                                     "or the refund asked is accepted automatically.")
        # the buyer by name, as the page's header says them, not by their handle
        assert "· Lucía García: Dispute opened" in w.history.text() and "lucia:" not in w.history.text()
    finally:
        store.close()


def test_a_question_about_any_event_is_in_the_buyers_language(qtbot, data_dir):
    """A question about a "departed" event named it by the carrier's English words inside
    the buyer's Spanish ("…indica "Departed from the sorting centre"…"); a customs hold asked
    nothing of its own."""
    from desktop.core import demo
    from desktop.core.orders import TrackingRow
    from desktop.gui.views.tracking_questions import tracking_question

    ctx = AppContext(data_dir=data_dir)
    demo.ensure_demo(ctx.db())
    ctx.close()
    lucia = open_session(qtbot, data_dir, "lucia")
    try:
        departed = TrackingRow(T0, "departed", "Guangzhou", "Departed from the sorting centre")
        asked = tracking_question(departed, "8190000000000107", lucia.user)
        assert "\"Ha salido\"" in asked and "Departed" not in asked
        held = TrackingRow(T0, "customs_delay", "Madrid", "Customs clearance delayed")
        asked = tracking_question(held, "8190000000000104", lucia.user)
        assert asked.startswith("Mi pedido 8190000000000104 está retenido en aduanas desde el 2026-11-24 (Madrid)")
    finally:
        lucia.close()


def test_a_buyer_asks_for_part_of_the_order_back_from_the_window(qtbot, data_dir):
    """The window could open a dispute for the whole order only (`buzon dispute open --refund
    partial` could ask for a part): the dialog offers both, with the amount for a partial one."""
    from desktop.core import demo, disputes
    from desktop.gui.views.dispute_dialog import DisputeDialog

    ctx = AppContext(data_dir=data_dir)
    demo.ensure_demo(ctx.db())
    ctx.close()
    with clock.frozen(dt.datetime(2026, 11, 20, 9)):        # …105 delivered, inside the window
        lucia = open_session(qtbot, data_dir, "lucia")
        try:
            db = lucia.ctx.db()
            oid = db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == "8190000000000105")))
            d = DisputeDialog(lucia, oid, order_number="8190000000000105", total_cents=2997, currency="EUR")
            qtbot.addWidget(d)
            d.show()
            assert d.refund.currentData() == "full" and d.refund.currentText() == "Full refund (€29.97)"
            assert not d.amount.isVisibleTo(d)
            d.description.setPlainText("One earbud does not charge; I keep the cable.")
            assert d.submit_button.isEnabled()
            d.refund.setCurrentIndex(d.refund.findData("partial"))
            assert d.amount.isVisibleTo(d) and not d.submit_button.isEnabled()     # an amount first
            d.amount.setValue(12.5)
            assert d.submit_button.isEnabled()
            with qtbot.waitSignal(d.submitted, timeout=20_000):
                qtbot.mouseClick(d.submit_button, Qt.MouseButton.LeftButton)
            case = disputes.dispute_for_order(db, lucia.user, oid)
            assert case is not None
            asked = db.read(lambda s: s.execute(select(m.Dispute.refund_kind, m.Dispute.amount_cents)
                                                .where(m.Dispute.order_id == oid)).one())
            assert tuple(asked) == ("partial", 1250)
        finally:
            lucia.close()


def test_the_marketplace_reads_the_buyer_and_the_store_by_name(qtbot, cases_dir):
    """The marketplace's page named both sides by handle ("james: …", "chen: …") and its header
    only the store, as a buyer's does."""
    from desktop.gui.views.main_window import MainWindow

    arbiter = open_session(qtbot, cases_dir, "marketplace")
    try:
        w = section(qtbot, arbiter, "8190000000000117")
        text = w.history.text()
        assert "James Carter: Dispute opened" in text and "Yiwu Home & Living: Dispute rejected" in text, text
        assert "james:" not in text and "chen:" not in text
        window = MainWindow(arbiter)
        qtbot.addWidget(window)
        arbiter.ready.emit(arbiter.user)
        window.show()
        wait_idle(qtbot, arbiter)
        oid = arbiter.ctx.db().read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == "8190000000000117")))
        window.show_order(oid)
        page = window.orders.page
        qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == oid, timeout=10_000)
        assert page.meta.text().startswith("James Carter  ·  Yiwu Home & Living  ·  ")
    finally:
        arbiter.close()


def test_a_carrier_text_the_app_does_not_know_is_offered_translated(qtbot, data_dir, en_es_pack):
    """An unknown carrier text is shown as written, marked; with a pack for its language it is
    shown translated into the reader's language, marked so, the original in the tooltip."""
    from desktop.core import demo
    from desktop.core.translation import packs
    from desktop.gui.views.main_window import MainWindow

    ctx = AppContext(data_dir=data_dir)
    demo.ensure_demo(ctx.db())
    unknown = "The parcel is waiting at the local depot until the customer collects it"
    ctx.db().write(lambda s: s.add(m.TrackingEvent(store_id=s.get(m.Order, 4).store_id, order_id=4,
                                                   at=dt.datetime(2026, 11, 19, 9), kind=m.TrackingKind.INFO,
                                                   location="Madrid", description=unknown)))
    ctx.close()
    packs.install(data_dir, en_es_pack)
    lucia = open_session(qtbot, data_dir, "lucia")
    try:
        w = MainWindow(lucia)
        qtbot.addWidget(w)
        lucia.ready.emit(lucia.user)
        w.show()
        wait_idle(qtbot, lucia)
        w.show_order(4)
        page = w.orders.page
        qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == 4, timeout=10_000)
        timeline = page.timeline
        assert unknown in timeline.unknown_texts()
        qtbot.waitUntil(lambda: unknown in timeline.translations, timeout=20_000)
        translated, src = timeline.translations[unknown]
        assert src == "en" and translated.strip() and translated.strip() != unknown
        newest = next(ev for ev in page.detail.tracking if ev.description == unknown)
        line = timeline.words(newest, timeline.translations[unknown])
        assert line.endswith("(the carrier's words, translated from English)") and unknown not in line
        assert timeline.words(newest) == f"“{unknown}” (the carrier's words)"        # without a pack
        from PySide6.QtCore import QPoint

        from desktop.gui.views.timeline import ROW_H

        row = [ev.description for ev in reversed(page.detail.tracking)].index(unknown)    # newest first
        assert timeline.tooltip_at(QPoint(60, row * ROW_H + 30)) == f"Original: {unknown}"
        assert timeline.tooltip_at(QPoint(60, (row + 1) * ROW_H + 30)) == ""              # a known text
    finally:
        lucia.close()


def test_at_800x560_a_disputed_order_does_not_scroll_sideways(qtbot, cases_dir):
    """The deadline's sentence (Spanish, the longest) did not wrap: the page scrolled sideways
    and the price was cut."""
    from PySide6.QtWidgets import QApplication

    from desktop.gui.app import install_language
    from desktop.gui.views.main_window import MainWindow

    install_language(QApplication.instance(), "es")
    buyer = open_session(qtbot, cases_dir, "lucia")
    try:
        install_language(QApplication.instance(), "es")
        window = MainWindow(buyer)
        qtbot.addWidget(window)
        buyer.ready.emit(buyer.user)
        window.show()
        window.resize(800, 560)
        wait_idle(qtbot, buyer)
        oid = buyer.ctx.db().read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == "8190000000000107")))
        window.show_order(oid)
        page = window.orders.page
        qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == oid, timeout=10_000)
        qtbot.waitUntil(lambda: page.problems.deadline.text().startswith("El vendedor responde antes del "),
                        timeout=10_000)
        wait_idle(qtbot, buyer)
        qtbot.wait(50)
        assert not page.horizontalScrollBar().isVisible()
        assert page.horizontalScrollBar().maximum() == 0
    finally:
        buyer.close()
        install_language(QApplication.instance(), "en")
