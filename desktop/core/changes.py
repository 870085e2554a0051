"""The change log other clients poll: one row per write they must see.

Each client remembers the highest id it has seen and asks for newer rows; the
poll itself is a single indexed `max(id)`, cheap enough to run several times a second
(SQLite, several processes on one file). The rows carry ids only; readers load what
changed. Old rows are pruned, keeping the recent past for clients that were asleep.
What happened is a `ChangeKind` (defined with the other vocabularies in `kinds`, so the
GUI can name it before SQLAlchemy loads).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from typing import cast

from sqlalchemy import CursorResult, delete, func, select, text
from sqlalchemy.orm import Session

from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.kinds import ChangeKind

__all__ = ["KEEP", "Change", "ChangeKind", "latest_id", "prune", "record", "since"]

KEEP = dt.timedelta(days=2)
CHANNEL = "buzon_changes"      # PostgreSQL: NOTIFY on every change (desktop.core.live listens)


@dataclass(frozen=True)
class Change:
    """One row of the log; `kind` is None when a newer Buzón wrote a kind this one does not know."""

    id: int
    kind: ChangeKind | None
    conversation_id: int | None
    message_id: int | None
    user_id: int | None
    order_id: int | None


def record(s: Session, kind: ChangeKind | str, *, conversation_id: int | None = None, message_id: int | None = None,
           user_id: int | None = None, order_id: int | None = None, store_id: int | None = None) -> None:
    """Log one change in the caller's transaction (a kind's value string is accepted too).

    The row carries the store of its conversation or order (none for a person's own change),
    read by the INSERT itself: no round trip more; a store-wide change (its settings) names
    its store, so the store's whole team sees it (`access.STORE_KINDS`)."""
    value = kind.value if isinstance(kind, ChangeKind) else kind
    row = m.ChangeLog(kind=value, conversation_id=conversation_id, message_id=message_id, user_id=user_id,
                      order_id=order_id, store_id=store_id if store_id is not None
                      else _store_of(conversation_id, order_id))
    s.add(row)
    if s.get_bind().dialect.name == "postgresql":
        # Listeners wake on commit (NOTIFY is transactional); the payload is the row's id alone,
        # since a notification passes row-level security by: each reads the row under its own role.
        s.flush()
        s.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": str(row.id)})


def _store_of(conversation_id: int | None, order_id: int | None):
    if conversation_id is not None:
        return select(m.Conversation.store_id).where(m.Conversation.id == conversation_id).scalar_subquery()
    if order_id is not None:
        return select(m.Order.store_id).where(m.Order.id == order_id).scalar_subquery()
    return None


def latest_id(db: Database) -> int:
    return db.read(lambda s: s.scalar(select(func.max(m.ChangeLog.id))) or 0)


def since(db: Database, after_id: int, limit: int = 1000) -> list[Change]:
    def run(s: Session) -> list[Change]:
        rows = s.scalars(select(m.ChangeLog).where(m.ChangeLog.id > after_id).order_by(m.ChangeLog.id).limit(limit))
        return [Change(r.id, ChangeKind.parse(r.kind), r.conversation_id, r.message_id, r.user_id, r.order_id)
                for r in rows]

    return db.read(run)


def prune(db: Database, now: dt.datetime | None = None) -> int:
    """Forget changes older than KEEP, always keeping the newest row (the counter).

    "Older" is measured from the newest change when that is earlier than now: a process whose
    clock is behind (`buzon --now` on the demo, a machine two days wrong) writes changes the
    other clients have not polled yet, and a prune at the right time must not take them away
    before they are seen."""
    def run(s: Session) -> int:
        newest = s.execute(select(m.ChangeLog.id, m.ChangeLog.at).order_by(m.ChangeLog.id.desc()).limit(1)).first()
        if newest is None:
            return 0
        cutoff = min(now or m.utcnow(), newest.at) - KEEP
        result = s.execute(delete(m.ChangeLog).where(m.ChangeLog.at < cutoff, m.ChangeLog.id < newest.id))
        return cast(CursorResult, result).rowcount

    return db.write(run)
