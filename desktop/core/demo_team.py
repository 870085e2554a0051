"""A store's team in the demo (issue 18 §4): Shenzhen Tech has an agent, Mei, besides its
owner Wei; Lucía's conversation with the store is Mei's, James's nobody's yet, and Mei left
an internal note on Lucía's; Li Na answers Lucía at Guangzhou Style. So `--user wei` shows
"→ mei" on a row, Mine / Unassigned / Assigned each hold something, and the chat a note.

Mei reads English and has read every message (she joined after them). The demo's messages
are not changed (tests count them).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import schema as m

AGENT = {"handle": "mei", "name": "Mei Lin (林美)", "language": "en", "time_zone": "Asia/Shanghai",
         "city": "Shenzhen", "store": "shenzhen-tech"}
# (buyer, store) -> the assignee
ASSIGNED = {("lucia", "shenzhen-tech"): "mei", ("lucia", "guangzhou-style"): "lina"}
# (buyer, store, author, minutes after the conversation's newest message, text)
NOTES = (("lucia", "shenzhen-tech", "mei", 12,
          "VIP buyer: if she asks about delivery again, offer express shipping at our cost."),)


def seed(s: Session) -> None:
    """Add the agent (a member of the store's conversations), the assignments and the note."""
    stores = {st.handle: st for st in s.scalars(select(m.Store))}
    store = stores[AGENT["store"]]
    agent = m.User(handle=AGENT["handle"], name=AGENT["name"], role=m.Role.SELLER, language=AGENT["language"],
                   time_zone=AGENT["time_zone"], city=AGENT["city"], store_id=store.id)
    s.add(agent)
    s.flush()
    for conv in s.scalars(select(m.Conversation).where(m.Conversation.store_id == store.id)):
        s.add(m.ConversationMember(store_id=store.id, conversation_id=conv.id, user_id=agent.id,
                                   last_read_message_id=conv.last_message_id or 0))
    users = {u.handle: u for u in s.scalars(select(m.User))}
    convs = {(c.buyer_id, c.store_id): c for c in s.scalars(select(m.Conversation))}
    owner = {u.store_id: u for u in sorted(users.values(), key=lambda u: -u.id) if u.store_id is not None}
    for (buyer, handle), assignee in ASSIGNED.items():
        conv = convs[(users[buyer].id, stores[handle].id)]
        s.add(m.Assignment(store_id=conv.store_id, conversation_id=conv.id, assignee_id=users[assignee].id,
                           assigned_by=owner[stores[handle].id].id,
                           assigned_at=_newest(s, conv.id) + dt.timedelta(minutes=5)))
    for buyer, handle, author, minutes, text in NOTES:
        conv = convs[(users[buyer].id, stores[handle].id)]
        s.add(m.InternalNote(store_id=conv.store_id, conversation_id=conv.id, author_id=users[author].id, text=text,
                             created_at=_newest(s, conv.id) + dt.timedelta(minutes=minutes)))
    s.flush()


def _newest(s: Session, conversation_id: int) -> dt.datetime:
    return s.scalars(select(m.Message.sent_at).where(m.Message.conversation_id == conversation_id)
                     .order_by(m.Message.id.desc()).limit(1)).one()
