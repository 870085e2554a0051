"""The demo marketplace a new user sees on first start (data in resources/demo/).

Three stores in China, their sellers, two buyers, a catalogue with pictures the project
drew itself, orders in every status with tracking timelines, and conversations in
Spanish, English and Chinese with product and order cards. Deterministic: every id,
time and text comes from `marketplace.json`, but for the open dispute's, which is a day old
whenever the demo is made (its deadline stays live); two demos made at one time are
identical row for row.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from desktop.config import resources_dir
from desktop.core import clock, demo_cases, demo_desk, demo_team, desk_state, dialect, inbox
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.order_rules import OrderRules
from desktop.core.search import build as search_build
from desktop.core.users import none_in, none_yet


def marketplace_file() -> Path:
    return resources_dir() / "demo" / "marketplace.json"


def _load() -> dict:
    return json.loads(marketplace_file().read_text(encoding="utf-8"))


def is_empty(db: Database) -> bool:
    return none_yet(db)


def ensure_demo(db: Database, data_dir: Path | None = None, *, cases: bool = False) -> bool:
    """Make the demo if the database has no users yet (first start). True if it was made.
    With `cases`, also the orders that went wrong (`demo_cases`: live deadlines, so the
    window and the commands show them; the core's tests leave them out)."""
    if not is_empty(db):
        return False
    def run(s: Session) -> bool:
        if not none_in(s):
            return False          # another process made it meanwhile
        _seed(s, _load())
        return True

    if db.write(run) and cases:
        demo_cases.seed(db)
    return True


def finish_load(s: Session) -> None:
    """Bring what the app keeps incrementally in step with rows written in bulk (the demo, the
    scale generator): each conversation's newest message and last activity, each member's copy
    of it and unread counter. Anything else kept by the app's own writes (a search index)
    is built here too, once, after the rows are in."""
    inbox.refresh_conversations(s)
    inbox.recount_all(s)
    dialect.reset_sequences(s.connection())     # before anything else takes an id from them
    desk_state.rebuild(s.connection())
    search_build.build_in(s.connection())


def reset(db: Database, *, cases: bool = False) -> None:
    """Remove every row and make the demo again, in one transaction (then, with `cases`,
    the orders that went wrong)."""
    db.write(reset_in)
    if cases:
        demo_cases.seed(db)


def reset_in(s: Session) -> None:
    """Remove every row and make the demo, in the session's transaction."""
    for table in reversed(m.Base.metadata.sorted_tables):
        s.execute(delete(table))
    dialect.reset_sequences(s.connection())      # PostgreSQL numbers the demo from 1 again, as SQLite does
    _seed(s, _load())


def _seed(s: Session, data: dict) -> None:
    base = dt.datetime.fromisoformat(data["base_time"])

    def at(days: float) -> dt.datetime:
        return base + dt.timedelta(days=days)

    stores = {}
    for st in data["stores"]:
        stores[st["handle"]] = m.Store(handle=st["handle"], name=st["name"], city=st["city"], country="CN",
                                       language=st["language"], rating=st["rating"], followers=st["followers"],
                                       return_address=st.get("return_address", ""))
    s.add_all(stores.values())
    s.flush()

    users = {}
    for u in data["users"]:
        store = stores.get(u.get("store"))
        users[u["handle"]] = m.User(handle=u["handle"], name=u["name"], role=m.Role(u["role"]),
                                    language=u["language"], time_zone=u["time_zone"], city=u["city"],
                                    store_id=store.id if store else None)
    s.add_all(users.values())
    s.flush()

    products = {}
    for p in data["products"]:
        product = m.Product(store_id=stores[p["store"]].id, title=p["title"], price_cents=p["price"],
                            currency="EUR", rating=p["rating"], review_count=p["reviews"], sold_count=p["sold"],
                            description=_description(p))
        product.images.append(m.ProductImage(path=f"demo/products/{p['key']}.png", position=0))
        for v in p["variants"]:
            product.variants.append(m.ProductVariant(kind=v[0], value=v[1],
                                                     price_delta_cents=v[2] if len(v) > 2 else 0, stock=50))
        products[p["key"]] = product
    s.add_all(products.values())
    s.flush()

    orders = {}
    for o in data["orders"]:
        order = m.Order(number=o["number"], buyer_id=users[o["buyer"]].id, store_id=stores[o["store"]].id,
                        status=m.OrderStatus(o["status"]), created_at=at(o["day"]),
                        carrier=o.get("carrier", ""), tracking_number=o.get("tracking_number", ""), total_cents=0)
        total = 0
        for key, variant, qty in o.get("items", []):
            product = products[key]
            delta = next((v.price_delta_cents for v in product.variants if v.value == variant), 0)
            price = product.price_cents + delta
            order.items.append(m.OrderItem(product_id=product.id, title=product.title, variant=variant,
                                           quantity=qty, unit_price_cents=price))
            total += price * qty
        order.total_cents = total
        for day, kind, location, text in o.get("tracking", []):
            order.tracking.append(m.TrackingEvent(at=at(day), kind=m.TrackingKind(kind), location=location,
                                                  description=text))
        orders[o["number"]] = order
    s.add_all(orders.values())
    s.flush()
    _seed_requests(s, orders, users, at)
    _seed_conversations(s, data, users, stores, products, orders, at)
    s.flush()
    demo_desk.seed(s)
    demo_team.seed(s)                 # an agent, assignments and a note (issue 18 §4)
    finish_load(s)


def _description(p: dict) -> str:
    kinds = sorted({v[0] for v in p["variants"]})
    return f"{p['title']}. Options: {', '.join(kinds)}. Ships from China in 2-4 days; delivery 10-20 days."


def _seed_requests(s, orders, users, at) -> None:
    cancelled = orders["8190000000000106"]
    s.add(m.CancellationRequest(store_id=cancelled.store_id, order_id=cancelled.id, requested_by=users["lucia"].id,
                                reason="Ordered the wrong colour", state=m.RequestState.ACCEPTED,
                                created_at=at(-13.9), decided_at=at(-13.5)))
    # Opened a day before the demo is made, with the seller's answer deadline the rules give it,
    # so the demo's open dispute is live whenever it is looked at (a fixed date would have
    # been applied by the clock long ago); the full refund, as the dispute dialog's default.
    disputed = orders["8190000000000107"]
    opened = clock.now() - dt.timedelta(days=1)
    s.add(m.Dispute(store_id=disputed.store_id, order_id=disputed.id, opened_by=users["lucia"].id, reason="not_received",
                    description="El paquete volvió al remitente y nunca lo recibí.",
                    created_at=opened, refund_kind="full", amount_cents=disputed.total_cents,
                    deadline_at=OrderRules().answer_deadline(opened)))


def _seed_conversations(s, data, users, stores, products, orders, at) -> None:
    for n, c in enumerate(data["conversations"], start=1):
        buyer, store = users[c["buyer"]], stores[c["store"]]
        seller = next(u for u in users.values() if u.store_id == store.id)
        conv = m.Conversation(buyer_id=buyer.id, store_id=store.id, created_at=at(c["messages"][0][0]))
        s.add(conv)
        s.flush()
        ids = []
        for i, row in enumerate(c["messages"], start=1):
            day, sender, kind, text, lang = row[:5]
            extra = row[5] if len(row) > 5 else {}
            msg = m.Message(store_id=store.id, conversation_id=conv.id, sender_id=users[sender].id, kind=m.MessageKind(kind),
                            text=text, lang=lang, client_id=f"demo-{n}-{i}",
                            product_id=products[extra["product"]].id if "product" in extra else None,
                            order_id=orders[extra["order"]].id if "order" in extra else None,
                            created_at=at(day), sent_at=at(day))
            s.add(msg)
            s.flush()
            ids.append(msg.id)
        conv.last_message_id = ids[-1]
        conv.last_activity_at = at(c["messages"][-1][0])
        for user in (buyer, seller):
            read = c["read"][user.handle]
            s.add(m.ConversationMember(store_id=store.id, conversation_id=conv.id, user_id=user.id,
                                       last_read_message_id=ids[read - 1] if read else 0))
