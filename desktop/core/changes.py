"""The change log other clients poll: one row per write they must see.

Each client remembers the highest id it has seen and asks for newer rows; the
poll itself is a single indexed `max(id)`, cheap enough to run several times a second
(SQLite, several processes on one file). The rows carry ids only; readers load what
changed. Old rows are pruned, keeping the recent past for clients that were asleep.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core import schema as m
from desktop.core.db import Database

KEEP = dt.timedelta(days=2)


@dataclass(frozen=True)
class Change:
    id: int
    kind: str
    conversation_id: int | None
    message_id: int | None
    user_id: int | None
    order_id: int | None


def record(s: Session, kind: str, *, conversation_id=None, message_id=None, user_id=None, order_id=None) -> None:
    s.add(m.ChangeLog(kind=kind, conversation_id=conversation_id, message_id=message_id, user_id=user_id,
                      order_id=order_id))


def latest_id(db: Database) -> int:
    return db.read(lambda s: s.scalar(select(func.max(m.ChangeLog.id))) or 0)


def since(db: Database, after_id: int, limit: int = 1000) -> list[Change]:
    def run(s: Session) -> list[Change]:
        rows = s.scalars(select(m.ChangeLog).where(m.ChangeLog.id > after_id).order_by(m.ChangeLog.id).limit(limit))
        return [Change(r.id, r.kind, r.conversation_id, r.message_id, r.user_id, r.order_id) for r in rows]

    return db.read(run)


def prune(db: Database, now: dt.datetime | None = None) -> int:
    """Forget changes older than KEEP, always keeping the newest row (the counter)."""
    cutoff = (now or m.utcnow()) - KEEP

    def run(s: Session) -> int:
        newest = s.scalar(select(func.max(m.ChangeLog.id))) or 0
        return s.execute(delete(m.ChangeLog).where(m.ChangeLog.at < cutoff, m.ChangeLog.id < newest)).rowcount

    return db.write(run)
