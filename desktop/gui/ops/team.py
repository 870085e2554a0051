"""Ops of a store's team (issue 18 §4, docs/postgresql.md): assign, take or unassign a
conversation, the team's members, internal notes, who is typing, and the buyer's messages
that arrived after the agent opened the conversation. The closures over `desktop.core.team`
live here; views call these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.ops import core
from desktop.gui.session import Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.messaging import MessageRow
    from desktop.core.team import Note

team = core.LazyModule("desktop.core.team")
messaging = core.LazyModule("desktop.core.messaging")

__getattr__ = core.reexport(VIEWS=(team, "VIEWS"), MAX_NOTE=(team, "MAX_NOTE"), LEASE=(team, "LEASE"))


def assign(session: Session, conversation_id: int, to_handle: str) -> Op[str]:
    """Give the conversation to a colleague; the result is the assignee's handle."""
    return session.op(lambda b: team.assign(b.db, b.user, conversation_id, to_handle), "assign a conversation")


def take(session: Session, conversation_id: int) -> Op[str]:
    """Take the conversation (assign it to oneself)."""
    return session.op(lambda b: team.assign(b.db, b.user, conversation_id), "take a conversation")


def unassign(session: Session, conversation_id: int) -> Op[None]:
    return session.op(lambda b: team.unassign(b.db, b.user, conversation_id), "unassign a conversation")


def members(session: Session) -> Op[list[str]]:
    """The handles of the store's team (empty for a buyer)."""
    return session.op(lambda b: team.members(b.db, b.user), "the store's team")


def notes(session: Session, conversation_id: int) -> Op[list[Note]]:
    return session.op(lambda b: team.notes(b.db, b.user, conversation_id), "the internal notes")


def add_note(session: Session, conversation_id: int, text: str) -> Op[int]:
    return session.op(lambda b: team.add_note(b.db, b.user, conversation_id, text), "add an internal note")


def typing(session: Session, conversation_id: int, *, stopped: bool = False) -> Op[None]:
    """Renew (or, with `stopped`, end) the user's "is replying" lease in the conversation."""
    return session.op(lambda b: team.typing(b.db, b.user, conversation_id, stopped=stopped), "typing")


def typing_now(session: Session, conversation_id: int) -> Op[list[str]]:
    """The others of the team replying in the conversation now."""
    return session.op(lambda b: team.typing_now(b.db, b.user, conversation_id), "who is replying")


def newer_from_buyer(session: Session, conversation_id: int, seen_message_id: int) -> Op[list[MessageRow]]:
    """The buyer's messages and the colleagues' replies after `seen_message_id`, as rows in
    order (the question before sending shows the newest one's text and names a colleague who
    replied meanwhile)."""
    def run(b) -> list[MessageRow]:
        ids = team.newer_from_buyer(b.db, b.user, conversation_id, seen_message_id)
        ids = sorted(ids + [r.message_id for r in team.replies_meanwhile(b.db, b.user, conversation_id,
                                                                          seen_message_id)])
        if not ids:
            return []
        rows = messaging.rows_by_id(b.db, b.user, conversation_id, ids)
        return [rows[i] for i in ids if i in rows]

    return session.op(run, "the buyer's newer messages")


def side_ids(session: Session) -> Op[frozenset[int]]:
    """The user ids on the user's side of every conversation (the store's team, or oneself)."""
    return session.op(lambda b: team.side_ids(b.db, b.user), "the team's ids")


def note_rows(session: Session, conversation_id: int) -> Op[list[MessageRow]]:
    """The conversation's internal notes as rows for the chat (`core.team.NoteRow`, id 0)."""
    return session.op(lambda b: list(team.note_rows(b.db, b.user, conversation_id)), "the notes as rows")
