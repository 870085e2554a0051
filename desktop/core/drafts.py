"""Drafts: what a user has typed and not sent, saved so a crash loses nothing."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core import conversations
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.users import UserRecord


def save(db: Database, user: UserRecord, conversation_id: int, text: str) -> None:
    def run(s: Session) -> None:
        mem = conversations.member(s, user, conversation_id)
        d = s.get(m.Draft, (user.id, conversation_id))
        if not text:
            if d is not None:
                s.delete(d)
            return
        if d is None:
            s.add(m.Draft(store_id=mem.store_id, user_id=user.id, conversation_id=conversation_id, text=text,
                          updated_at=m.utcnow()))
        elif d.text != text:
            d.text, d.updated_at = text, m.utcnow()

    db.write(run)


def load(db: Database, user: UserRecord, conversation_id: int) -> str:
    def run(s: Session) -> str:
        d = s.get(m.Draft, (user.id, conversation_id))
        return d.text if d else ""

    return db.read(run)
