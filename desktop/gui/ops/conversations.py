"""Ops on the conversation list: its pages, changed rows and counts, read marks, "delete for
me", contacting a seller."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from desktop.gui.ops.core import conversations, inbox, messaging
from desktop.gui.session import Backend, Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.conversations import ConversationRow
    from desktop.core.inbox import ConversationCursor, ConversationPage, InboxTotals

SCAN = 200          # rows read per step when a filter leaves some out


class InboxFilter(enum.Enum):
    """Which conversations the list shows (the seller's desk adds more: awaiting, overdue...)."""

    ALL = "all"
    UNREAD = "unread"

    def admits(self, row: ConversationRow) -> bool:
        return self is InboxFilter.ALL or row.unread > 0


def _page(b: Backend, view: InboxFilter, after: ConversationCursor | None, limit: int) -> ConversationPage:
    if view is InboxFilter.ALL:
        return inbox.conversation_page(b.db, b.user, after=after, limit=limit)
    # Unread: the core's pages filtered here, read until a page is full (30% of a seller's
    # conversations are unread: about two reads); the desk's own queries replace this.
    rows: list[ConversationRow] = []
    cursor = after
    while len(rows) < limit:
        page = inbox.conversation_page(b.db, b.user, after=cursor, limit=max(limit, SCAN))
        rows += [r for r in page.rows if view.admits(r)]
        cursor = page.next
        if cursor is None:
            break
    if len(rows) > limit:
        rows, cursor = rows[:limit], rows[limit - 1].cursor
    return inbox.ConversationPage(tuple(rows), cursor)


def first_page(session: Session, view: InboxFilter, limit: int) -> Op[tuple[ConversationPage, InboxTotals]]:
    """The list's first page (newest activity first) and the counts for the badge."""
    return session.op(lambda b: (_page(b, view, None, limit), inbox.totals(b.db, b.user)), "first conversations")


def next_page(session: Session, view: InboxFilter, after: ConversationCursor,
              limit: int) -> Op[ConversationPage]:
    """The page of the list after `after` (the user scrolled to the end of what is loaded)."""
    return session.op(lambda b: _page(b, view, after, limit), "more conversations")


def changed_rows(session: Session,
                 ids: list[int]) -> Op[tuple[dict[int, ConversationRow | None], InboxTotals]]:
    """These conversations' rows as they stand now (None: no longer in the list) and the counts."""
    def run(b: Backend) -> tuple[dict[int, ConversationRow | None], InboxTotals]:
        found = {r.id: r for r in conversations.list_conversations(b.db, b.user, ids)}    # one statement
        return {cid: found.get(cid) for cid in ids}, inbox.totals(b.db, b.user)

    return session.op(run, "changed conversations")


def conversation_row(session: Session, conversation_id: int) -> Op[ConversationRow | None]:
    """One conversation's row (to open it from a search result that the list has not loaded)."""
    return session.op(lambda b: inbox.conversation_row(b.db, b.user, conversation_id), "conversation row")


def list_conversations(session: Session, ids: list[int] | None = None) -> Op[list[ConversationRow]]:
    """The user's conversations, newest activity first (only these ids when given)."""
    return session.op(lambda b: conversations.list_conversations(b.db, b.user, ids), "list conversations")


def mark_read(session: Session, conversation_id: int, up_to: int | None = None) -> Op[int]:
    """Mark read for me, up to a message (the newest when None)."""
    return session.op(lambda b: conversations.mark_read(b.db, b.user, conversation_id, up_to), "mark read")


def mark_unread(session: Session, conversation_id: int) -> Op[None]:
    return session.op(lambda b: conversations.mark_unread(b.db, b.user, conversation_id), "mark unread")


def delete_for_me(session: Session, conversation_id: int, message_id: int | None = None) -> Op[None]:
    """Delete a conversation (or one message of it) for me; the other side keeps its copy."""
    return session.op(lambda b: conversations.delete_for_me(b.db, b.user, conversation_id, message_id),
                      "delete for me")


def contact_seller(session: Session, *, product_id: int | None = None,
                   order_id: int | None = None) -> Op[tuple[int, int | None]]:
    """Open the store's chat with a product or order card in it: (conversation id, card message id)."""
    return session.op(lambda b: messaging.contact(b.db, b.user, product_id=product_id, order_id=order_id),
                      "contact the seller")
