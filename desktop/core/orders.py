"""Orders as their buyer or their store sees them: ids for the table, rows, pages, an order's page.

Lists read plain rows (an order, its store and buyer in one query; the items, the newest
tracking event and a picture per page of orders), newest first through an index of the
store's or the buyer's orders (docs/queries.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select, tuple_
from sqlalchemy.orm import Session, aliased, selectinload

from desktop.core import arbiter, clock
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.kinds import OrderSort
from desktop.core.order_rules import iso
from desktop.core.tracking_texts import TrackingDetail, detail_of
from desktop.core.users import UserRecord

STATUSES = tuple(s.value for s in m.OrderStatus)
PAGE = 200


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
    buyer_handle: str = ""      # who the buyer's steps on the order page are by (their name is shown)

    def to_json(self) -> dict:
        return {"id": self.id, "number": self.number, "status": self.status,
                "created_at": self.created_at.isoformat() + "Z", "total": self.total_cents / 100,
                "currency": self.currency, "store": self.store_handle, "buyer": self.buyer_name,
                "items": self.item_count, "summary": self.summary, "carrier": self.carrier,
                "tracking_number": self.tracking_number}


@dataclass(frozen=True)
class OrderCursor:
    """Where a page of orders ends: the next page starts after this key (newest first)."""

    created_at: dt.datetime
    order_id: int


@dataclass(frozen=True)
class OrderPage:
    rows: tuple[OrderRow, ...]
    next: OrderCursor | None      # None: this was the last page


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
    description: str                          # the carrier's own words, as stored
    detail: TrackingDetail | None = None      # their code when the app knows them (`tracking_texts`)

    def to_json(self) -> dict:
        return {"at": iso(self.at), "kind": self.kind, "location": self.location,
                "description": self.description, "detail": self.detail.to_json() if self.detail else None}


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    items: tuple[OrderItemRow, ...]
    tracking: tuple[TrackingRow, ...]
    situation: TrackingRow | None = None    # a delay, returned to sender, no tracking for days: worth asking

    def to_json(self) -> dict:
        """The order's page for the command line: the order, its items, its tracking newest last."""
        return self.row.to_json() | {
            "lines": [{"product_id": i.product_id, "title": i.title, "variant": i.variant, "quantity": i.quantity,
                       "unit_price": i.unit_price_cents / 100} for i in self.items],
            "tracking": [t.to_json() for t in self.tracking],
            "situation": self.situation.to_json() if self.situation else None}


NO_TRACKING_DAYS = 5      # the carrier has not scanned the parcel this long after shipping: worth asking


def tracking_situation(events: Sequence[TrackingRow]) -> TrackingRow | None:
    """The newest event when it is one of the guide's three situations worth asking the store
    about: a delay, returned to sender, or still no tracking information `NO_TRACKING_DAYS`
    after the first event (on the clock)."""
    if not events:
        return None
    newest = max(events, key=lambda e: e.at)
    if newest.kind in (m.TrackingKind.DELAY.value, m.TrackingKind.CUSTOMS_DELAY.value,
                       m.TrackingKind.RETURNED_TO_SENDER.value):      # a customs hold is a delay too
        return newest
    if newest.kind == m.TrackingKind.NO_TRACKING.value:
        first = min(e.at for e in events)
        return newest if clock.now() - first >= dt.timedelta(days=NO_TRACKING_DAYS) else None
    return None


def _visible_to(user: UserRecord):
    """A buyer's own orders, a store's, or, for the marketplace, the orders whose dispute it
    decides or decided (`arbiter.decides`; the same rule as row-level security's)."""
    if user.role == m.Role.ARBITER.value:
        return arbiter.decides(m.Order.id)
    if user.is_seller:
        return m.Order.store_id == user.store_id
    return m.Order.buyer_id == user.id


def _query():
    return select(m.Order).options(selectinload(m.Order.items), selectinload(m.Order.tracking),
                                   selectinload(m.Order.store), selectinload(m.Order.buyer))


def _images(s: Session, product_ids) -> dict[int, str]:
    """The first picture of each product."""
    ids = list(set(product_ids))
    if not ids:
        return {}
    rows = s.execute(select(m.ProductImage.product_id, m.ProductImage.path)
                     .where(m.ProductImage.product_id.in_(ids)).order_by(m.ProductImage.position.desc()))
    return {pid: path for pid, path in rows}


def _summary(items) -> str:
    return ", ".join(title.split(",")[0] + (f" ×{qty}" if qty > 1 else "") for _pid, title, qty in items)


def _row(o: m.Order, images: dict[int, str]) -> OrderRow:
    items = [(i.product_id, i.title, i.quantity) for i in o.items]
    return OrderRow(id=o.id, number=o.number, status=o.status.value, created_at=o.created_at,
                    total_cents=o.total_cents, currency=o.currency, store_name=o.store.name,
                    store_handle=o.store.handle, buyer_name=o.buyer.name, summary=_summary(items),
                    item_count=sum(q for _p, _t, q in items),
                    image=images.get(items[0][0], "") if items else "",
                    carrier=o.carrier, tracking_number=o.tracking_number,
                    last_event=o.tracking[-1].kind.value if o.tracking else "", buyer_handle=o.buyer.handle)


def _list_query(user: UserRecord, status: str | None):
    """The orders of the table as plain columns (with their store and buyer), unordered."""
    o, buyer = m.Order, aliased(m.User, name="buyer")
    q = (select(o.id, o.number, o.status, o.created_at, o.total_cents, o.currency, m.Store.name, m.Store.handle,
                buyer.name, o.carrier, o.tracking_number, buyer.handle)
         .join(m.Store, m.Store.id == o.store_id).join(buyer, buyer.id == o.buyer_id).where(_visible_to(user)))
    if status:
        q = q.where(o.status == m.OrderStatus(status))
    return q


def _check_status(status: str | None) -> None:
    if status is not None and status not in STATUSES:
        raise UsageError(f"Unknown order status {status!r}.", hint=f"Use one of: {', '.join(STATUSES)}.",
                         text_id="order_status_unknown", args={"status": status})


def _plain_rows(s: Session, raw) -> list[OrderRow]:
    """OrderRows for plain order tuples: the items, newest tracking event and pictures in three reads."""
    ids = [r[0] for r in raw]
    if not ids:
        return []
    items: dict[int, list[tuple[int, str, int]]] = {}
    last_event: dict[int, str] = {}
    for start in range(0, len(ids), 1000):
        chunk = ids[start:start + 1000]
        for oid, pid, title, qty in s.execute(
                select(m.OrderItem.order_id, m.OrderItem.product_id, m.OrderItem.title, m.OrderItem.quantity)
                .where(m.OrderItem.order_id.in_(chunk)).order_by(m.OrderItem.id)):
            items.setdefault(oid, []).append((pid, title, qty))
        for oid, kind in s.execute(select(m.TrackingEvent.order_id, m.TrackingEvent.kind)
                                   .where(m.TrackingEvent.order_id.in_(chunk))
                                   .order_by(m.TrackingEvent.at, m.TrackingEvent.id)):
            last_event[oid] = kind.value
    images = _images(s, {its[0][0] for its in items.values()})
    rows = []
    for oid, number, status, created_at, total, currency, store_name, store_handle, buyer_name, carrier, \
            tracking, buyer_handle in raw:
        its = items.get(oid, [])
        rows.append(OrderRow(id=oid, number=number, status=status.value, created_at=created_at, total_cents=total,
                             currency=currency, store_name=store_name, store_handle=store_handle,
                             buyer_name=buyer_name, summary=_summary(its), item_count=sum(q for _p, _t, q in its),
                             image=images.get(its[0][0], "") if its else "", carrier=carrier,
                             tracking_number=tracking, last_event=last_event.get(oid, ""),
                             buyer_handle=buyer_handle))
    return rows


def order_ids(db: Database, user: UserRecord, *, status: str | None = None, sort: OrderSort = OrderSort.DATE,
              descending: bool = True) -> list[int]:
    """Every id of the table in the order asked (ids only: the model reads rows for what is on
    screen); the default, newest first, goes through the index alone."""
    _check_status(status)

    def run(s: Session) -> list[int]:
        q = select(m.Order.id).where(_visible_to(user))
        if status:
            q = q.where(m.Order.status == m.OrderStatus(status))
        q, key = _sort_key(q, sort)
        if descending:
            q = q.order_by(*(k.desc() for k in key), m.Order.id.desc())
        else:
            q = q.order_by(*(k.asc() for k in key), m.Order.id.asc())
        return list(s.scalars(q))

    return db.read(run)


def _sort_key(q, sort: OrderSort):
    """The query joined to what `sort` needs, and the columns it orders by."""
    o = m.Order
    if sort is OrderSort.NUMBER:
        return q, (o.number,)
    if sort is OrderSort.TOTAL:
        return q, (o.currency, o.total_cents)
    if sort is OrderSort.STATUS:
        life = {s: n for n, s in enumerate(m.OrderStatus)}
        return q, (case(life, value=o.status),)
    if sort is OrderSort.ITEMS:
        first = (select(m.OrderItem.title).where(m.OrderItem.order_id == o.id)
                 .order_by(m.OrderItem.id).limit(1).scalar_subquery())
        return q, (func.lower(func.coalesce(first, "")),)
    if sort is OrderSort.BUYER:
        buyer = aliased(m.User, name="buyer")
        return q.join(buyer, buyer.id == o.buyer_id), (buyer.name,)
    if sort is OrderSort.STORE:
        return q.join(m.Store, m.Store.id == o.store_id), (m.Store.name,)
    return q, (o.created_at,)


def order_page(db: Database, user: UserRecord, *, status: str | None = None, after: OrderCursor | None = None,
               limit: int = PAGE) -> OrderPage:
    """Up to `limit` orders newest first, after `after` (keyset on creation time and id)."""
    _check_status(status)

    def run(s: Session) -> OrderPage:
        q = _list_query(user, status)
        if after is not None:
            q = q.where(tuple_(m.Order.created_at, m.Order.id) < (after.created_at, after.order_id))
        raw = list(s.execute(q.order_by(m.Order.created_at.desc(), m.Order.id.desc()).limit(limit)))
        rows = tuple(_plain_rows(s, raw))
        return OrderPage(rows, OrderCursor(rows[-1].created_at, rows[-1].id) if len(rows) == limit else None)

    return db.read(run)


def iter_orders(db: Database, user: UserRecord, *, status: str | None = None, page: int = 5000):
    """Every order of the table, newest first, a page at a time."""
    after = None
    while True:
        result = order_page(db, user, status=status, after=after, limit=page)
        yield from result.rows
        if result.next is None:
            return
        after = result.next


def order_rows_in(s: Session, user: UserRecord, ids) -> dict[int, OrderRow]:
    ids = list(ids)
    if not ids:
        return {}
    rows: list[OrderRow] = []
    for start in range(0, len(ids), 1000):
        raw = list(s.execute(_list_query(user, None).where(m.Order.id.in_(ids[start:start + 1000]))))
        rows.extend(_plain_rows(s, raw))
    return {r.id: r for r in rows}


def order_rows(db: Database, user: UserRecord, ids: list[int]) -> dict[int, OrderRow]:
    return db.read(lambda s: order_rows_in(s, user, ids))


def order_detail(db: Database, user: UserRecord, order_id: int) -> OrderDetail | None:
    def run(s: Session) -> OrderDetail | None:
        o = s.scalar(_query().where(m.Order.id == order_id, _visible_to(user)))
        if o is None:
            return None
        images = _images(s, [i.product_id for i in o.items])
        return OrderDetail(
            row=_row(o, images),
            items=tuple(OrderItemRow(i.product_id, i.title, i.variant, i.quantity, i.unit_price_cents,
                                     images.get(i.product_id, "")) for i in o.items),
            tracking=(tracking := tuple(TrackingRow(t.at, t.kind.value, t.location, t.description,
                                                    detail_of(t.description)) for t in o.tracking)),
            situation=tracking_situation(tracking))

    return db.read(run)
