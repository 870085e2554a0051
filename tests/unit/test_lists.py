"""Orders and the catalogue read as plain rows and keyset pages: the pages are the id lists
the table models use, in the same order, and a row is the same whichever way it is read."""

from __future__ import annotations

import pytest

from desktop.core import catalog, demo_scale, orders, users
from desktop.core.errors import UsageError


@pytest.fixture
def scaled(db):
    demo_scale.generate(db, 3000)          # 30 orders and 15 products of Shenzhen Tech more
    return db


@pytest.mark.parametrize("handle, status", [("wei", None), ("wei", "shipped"), ("wei", "delivered"),
                                            ("lucia", None), ("lucia", "in_dispute")])
def test_order_pages_walk_the_table_in_order(scaled, handle, status):
    user = users.resolve(scaled, handle)
    paged = list(orders.iter_orders(scaled, user, status=status, page=4))
    assert [r.id for r in paged] == orders.order_ids(scaled, user, status=status)
    assert paged and all(status is None or r.status == status for r in paged)
    by_id = orders.order_rows(scaled, user, [r.id for r in paged])
    assert [by_id[r.id] for r in paged] == paged
    for row in paged[:5]:
        assert orders.order_detail(scaled, user, row.id).row == row


@pytest.mark.parametrize("store", [None, "shenzhen-tech", "yiwu-home"])
def test_product_pages_walk_the_catalogue_in_order(scaled, store):
    paged = list(catalog.iter_products(scaled, store_handle=store, page=4))
    assert [r.id for r in paged] == catalog.product_ids(scaled, store_handle=store)
    by_id = catalog.product_rows(scaled, [r.id for r in paged])
    assert [by_id[r.id] for r in paged] == paged
    for row in paged[:5]:
        assert catalog.product_detail(scaled, row.id).row == row


def test_unknown_store_and_status_are_usage_errors(scaled):
    with pytest.raises(UsageError, match="Known stores: guangzhou-style, shenzhen-tech, yiwu-home"):
        catalog.product_page(scaled, store_handle="nope")
    with pytest.raises(UsageError, match="Known stores"):
        catalog.product_ids(scaled, store_handle="nope")
    with pytest.raises(UsageError, match="Use one of"):
        orders.order_page(scaled, users.resolve(scaled, "wei"), status="lost")


def test_a_buyer_never_sees_another_buyers_orders(scaled):
    lucia, james = users.resolve(scaled, "lucia"), users.resolve(scaled, "james")
    theirs = orders.order_ids(scaled, james)
    assert theirs and orders.order_rows(scaled, lucia, theirs) == {}
    assert all(r.buyer_name == "Lucía García" for r in orders.iter_orders(scaled, lucia))
