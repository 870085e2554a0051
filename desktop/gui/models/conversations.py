"""The conversation list: peer, last message, time and unread count, newest activity first.

A busy store has 20,000 conversations, so the list is read a page at a time over the
core's keyset pages (`desktop.core.inbox`): the first page when the list opens, the next
when the view scrolls to the end of what is loaded (`canFetchMore` / `fetchMore`). The
badge's counts are the core's counters, never a sum over loaded rows.

On a change notice only the named conversations are re-read (one op per notice, one
merge), and each row is moved, inserted or removed in place (binary search on the sort
key), never by resetting the model: the selection and the scroll position stay put. A
row whose new place is past the loaded end is left for the page that will bring it.

In All, the pinned conversations (at most 20) head the list, as the core's first page has
them: the sort key starts with "not pinned", so a pin, an unpin or a new message moves the
row to its place among the pinned or the others by the same binary search.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from desktop.core.kinds import MessageKind
from desktop.gui import format as fmt
from desktop.gui.case_words import card_preview_line
from desktop.gui.ops import conversations
from desktop.gui.ops.conversations import InboxFilter
from desktop.gui.session import Session

if TYPE_CHECKING:
    from desktop.core.conversations import ConversationRow
    from desktop.core.desk import DeskRow
    from desktop.core.inbox import ConversationCursor, ConversationPage, InboxTotals

Index = QModelIndex | QPersistentModelIndex
Key = tuple[int, int, int]
PAGE = 50                  # rows per page: two screens of a tall window
_EPOCH = dt.datetime(1970, 1, 1)
_MICRO = dt.timedelta(microseconds=1)


def sort_key(activity_at: dt.datetime, conversation_id: int, pinned: bool = False) -> Key:
    """Ascending in the list's order (pinned first where pins lead, then newest activity
    first, then the higher id): for bisect."""
    return (0 if pinned else 1, -((activity_at - _EPOCH) // _MICRO), -conversation_id)


class ConversationRole(enum.IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1
    UNREAD = Qt.ItemDataRole.UserRole + 2
    PREVIEW = Qt.ItemDataRole.UserRole + 3
    TIME = Qt.ItemDataRole.UserRole + 4
    ID = Qt.ItemDataRole.UserRole + 5
    DESK = Qt.ItemDataRole.UserRole + 6      # the DeskRow: wait, overdue, labels, pin (None until read)


def preview(row: ConversationRow) -> str:
    """The last message as the list shows it: "[Image]" for a picture, a card's product title or
    order number, a request card's step ("Dispute opened · €23.99 · order 8190…"), "You: " before mine,
    a teammate's handle before theirs ("mei: "), so a colleague's reply never reads as the buyer's."""
    kind = MessageKind(row.last_kind) if row.last_kind else None
    if kind == MessageKind.PRODUCT_CARD and row.last_text:       # the core names the card: its title
        text = QCoreApplication.translate("ConversationListModel", "Product: %1").replace("%1", row.last_text)
    elif kind == MessageKind.ORDER_CARD and row.last_text:       # or the order's number
        text = QCoreApplication.translate("ConversationListModel", "Order %1").replace("%1", row.last_text)
    elif kind == MessageKind.REQUEST_CARD and row.last_card is not None:    # a step of a cancellation or dispute
        text = card_preview_line(row.last_card)
    elif kind == MessageKind.REQUEST_CARD:                       # its step is unknown: never the stored English
        text = QCoreApplication.translate("ConversationListModel", "[Cancellation or dispute update]")
    else:
        labels = {MessageKind.PRODUCT_CARD: QCoreApplication.translate("ConversationListModel", "[Product]"),
                  MessageKind.ORDER_CARD: QCoreApplication.translate("ConversationListModel", "[Order]"),
                  MessageKind.IMAGE: QCoreApplication.translate("ConversationListModel", "[Image]")}
        text = labels.get(kind, row.last_text) if kind is not None else row.last_text
    text = " ".join(text.split())
    if row.last_mine:
        return QCoreApplication.translate("ConversationListModel", "You: ") + text
    if row.last_colleague:
        # a teammate's handle before their reply ("mei: Sale mañana")
        return QCoreApplication.translate("ConversationListModel", "%1: ").replace("%1", row.last_colleague) + text
    return text


class ConversationListModel(QAbstractListModel):
    total_unread_changed = Signal(int)
    refreshed = Signal()                  # a refresh's rows are in place
    totals_changed = Signal(object)       # InboxTotals: conversations and unread messages

    def __init__(self, session: Session, parent: QObject | None = None, *,
                 view: InboxFilter = InboxFilter.ALL, page: int = PAGE):
        super().__init__(parent)
        self._session = session
        self._view = view
        self._page = page
        self._rows: list[ConversationRow] = []
        self._desk: dict[int, DeskRow] = {}    # conversation id -> its desk state, for drawing
        self._keys: list[Key] = []             # sort keys of `_rows`, ascending
        self._key_of: dict[int, Key] = {}      # conversation id -> its key in `_keys`
        self._next: ConversationCursor | None = None   # where the next page starts; None: all loaded
        self._generation = 0                   # a reload drops pages asked for before it
        self._fetching = False
        self._refreshing = False
        self._waiting: set[int] = set()        # changed ids noticed while a refresh was running
        self.totals: InboxTotals | None = None
        self.pages_read = 0                    # pages fetched since the last load (for tests)
        self.loaded = False                    # the first page has arrived

    # -- Qt overrides -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.peer_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.peer_name}\n{preview(row)}"
        if role == ConversationRole.ROW:
            return row
        if role == ConversationRole.UNREAD:
            return row.unread
        if role == ConversationRole.PREVIEW:
            return preview(row)
        if role == ConversationRole.TIME:
            return fmt.list_time(row.last_at, self._session.user.time_zone)
        if role == ConversationRole.ID:
            return row.id
        if role == ConversationRole.DESK:
            desk = self._desk.get(row.id)
            if desk is not None and not self._session.user.is_seller and desk.awaiting_since is not None:
                # A buyer is not scored on answering: no wait is drawn on a buyer's rows.
                desk = dataclasses.replace(desk, awaiting_since=None, overdue=False)
            return desk
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self.loaded and self._next is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._fetching or self._next is None:
            return
        self._fetching = True
        gen = self._generation
        conversations.next_page(self._session, self._view, self._next, self._page).on_success(
            lambda result: self._more(gen, *result)).bound_to(self).run()

    # -- for views ----------------------------------------------------------------------------
    @property
    def view(self) -> InboxFilter:
        return self._view

    def set_view(self, view: InboxFilter) -> None:
        """Show only the conversations of this view (read again from the first page, unless
        nothing was read yet: the first `load()` reads it)."""
        if view != self._view:
            self._view = view
            if self._generation:
                self.load()

    @property
    def _pins_first(self) -> bool:
        return conversations.pins_first(self._view)

    def load(self) -> None:
        """Read the first page again (and the counts); pages loaded before are dropped."""
        self._generation += 1
        gen = self._generation
        self._fetching = False
        conversations.first_page(self._session, self._view, self._page).on_success(
            lambda result: self._first(gen, *result)).bound_to(self).run()

    def refresh(self, ids: set[int]) -> None:
        """Re-read these conversations (a notice named them): rows move, new ones come in,
        deleted ones go. One op at a time: ids noticed meanwhile go in the next one."""
        self._waiting |= set(ids)
        if self._refreshing or not self.loaded or not self._waiting:
            return
        self._refreshing = True
        wanted, self._waiting = sorted(self._waiting), set()
        gen = self._generation
        conversations.changed_rows(self._session, wanted, self._view).on_success(
            lambda result: self._refreshed(gen, *result)).bound_to(self).run()

    def row_of(self, conversation_id: int) -> int:
        key = self._key_of.get(conversation_id)
        if key is None:
            return -1
        n = bisect.bisect_left(self._keys, key)
        return n if n < len(self._rows) and self._rows[n].id == conversation_id else -1

    def is_waiting(self, conversation_id: int) -> bool:
        """True while a refresh of this conversation is still to come."""
        return conversation_id in self._waiting

    def row_at(self, n: int) -> ConversationRow | None:
        return self._rows[n] if 0 <= n < len(self._rows) else None

    def total_unread(self) -> int:
        return self.totals.unread if self.totals is not None else 0

    @property
    def has_more(self) -> bool:
        return self._next is not None

    # -- arrivals -----------------------------------------------------------------------------
    def _first(self, gen: int, page: ConversationPage, totals: InboxTotals, desk: dict[int, DeskRow]) -> None:
        if gen != self._generation:
            return
        self._desk = dict(desk)
        self.loaded = True
        self.pages_read = 1
        rows = list(page.rows)
        self._next = page.next
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._set(rows)
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
        else:
            self.beginResetModel()
            self._set(rows)
            self.endResetModel()
        self._set_totals(totals)
        if self._waiting:
            self.refresh(set())

    def _more(self, gen: int, page: ConversationPage, desk: dict[int, DeskRow]) -> None:
        if gen != self._generation:
            return
        self._desk.update(desk)
        self._fetching = False
        self.pages_read += 1
        self._next = page.next
        fresh = [r for r in page.rows if r.id not in self._key_of]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for r in fresh:
            key = self._key(r)
            self._rows.append(r)
            self._keys.append(key)
            self._key_of[r.id] = key
        self.endInsertRows()

    def _set(self, rows: list[ConversationRow]) -> None:
        self._rows = rows
        self._keys = [self._key(r) for r in rows]
        self._key_of = {r.id: k for r, k in zip(rows, self._keys)}

    def _set_totals(self, totals: InboxTotals) -> None:
        self.totals = totals
        self.totals_changed.emit(totals)
        self.total_unread_changed.emit(totals.unread)

    def _key(self, row: ConversationRow) -> Key:
        desk = self._desk.get(row.id)
        return sort_key(*row.sort_key, pinned=self._pins_first and desk is not None and desk.pinned)

    def _beyond_loaded(self, key: Key) -> bool:
        """True when a row with this key belongs to a page not loaded yet."""
        return self._next is not None and key > sort_key(self._next.activity_at, self._next.conversation_id)

    def _refreshed(self, gen: int, rows: dict[int, ConversationRow | None], totals: InboxTotals,
                   desk: dict[int, DeskRow]) -> None:
        self._refreshing = False
        if gen == self._generation:
            self._desk.update(desk)
            for cid, row in rows.items():
                self._place(cid, row)
            self._set_totals(totals)
        self.refreshed.emit()
        if self._waiting:
            self.refresh(set())

    def _place(self, cid: int, row: ConversationRow | None) -> None:
        """Put one conversation's fresh row where it now belongs (or take it out)."""
        old = self.row_of(cid)
        key = self._key(row) if row is not None else None
        if key is None or self._beyond_loaded(key):
            if old >= 0:
                self.beginRemoveRows(QModelIndex(), old, old)
                self._take(old)
                self.endRemoveRows()
            return
        assert row is not None
        target = bisect.bisect_left(self._keys, key)
        if old < 0:
            self.beginInsertRows(QModelIndex(), target, target)
            self._put(target, row, key)
            self.endInsertRows()
            return
        if old < target:
            target -= 1                    # its place counted without itself
        if target == old:
            self._take(old)
            self._put(old, row, key)
        else:
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), target if target < old else target + 1)
            self._take(old)
            self._put(target, row, key)
            self.endMoveRows()
        ix = self.index(target)
        self.dataChanged.emit(ix, ix)

    def _take(self, n: int) -> None:
        row = self._rows.pop(n)
        del self._keys[n]
        del self._key_of[row.id]

    def _put(self, n: int, row: ConversationRow, key: Key) -> None:
        self._rows.insert(n, row)
        self._keys.insert(n, key)
        self._key_of[row.id] = key
