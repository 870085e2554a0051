"""What a search returns: typed, frozen values for the window, JSON only for the command line.

Offsets (`spans`, `snippet_start`) count characters as Python strings do (code points);
`highlight.utf16_spans` converts them for Qt, whose strings count UTF-16 units.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from desktop.core.errors import KnownError
from desktop.core.search.highlight import Snippet, Span


class SearchUnavailable(KnownError):
    """Search cannot run on this database (PostgreSQL, or one that was never migrated)."""


class SearchIndexDamaged(KnownError):
    """The index is damaged or was made by another version; a rebuild fixes it, nothing else is touched."""

    def __init__(self, where: str):
        super().__init__(f"The search index of {where} is damaged or was made by another version of Buzón.",
                         hint="Rebuild it (nothing else is changed): buzon search --rebuild",
                         text_id="search_index_damaged", args={"database": where})


def _spans_json(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts (keyset: the last key of this page, and its time where pages are in time order)."""

    key: int
    at: str = ""


class Matched(str, enum.Enum):
    ORIGINAL = "original"           # the message's own text (or its card's title or order number)
    TRANSLATION = "translation"     # a cached translation of it


@dataclass(frozen=True)
class MessageHit:
    """One message that matches, with the text that matched and where."""

    conversation_id: int
    message_id: int
    sent_at: dt.datetime
    sender_id: int | None
    sender_handle: str
    sender_name: str
    mine: bool
    kind: str
    matched: Matched
    lang: str                      # the translation's language when `matched` is TRANSLATION, else ""
    text: str                      # the whole text that matched
    spans: tuple[Span, ...]        # in `text`
    snippet: Snippet               # around the first span; its spans are offsets into the snippet

    def to_json(self) -> dict:
        return {"conversation": self.conversation_id, "message": self.message_id,
                "sent_at": self.sent_at.isoformat() + "Z", "sender": self.sender_handle,
                "snippet": self.snippet.text, "snippet_start": self.snippet.start,
                "spans": _spans_json(self.snippet.spans), "matched": self.matched.value}


@dataclass(frozen=True)
class MessagePage:
    """A page of matching messages, newest first; `next` fetches the following page."""

    hits: tuple[MessageHit, ...]
    next: Cursor | None
    indexing: bool = False          # some rows are not indexed yet: results may be missing some

    @classmethod
    def empty(cls) -> MessagePage:
        return cls((), None)


@dataclass(frozen=True)
class ConversationMatches:
    """Every matching message of one conversation, in the chat's order, for next / previous."""

    conversation_id: int
    message_ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.message_ids)

    def position(self, message_id: int) -> int | None:
        """1-based position of a match ("3 of 17"), None when it is not one."""
        try:
            return self.message_ids.index(message_id) + 1
        except ValueError:
            return None


@dataclass(frozen=True)
class ProductHit:
    product_id: int
    title: str
    store_handle: str
    store_name: str
    spans: tuple[Span, ...]        # in `title`

    def to_json(self) -> dict:
        return {"id": self.product_id, "title": self.title, "store": self.store_handle,
                "spans": _spans_json(self.spans)}


class OrderField(str, enum.Enum):
    NUMBER = "number"
    TRACKING = "tracking_number"
    PRODUCT = "product"
    CARRIER = "carrier"


@dataclass(frozen=True)
class OrderHit:
    order_id: int
    number: str
    created_at: dt.datetime
    field: OrderField              # what matched
    text: str                      # that field's text
    spans: tuple[Span, ...]        # in `text`

    def to_json(self) -> dict:
        return {"id": self.order_id, "number": self.number, "created_at": self.created_at.isoformat() + "Z",
                "field": self.field.value, "text": self.text, "spans": _spans_json(self.spans)}


@dataclass(frozen=True)
class CatalogPage:
    """A page of products (catalogue order) or orders (newest first)."""

    hits: tuple
    next: Cursor | None
