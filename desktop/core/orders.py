"""Orders as their buyer or their store sees them: ids for the table, rows, an order's page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.users import UserRecord

STATUSES = tuple(s.value for s in m.OrderStatus)
CANCELLABLE = (m.OrderStatus.AWAITING_PAYMENT.value, m.OrderStatus.AWAITING_SHIPMENT.value)


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    status: str
    created_at: dt.datetime
    total_cents: int
    currency: str
    store_name: str
    store_handle: str
    buyer_name: str
    summary: str                # "Cotton T-Shirt ×2, Baseball Cap"
    item_count: int
    image: str
    carrier: str
    tracking_number: str
    last_event: str             # the newest tracking kind, "" when none

    def to_json(self) -> dict:
        return {"id": self.id, "number": self.number, "status": self.status,
                "created_at": self.created_at.isoformat() + "Z", "total": self.total_cents / 100,
                "currency": self.currency, "store": self.store_handle, "buyer": self.buyer_name,
                "items": self.item_count, "summary": self.summary, "carrier": self.carrier,
                "tracking_number": self.tracking_number}


@dataclass(frozen=True)
class OrderItemRow:
    product_id: int
    title: str
    variant: str
    quantity: int
    unit_price_cents: int
    image: str


@dataclass(frozen=True)
class TrackingRow:
    at: dt.datetime
    kind: str
    location: str
    description: str


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    items: tuple[OrderItemRow, ...]
    tracking: tuple[TrackingRow, ...]


def _visible_to(user: UserRecord):
    if user.is_seller:
        return m.Order.store_id == user.store_id
    return m.Order.buyer_id == user.id


def _query():
    return select(m.Order).options(selectinload(m.Order.items), selectinload(m.Order.tracking),
                                   selectinload(m.Order.store), selectinload(m.Order.buyer))


def _images(s: Session, orders) -> dict[int, str]:
    ids = {i.product_id for o in orders for i in o.items}
    if not ids:
        return {}
    rows = s.execute(select(m.ProductImage.product_id, m.ProductImage.path)
                     .where(m.ProductImage.product_id.in_(ids)).order_by(m.ProductImage.position.desc()))
    return {pid: path for pid, path in rows}


def _row(o: m.Order, images: dict[int, str]) -> OrderRow:
    summary = ", ".join(i.title.split(",")[0] + (f" ×{i.quantity}" if i.quantity > 1 else "") for i in o.items)
    return OrderRow(id=o.id, number=o.number, status=o.status.value, created_at=o.created_at,
                    total_cents=o.total_cents, currency=o.currency, store_name=o.store.name,
                    store_handle=o.store.handle, buyer_name=o.buyer.name, summary=summary,
                    item_count=sum(i.quantity for i in o.items),
                    image=images.get(o.items[0].product_id, "") if o.items else "",
                    carrier=o.carrier, tracking_number=o.tracking_number,
                    last_event=o.tracking[-1].kind.value if o.tracking else "")


def order_ids(db: Database, user: UserRecord, *, status: str | None = None) -> list[int]:
    if status is not None and status not in STATUSES:
        raise UsageError(f"Unknown order status {status!r}.", hint=f"Use one of: {', '.join(STATUSES)}.")

    def run(s: Session) -> list[int]:
        q = select(m.Order.id).where(_visible_to(user)).order_by(m.Order.created_at.desc(), m.Order.id.desc())
        if status:
            q = q.where(m.Order.status == m.OrderStatus(status))
        return list(s.scalars(q))

    return db.read(run)


def order_rows_in(s: Session, user: UserRecord, ids) -> dict[int, OrderRow]:
    ids = list(ids)
    if not ids:
        return {}
    orders = list(s.scalars(_query().where(m.Order.id.in_(ids), _visible_to(user))))
    images = _images(s, orders)
    return {o.id: _row(o, images) for o in orders}


def order_rows(db: Database, user: UserRecord, ids: list[int]) -> dict[int, OrderRow]:
    return db.read(lambda s: order_rows_in(s, user, ids))


def order_detail(db: Database, user: UserRecord, order_id: int) -> OrderDetail | None:
    def run(s: Session) -> OrderDetail | None:
        o = s.scalar(_query().where(m.Order.id == order_id, _visible_to(user)))
        if o is None:
            return None
        images = _images(s, [o])
        return OrderDetail(
            row=_row(o, images),
            items=tuple(OrderItemRow(i.product_id, i.title, i.variant, i.quantity, i.unit_price_cents,
                                     images.get(i.product_id, "")) for i in o.items),
            tracking=tuple(TrackingRow(t.at, t.kind.value, t.location, t.description) for t in o.tracking))

    return db.read(run)
