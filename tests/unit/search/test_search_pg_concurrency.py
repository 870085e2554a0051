"""PostgreSQL's writers run side by side: a message whose id is lower but whose transaction
commits later than another's is still indexed (writes index their own rows, no watermark race)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from desktop.core import messaging
from desktop.core import schema as m
from desktop.core.search.messages import search_messages


@pytest.fixture
def pg_db(pg_url):
    from desktop.core.db import Database

    db = Database.open(pg_url)
    yield db
    db.close()


def test_an_earlier_id_committed_later_is_found(pg_db):
    from desktop.core.users import resolve

    lucia = resolve(pg_db, "lucia")
    slow = Session(pg_db.engine)
    try:
        now = m.utcnow()
        early = m.Message(store_id=slow.get(m.Conversation, 1).store_id, conversation_id=1, sender_id=lucia.id,
                          kind=m.MessageKind.TEXT, text="tortuga lenta",
                          client_id="slow-1", created_at=now, sent_at=now)
        slow.add(early)
        slow.flush()                                  # its id is taken, its transaction still open
        early_id = early.id
        fast = messaging.send(pg_db, lucia, 1, "liebre rápida").message_id
        assert fast > early_id
        slow.commit()
    finally:
        slow.close()
    found = {h.message_id for h in search_messages(pg_db, lucia, "tortuga").hits}
    assert found == {early_id}
    assert [h.message_id for h in search_messages(pg_db, lucia, "liebre").hits] == [fast]
