"""Ops on search: a page of the user's messages that match what is typed, each with the name
of its conversation, run on the database worker.

Typing makes one query per pause (the view debounces); each query takes a ticket from a
`Latest`, and a query whose ticket is no longer the latest when the worker reaches it is
skipped without touching the database (its result would be dropped anyway): a fast typist
queues at most one search that runs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.gui.ops.core import conversations, search_cards, search_catalog, search_messages
from desktop.gui.session import Backend, Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.search.cards import CardMatch
    from desktop.core.search.results import ConversationMatches, Cursor, MessageHit

PAGE = 30            # results per page: a screen and a half


class Latest:
    """The ticket of the newest query (read on the worker, written on the GUI thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    def take(self) -> int:
        with self._lock:
            self._value += 1
            return self._value

    def is_current(self, ticket: int) -> bool:
        with self._lock:
            return ticket == self._value


@dataclass(frozen=True)
class SearchResult:
    hit: MessageHit
    peer_name: str             # the conversation as the list names it (the buyer, or the store)
    card: CardMatch | None = None   # a request card: its step, shown in the window's language


@dataclass(frozen=True)
class ResultPage:
    text: str                  # the query as typed
    results: tuple[SearchResult, ...]
    next: Cursor | None        # None: no more results
    indexing: bool             # the index is still being built: some results may be missing


def _page(b: Backend, text: str, after: Cursor | None, limit: int) -> ResultPage:
    page = search_messages.search_messages(b.db, b.user, text, after=after, limit=limit)
    ids = sorted({h.conversation_id for h in page.hits})
    names = {r.id: r.peer_name for r in conversations.list_conversations(b.db, b.user, ids)} if ids else {}
    cards = search_cards.card_matches(b.db, b.user, text, [h.message_id for h in page.hits
                                                           if h.kind == "request_card"])
    return ResultPage(text, tuple(SearchResult(h, names.get(h.conversation_id, ""), cards.get(h.message_id))
                                  for h in page.hits), page.next, page.indexing)


def search(session: Session, text: str, latest: Latest, ticket: int, *, after: Cursor | None = None,
           limit: int = PAGE) -> Op[ResultPage | None]:
    """The page of results for `text` (after `after`), newest first; None when a newer query
    was typed before the worker reached this one."""
    def run(b: Backend) -> ResultPage | None:
        if not latest.is_current(ticket):
            return None
        return _page(b, text, after, limit)

    return session.op(run, "search messages")


# -- the catalogue and the orders table -----------------------------------------------------
CATALOG_MAX = 5000      # more matches than a table can show are not read


def product_ids(session: Session, query: str, store_handle: str | None = None) -> Op[list[int]]:
    """The products whose title or store matches, in catalogue order (the Products view's field)."""
    def run(b: Backend) -> list[int]:
        ids: list[int] = []
        after = None
        while len(ids) < CATALOG_MAX:
            page = search_catalog.search_products(b.db, query, store_handle=store_handle, after=after, limit=500)
            ids += [h.product_id for h in page.hits]
            if page.next is None:
                break
            after = page.next
        return ids
    return session.op(run, "search products")


def order_ids(session: Session, query: str) -> Op[list[int]]:
    """The user's orders whose number, tracking number, products or carrier match, newest first."""
    def run(b: Backend) -> list[int]:
        ids: list[int] = []
        after = None
        while len(ids) < CATALOG_MAX:
            page = search_catalog.search_orders(b.db, b.user, query, after=after, limit=500)
            ids += [h.order_id for h in page.hits]
            if page.next is None:
                break
            after = page.next
        return ids
    return session.op(run, "search orders")


def conversation_matches(session: Session, conversation_id: int, query: str) -> Op[ConversationMatches]:
    """Every message of one conversation that matches, oldest first, for "3 of 17" (the chat's Ctrl+F)."""
    return session.op(lambda b: search_messages.conversation_matches(b.db, b.user, conversation_id, query),
                      "search a conversation")
