"""The auto-reply when a store is away (docs/desk.md): a buyer's message that opens a wait
outside the store's office hours is answered with the store's away quick reply, in the
buyer's language, through the content policy like any message, at most once per
conversation per day (the day in the store's time zone, which is in the client id). It does
not count as a response: the conversation stays awaiting and the wait goes on."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import desk_settings, desk_state
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import KnownError
from desktop.core.users import UserRecord, resolve

if TYPE_CHECKING:
    from desktop.core.batch import BatchItem
    from desktop.core.context import AppContext
    from desktop.core.messaging import SendResult
    from desktop.core.translation.engine import Translator

log = logging.getLogger(__name__)


def _due(s: Session, result: SendResult) -> tuple[str, str] | None:
    """(seller handle, client id) when this message calls for the auto-reply, else None."""
    conv = s.get(m.Conversation, result.conversation_id)
    msg = s.get(m.Message, result.message_id)
    if conv is None or msg is None or msg.sender_id != conv.buyer_id:
        return None
    settings = desk_settings.read_in(s, conv.store_id)
    if not settings.away_reply or not settings.office_hours or settings.in_hours(msg.sent_at):
        return None
    seller = s.scalar(select(m.User).where(m.User.store_id == conv.store_id).order_by(m.User.id).limit(1))
    if seller is None:
        return None
    mem = s.get(m.ConversationMember, (conv.id, seller.id))
    if mem is None or mem.awaiting_since != msg.sent_at:
        return None                     # not the first message of this wait
    local_day = msg.sent_at.replace(tzinfo=dt.timezone.utc).astimezone(
        ZoneInfo(settings.time_zone)).date()
    cid = f"{desk_state.AUTO_PREFIX}{conv.id}-{local_day.isoformat()}"
    if s.scalar(select(m.Message.id).where(m.Message.store_id == conv.store_id,
                                          m.Message.client_id == cid)) is not None:
        return None                     # answered automatically today already
    return seller.handle, cid


def after_message(db: Database, ctx: AppContext, result: SendResult, *,
                  translator: Translator | None = None) -> BatchItem | None:
    """Send the store's away reply if this buyer message calls for one. Never fails the
    buyer's send: a refusal or an error is logged and nothing is sent."""
    from desktop.core import batch, quick_replies

    due = db.read(lambda s: _due(s, result))
    if due is None:
        return None
    seller_handle, cid = due
    seller: UserRecord = resolve(db, seller_handle)
    try:
        code = desk_settings.read(db, seller).away_reply
        reply = quick_replies.get(db, seller, code)
        item = batch.send_one(db, ctx, seller, reply, result.conversation_id, cid=cid, translator=translator)
    except KnownError as exc:
        log.warning("the away reply in conversation %s was not sent: %s", result.conversation_id, exc.message)
        return None
    if item.state != batch.SENT:
        log.warning("the away reply in conversation %s was %s: %s", result.conversation_id, item.state, item.reason)
    return item
