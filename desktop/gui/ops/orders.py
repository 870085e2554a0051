"""Ops on orders: the ids for a status filter, their rows, an order's page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.kinds import OrderSort
from desktop.gui.ops.core import orders
from desktop.gui.session import Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.orders import OrderDetail, OrderRow


def order_ids(session: Session, status: str | None = None, sort: OrderSort = OrderSort.DATE,
              descending: bool = True) -> Op[list[int]]:
    """The user's orders (a seller: the store's), newest first unless `sort` says otherwise, with
    this status when given."""
    return session.op(lambda b: orders.order_ids(b.db, b.user, status=status, sort=sort, descending=descending),
                      "order ids")


def order_rows(session: Session, ids: list[int]) -> Op[dict[int, OrderRow]]:
    return session.op(lambda b: orders.order_rows(b.db, b.user, ids), "order rows")


def order_detail(session: Session, order_id: int) -> Op[OrderDetail | None]:
    return session.op(lambda b: orders.order_detail(b.db, b.user, order_id), "order detail")
