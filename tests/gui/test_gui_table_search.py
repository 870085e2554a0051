"""Search fields on Products (title, store) and Orders (number, product, tracking) (issue 14):
results after a pause in typing, on the worker; clearing shows everything again; an older
query's late answer is dropped."""

from __future__ import annotations

from gui_helpers import wait_idle

from desktop.core import catalog, orders


def test_products_search_by_title_and_back(qtbot, window, session):
    view = window.products
    window.show_view("products")
    qtbot.waitUntil(lambda: view.model.loaded and view.model.rowCount() > 0, timeout=10_000)
    everything = view.model.rowCount()
    view.search.setText("teapot")
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < everything, timeout=10_000)
    titles = [r.title for r in catalog.product_rows(session.db, view.model._ids).values()]
    assert titles and all("teapot" in t.lower() for t in titles)
    view.search.setText("")
    qtbot.waitUntil(lambda: view.model.rowCount() == everything, timeout=10_000)


def test_orders_search_by_tracking_fragment_with_the_status_filter(qtbot, window, session):
    view = window.orders
    window.show_view("orders")
    qtbot.waitUntil(lambda: view.model.loaded and view.model.rowCount() > 0, timeout=10_000)
    ids = orders.order_ids(session.db, session.user)
    mine = list(orders.order_rows(session.db, session.user, ids).values())
    target = next(o for o in mine if o.tracking_number)
    view.search.setText(target.tracking_number[-6:])
    qtbot.waitUntil(lambda: target.id in view.model._ids and view.model.rowCount() < len(mine), timeout=10_000)
    view.filter.setCurrentIndex(view.filter.findData("cancelled"))
    wait_idle(qtbot, session)
    qtbot.waitUntil(lambda: target.id not in view.model._ids or target.status == "cancelled", timeout=10_000)


def test_a_late_answer_to_an_older_query_is_dropped(qtbot, window):
    view = window.products
    view.search.setText("teapot")
    older = view.search.generation
    view.search._fire()
    assert not view.search.current(older) and view.search.current(view.search.generation)
