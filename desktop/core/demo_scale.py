"""A busy seller's real inbox: `buzon demo --reset --scale N` makes the demo plus N messages
over about N/50 conversations for the seller of the first store (Shenzhen Tech, `wei`).

The shape is the one measured on a real store's database: most conversations of 10-60
messages, ten wholesale buyers with 5,000-20,000 each (at a million), 30% of conversations
with something unread for the seller, two years of dates, and N/100 orders and N/200
products of the store. Buyers write in Spanish, English and Chinese about sizes, real
photos, shipping, delays, missing tracking, refunds; the seller answers in Chinese or
English; order and tracking numbers are in the text and exchanges start with product and
order cards. Deterministic: the same N makes the same database, row for row.

Everything is written in one transaction with Core inserts (about a minute per million
messages), then `demo.finish_load` sets what the app otherwise keeps per write.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from desktop.core import demo, demo_market, demo_texts as texts
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.kinds import MessageKind

GENERATOR_VERSION = 1          # part of cached databases' names: change it when the output changes
STORE, SELLER = "shenzhen-tech", "wei"
PER_CONVERSATION = 50
BIG = 10                       # wholesale buyers with thousands of messages each
UNREAD_SHARE = 0.30
DAYS = 730
MAX_MESSAGES = 50_000_000
BATCH = 20_000

INTENTS = texts.PRESALE + texts.ORDER + ("nudge", "thanks")
NUDGE, RECEIVED, THANKS = INTENTS.index("nudge"), INTENTS.index("received"), INTENTS.index("thanks")
SELLER_BIT, CARD_PRODUCT, CARD_ORDER = 0x80, 0x20, 0x40    # a message's code: role | kind | intent


@dataclass(frozen=True)
class ScaleSummary:
    buyers: int
    conversations: int
    messages: int
    orders: int
    products: int
    seconds: float


@dataclass
class Plan:
    """One conversation before it is written: its messages' times, codes and subjects."""

    buyer: demo_market.Buyer
    seller_lang: str
    times: array              # seconds after the window's start, increasing
    codes: bytearray
    refs: array               # the product or order id each message is about
    seller_read: int          # index of the last message the seller has read (-1: none)
    buyer_read: int


def _sizes(rng: random.Random, total: int, count: int) -> list[int]:
    """Messages per conversation, summing to `total`: ten big ones of total/200..total/50, the
    rest mostly 10-60 (a tenth longer), scaled to what is left."""
    big = min(BIG, count // 100)
    sizes = [rng.randint(max(1, total // 200), max(1, total // 50)) for _ in range(big)]
    rest, left = count - big, total - sum(sizes)
    raw = [rng.randint(10, 60) if rng.random() < 0.9 else rng.randint(61, 150) for _ in range(rest)]
    factor = left / sum(raw) if raw else 0
    sizes += [max(1, round(x * factor)) for x in raw]
    n, diff = big, total - sum(sizes)
    while diff and rest:
        step = 1 if diff > 0 else -1
        if sizes[n] + step >= 1:
            sizes[n] += step
            diff -= step
        n = big + (n - big + 1) % rest
    if not rest:
        sizes[-1] += total - sum(sizes)
    return sizes


def _codes(rng: random.Random, n: int, has_orders: bool, unread: bool) -> list[tuple[int, bool]]:
    """The conversation as exchanges: the buyer asks (after a card, often), the seller answers,
    sometimes the buyer closes. Returns (code, about an order) per message."""
    out: list[tuple[int, bool]] = []
    while len(out) < n:
        about_order = has_orders and rng.random() < (0.3 if not out else 0.6)
        intent = (rng.randrange(len(texts.PRESALE)) if not about_order
                  else len(texts.PRESALE) + rng.randrange(len(texts.ORDER)))
        if rng.random() < (0.7 if not out else 0.3):
            out.append((intent | (CARD_ORDER if about_order else CARD_PRODUCT), about_order))
        out += [(intent, about_order)] * rng.choice((1, 1, 2, 2, 3))
        out += [(intent | SELLER_BIT, about_order)] * rng.choice((1, 1, 2))
        if rng.random() < 0.25:
            out.append((RECEIVED if about_order else THANKS, about_order))
    out = out[:n]
    if unread and out[-1][0] & SELLER_BIT:
        out[-1] = (NUDGE, out[-1][1])
    return out


def _plan(rng: random.Random, buyer: demo_market.Buyer, n: int, market: demo_market.Market, big: bool) -> Plan:
    orders = market.orders_of.get(buyer.id, [])
    unread = rng.random() < UNREAD_SHARE
    codes = _codes(rng, n, bool(orders), unread)
    window = DAYS * demo_market.DAY
    if big:
        start, end = rng.uniform(0, 30) * demo_market.DAY, window - rng.uniform(0.01, 1) * demo_market.DAY
    else:
        start = rng.uniform(0, window - demo_market.DAY)
        end = min(window - 600, start + rng.expovariate(1 / (7 * demo_market.DAY)) * max(1, n / 30))
    times, refs = array("d"), array("q")
    t, ref, previous = start, 0, -1
    exchanges = max(1, sum(1 for code, _ in codes if code & (CARD_PRODUCT | CARD_ORDER))) or 1
    for code, about_order in codes:
        starts_exchange = bool(code & (CARD_PRODUCT | CARD_ORDER)) or (previous & SELLER_BIT and not code & SELLER_BIT)
        if starts_exchange or previous < 0:
            t += rng.expovariate(exchanges / max(1.0, end - start))
            pool: Sequence[demo_market.OrderRef | demo_market.ProductRef] = orders if about_order else market.products
            ref = rng.choice(pool).id
        elif code & SELLER_BIT and not previous & SELLER_BIT:
            t += rng.uniform(300, 14 * 3600)
        else:
            t += rng.uniform(5, 240)
        times.append(t)
        refs.append(ref)
        previous = code
    if times[-1] > end and len(times) > 1:
        factor = (end - start) / (times[-1] - start)
        for i in range(len(times)):
            times[i] = start + (times[i] - start) * factor
    code_bytes = bytearray(code for code, _ in codes)
    seller_read = len(codes) - 1
    if unread:
        while seller_read >= 0 and not code_bytes[seller_read] & SELLER_BIT:
            seller_read -= 1
    buyer_read = len(codes) - 1
    if code_bytes[-1] & SELLER_BIT and rng.random() < 0.1:
        buyer_read -= 1
    return Plan(buyer, "zh" if rng.random() < 0.7 else "en", times, code_bytes, refs, seller_read, buyer_read)


class _Writer:
    """Renders planned messages into rows, in time order across conversations."""

    def __init__(self, rng: random.Random, market: demo_market.Market, first_id: int):
        self.rng = rng
        self.seller_id = market.seller_id
        self.store_id = market.store_id
        self.names = {p.id: p.name for p in market.products}
        self.orders = {o.id: o for refs in market.orders_of.values() for o in refs}
        self.next_id = first_id
        self.previous: dict[int, tuple[int, int]] = {}    # conversation -> (code, template) of its last message

    def text(self, template: str, lang: str, ref: int, about_order: bool, city: str) -> str:
        rng = self.rng
        order = self.orders.get(ref) if about_order else None
        return template.format(
            product=self.names.get(ref, "producto" if lang == "es" else "产品" if lang == "zh" else "item"),
            order=order.number if order else "", tracking=order.tracking if order else "",
            carrier=order.carrier if order else "", colour=rng.choice(texts.COLOURS[lang]),
            model=rng.choice(texts.MODELS), days=rng.randint(7, 45), city=city)

    def row(self, plan: Plan, cid: int, index: int, start: dt.datetime) -> dict:
        code, ref = plan.codes[index], plan.refs[index]
        intent = INTENTS[code & 0x1F]
        about_order = intent in texts.ORDER
        at = start + dt.timedelta(seconds=plan.times[index])
        mid = self.next_id
        self.next_id += 1
        row = {"id": mid, "store_id": self.store_id, "conversation_id": cid, "client_id": f"scale-{mid}", "created_at": at, "sent_at": at,
               "product_id": None, "order_id": None}
        if code & (CARD_PRODUCT | CARD_ORDER):
            row.update(sender_id=plan.buyer.id, kind=MessageKind.PRODUCT_CARD, text="", lang=plan.buyer.language)
            row["order_id" if about_order else "product_id"] = ref
            if code & CARD_ORDER:
                row["kind"] = MessageKind.ORDER_CARD
            return row
        if code & SELLER_BIT:
            lang, sender, templates = plan.seller_lang, self.seller_id, texts.SELLER[intent][plan.seller_lang]
        else:
            lang, sender, templates = plan.buyer.language, plan.buyer.id, texts.BUYER[intent][plan.buyer.language]
        # Two messages in a row on one subject take different sentences, as a person's would.
        last_code, last_template = self.previous.get(cid, (-1, -1))
        pick = (last_template + 1) % len(templates) if code == last_code else self.rng.randrange(len(templates))
        self.previous[cid] = (code, pick)
        row.update(sender_id=sender, kind=MessageKind.TEXT, lang=lang,
                   text=self.text(templates[pick], lang, ref, about_order, plan.buyer.city))
        return row


def _merged(plans: list[Plan]) -> Iterator[tuple[float, int, int]]:
    """(time, conversation index, message index) of every message, oldest first."""
    def one(k: int, plan: Plan):
        return ((t, k, i) for i, t in enumerate(plan.times))

    return heapq.merge(*(one(k, p) for k, p in enumerate(plans)))


def generate(db: Database, messages: int, *, progress: Callable[[str], None] | None = None) -> ScaleSummary:
    """Replace everything with the demo plus `messages` generated messages, in one transaction."""
    if not 1 <= messages <= MAX_MESSAGES:
        raise UsageError(f"--scale takes 1 to {MAX_MESSAGES:,} messages, not {messages:,}.")
    say = progress or (lambda _text: None)
    began = time.perf_counter()
    rng = random.Random(f"buzon-scale-{messages}-{GENERATOR_VERSION}")
    count = max(1, messages // PER_CONVERSATION)
    with db.engine.connect() as conn:
        conn.execution_options(write=True)
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA cache_size = -262144")     # 256 MB while the indexes grow
            conn.commit()
        with conn.begin():
            with Session(bind=conn) as s:
                demo.reset_in(s)
                s.flush()
            market = _market(conn, rng, messages, count)
            say(f"{len(market.buyers):,} buyers, {len(market.products):,} products, "
                f"{sum(map(len, market.orders_of.values())):,} orders")
            plans = _plans(rng, market, messages, count)
            _write(conn, rng, market, plans, say, began)
            with Session(bind=conn) as s:
                demo.finish_load(s)
                s.flush()
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA cache_size = -2000")
            conn.commit()
    seconds = time.perf_counter() - began
    say(f"done in {seconds:.0f} s")
    return ScaleSummary(len(market.buyers), len(plans), messages, sum(map(len, market.orders_of.values())),
                        len(market.products), seconds)


def _market(conn: Connection, rng: random.Random, messages: int, count: int) -> demo_market.Market:
    store_id = conn.execute(select(m.Store.id).where(m.Store.handle == STORE)).scalar_one()
    seller_id = conn.execute(select(m.User.id).where(m.User.handle == SELLER)).scalar_one()
    market = demo_market.Market(store_id, seller_id)
    market.buyers = demo_market.add_buyers(conn, rng, count)
    market.products = demo_market.add_products(conn, rng, store_id, max(10, messages // 200))
    big = [b.id for b in market.buyers[:min(BIG, count // 100)]]
    end = _window_end(conn)
    demo_market.add_orders(conn, rng, market, max(10, messages // 100), big, end)
    return market


def _window_end(conn: Connection) -> dt.datetime:
    """The generated history ends a day before the demo's own conversations begin."""
    first = conn.execute(select(m.Message.sent_at).order_by(m.Message.sent_at).limit(1)).scalar()
    return (first or dt.datetime(2026, 11, 20)) - dt.timedelta(days=1)


def _plans(rng: random.Random, market: demo_market.Market, messages: int, count: int) -> list[Plan]:
    sizes = _sizes(rng, messages, count)
    big = min(BIG, count // 100)
    return [_plan(rng, buyer, n, market, k < big) for k, (buyer, n) in enumerate(zip(market.buyers, sizes))]


def _write(conn: Connection, rng: random.Random, market: demo_market.Market, plans: list[Plan],
           say: Callable[[str], None], began: float) -> None:
    end = _window_end(conn)
    start = end - dt.timedelta(days=DAYS)
    first_conv = demo_market.next_id(conn, m.Conversation)
    conn.execute(insert(m.Conversation), [
        {"id": first_conv + k, "buyer_id": p.buyer.id, "store_id": market.store_id,
         "created_at": start + dt.timedelta(seconds=p.times[0]),
         "last_activity_at": start + dt.timedelta(seconds=p.times[-1]), "last_message_id": None}
        for k, p in enumerate(plans)])
    writer = _Writer(rng, market, demo_market.next_id(conn, m.Message))
    ids_of: list[array] = [array("q") for _ in plans]
    total = sum(len(p.times) for p in plans)
    batch: list[dict] = []
    add_messages = insert(m.Message)
    for written, (_t, k, i) in enumerate(_merged(plans), start=1):
        row = writer.row(plans[k], first_conv + k, i, start)
        ids_of[k].append(row["id"])
        batch.append(row)
        if len(batch) == BATCH:
            conn.execute(add_messages, batch)
            batch.clear()
            if written % (BATCH * 10) == 0:
                say(f"messages {written:,} / {total:,} ({time.perf_counter() - began:.0f} s)")
    if batch:
        conn.execute(add_messages, batch)
    members = []
    for k, (plan, ids) in enumerate(zip(plans, ids_of)):
        last = start + dt.timedelta(seconds=plan.times[-1])
        for user_id, read in ((plan.buyer.id, plan.buyer_read), (market.seller_id, plan.seller_read)):
            members.append({"store_id": market.store_id, "conversation_id": first_conv + k, "user_id": user_id, "hidden": False,
                            "last_read_message_id": ids[read] if read >= 0 else 0, "cleared_before_message_id": 0,
                            "last_activity_at": last, "unread_count": 0, "archived": False, "labels": ""})
    conn.execute(insert(m.ConversationMember), members)
    say(f"messages {total:,} / {total:,}, {len(plans):,} conversations ({time.perf_counter() - began:.0f} s)")
