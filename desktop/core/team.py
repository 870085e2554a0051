"""A store's team on one conversation (issue 18 §4): who answers it, notes the buyer never
sees, who is typing, and a reply that would cross a newer buyer message.

- `assign` / `unassign`: at most one person of the store's team answers a conversation; anyone
  on the team may take one or give it to a colleague. `conversation_ids(view="mine"|"unassigned")`
  are the team's "Mine / Unassigned" lists.
- `add_note` / `notes`: internal notes, kept apart from messages (their own table, never in a
  message list, a search or a buyer's change log) and, on PostgreSQL, under row-level security
  that lets only the store's team read them (`desktop.core.access`).
- `typing` / `typing_now`: a presence row with a short lease (`LEASE`): "Ana is replying…"
  while it lasts; nothing to clean up when the window closes.
- `newer_from_buyer`: the buyer's messages that arrived after the one the agent had seen when
  they opened the conversation, so the window can ask "New message arrived — send anyway?";
  `replies_meanwhile`: a colleague's replies since then ("mei replied meanwhile — send anyway?").

Only the store's team (a seller or agent whose store the conversation is with) may do any of
this: anyone else is a usage error (exit 2), and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from desktop.core import changes
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.kinds import ChangeKind, MessageKind
from desktop.core.message_rows import MessageRow
from desktop.core.users import UserRecord

LEASE = dt.timedelta(seconds=10)
MAX_NOTE = 2000
VIEWS = ("mine", "unassigned", "assigned")


@dataclass(frozen=True)
class Note:
    id: int
    conversation_id: int
    author: str
    text: str
    created_at: dt.datetime

    def to_json(self) -> dict:
        return {"id": self.id, "conversation": self.conversation_id, "author": self.author, "text": self.text,
                "created_at": self.created_at.isoformat(timespec="seconds") + "Z"}


@dataclass(frozen=True)
class NoteRow(MessageRow):
    """An internal note as a row among the chat's messages (drawn apart: `views/note_bubble.py`).
    Its `id` is 0, never a message's: read marks, translation, jumps and deletes pass it by;
    `note_id` is the note's own."""

    note_id: int = 0


def _conversation(s: Session, user: UserRecord, conversation_id: int) -> m.Conversation:
    """The conversation, if `user` is on the team of its store; else a usage error."""
    conv = s.get(m.Conversation, conversation_id)
    if conv is None or not user.is_seller or conv.store_id != user.store_id:
        raise UsageError(f"Conversation {conversation_id} is not one of {user.handle}'s store's.",
                         hint="Only the store's team assigns, takes notes or sees who is replying.",
                         text_id="team_not_store_conversation", args={"conversation": conversation_id})
    return conv


def _teammate(s: Session, conv: m.Conversation, handle: str) -> m.User:
    person = s.scalar(select(m.User).where(m.User.handle == handle))
    if person is None or person.store_id != conv.store_id:
        team = ", ".join(s.scalars(select(m.User.handle).where(m.User.store_id == conv.store_id)
                                   .order_by(m.User.handle)))
        raise UsageError(f"{handle} is not on this store's team.", hint=f"The team: {team}",
                         text_id="team_not_member", args={"handle": handle, "team": team})
    return person


def assign(db: Database, user: UserRecord, conversation_id: int, to_handle: str | None = None) -> str:
    """Give the conversation to `to_handle` (default: take it yourself). Returns the assignee."""
    def run(s: Session) -> str:
        conv = _conversation(s, user, conversation_id)
        person = _teammate(s, conv, to_handle or user.handle)
        row = s.get(m.Assignment, conversation_id)
        if row is None:
            s.add(m.Assignment(store_id=conv.store_id, conversation_id=conversation_id, assignee_id=person.id,
                               assigned_by=user.id))
        else:
            row.assignee_id, row.assigned_by, row.assigned_at = person.id, user.id, m.utcnow()
        changes.record(s, ChangeKind.ASSIGN, conversation_id=conversation_id, user_id=person.id)
        return person.handle

    return db.write(run)


def unassign(db: Database, user: UserRecord, conversation_id: int) -> None:
    def run(s: Session) -> None:
        _conversation(s, user, conversation_id)
        s.execute(delete(m.Assignment).where(m.Assignment.conversation_id == conversation_id))
        changes.record(s, ChangeKind.ASSIGN, conversation_id=conversation_id)

    db.write(run)


def assignees(db: Database, user: UserRecord) -> dict[int, str]:
    """Conversation id -> the handle answering it, for the store's list."""
    if not user.is_seller:
        return {}
    q = (select(m.Assignment.conversation_id, m.User.handle).join(m.User, m.User.id == m.Assignment.assignee_id)
         .join(m.Conversation, m.Conversation.id == m.Assignment.conversation_id)
         .where(m.Conversation.store_id == user.store_id))
    return db.read(lambda s: {cid: handle for cid, handle in s.execute(q)})


def members(db: Database, user: UserRecord) -> list[str]:
    """The handles of the store's team (the "Assign to…" menu), by handle."""
    if not user.is_seller:
        return []
    return db.read(lambda s: list(s.scalars(select(m.User.handle).where(m.User.store_id == user.store_id)
                                            .order_by(m.User.handle))))


def side_ids(db: Database, user: UserRecord) -> frozenset[int]:
    """The ids on `user`'s side of every conversation: the store's team for a seller or an
    agent, the buyer alone for a buyer (whose messages are never anything for them to read)."""
    if not user.is_seller:
        return frozenset({user.id})
    return frozenset(db.read(lambda s: list(s.scalars(select(m.User.id).where(m.User.store_id == user.store_id)))))


def check_view(user: UserRecord, view: str) -> str:
    if view not in VIEWS:
        raise UsageError(f"Unknown view {view!r}.", hint=f"Use one of: {', '.join(VIEWS)}",
                         text_id="view_unknown", args={"view": view})
    if not user.is_seller:
        raise UsageError("Only a store's team has these lists.", hint="Buyers: buzon conversations",
                         text_id="team_only_lists")
    return view


def member_term(user: UserRecord, view: str):
    """A WHERE term on `conversation_members` keeping one of the team's lists: the desk's pages
    (`desk.page_in(team=…)`) combine it with their own view, as they do a label's."""
    check_view(user, view)
    mem = m.ConversationMember
    taken = select(m.Assignment.conversation_id)
    if view == "mine":
        return mem.conversation_id.in_(taken.where(m.Assignment.assignee_id == user.id))
    if view == "assigned":
        return mem.conversation_id.in_(taken)
    return mem.conversation_id.not_in(taken)


def assignees_in(s: Session, user: UserRecord, ids: list[int]) -> dict[int, str]:
    """Conversation id -> its assignee's handle, for these conversations (one read per page)."""
    if not user.is_seller or not ids:
        return {}
    q = (select(m.Assignment.conversation_id, m.User.handle).join(m.User, m.User.id == m.Assignment.assignee_id)
         .where(m.Assignment.conversation_id.in_(ids)))
    return {cid: handle for cid, handle in s.execute(q)}


def counts_in(s: Session, user: UserRecord, visible_terms: list) -> dict[str, int]:
    """How many of the member's visible conversations (the desk's All, `visible_terms`) are
    assigned, and assigned to them. Driven by the assignments (Mine by the assignee's index),
    each checked against the member's row by its key: the cost follows the assigned
    conversations, not the 20,000 of the list."""
    if not user.is_seller:
        return {}
    mem = m.ConversationMember
    shown = (exists().where(mem.conversation_id == m.Assignment.conversation_id, mem.user_id == user.id,
                            *visible_terms).correlate(m.Assignment))
    assigned = select(func.count()).select_from(m.Assignment).where(shown)
    return {"mine": s.scalar(assigned.where(m.Assignment.assignee_id == user.id)) or 0,
            "assigned": s.scalar(assigned) or 0}


def conversation_ids(db: Database, user: UserRecord, view: str) -> list[int]:
    """The store's conversations in one of the team's lists, newest activity first."""
    check_view(user, view)
    q = select(m.Conversation.id).where(m.Conversation.store_id == user.store_id)
    taken = select(m.Assignment.conversation_id)
    if view == "mine":
        q = q.where(m.Conversation.id.in_(taken.where(m.Assignment.assignee_id == user.id)))
    elif view == "assigned":
        q = q.where(m.Conversation.id.in_(taken))
    else:
        q = q.where(m.Conversation.id.not_in(taken))
    q = q.order_by(m.Conversation.last_activity_at.desc(), m.Conversation.id.desc())
    return db.read(lambda s: list(s.scalars(q)))


def add_note(db: Database, user: UserRecord, conversation_id: int, text: str) -> int:
    """An internal note in the conversation, for the store's team only. Returns its id."""
    text = text.strip()
    if not text:
        raise UsageError("An empty note.", hint="Write what the team should know.",
                         text_id="note_empty")
    if len(text) > MAX_NOTE:
        raise UsageError(f"A note has at most {MAX_NOTE} characters, this one {len(text)}.",
                         text_id="note_too_long", args={"length": len(text), "limit": MAX_NOTE})

    def run(s: Session) -> int:
        conv = _conversation(s, user, conversation_id)
        note = m.InternalNote(store_id=conv.store_id, conversation_id=conversation_id, author_id=user.id, text=text)
        s.add(note)
        s.flush()
        changes.record(s, ChangeKind.NOTE, conversation_id=conversation_id, user_id=user.id)
        return note.id

    return db.write(run)


def notes(db: Database, user: UserRecord, conversation_id: int) -> list[Note]:
    """The conversation's internal notes, oldest first."""
    def run(s: Session) -> list[Note]:
        _conversation(s, user, conversation_id)
        q = (select(m.InternalNote, m.User.handle).join(m.User, m.User.id == m.InternalNote.author_id)
             .where(m.InternalNote.conversation_id == conversation_id).order_by(m.InternalNote.id))
        return [Note(n.id, n.conversation_id, handle, n.text, n.created_at) for n, handle in s.execute(q)]

    return db.read(run)


def note_rows(db: Database, user: UserRecord, conversation_id: int) -> list[NoteRow]:
    """The conversation's notes as rows the chat interleaves with its messages by time."""
    return [NoteRow(id=0, conversation_id=n.conversation_id, sender_id=None, sender_handle=n.author,
                    sender_name=n.author, mine=False, kind=MessageKind.TEXT, text=n.text, lang="",
                    sent_at=n.created_at, read=True, note_id=n.id) for n in notes(db, user, conversation_id)]


def typing(db: Database, user: UserRecord, conversation_id: int, *, stopped: bool = False) -> None:
    """`user` is typing in the conversation (a lease of LEASE), or, with `stopped`, no longer."""
    def run(s: Session) -> None:
        conv = _conversation(s, user, conversation_id)
        row = s.get(m.Presence, (conversation_id, user.id))
        until = m.utcnow() + (dt.timedelta(0) if stopped else LEASE)
        if row is None:
            s.add(m.Presence(store_id=conv.store_id, conversation_id=conversation_id, user_id=user.id, until=until))
        else:
            row.until = until
        changes.record(s, ChangeKind.TYPING, conversation_id=conversation_id, user_id=user.id)

    db.write(run)


def typing_now(db: Database, user: UserRecord, conversation_id: int) -> list[str]:
    """The others of the team whose lease in this conversation has not run out."""
    def run(s: Session) -> list[str]:
        _conversation(s, user, conversation_id)
        q = (select(m.User.handle).join(m.Presence, m.Presence.user_id == m.User.id)
             .where(m.Presence.conversation_id == conversation_id, m.Presence.user_id != user.id,
                    m.Presence.until > m.utcnow()).order_by(m.User.handle))
        return list(s.scalars(q))

    return db.read(run)


def _check_seen(s: Session, conversation_id: int, seen_message_id: int) -> None:
    if s.scalar(select(m.Message.conversation_id).where(m.Message.id == seen_message_id)) != conversation_id:
        # An id from elsewhere would answer "nothing newer" for a conversation never seen.
        raise UsageError(f"Message {seen_message_id} is not in conversation {conversation_id}.",
                         text_id="message_not_in_conversation",
                         args={"message": seen_message_id, "conversation": conversation_id})


def newer_from_buyer(db: Database, user: UserRecord, conversation_id: int, seen_message_id: int) -> list[int]:
    """The buyer's messages after `seen_message_id` (the newest one shown when the agent opened
    the conversation): if any, the window asks before sending a reply written without them."""
    def run(s: Session) -> list[int]:
        conv = _conversation(s, user, conversation_id)
        _check_seen(s, conversation_id, seen_message_id)
        q = (select(m.Message.id).where(m.Message.conversation_id == conversation_id,
                                        m.Message.sender_id == conv.buyer_id, m.Message.id > seen_message_id)
             .order_by(m.Message.id))
        return list(s.scalars(q))

    return db.read(run)


@dataclass(frozen=True)
class Reply:
    """A colleague's reply the agent had not seen: its message id and who wrote it."""
    message_id: int
    by: str

    def to_json(self) -> dict:
        return {"message": self.message_id, "by": self.by}


def replies_meanwhile(db: Database, user: UserRecord, conversation_id: int, seen_message_id: int) -> list[Reply]:
    """The colleagues' replies after `seen_message_id` (anyone on the store's team but `user`):
    if any, the window asks "mei replied meanwhile — send anyway?", so two agents do not answer
    the same buyer twice. A range of the conversation's index from `seen_message_id` on."""
    def run(s: Session) -> list[Reply]:
        conv = _conversation(s, user, conversation_id)
        _check_seen(s, conversation_id, seen_message_id)
        q = (select(m.Message.id, m.User.handle).join(m.User, m.User.id == m.Message.sender_id)
             .where(m.Message.conversation_id == conversation_id, m.Message.id > seen_message_id,
                    m.Message.sender_id != conv.buyer_id, m.Message.sender_id != user.id)
             .order_by(m.Message.id))
        return [Reply(mid, handle) for mid, handle in s.execute(q)]

    return db.read(run)
