"""The marketplace rows of the large demo (`demo_scale`): buyers from Spain, Latin America,
the English-speaking world and Chinese-speaking Asia, the store's catalogue, and its orders
with items and tracking. Plain tuples and Core inserts: the caller owns the transaction.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, insert, select

from desktop.core import demo_texts as texts
from desktop.core import schema as m
from desktop.core.kinds import DisputeState, OrderStatus, Role, TrackingKind

DAY = 86400.0


@dataclass(frozen=True)
class Buyer:
    id: int
    language: str
    city: str


@dataclass(frozen=True)
class ProductRef:
    id: int
    name: str                  # the short name buyers write: "Wireless Earbuds X12 Pro"


@dataclass(frozen=True)
class OrderRef:
    id: int
    number: str
    carrier: str
    tracking: str


@dataclass
class Market:
    """What the conversations talk about."""

    store_id: int
    seller_id: int
    buyers: list[Buyer] = field(default_factory=list)
    products: list[ProductRef] = field(default_factory=list)
    orders_of: dict[int, list[OrderRef]] = field(default_factory=dict)    # buyer id -> orders


def next_id(conn: Connection, model: type[m.Base]) -> int:
    """The first free id of a table (ids are given explicitly, so rows can point at each other)."""
    return (conn.execute(select(func.max(model.id))).scalar() or 0) + 1     # type: ignore[attr-defined]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace(" ", "")


def add_buyers(conn: Connection, rng: random.Random, count: int) -> list[Buyer]:
    """`count` buyers with unique handles (name.surname.N), each in a city of their language."""
    first_id = next_id(conn, m.User)
    languages = [lang for lang, weight in texts.LANGUAGE_WEIGHTS for _ in range(weight)]
    rows, buyers = [], []
    for n in range(count):
        lang = rng.choice(languages)
        firsts, lasts, places = texts.PEOPLE[lang]
        first, last = rng.choice(firsts), rng.choice(lasts)
        city, zone = rng.choice(places)
        if lang == "zh":
            (first_latin, first_han), (last_latin, last_han) = first.split("|"), last.split("|")
            name, handle = f"{last_latin} {first_latin} ({last_han}{first_han})", f"{first_latin}.{last_latin}"
        else:
            name, handle = f"{first} {last}", f"{first}.{last}"
        uid = first_id + n
        rows.append({"id": uid, "handle": f"{_ascii(handle)}.{n + 1}", "name": name, "role": Role.BUYER,
                     "language": lang, "time_zone": zone, "city": city, "store_id": None})
        buyers.append(Buyer(uid, lang, city))
    conn.execute(insert(m.User), rows)
    return buyers


def add_products(conn: Connection, rng: random.Random, store_id: int, count: int) -> list[ProductRef]:
    """`count` products of the store, each with the demo picture of its kind and 2-4 variants."""
    first_id = next_id(conn, m.Product)
    products, images, variants, refs = [], [], [], []
    for n in range(count):
        key, kind_name, features, (variant_kind, values) = rng.choice(texts.PRODUCT_KINDS)
        model = f"{rng.choice('XKTQMZ')}{rng.randint(1, 99)} {rng.choice(texts.SERIES)}"
        name = f"{kind_name} {model}"
        reviews = 0 if rng.random() < 0.1 else rng.randint(1, 20000)
        pid = first_id + n
        products.append({"id": pid, "store_id": store_id, "title": f"{name}, {rng.choice(features)}",
                         "description": f"{name}. Options: {variant_kind}. Ships from Shenzhen in 2-4 days; "
                                        "delivery 10-20 days.",
                         "price_cents": rng.randint(199, 12999), "currency": "EUR", "rating": rng.randint(38, 50),
                         "review_count": reviews, "sold_count": reviews * rng.randint(2, 6)})
        images.append({"store_id": store_id, "product_id": pid, "path": f"demo/products/{key}.png", "position": 0})
        for value in rng.sample(values, k=min(len(values), rng.randint(2, 4))):
            variants.append({"store_id": store_id, "product_id": pid, "kind": variant_kind, "value": value,
                             "price_delta_cents": rng.choice((0, 0, 100, 200)), "stock": rng.randint(0, 500)})
        refs.append(ProductRef(pid, name))
    conn.execute(insert(m.Product), products)
    conn.execute(insert(m.ProductImage), images)
    conn.execute(insert(m.ProductVariant), variants)
    return refs


def _status(rng: random.Random, age_days: float) -> OrderStatus:
    if age_days < 3:
        return OrderStatus.AWAITING_PAYMENT if rng.random() < 0.3 else OrderStatus.AWAITING_SHIPMENT
    if age_days < 45:
        return OrderStatus.SHIPPED if rng.random() < 0.85 else OrderStatus.DELIVERED
    roll = rng.random()
    return (OrderStatus.DELIVERED if roll < 0.86 else OrderStatus.CANCELLED if roll < 0.95
            else OrderStatus.IN_DISPUTE)


def _tracking(rng: random.Random, store_id: int, order_id: int, status: OrderStatus,
              created: dt.datetime) -> list[dict]:
    """The tracking timeline an order of this status has: nothing before shipping, a few steps
    (sometimes a customs delay or no information for days) after it, delivery at the end."""
    if status in (OrderStatus.AWAITING_PAYMENT, OrderStatus.AWAITING_SHIPMENT, OrderStatus.CANCELLED):
        return []
    steps = [(TrackingKind.INFO, "Shenzhen", "Shipment information received")]
    if rng.random() < 0.25:
        steps.append((TrackingKind.NO_TRACKING, "", "No tracking information for now"))
    steps.append((TrackingKind.DEPARTED, "Shenzhen", "Departed from the sorting centre"))
    if rng.random() < 0.2:
        steps.append((TrackingKind.CUSTOMS_DELAY, "Customs", "Delay in transit: held by customs"))
    if status in (OrderStatus.DELIVERED, OrderStatus.IN_DISPUTE):
        steps.append((TrackingKind.DELIVERED, "", "Delivered"))
    at, rows = created, []
    for kind, location, text in steps:
        at += dt.timedelta(days=rng.uniform(0.5, 4))
        rows.append({"store_id": store_id, "order_id": order_id, "at": at, "kind": kind, "location": location, "description": text})
    return rows


def add_orders(conn: Connection, rng: random.Random, market: Market, count: int, big_buyers: list[int],
               end: dt.datetime) -> None:
    """`count` orders of the store, more of them recent (a growing store), a fifth of them from
    the wholesale buyers of the longest conversations; numbers are unique 16-digit ones."""
    first_id = next_id(conn, m.Order)
    taken = set(conn.execute(select(m.Order.number)).scalars())
    price_of = dict(conn.execute(select(m.Product.id, m.Product.price_cents)).all())
    orders, items, tracking, disputes = [], [], [], []
    for n in range(count):
        oid = first_id + n
        buyer = (rng.choice(big_buyers) if big_buyers and rng.random() < 0.2 else rng.choice(market.buyers).id)
        age = 730 * rng.random() ** 2
        created = end - dt.timedelta(days=age)
        status = _status(rng, age)
        number = str(rng.randrange(8_100_000_000_000_000, 8_999_999_999_999_999))
        while number in taken:
            number = str(rng.randrange(8_100_000_000_000_000, 8_999_999_999_999_999))
        taken.add(number)
        carrier, pattern = rng.choice(texts.CARRIERS)
        shipped = status not in (OrderStatus.AWAITING_PAYMENT, OrderStatus.AWAITING_SHIPMENT, OrderStatus.CANCELLED)
        tracking_number = pattern.format(rng.randrange(10 ** 9)) if shipped else ""
        total = 0
        for product in rng.sample(market.products, k=min(len(market.products), rng.choice((1, 1, 1, 2, 3)))):
            qty = rng.choice((1, 1, 1, 2, 3))
            price = price_of[product.id]
            items.append({"store_id": market.store_id, "order_id": oid, "product_id": product.id, "title": product.name, "variant": "",
                          "quantity": qty, "unit_price_cents": price})
            total += price * qty
        orders.append({"id": oid, "number": number, "buyer_id": buyer, "store_id": market.store_id,
                       "status": status, "created_at": created, "total_cents": total, "currency": "EUR",
                       "carrier": carrier if shipped else "", "tracking_number": tracking_number})
        events = _tracking(rng, market.store_id, oid, status, created)
        tracking.extend(events)
        if status == OrderStatus.IN_DISPUTE:
            disputes.append(_escalated(market.store_id, oid, buyer, total, events[-1]["at"]))
        market.orders_of.setdefault(buyer, []).append(OrderRef(oid, number, carrier, tracking_number or "—"))
    conn.execute(insert(m.Order), orders)
    conn.execute(insert(m.OrderItem), items)
    if tracking:
        conn.execute(insert(m.TrackingEvent), tracking)
    if disputes:
        conn.execute(insert(m.Dispute), disputes)


def _escalated(store_id: int, order_id: int, buyer_id: int, total: int, delivered: dt.datetime) -> dict:
    """The dispute of an order in dispute: months old, so past every deadline of the rules
    but the marketplace's (an open one would have been escalated on day 16): escalated, waiting
    for the marketplace's decision, which has no deadline. An order "in dispute" with no dispute
    showed nothing to answer."""
    opened = delivered + dt.timedelta(days=2)
    return {"store_id": store_id, "order_id": order_id, "opened_by": buyer_id, "reason": "not_as_described",
            "description": "", "state": DisputeState.ESCALATED.value, "created_at": opened, "refund_kind": "full",
            "amount_cents": total, "deadline_at": None}
