"""Search results as the list beside the chat shows them: conversation, snippet with the
matches, time; newest first, a page at a time as the view scrolls.

`search(text)` replaces the results when the worker answers; an answer to an older query
than the last one typed is dropped (and skipped on the worker when it has not started).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from desktop.core.errors import KnownError
from desktop.gui import errors, format as fmt
from desktop.gui.case_words import action_labels
from desktop.gui.ops import search as ops
from desktop.gui.session import Session

if TYPE_CHECKING:
    from desktop.core.search.cards import CardMatch
    from desktop.core.search.results import Cursor
    from desktop.gui.ops.search import ResultPage, SearchResult

Index = QModelIndex | QPersistentModelIndex
ELLIPSIS = "…"
_ONE_LINE = str.maketrans("\n\r\t", "   ")


class ResultRole(enum.IntEnum):
    RESULT = Qt.ItemDataRole.UserRole + 1      # the SearchResult
    SNIPPET = Qt.ItemDataRole.UserRole + 2     # the snippet as shown ("…" where it is cut)
    SPANS = Qt.ItemDataRole.UserRole + 3       # [(start, length), ...] in the shown snippet, in UTF-16 units
    TIME = Qt.ItemDataRole.UserRole + 4
    CONVERSATION = Qt.ItemDataRole.UserRole + 5
    MESSAGE = Qt.ItemDataRole.UserRole + 6


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def shown_snippet(result: SearchResult) -> tuple[str, list[tuple[int, int]]]:
    """The snippet with "…" where the text goes on, and its spans as (start, length) in UTF-16
    units (what Qt's text layout counts). A request card is its step in the window's language
    and the words that came with it ("Cancelación solicitada · Lo he encontrado más barato"),
    never its stored English."""
    if result.card is not None:
        return _card_snippet(result.card)
    hit = result.hit
    return _cut(hit.snippet, len(hit.text))


def _cut(snip, whole: int, head: str = "") -> tuple[str, list[tuple[int, int]]]:
    text = snip.text.translate(_ONE_LINE)        # same length: the spans still point at the words
    lead = head + (ELLIPSIS if snip.start > 0 else "")
    tail = ELLIPSIS if snip.start + len(snip.text) < whole else ""
    spans = [(utf16_len(lead + text[:span.start]), utf16_len(text[span.start:span.end])) for span in snip.spans]
    return lead + text + tail, spans


def _card_snippet(card: CardMatch) -> tuple[str, list[tuple[int, int]]]:
    from desktop.gui.views.order_steps import words_for     # the words live with the order's section

    label = action_labels().get(card.action.value, card.action.value)
    words = words_for(card.action.value, card.words)
    if not words:
        return label, []
    if words != card.words:                      # a reason's code said in the window's language
        return f"{label} · {words}", []
    return _cut(card.snippet, len(card.words), f"{label} · ")


class SearchResultsModel(QAbstractListModel):
    searched = Signal(str)          # the results of this query (the latest typed) are in
    failed = Signal(str)            # a search could not run (no index, a damaged one): why

    def __init__(self, session: Session, parent: QObject | None = None, *, page: int = ops.PAGE):
        super().__init__(parent)
        self._session = session
        self._page = page
        self._latest = ops.Latest()
        self._ticket = 0
        self._results: list[SearchResult] = []
        self._shown: list[tuple[str, list[tuple[int, int]]]] = []
        self._next: Cursor | None = None
        self._fetching = False
        self.text = ""                   # the query the results are for
        self.pending = ""                # the query asked for last
        self.indexing = False
        self.done = True                 # the results of `pending` are in

    # -- Qt overrides -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return result.peer_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{result.peer_name}\n{self._shown[index.row()][0] if result.card else result.hit.text}"
        if role == ResultRole.RESULT:
            return result
        if role == ResultRole.SNIPPET:
            return self._shown[index.row()][0]
        if role == ResultRole.SPANS:
            return self._shown[index.row()][1]
        if role == ResultRole.TIME:
            return fmt.short_time(result.hit.sent_at, self._session.user.time_zone if self._session.user else "UTC")
        if role == ResultRole.CONVERSATION:
            return result.hit.conversation_id
        if role == ResultRole.MESSAGE:
            return result.hit.message_id
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._next is not None and self.done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._fetching or self._next is None:
            return
        self._fetching = True
        ticket = self._ticket
        ops.search(self._session, self.text, self._latest, ticket, after=self._next, limit=self._page).on_success(
            lambda page: self._more(ticket, page)).on_failure(lambda exc: self._failed(ticket, exc)).bound_to(
            self).run()

    # -- for views ----------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Show the results of `text` when they come (nothing for an empty query)."""
        self._ticket = self._latest.take()
        self.pending = text
        self._fetching = False
        if not text.strip():
            self.done = True
            self._replace("", [], None, False)
            self.searched.emit("")
            return
        self.done = False
        ticket = self._ticket
        ops.search(self._session, text, self._latest, ticket, limit=self._page).on_success(
            lambda page: self._first(ticket, page)).on_failure(lambda exc: self._failed(ticket, exc)).bound_to(
            self).run()

    def result_at(self, n: int) -> SearchResult | None:
        return self._results[n] if 0 <= n < len(self._results) else None

    # -- arrivals -------------------------------------------------------------------------------
    def _first(self, ticket: int, page: ResultPage | None) -> None:
        if page is None or ticket != self._ticket:
            return                                   # an older query: a newer one is on its way
        self.done = True
        self._replace(page.text, list(page.results), page.next, page.indexing)
        self.searched.emit(page.text)

    def _more(self, ticket: int, page: ResultPage | None) -> None:
        if page is None or ticket != self._ticket:
            return
        self._fetching = False
        self._next = page.next
        if page.results:
            first = len(self._results)
            self.beginInsertRows(QModelIndex(), first, first + len(page.results) - 1)
            self._results.extend(page.results)
            self._shown.extend(shown_snippet(r) for r in page.results)
            self.endInsertRows()

    def _replace(self, text: str, results: list[SearchResult], nxt: Cursor | None, indexing: bool) -> None:
        self.beginResetModel()
        self.text = text
        self._results = results
        self._shown = [shown_snippet(r) for r in results]
        self._next = nxt
        self.indexing = indexing
        self.endResetModel()

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._ticket:
            return
        self._fetching = False
        self.done = True
        if not isinstance(exc, KnownError):
            raise exc                                # a bug: the exception hook reports it
        self._replace(self.pending, [], None, False)
        self.failed.emit(errors.explain(exc).line())
