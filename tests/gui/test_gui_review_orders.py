"""The order page as a buyer meets it after a dispute (the review of 2026-12-03, second pass):
each action says what it did."""

from __future__ import annotations

import pytest
from gui_helpers import open_session, order_section, wait_idle
from sqlalchemy import select

from desktop.core import demo_cases
from desktop.core import schema as m
from desktop.core.context import AppContext
from desktop.gui.views.order_problems import OrderProblems


@pytest.fixture
def buyer(qtbot, data_dir):
    ctx = AppContext(data_dir=data_dir)
    demo_cases.seed(ctx.db())
    ctx.close()
    s = open_session(qtbot, data_dir, "lucia")
    yield s
    s.close()


def section(qtbot, session, number) -> OrderProblems:
    return order_section(qtbot, session, number, show=True)


def test_export_evidence_says_where_the_pack_was_saved(qtbot, buyer, tmp_path):
    """"Export evidence…" closed its save dialog on nothing: no word that the ZIP was written, or where."""
    w = section(qtbot, buyer, "8190000000000116")
    out = tmp_path / "pack.zip"
    assert not w.notice.isVisibleTo(w)
    w.export_to(out)
    qtbot.waitUntil(lambda: w.notice.isVisibleTo(w), timeout=20_000)
    assert out.exists() and str(out) in w.notice.text() and w.notice.text().startswith("Evidence pack saved to")
    w.show_order(w.order)                       # the same order again (a refresh): the line stays
    assert w.notice.isVisibleTo(w)


def test_the_quick_replies_manager_names_its_languages_and_has_a_close_button(qtbot, seller_session):
    """Its translations were labelled "es", "en", "zh" in every window language, and the dialog
    had no button to leave it (Add, Save, Remove, Move up, Move down only)."""
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout

    from desktop.gui.views.quick_replies_dialog import QuickRepliesDialog

    d = QuickRepliesDialog(seller_session)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.list.count() > 0, timeout=10_000)
    form = d.findChild(QFormLayout)
    names = [form.labelForField(d.version_rows[lang]).text() for lang in ("es", "en", "zh")]   # version + Edit…
    assert names == ["Spanish", "English", "Chinese"]
    boxes = d.findChildren(QDialogButtonBox)
    assert boxes and (close := boxes[0].button(QDialogButtonBox.StandardButton.Close)) is not None
    with qtbot.waitSignal(d.rejected, timeout=2_000):
        close.click()
    wait_idle(qtbot, seller_session)


@pytest.fixture
def seller_session(qtbot, data_dir):
    s = open_session(qtbot, data_dir, "wei")
    yield s
    s.close()


def test_the_response_times_chart_says_what_its_colours_mean(qtbot, seller_session):
    """Grey and green bars with two dates under them: what each colour counts was only in a tooltip."""
    from desktop.gui.views.stats_dialog import StatsDialog

    d = StatsDialog(seller_session)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.busy == 0 and bool(d.chart.days), timeout=10_000)
    assert d.legend.isVisibleTo(d)
    assert "grey" in d.legend.text() and "green" in d.legend.text()


def test_at_800x560_items_keeps_a_fifth_of_the_orders_table(qtbot, data_dir, english_locale):
    """James's orders in English at 800x560: "02/12/2026 10:07", "Awaiting shipment" and
    "Yiwu Home & Living" left Items 25 px, its header "tem" and every row "…"."""
    from PySide6.QtCore import Qt

    from desktop.gui.app import install_language
    from desktop.gui.models.orders import OrderColumn
    from desktop.gui.views.main_window import MainWindow

    ctx = AppContext(data_dir=data_dir)
    demo_cases.seed(ctx.db())
    ctx.close()
    s = open_session(qtbot, data_dir, "james")
    try:
        install_language(qtbot_app(), "en")
        w = MainWindow(s)
        qtbot.addWidget(w)
        s.ready.emit(s.user)
        w.show()
        w.resize(800, 560)
        w.show_view("orders")
        table = w.orders.table
        model = table.model()
        qtbot.waitUntil(lambda: model.rowCount() > 5 and model.index(0, 0).data() is not None, timeout=10_000)
        wait_idle(qtbot, s)
        qtbot.wait(20)
        header = table.horizontalHeader()
        width = table.viewport().width()
        widths = [header.sectionSize(c) for c in range(model.columnCount()) if not table.isColumnHidden(c)]
        assert sum(widths) <= width + 1, widths
        assert header.sectionSize(OrderColumn.ITEMS) >= width // 5, (widths, width)
        status = model.index(0, OrderColumn.STATUS)
        assert status.data(Qt.ItemDataRole.ToolTipRole) == status.data()     # cut with "…": whole in the tooltip
        w.resize(1400, 800)
        qtbot.waitUntil(lambda: header.sectionSize(OrderColumn.STATUS) >= table.sizeHintForColumn(OrderColumn.STATUS),
                        timeout=5_000)
    finally:
        s.close()


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_at_1920_an_order_line_keeps_its_price_within_reach(qtbot, window, session):
    """The order page took the whole width of a 1920 px window: "Wireless Earbuds Pro" at the
    left, "× 1  23,99 €" 1,300 px away at the right."""
    from desktop.gui.views.orders import PAGE_WIDTH

    window.resize(1920, 1080)
    page = window.orders.page
    oid = session.db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == "8190000000000105")))
    window.show_order(oid)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == oid, timeout=10_000)
    wait_idle(qtbot, session)
    qtbot.wait(20)
    body = page.widget()
    left = page.title.mapTo(body, page.title.rect().topLeft()).x()
    right = page.total.mapTo(body, page.total.rect().topRight()).x()
    assert right - left <= PAGE_WIDTH + 1, (left, right)
    window.resize(800, 560)
    qtbot.waitUntil(lambda: page.total.mapTo(page.widget(), page.total.rect().topRight()).x()
                    >= page.viewport().width() - 30, timeout=5_000)      # a narrow window: the whole width


def test_esc_on_a_written_dispute_asks_before_discarding_it(qtbot, session):
    """The buyer describes the problem, then presses Esc (or Cancel, or the ×): the description
    was gone at once. Now the dialog asks, Keep writing by default; an empty one closes at once."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.views.dispute_dialog import DisputeDialog

    oid = session.db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == "8190000000000105")))
    d = DisputeDialog(session, oid, order_number="8190000000000105")
    qtbot.addWidget(d)
    d.show()
    d.description.setPlainText("Llegó con la caja aplastada y un auricular no carga")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.isVisible() and d.discard_box is not None and d.discard_box.isVisible()
    box = d.discard_box
    keep = box.defaultButton()
    assert keep is box.escapeButton() and keep.text() == "Keep writing"
    keep.click()
    assert d.isVisible() and d.description.toPlainText().startswith("Llegó") and d.discard_box is None
    d.cancel_button.click()
    box = d.discard_box
    assert box is not None
    discard = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(d.rejected, timeout=2_000):
        discard.click()
    assert not d.isVisible()

    empty = DisputeDialog(session, oid, order_number="8190000000000105")
    qtbot.addWidget(empty)
    empty.show()
    with qtbot.waitSignal(empty.rejected, timeout=2_000):
        qtbot.keyClick(empty, Qt.Key.Key_Escape)
    assert empty.discard_box is None
    wait_idle(qtbot, session)


def test_a_cancellation_that_refunded_nothing_shows_no_amount(qtbot, session):
    """An order cancelled before it was paid: its card read "Cancelled automatically: the store
    did not answer within 48 h · €0.00", as if the buyer got nothing back of what they paid."""
    import datetime as dt

    from desktop.core.kinds import CaseAction
    from desktop.core.order_history import HistoryRow
    from desktop.gui.views.order_problems import card_text

    def step(action, cents):
        return HistoryRow(id=1, at=dt.datetime(2026, 12, 1, 9), by="marketplace", action=action, amount_cents=cents,
                          text="", evidence=(), subject="cancellation", message_id=None)

    unpaid = card_text(step(CaseAction.CANCEL_AUTO, 0), "EUR", "8190000000000113")
    assert "0.00" not in unpaid and unpaid.startswith("Cancelled automatically")
    assert "23.99" in card_text(step(CaseAction.CANCEL_ACCEPTED, 2399), "EUR")
    assert "0.00" in card_text(step(CaseAction.PARTIAL_OFFERED, 0), "EUR")   # an offer of nothing is said
