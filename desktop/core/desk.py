"""The seller's desk over one member's list (docs/desk.md): the views (all, unread, awaiting,
overdue, problem, archived, a label), their counts, and the per-member state behind them
(pin, archive, "no response needed", labels).

A page of a view is one statement: a range of one partial index of `conversation_members`
in the list's order (keyset paging, as `inbox`), each row joined to its conversation, peer and
newest visible message (`inbox.rows_query`) with the member's desk fields; then the page's
labels. A count is an index-only count over the same partial index: its cost follows the
view's size, never the messages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, literal_column, select, tuple_, union
from sqlalchemy.orm import Session

from desktop.core import changes, clock, conversations, desk_settings, desk_state, inbox, sql_hints, team
from desktop.core import schema as m
from desktop.core.db import Database, plain_rows
from desktop.core.errors import UsageError
from desktop.core.inbox import ConversationCursor, ConversationRow
from desktop.core.kinds import ChangeKind, RequestState
from desktop.core.users import UserRecord

VIEWS = ("all", "unread", "awaiting", "overdue", "problem", "archived")
MAX_PINNED = 20
MAX_LABEL = 500
PALETTE = ("#d64545", "#e08a1e", "#2f9e44", "#1c7ed6", "#7048e8", "#c2255c", "#0b7285", "#5c940d")


@dataclass(frozen=True)
class DeskRow:
    """A conversation's row in a view: the list's row and the member's desk state."""

    row: ConversationRow
    pinned: bool
    archived: bool
    awaiting_since: dt.datetime | None
    overdue: bool
    no_response_at: dt.datetime | None
    labels: tuple[str, ...]
    assignee: str | None = None      # who on the store's team answers it (issue 18 §4)
    due_at: dt.datetime | None = None    # awaiting: when the response target runs out

    @property
    def id(self) -> int:
        return self.row.id

    def to_json(self) -> dict:
        return {**self.row.to_json(),
                "awaiting_since": self.awaiting_since.isoformat() + "Z" if self.awaiting_since else None,
                "overdue": self.overdue, "labels": list(self.labels), "pinned": self.pinned,
                "archived": self.archived, "no_response_needed": self.no_response_at is not None,
                "assignee": self.assignee}


@dataclass(frozen=True)
class DeskPage:
    rows: tuple[DeskRow, ...]
    next: ConversationCursor | None


def check_view(view: str) -> str:
    if view not in VIEWS:
        raise UsageError(f"Unknown view {view!r}.", hint=f"Use one of {', '.join(VIEWS)}.",
                         text_id="view_unknown", args={"view": view})
    return view


def _cutoff(s: Session, user: UserRecord) -> dt.datetime:
    return clock.now() - desk_settings.target_in(s, user)


def _problem_ids(s: Session, user: UserRecord) -> list[int]:
    """The user's conversations with an open order problem: a pending cancellation request or
    an open dispute on an order between the buyer and the store (few: read from those tables)."""
    problems = union(
        select(m.CancellationRequest.order_id).where(m.CancellationRequest.state == RequestState.PENDING),
        select(m.Dispute.order_id).where(m.Dispute.state == "open")).subquery()
    conv, order = m.Conversation, m.Order
    q = (select(conv.id).distinct().join(order, and_(order.buyer_id == conv.buyer_id, order.store_id == conv.store_id))
         .where(order.id.in_(select(problems.c.order_id))))
    q = q.where(conv.store_id == user.store_id) if user.is_seller else q.where(conv.buyer_id == user.id)
    return list(s.scalars(q))


def label_id_in(s: Session, user: UserRecord, name: str) -> int:
    found = s.scalar(select(m.StoreLabel.id).where(m.StoreLabel.store_id == desk_settings.store_of(user),
                                                   m.StoreLabel.name == name))
    if found is None:
        raise UsageError(f"There is no label {name!r}.", hint="See the store's labels with: buzon label list",
                         text_id="label_unknown", args={"label": name})
    return found


def _view_where(s: Session, user: UserRecord, view: str) -> list:
    """The WHERE terms of a view, written as the partial indexes' own terms so SQLite uses them."""
    mem = m.ConversationMember
    base = [mem.user_id == user.id]
    if view == "all":
        return base + [mem.hidden.is_(False), sql_hints.flag("conversation_members.archived", False)]
    if view == "unread":
        return base + [literal_column("conversation_members.unread_count > 0")]
    if view in ("awaiting", "overdue"):
        terms = base + [literal_column("conversation_members.awaiting_since IS NOT NULL"), mem.hidden.is_(False)]
        if view == "overdue":
            terms.append(mem.awaiting_since < _cutoff(s, user))
        return terms
    if view == "archived":
        return base + [sql_hints.flag("conversation_members.archived", True), mem.hidden.is_(False)]
    return base + [mem.hidden.is_(False), mem.conversation_id.in_(_problem_ids(s, user))]


# The index each view reads in the list's order. Named, because without statistics SQLite
# prefers the wider inbox index and filters 20,000 rows (tests/unit/test_query_plans.py).
VIEW_INDEX = {"unread": "ix_conversation_members_unread_list", "awaiting": "ix_conversation_members_awaiting",
              "overdue": "ix_conversation_members_awaiting", "archived": "ix_conversation_members_archived"}


def _indexed(q, index: str | None):
    return sql_hints.indexed(q, m.ConversationMember, index)


def _ids_query(s: Session, user: UserRecord, view: str, label: str | None, team_view: str | None = None):
    mem = m.ConversationMember
    return _in_view(s, user, view, label, team_view, select(mem.conversation_id, mem.last_activity_at))


def _in_view(s: Session, user: UserRecord, view: str, label: str | None, team_view: str | None, q):
    """`q` (a select from `conversation_members`) restricted to a view, through the view's index."""
    mem = m.ConversationMember
    q = _indexed(q.where(*_view_where(s, user, view)), VIEW_INDEX.get(view))
    if label is not None:
        labelled = select(m.ConversationLabel.conversation_id).where(
            m.ConversationLabel.label_id == label_id_in(s, user, label))
        q = q.where(mem.conversation_id.in_(labelled))
    if team_view is not None:
        q = q.where(team.member_term(user, team_view))      # Mine / Unassigned / Assigned
    return q


def _ordered(q):
    mem = m.ConversationMember
    return q.order_by(mem.last_activity_at.desc(), mem.conversation_id.desc())


def page_in(s: Session, user: UserRecord, view: str = "all", *, label: str | None = None,
            after: ConversationCursor | None = None, limit: int = inbox.PAGE, pins_first: bool = True,
            team_view: str | None = None) -> DeskPage:
    """A page of a view (within one of the team's lists with `team_view`). With `pins_first` (the
    command line), All's first page opens with the pinned conversations; without it (the
    window's list, kept in one order by activity so a change can move a row by binary search)
    every page is in activity order."""
    mem = m.ConversationMember
    check_view(view)
    q = _in_view(s, user, view, label, team_view, _rows_query(user))
    pinned: list[DeskRow] = []
    if view == "all" and label is None and team_view is None and pins_first:
        # Pinned conversations head the first page of All (at most MAX_PINNED) and are left out of the rest.
        if after is None:
            pins = _indexed(select(mem.conversation_id).where(
                *_view_where(s, user, view), sql_hints.flag("conversation_members.pinned", True)),
                "ix_conversation_members_pinned")
            pinned = rows_for(s, user, list(s.scalars(_ordered(pins).limit(MAX_PINNED))))
        q = q.where(mem.pinned.is_(False))
    if after is not None:
        q = q.where(tuple_(mem.last_activity_at, mem.conversation_id) < (after.activity_at, after.conversation_id))
    raw = plain_rows(s, _ordered(q).limit(limit))
    nxt = ConversationCursor(raw[-1][1], raw[-1][0]) if len(raw) == limit else None
    return DeskPage(tuple(pinned + _desk_rows(s, user, raw)), nxt)


def rows_for(s: Session, user: UserRecord, ids: list[int]) -> list[DeskRow]:
    """The desk rows of these conversations, in the order given."""
    if not ids:
        return []
    q = _rows_query(user).where(m.ConversationMember.conversation_id.in_(ids))
    # Each row read by its key (no walk of a view's index, whatever the list's size).
    q = _indexed(q, "sqlite_autoindex_conversation_members_1")
    by_id = {row.id: row for row in _desk_rows(s, user, plain_rows(s, q))}
    return [by_id[cid] for cid in ids if cid in by_id]


def _rows_query(user: UserRecord):
    """The list's row (`inbox.rows_query`) and the member's desk state, in one statement."""
    mem = m.ConversationMember
    return inbox.rows_query(user).add_columns(mem.pinned, mem.archived, mem.awaiting_since, mem.no_response_at)


def _desk_rows(s: Session, user: UserRecord, raw: list) -> list[DeskRow]:
    """The desk rows of result rows of `_rows_query`, in their order, with their labels."""
    labels: dict[int, list[str]] = {}
    ids = [r[0] for r in raw]
    if ids:
        for cid, name in s.execute(select(m.ConversationLabel.conversation_id, m.StoreLabel.name)
                                   .join(m.StoreLabel, m.StoreLabel.id == m.ConversationLabel.label_id)
                                   .where(m.ConversationLabel.conversation_id.in_(ids), _own_labels(user))
                                   .order_by(m.StoreLabel.name)):
            labels.setdefault(cid, []).append(name)
    assignees = team.assignees_in(s, user, ids)
    target = desk_settings.target_in(s, user)
    cutoff = clock.now() - target
    out = []
    for *list_columns, pinned, archived, awaiting_since, no_response_at in raw:
        row = inbox.list_row(user, list_columns)
        if row is not None:
            out.append(DeskRow(row, bool(pinned), bool(archived), awaiting_since,
                               awaiting_since is not None and awaiting_since < cutoff, no_response_at,
                               tuple(labels.get(row.id, ())), assignees.get(row.id),
                               awaiting_since + target if awaiting_since is not None else None))
    return out


def _own_labels(user: UserRecord):
    """A seller sees the store's labels; a buyer has none (docs/desk.md)."""
    return m.StoreLabel.store_id == (user.store_id if user.store_id is not None else -1)


def desk_page(db: Database, user: UserRecord, view: str = "all", *, label: str | None = None,
              after: ConversationCursor | None = None, limit: int = inbox.PAGE, pins_first: bool = True,
              team_view: str | None = None) -> DeskPage:
    """A page of a view, newest activity first (pinned first on All's first page, unless not asked)."""
    return db.read(lambda s: page_in(s, user, view, label=label, after=after, limit=limit, pins_first=pins_first,
                                     team_view=team_view))


def in_view(db: Database, user: UserRecord, view: str, ids: list[int], *, label: str | None = None,
            team_view: str | None = None) -> set[int]:
    """Which of these conversations a view holds now (a change notice named them)."""
    def run(s: Session) -> set[int]:
        check_view(view)
        mem = m.ConversationMember
        q = select(mem.conversation_id).where(*_view_where(s, user, view), mem.conversation_id.in_(ids))
        if label is not None:
            q = q.where(mem.conversation_id.in_(select(m.ConversationLabel.conversation_id).where(
                m.ConversationLabel.label_id == label_id_in(s, user, label))))
        if team_view is not None:
            q = q.where(team.member_term(user, team_view))
        return set(s.scalars(q))
    return db.read(run) if ids else set()


def rows_of(db: Database, user: UserRecord, ids: list[int]) -> dict[int, DeskRow]:
    """The desk rows of these conversations by id (the window's list decorates its rows)."""
    return {r.id: r for r in db.read(lambda s: rows_for(s, user, ids))} if ids else {}


def desk_row(db: Database, user: UserRecord, conversation_id: int) -> DeskRow | None:
    """One conversation's desk row (the chat header's wait and labels); None when not in the list."""
    return db.read(lambda s: next(iter(rows_for(s, user, [conversation_id])), None))


def iter_rows(db: Database, user: UserRecord, view: str = "all", *, label: str | None = None, page: int = 5000,
              team_view: str | None = None):
    after = None
    while True:
        result = desk_page(db, user, view, label=label, after=after, limit=page, team_view=team_view)
        yield from result.rows
        if result.next is None:
            return
        after = result.next


def view_ids(db: Database, user: UserRecord, view: str, *, label: str | None = None,
             team_view: str | None = None) -> list[int]:
    """Every conversation id of a view (for a batch over it), newest activity first."""
    def run(s: Session) -> list[int]:
        check_view(view)
        return [cid for cid, _ in s.execute(_ordered(_ids_query(s, user, view, label, team_view)))]

    return db.read(run)


COUNT_INDEX = {"unread": "ix_conversation_members_unread", "awaiting": "ix_conversation_members_awaiting_since",
               "overdue": "ix_conversation_members_awaiting_since", "archived": "ix_conversation_members_archived"}


def counts(db: Database, user: UserRecord) -> dict:
    """Each view's count, and each of the store's labels' (index-only counts, no message read)."""
    def run(s: Session) -> dict:
        mem = m.ConversationMember

        def count(view: str) -> int:
            return s.scalar(_indexed(select(func.count()).select_from(mem).where(*_view_where(s, user, view)),
                                     COUNT_INDEX.get(view))) or 0

        out = {view: count(view) for view in VIEWS if view != "all"}
        # All = the visible conversations (the inbox index, covering) less the archived ones.
        visible = s.scalar(select(func.count()).select_from(mem).where(mem.user_id == user.id,
                                                                        mem.hidden.is_(False))) or 0
        labelled = {name: n for name, n in s.execute(
            select(m.StoreLabel.name, func.count(m.ConversationLabel.conversation_id))
            .outerjoin(m.ConversationLabel, (m.ConversationLabel.store_id == m.StoreLabel.store_id)
                       & (m.ConversationLabel.label_id == m.StoreLabel.id))
            # by the whole key (on PostgreSQL (store_id, id)), of which the name depends
            .where(_own_labels(user)).group_by(m.StoreLabel.store_id, m.StoreLabel.id).order_by(m.StoreLabel.name))}
        shown = _view_where(s, user, "all")
        return {"all": visible - out["archived"], **out, "labels": labelled, "team": team.counts_in(s, user, shown)}

    return db.read(run)


# --- the member's state -------------------------------------------------------------------

def _set(db: Database, user: UserRecord, conversation_id: int, **values) -> None:
    def run(s: Session) -> None:
        mem = conversations.member(s, user, conversation_id)
        if values.get("pinned"):
            count = s.scalar(select(func.count()).select_from(m.ConversationMember).where(
                m.ConversationMember.user_id == user.id, sql_hints.flag("conversation_members.pinned", True))) or 0
            if not mem.pinned and count >= MAX_PINNED:
                raise UsageError(f"{MAX_PINNED} conversations are pinned already.", hint="Unpin one first.",
                                 text_id="pins_full", args={"limit": MAX_PINNED})
        for key, value in values.items():
            setattr(mem, key, value)
        changes.record(s, ChangeKind.DESK, conversation_id=conversation_id, user_id=user.id)

    db.write(run)


def pin(db: Database, user: UserRecord, conversation_id: int, pinned: bool = True) -> None:
    _set(db, user, conversation_id, pinned=pinned)


def archive(db: Database, user: UserRecord, conversation_id: int, archived: bool = True) -> None:
    """Out of All and into Archived, for this member only; a new message brings it back."""
    _set(db, user, conversation_id, archived=archived)


def no_response(db: Database, user: UserRecord, conversation_id: int) -> None:
    """"No response needed": out of Awaiting and of the response figures, with who and when."""
    def run(s: Session) -> None:
        conversations.member(s, user, conversation_id)
        desk_state.waive(s, user.id, conversation_id, clock.now())
        changes.record(s, ChangeKind.DESK, conversation_id=conversation_id, user_id=user.id)

    db.write(run)


def mark_read_many(db: Database, user: UserRecord, conversation_ids: list[int]) -> None:
    """Mark several conversations read at once (one transaction: all or none)."""
    def run(s: Session) -> None:
        for cid in conversation_ids:
            mem = conversations.member(s, user, cid)
            newest = s.scalar(select(func.max(m.Message.id)).where(m.Message.conversation_id == cid)) or 0
            if newest > mem.last_read_message_id:
                mem.last_read_message_id = newest
                conversations.recount(s, mem)
                changes.record(s, ChangeKind.READ, conversation_id=cid, user_id=user.id, message_id=newest)

    db.write(run)


# --- labels -------------------------------------------------------------------------------

def check_label(name: str) -> str:
    name = name.strip()
    if not name:
        raise UsageError("A label needs a name.",
                         text_id="label_no_name")
    if len(name) > MAX_LABEL:
        raise UsageError(f"The label is {len(name)} characters long; the limit is {MAX_LABEL}.",
                         text_id="label_too_long", args={"length": len(name), "limit": MAX_LABEL})
    if any(ord(ch) < 32 for ch in name):
        raise UsageError("A label cannot hold control characters (a line break, a tab).",
                         text_id="label_control_characters")
    return name


def labels(db: Database, user: UserRecord) -> list[tuple[str, str]]:
    """The store's labels: (name, colour), by name."""
    return db.read(lambda s: [(n, c) for n, c in s.execute(
        select(m.StoreLabel.name, m.StoreLabel.colour).where(_own_labels(user)).order_by(m.StoreLabel.name))])


def add_label(db: Database, user: UserRecord, conversation_id: int, name: str) -> None:
    """Put the store's label `name` on a conversation (the label is made if new)."""
    name = check_label(name)
    store_id = desk_settings.store_of(user)

    def run(s: Session) -> None:
        conversations.member(s, user, conversation_id)
        label = s.scalar(select(m.StoreLabel).where(m.StoreLabel.store_id == store_id, m.StoreLabel.name == name))
        if label is None:
            count = s.scalar(select(func.count()).select_from(m.StoreLabel).where(m.StoreLabel.store_id == store_id))
            label = m.StoreLabel(store_id=store_id, name=name, colour=PALETTE[(count or 0) % len(PALETTE)])
            s.add(label)
            s.flush()
        if s.get(m.ConversationLabel, (conversation_id, label.id)) is None:
            s.add(m.ConversationLabel(store_id=label.store_id, conversation_id=conversation_id, label_id=label.id))
        changes.record(s, ChangeKind.DESK, conversation_id=conversation_id, user_id=user.id)

    db.write(run)


def remove_label(db: Database, user: UserRecord, conversation_id: int, name: str) -> None:
    name = check_label(name)

    def run(s: Session) -> None:
        conversations.member(s, user, conversation_id)
        found = s.get(m.ConversationLabel, (conversation_id, label_id_in(s, user, name)))
        if found is None:
            raise UsageError(f"Conversation {conversation_id} has no label {name!r}.",
                             text_id="label_not_on_conversation", args={"conversation": conversation_id, "label": name})
        s.delete(found)
        changes.record(s, ChangeKind.DESK, conversation_id=conversation_id, user_id=user.id)

    db.write(run)


__all__ = ["VIEWS", "DeskPage", "DeskRow", "add_label", "archive", "counts", "desk_page", "iter_rows",
           "labels", "mark_read_many", "no_response", "pin", "remove_label", "view_ids"]
