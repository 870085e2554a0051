"""What the advice needs from the database: a conversation's store clock, and whether a
buyer's last message to the store on an order is still waiting for its answer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import advice, clock, desk_settings, stats
from desktop.core import schema as m
from desktop.core.conversations import member
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.users import UserRecord


def _store_zone(s: Session, store: m.Store):
    """The store's time zone: the one on its desk settings, else its seller's, else its
    country's; None when none says."""
    return advice.zone(desk_settings.read_in(s, store.id).time_zone, store.country)


def store_time(db: Database, user: UserRecord, conversation_id: int) -> advice.StoreTime | None:
    """The clock of the store in one of the user's conversations: its local time, whether it
    is outside the office hours it set (else a working day), and its median first response
    over 30 days once it has answered someone (None: the store has no time zone, so the note
    says nothing it does not know)."""
    def run(s: Session) -> advice.StoreTime | None:
        member(s, user, conversation_id)
        conv = s.get(m.Conversation, conversation_id)
        assert conv is not None
        settings = desk_settings.read_in(s, conv.store_id)
        zone = advice.zone(settings.time_zone, conv.store.country)
        if zone is None:
            return None
        typical = stats.median_first_response_in(s, conv.store_id, days=30, now=clock.now())
        return advice.store_time(zone, city=conv.store.city, hours=dict(settings.office_hours) or None,
                                 typical_reply_s=typical)
    return db.read(run)


@dataclass(frozen=True)
class DisputeWait:
    """Before opening a dispute: the buyer's last message to the store is not yet a working
    day old; waiting until `until` (naive UTC) gives the store its chance to answer."""

    order_id: int
    last_message_at: dt.datetime
    until: dt.datetime

    def to_json(self) -> dict:
        return {"order": self.order_id, "last_message_at": self.last_message_at.isoformat() + "Z",
                "wait_until": self.until.isoformat() + "Z"}


def dispute_wait(db: Database, user: UserRecord, order_id: int) -> DisputeWait | None:
    """Whether the buyer should wait for an answer before a dispute on `order_id` (None: no)."""
    def run(s: Session) -> DisputeWait | None:
        order = s.get(m.Order, order_id)
        if order is None or order.buyer_id != user.id:
            raise UsageError(f"Order {order_id} does not exist or is not yours.", hint="List yours with: buzon orders",
                             text_id="order_unknown", args={"order": order_id})
        conv_id = s.scalar(select(m.Conversation.id).where(m.Conversation.buyer_id == user.id,
                                                           m.Conversation.store_id == order.store_id))
        if conv_id is None:
            return None
        mine = s.scalar(select(func.max(m.Message.sent_at)).where(m.Message.conversation_id == conv_id,
                                                                  m.Message.sender_id == user.id))
        theirs = s.scalar(select(func.max(m.Message.sent_at)).where(m.Message.conversation_id == conv_id,
                                                                    m.Message.sender_id.is_not(None),
                                                                    m.Message.sender_id != user.id))
        store = s.get(m.Store, order.store_id)
        assert store is not None
        until = advice.wait_before_dispute(mine, theirs, _store_zone(s, store))
        return None if until is None or mine is None else DisputeWait(order_id, mine, until)
    return db.read(run)
