"""The Orders table's order and columns (this morning's review): the sort arrow points the way
the rows go, a header click has the core order the ids both ways (rows still read only for what
is on screen), and the marketplace's table says whose each order is."""

from __future__ import annotations

import pytest
from gui_helpers import open_session, wait_idle
from PySide6.QtCore import Qt

from desktop.core import demo_cases
from desktop.core.context import AppContext
from desktop.gui.images import ImageCache
from desktop.gui.models.orders import OrderColumn
from desktop.gui.views.orders import OrdersView


def orders_view(qtbot, session, height: int = 600) -> OrdersView:
    view = OrdersView(session, ImageCache(session))
    qtbot.addWidget(view)
    view.resize(1100, height)
    view.show()
    view.load()
    qtbot.waitUntil(lambda: view.model.loaded and view.model.rowCount() > 1, timeout=10_000)
    wait_idle(qtbot, session)
    return view


def column(view, col) -> list:
    model = view.model
    return [model.index(n, col).data() for n in range(model.rowCount())]


def test_newest_first_shows_an_arrow_pointing_down(qtbot, session):
    from desktop.core import orders

    view = orders_view(qtbot, session)
    header = view.table.horizontalHeader()
    rows = orders.order_rows(session.ctx.db(), session.user, view.model.ids())
    created = [rows[i].created_at for i in view.model.ids()]
    assert created == sorted(created, reverse=True)
    assert header.arrow(OrderColumn.DATE) == Qt.ArrowType.DownArrow
    assert header.arrow(OrderColumn.TOTAL) == Qt.ArrowType.NoArrow
    view.table.sortByColumn(OrderColumn.DATE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: [rows[i].created_at for i in view.model.ids()] == sorted(created), timeout=10_000)
    assert header.arrow(OrderColumn.DATE) == Qt.ArrowType.UpArrow


def test_the_style_is_given_no_arrow_of_its_own(qtbot, session):
    from PySide6.QtWidgets import QStyleOptionHeader

    view = orders_view(qtbot, session)
    option = QStyleOptionHeader()
    view.table.horizontalHeader().initStyleOptionForIndex(option, OrderColumn.DATE)
    assert option.sortIndicator == QStyleOptionHeader.SortIndicator.None_


@pytest.mark.parametrize("col", [OrderColumn.NUMBER, OrderColumn.ITEMS, OrderColumn.TOTAL, OrderColumn.STATUS,
                                 OrderColumn.STORE])
def test_a_header_sorts_both_ways_through_the_core(qtbot, session, col):
    from desktop.core import orders
    from desktop.core.kinds import OrderStatus

    view = orders_view(qtbot, session)
    db, user = session.ctx.db(), session.user
    rows = orders.order_rows(db, user, view.model.ids())
    life = list(OrderStatus)
    key = {OrderColumn.NUMBER: lambda r: r.number, OrderColumn.ITEMS: lambda r: r.summary.casefold(),
           OrderColumn.TOTAL: lambda r: r.total_cents, OrderColumn.STATUS: lambda r: life.index(OrderStatus(r.status)),
           OrderColumn.STORE: lambda r: r.store_name}[col]
    fetches: list[list[int]] = []
    fetch = view.model.fetch
    view.model.fetch = lambda ids: (fetches.append(list(ids)), fetch(ids))[1]
    # The rows read between the click and the new order: none, the core ordered the ids.
    read_before_order: list[int] = []
    view.model.modelAboutToBeReset.connect(lambda: read_before_order.append(len(fetches)))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        before = view.model.ids()
        # A paint still pending from the show (late on a loaded machine) reads the visible rows
        # in the old order; let it happen before the click, so only what the click causes counts.
        view.table.viewport().repaint()
        qtbot.waitUntil(lambda: not view.model.asking and not session.busy, timeout=10_000)
        fetches.clear()
        view.table.sortByColumn(col, order)
        qtbot.waitUntil(lambda before=before: view.model.ids() != before, timeout=10_000)
        wait_idle(qtbot, session)
        keys = [key(rows[i]) for i in view.model.ids()]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
    assert read_before_order == [0, 0]


@pytest.fixture
def market_session(qtbot, data_dir, session):
    ctx = AppContext(data_dir=data_dir)
    demo_cases.seed(ctx.db())
    ctx.close()
    s = open_session(qtbot, data_dir, "marketplace")
    yield s
    s.close()


def test_the_marketplace_sees_whose_each_order_is(qtbot, market_session):
    view = orders_view(qtbot, market_session)
    assert not view.table.isColumnHidden(OrderColumn.BUYER)
    assert view.model.headerData(OrderColumn.BUYER, Qt.Orientation.Horizontal) == "Buyer"
    qtbot.waitUntil(lambda: None not in column(view, OrderColumn.BUYER), timeout=10_000)
    rows = [view.model.cached(i) for i in view.model.ids()]
    assert column(view, OrderColumn.BUYER) == [r.buyer_name for r in rows]
    assert column(view, OrderColumn.STORE) == [r.store_name for r in rows]
    view.table.sortByColumn(OrderColumn.BUYER, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: None not in column(view, OrderColumn.BUYER)
                    and column(view, OrderColumn.BUYER) == sorted(column(view, OrderColumn.BUYER)), timeout=10_000)


def test_a_buyer_and_a_store_have_no_buyer_column(qtbot, session, seller_session):
    for s in (session, seller_session):
        view = orders_view(qtbot, s)
        assert view.table.isColumnHidden(OrderColumn.BUYER)


def test_the_orders_model_passes_the_model_tester(qtbot, qtmodeltester, market_session):
    view = orders_view(qtbot, market_session)
    qtmodeltester.check(view.model)


def test_a_hidden_table_reads_no_rows_and_a_shown_one_only_its_screen(qtbot, seller_session):
    """A seller with many orders: the window builds the orders view hidden after its first
    screen. Fitting its columns asked every row for its size hint while hidden, so the paged
    model fetched all of them, fitting again after each page (10,000 orders: minutes of a
    frozen window). Hidden, nothing is read; shown, about a screen."""
    from desktop.core import demo_scale

    demo_scale.generate(seller_session.db, 60_000)
    view = OrdersView(seller_session, ImageCache(seller_session))
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.load()
    qtbot.waitUntil(lambda: view.model.loaded, timeout=20_000)
    qtbot.wait(50)
    wait_idle(qtbot, seller_session)
    ids = view.model.ids()
    assert len(ids) >= 500
    assert [i for i in ids if view.model.cached(i) is not None] == []
    view.show()
    first = view.table.rowAt(0)
    qtbot.waitUntil(lambda: view.model.cached(ids[first]) is not None, timeout=20_000)
    qtbot.wait(50)
    wait_idle(qtbot, seller_session)
    read = [i for i in ids if view.model.cached(i) is not None]
    assert 0 < len(read) <= 2 * view.model.BATCH
    assert view.table.horizontalHeader().sectionSize(OrderColumn.STATUS) > 0
