"""The demo's orders that went wrong: one in each state of a cancellation and a dispute.

They are made by the real core functions, each step on the clock at the moment it
happens, relative to when the demo is made (`clock.now()`), so the deadlines shown are
live: a pending request counts down, and the clock applies it when it runs out, as it
would for any order. The rest of the demo is dated from its fixed `base_time`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from desktop.core import cancellations, clock, dispute_steps, disputes, users
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.order_rules import OrderRules

DAY = dt.timedelta(days=1)

# number, buyer, store, status, created (days before now), delivered (days before now, or None)
ORDERS = (
    ("8190000000000110", "lucia", "yiwu-home", "awaiting_shipment", 2.0, None),    # ship-by countdown
    ("8190000000000111", "james", "yiwu-home", "awaiting_shipment", 1.0, None),    # cancellation pending
    ("8190000000000112", "lucia", "shenzhen-tech", "awaiting_shipment", 4.0, None),  # cancelled by the store
    ("8190000000000113", "james", "guangzhou-style", "awaiting_payment", 4.0, None),  # cancelled automatically
    ("8190000000000114", "lucia", "shenzhen-tech", "delivered", 14.0, 3.0),       # dispute open
    ("8190000000000115", "james", "shenzhen-tech", "delivered", 15.0, 4.0),       # partial refund offered
    ("8190000000000116", "lucia", "guangzhou-style", "delivered", 16.0, 6.0),     # item returned
    ("8190000000000117", "james", "yiwu-home", "delivered", 20.0, 9.0),           # escalated
    ("8190000000000118", "lucia", "yiwu-home", "delivered", 22.0, 12.0),          # decided by the marketplace
    ("8190000000000119", "lucia", "shenzhen-tech", "delivered", 12.0, 2.0),       # a dispute can be opened
    ("8190000000000120", "james", "guangzhou-style", "awaiting_shipment", 5.0, None),  # cancellation declined: shipped
    ("8190000000000121", "lucia", "guangzhou-style", "delivered", 12.0, 5.0),     # dispute accepted by the store
    ("8190000000000122", "james", "shenzhen-tech", "delivered", 14.0, 9.0),       # refund accepted automatically
    ("8190000000000123", "lucia", "yiwu-home", "delivered", 26.0, 20.0),          # escalated automatically
)


MARKETPLACE = "marketplace"


def add_marketplace(db: Database) -> None:
    """The marketplace's own account (role arbiter), which decides escalated disputes."""
    def run(s) -> None:
        if s.scalar(select(m.User.id).where(m.User.handle == MARKETPLACE)) is None:
            s.add(m.User(handle=MARKETPLACE, name="Marketplace disputes team", role=m.Role.ARBITER, language="en",
                         time_zone="UTC", city=""))

    db.write(run)


def _orders(db: Database, now: dt.datetime) -> dict[str, int]:
    def run(s) -> dict[str, int]:
        ids = {}
        for number, buyer, store, status, created, delivered in ORDERS:
            user = s.scalar(select(m.User).where(m.User.handle == buyer))
            st = s.scalar(select(m.Store).where(m.Store.handle == store))
            product = s.scalar(select(m.Product).where(m.Product.store_id == st.id).order_by(m.Product.id))
            o = m.Order(number=number, buyer_id=user.id, store_id=st.id, status=m.OrderStatus(status),
                        created_at=now - created * DAY, total_cents=product.price_cents, currency=product.currency)
            o.items.append(m.OrderItem(product_id=product.id, title=product.title, quantity=1,
                                       unit_price_cents=product.price_cents))
            if delivered is not None:
                o.carrier, o.tracking_number = "Cainiao Standard", f"LP{number[-6:]}CN"
                o.shipped_at = now - (created - 1) * DAY
                o.tracking.append(m.TrackingEvent(at=o.shipped_at, kind=m.TrackingKind.INFO, location=st.city,
                                                  description="Parcel accepted by the carrier"))
                o.tracking.append(m.TrackingEvent(at=now - delivered * DAY, kind=m.TrackingKind.DELIVERED,
                                                  location=user.city, description="Delivered"))
            s.add(o)
            s.flush()
            ids[number] = o.id
        return ids

    return db.write(run)


def seed(db: Database) -> None:
    """Add the orders and take their steps, each at its own time."""
    now = clock.now().replace(microsecond=0)
    add_marketplace(db)
    ids = _orders(db, now)
    who = {h: users.resolve(db, h) for h in ("lucia", "james", "wei", "lina", "chen", "marketplace")}
    rules = OrderRules()
    steps: list[tuple[float, Callable[[], object]]] = [
        (0.125, lambda: cancellations.request(db, who["james"], ids["8190000000000111"], "wrong_item_or_size",
                                              "I ordered the wrong size, sorry")),
        (3.0, lambda: cancellations.request(db, who["lucia"], ids["8190000000000112"], "found_cheaper",
                                            "Lo he encontrado más barato")),
        (2.5, lambda: cancellations.accept(db, who["wei"], ids["8190000000000112"], "好的，已为您取消")),
        (3.0, lambda: cancellations.request(db, who["james"], ids["8190000000000113"], "payment_problem")),
        (1.0, lambda: cancellations.apply_all_due(db, rules)),
        (1.0, lambda: disputes.open_dispute(db, who["lucia"], ids["8190000000000114"], "not_as_described",
                                            "El color no es el de las fotos")),
        (3.0, lambda: disputes.open_dispute(db, who["james"], ids["8190000000000115"], "damaged",
                                            "The case arrived cracked", refund_kind="partial", amount=10)),
        (2.0, lambda: dispute_steps.respond(db, who["wei"], ids["8190000000000115"], "partial", amount=6,
                                            text="我们可以退6欧元")),
        (5.0, lambda: disputes.open_dispute(db, who["lucia"], ids["8190000000000116"], "wrong_item",
                                            "Me llegó otra talla")),
        (4.0, lambda: dispute_steps.respond(db, who["lina"], ids["8190000000000116"], "return",
                                            text="请退回商品")),
        (2.0, lambda: dispute_steps.ship_return(db, who["lucia"], ids["8190000000000116"], "Correos",
                                                "RR123456789ES")),
        (8.0, lambda: disputes.open_dispute(db, who["james"], ids["8190000000000117"], "missing_parts",
                                            "The lid is missing")),
        (7.0, lambda: dispute_steps.respond(db, who["chen"], ids["8190000000000117"], "reject",
                                            text="Everything was in the box when we shipped it")),
        (4.0, lambda: dispute_steps.escalate(db, who["james"], ids["8190000000000117"], "Please check the photos")),
        (10.0, lambda: disputes.open_dispute(db, who["lucia"], ids["8190000000000118"], "damaged",
                                             "Llegó abollado")),
        (9.0, lambda: dispute_steps.respond(db, who["chen"], ids["8190000000000118"], "reject",
                                            text="The packaging was fine")),
        (6.0, lambda: dispute_steps.escalate(db, who["lucia"], ids["8190000000000118"])),
        (5.0, lambda: dispute_steps.decide(db, who["marketplace"], ids["8190000000000118"], "partial",
                                           amount=5, text="The dent is small: half the price back")),
        (3.0, lambda: cancellations.request(db, who["james"], ids["8190000000000120"], "shipping_too_long")),
        (2.5, lambda: cancellations.decline(db, who["lina"], ids["8190000000000120"], "already_shipped",
                                            carrier="YunExpress", tracking="YT2611200001")),
        (4.0, lambda: disputes.open_dispute(db, who["lucia"], ids["8190000000000121"], "not_as_described",
                                            "La tela es más fina de lo que dice la descripción")),
        (3.0, lambda: dispute_steps.respond(db, who["lina"], ids["8190000000000121"], "accept", text="好的，全额退款")),
        (8.0, lambda: disputes.open_dispute(db, who["james"], ids["8190000000000122"], "damaged",
                                            "The screen has a deep scratch")),
        (17.0, lambda: disputes.open_dispute(db, who["lucia"], ids["8190000000000123"], "not_as_described",
                                             "No es del tamaño indicado")),
        (15.0, lambda: dispute_steps.respond(db, who["chen"], ids["8190000000000123"], "reject",
                                             text="The size is in the description")),
        (0.5, lambda: dispute_steps.apply_all_due(db, rules)),     # …122: no answer in 5 days; …123: day 16
    ]
    for days_before, step in sorted(steps, key=lambda x: -x[0]):
        with clock.frozen(now - days_before * DAY):
            step()
