"""Ops on the conversation list: its pages, changed rows and counts, read marks, "delete for
me", contacting a seller."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from desktop.gui.ops.core import conversations, desk, inbox, messaging
from desktop.gui.session import Backend, Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.conversations import ConversationRow
    from desktop.core.desk import DeskRow
    from desktop.core.inbox import ConversationCursor, ConversationPage, InboxTotals

@dataclass(frozen=True)
class InboxFilter:
    """Which conversations the list shows: one of the desk's views (`desktop.core.desk.VIEWS`:
    all, unread, awaiting, overdue, problem, archived) and, for a seller, one of the store's
    labels. `InboxFilter.ALL` and `InboxFilter.UNREAD` name the two every user has."""

    view: str = "all"
    label: str | None = None
    team: str | None = None      # a seller's "Mine", "Unassigned" or "Assigned" (desktop.core.team.VIEWS)

    ALL: ClassVar[InboxFilter]
    UNREAD: ClassVar[InboxFilter]


InboxFilter.ALL = InboxFilter("all")
InboxFilter.UNREAD = InboxFilter("unread")

Decorations = dict[int, "DeskRow"]


def pins_first(view: InboxFilter) -> bool:
    """Whether pinned conversations head this view (All without a label or a team list, as the core's pages)."""
    return view.view == "all" and view.label is None and view.team is None


def _page(b: Backend, view: InboxFilter, after: ConversationCursor | None,
          limit: int) -> tuple[ConversationPage, Decorations]:
    """A page of the view, newest activity first (All's first page opens with the pinned
    conversations, left out of the later pages: docs/desk.md), and each row's desk state
    (wait, labels, pin, assignee) for the list to draw."""
    page = desk.desk_page(b.db, b.user, view.view, label=view.label, after=after, limit=limit,
                          pins_first=pins_first(view), team_view=view.team)
    return inbox.ConversationPage(tuple(d.row for d in page.rows), page.next), {d.id: d for d in page.rows}


def first_page(session: Session, view: InboxFilter,
               limit: int) -> Op[tuple[ConversationPage, InboxTotals, Decorations]]:
    """The list's first page (newest activity first) and the counts for the badge."""
    def run(b: Backend) -> tuple[ConversationPage, InboxTotals, Decorations]:
        page, decorations = _page(b, view, None, limit)
        return page, inbox.totals(b.db, b.user), decorations
    return session.op(run, "first conversations")


def next_page(session: Session, view: InboxFilter, after: ConversationCursor,
              limit: int) -> Op[tuple[ConversationPage, Decorations]]:
    """The page of the list after `after` (the user scrolled to the end of what is loaded)."""
    return session.op(lambda b: _page(b, view, after, limit), "more conversations")


def changed_rows(session: Session, ids: list[int], view: InboxFilter = InboxFilter.ALL,
                 ) -> Op[tuple[dict[int, ConversationRow | None], InboxTotals, Decorations]]:
    """These conversations' rows as they stand now (None: no longer in the view), the counts,
    and their desk state."""
    def run(b: Backend) -> tuple[dict[int, ConversationRow | None], InboxTotals, Decorations]:
        decorations = desk.rows_of(b.db, b.user, ids)
        held = desk.in_view(b.db, b.user, view.view, ids, label=view.label, team_view=view.team)
        rows = {cid: (decorations[cid].row if cid in held and cid in decorations else None) for cid in ids}
        return rows, inbox.totals(b.db, b.user), decorations

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


def mark_read_many(session: Session, conversation_ids: list[int]) -> Op[int]:
    """Several conversations read at once (the list's selection); how many changed."""
    ids = list(conversation_ids)
    return session.op(lambda b: conversations.mark_read_many(b.db, b.user, ids), "mark read")


def mark_unread(session: Session, conversation_id: int) -> Op[None]:
    return session.op(lambda b: conversations.mark_unread(b.db, b.user, conversation_id), "mark unread")


def delete_for_me(session: Session, conversation_id: int, message_id: int | None = None) -> Op[None]:
    """Delete a conversation (or one message of it) for me; the other side keeps its copy."""
    return session.op(lambda b: conversations.delete_for_me(b.db, b.user, conversation_id, message_id),
                      "delete for me")


def contact_seller(session: Session, *, product_id: int | None = None, order_id: int | None = None,
                   variant: str = "") -> Op[tuple[int, int | None]]:
    """Open the store's chat with a product or order card in it: (conversation id, card message id).
    `variant`: the product options the buyer chose, shown on the card."""
    return session.op(lambda b: messaging.contact(b.db, b.user, product_id=product_id, order_id=order_id,
                                                  variant=variant), "contact the seller")
