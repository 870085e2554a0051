"""What a store knows about the buyer of one conversation (issue 17 §6, the side panel beside
the chat): who they are and where (name, language, time zone, city), their orders with this
store (status, number, tracking), their earlier problems with it (cancellation requests and
disputes) and the store's labels on the conversation.

Only a seller or agent of the store reads it. Read by key and through the orders' own
`(buyer_id, created_at)` index, never from the messages: its cost follows the buyer's orders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import conversations, desk, desk_settings
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.kinds import OrderStatus
from desktop.core.users import UserRecord

MAX_ORDERS = 20           # the newest; the panel says how many more there are
MAX_PROBLEMS = 20


def _iso(when: dt.datetime | None) -> str | None:
    return when.isoformat() + "Z" if when is not None else None


@dataclass(frozen=True)
class BuyerOrder:
    id: int
    number: str
    status: OrderStatus
    created_at: dt.datetime
    carrier: str
    tracking_number: str
    total_cents: int
    currency: str

    def to_json(self) -> dict:
        return {"id": self.id, "number": self.number, "status": self.status.value,
                "created_at": _iso(self.created_at), "carrier": self.carrier,
                "tracking_number": self.tracking_number, "total_cents": self.total_cents, "currency": self.currency}


@dataclass(frozen=True)
class BuyerProblem:
    order_id: int
    order_number: str
    kind: str                 # "cancellation" or "dispute"
    state: str                # a RequestState or DisputeState value
    reason: str
    at: dt.datetime

    def to_json(self) -> dict:
        return {"order_id": self.order_id, "order_number": self.order_number, "kind": self.kind,
                "state": self.state, "reason": self.reason, "at": _iso(self.at)}


@dataclass(frozen=True)
class BuyerProfile:
    conversation_id: int
    handle: str
    name: str
    language: str
    time_zone: str
    city: str
    orders: tuple[BuyerOrder, ...]
    order_count: int
    problems: tuple[BuyerProblem, ...]
    labels: tuple[str, ...]

    def to_json(self) -> dict:
        return {"conversation": self.conversation_id, "buyer": self.handle, "name": self.name,
                "language": self.language, "time_zone": self.time_zone, "city": self.city,
                "orders": [o.to_json() for o in self.orders], "order_count": self.order_count,
                "problems": [p.to_json() for p in self.problems], "labels": list(self.labels)}


def profile_in(s: Session, user: UserRecord, conversation_id: int) -> BuyerProfile:
    store_id = desk_settings.store_of(user)           # a buyer: refused, naming why
    conversations.member(s, user, conversation_id)
    conv = s.get(m.Conversation, conversation_id)
    assert conv is not None
    if conv.store_id != store_id:
        raise UsageError(f"Conversation {conversation_id} is not with {user.handle}'s store.",
                         text_id="conversation_not_with_store", args={"conversation": conversation_id})
    buyer = conv.buyer
    o = m.Order
    mine = (o.buyer_id == conv.buyer_id, o.store_id == store_id)
    orders = [BuyerOrder(r.id, r.number, OrderStatus(r.status), r.created_at, r.carrier, r.tracking_number,
                         r.total_cents, r.currency)
              for r in s.execute(select(o.id, o.number, o.status, o.created_at, o.carrier, o.tracking_number,
                                        o.total_cents, o.currency).where(*mine)
                                 .order_by(o.created_at.desc(), o.id.desc()).limit(MAX_ORDERS))]
    count = len(orders) if len(orders) < MAX_ORDERS else len(s.scalars(select(o.id).where(*mine)).all())
    c, d = m.CancellationRequest, m.Dispute
    problems = [BuyerProblem(r.order_id, r.number, "cancellation", str(getattr(r.state, "value", r.state)),
                             r.reason_code or r.reason, r.created_at)
                for r in s.execute(select(c.order_id, o.number, c.state, c.reason_code, c.reason, c.created_at)
                                   .join(o, o.id == c.order_id).where(*mine))]
    problems += [BuyerProblem(r.order_id, r.number, "dispute", r.state, r.reason, r.created_at)
                 for r in s.execute(select(d.order_id, o.number, d.state, d.reason, d.created_at)
                                    .join(o, o.id == d.order_id).where(*mine))]
    problems.sort(key=lambda p: p.at, reverse=True)
    rows = desk.rows_for(s, user, [conversation_id])
    return BuyerProfile(conversation_id, buyer.handle, buyer.name, buyer.language, buyer.time_zone, buyer.city,
                        tuple(orders), count, tuple(problems[:MAX_PROBLEMS]), rows[0].labels if rows else ())


def buyer_profile(db: Database, user: UserRecord, conversation_id: int) -> BuyerProfile:
    """The side panel's facts about the buyer of one of the store's conversations."""
    return db.read(lambda s: profile_in(s, user, conversation_id))
