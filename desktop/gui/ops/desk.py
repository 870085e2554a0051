"""Ops of the seller's desk (docs/desk.md): views and counts of the list, pin, archive,
labels, "no response needed", quick replies, batch replies, response figures and the
store's desk settings. The closures over the core live here; views call these."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.gui.ops import core
from desktop.gui.session import Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.batch import BatchItem, BatchRequest, BatchResult
    from desktop.core.buyer_profile import BuyerProfile
    from desktop.core.desk import DeskPage, DeskRow
    from desktop.core.desk_settings import StoreSettings
    from desktop.core.inbox import ConversationCursor
    from desktop.core.quick_replies import Filled, QuickReplyRow
    from desktop.core.stats import Stats

desk = core.LazyModule("desktop.core.desk")
quick_replies = core.LazyModule("desktop.core.quick_replies")
batch = core.LazyModule("desktop.core.batch")
stats = core.LazyModule("desktop.core.stats")
desk_settings = core.LazyModule("desktop.core.desk_settings")
buyer_profile = core.LazyModule("desktop.core.buyer_profile")

__getattr__ = core.reexport(
    VIEWS=(desk, "VIEWS"), MAX_LABEL=(desk, "MAX_LABEL"), PLACEHOLDERS=(quick_replies, "PLACEHOLDERS"),
    MAX_TEXT=(quick_replies, "MAX_TEXT"), LANGS=(quick_replies, "LANGS"),
    MissingValue=(quick_replies, "MissingValue"),
    WEEKDAYS=(desk_settings, "WEEKDAYS"), MAX_TARGET_MINUTES=(desk_settings, "MAX_TARGET_MINUTES"),
    MAX_RETURN_ADDRESS=(desk_settings, "MAX_RETURN_ADDRESS"), check_span=(desk_settings, "check_span"),
    check_time_zone=(desk_settings, "check_time_zone"), time_zones=(desk_settings, "time_zones"),
    check_return_address=(desk_settings, "check_return_address"),
)


# --- the list --------------------------------------------------------------------------------

def page(session: Session, view: str = "all", *, label: str | None = None,
         after: ConversationCursor | None = None) -> Op[DeskPage]:
    return session.op(lambda b: desk.desk_page(b.db, b.user, view, label=label, after=after), "a page of a view")


def row(session: Session, conversation_id: int) -> Op[DeskRow | None]:
    return session.op(lambda b: desk.desk_row(b.db, b.user, conversation_id), "a conversation's desk row")


def counts(session: Session) -> Op[dict]:
    return session.op(lambda b: desk.counts(b.db, b.user), "the counts of the views")


def pin(session: Session, conversation_id: int, pinned: bool = True) -> Op[None]:
    return session.op(lambda b: desk.pin(b.db, b.user, conversation_id, pinned), "pin")


def archive(session: Session, conversation_id: int, archived: bool = True) -> Op[None]:
    return session.op(lambda b: desk.archive(b.db, b.user, conversation_id, archived), "archive")


def no_response(session: Session, conversation_id: int) -> Op[None]:
    return session.op(lambda b: desk.no_response(b.db, b.user, conversation_id), "no response needed")


def add_label(session: Session, conversation_id: int, name: str) -> Op[None]:
    return session.op(lambda b: desk.add_label(b.db, b.user, conversation_id, name), "add a label")


def remove_label(session: Session, conversation_id: int, name: str) -> Op[None]:
    return session.op(lambda b: desk.remove_label(b.db, b.user, conversation_id, name), "remove a label")


def labels(session: Session) -> Op[list[tuple[str, str]]]:
    return session.op(lambda b: desk.labels(b.db, b.user), "the store's labels")


def mark_read_many(session: Session, conversation_ids: list[int]) -> Op[None]:
    ids = list(conversation_ids)
    return session.op(lambda b: desk.mark_read_many(b.db, b.user, ids), "mark several read")


# --- quick replies ---------------------------------------------------------------------------

def replies(session: Session) -> Op[list[QuickReplyRow]]:
    return session.op(lambda b: quick_replies.list_replies(b.db, b.user), "the quick replies")


def add_reply(session: Session, code: str, title: str, text: str) -> Op[QuickReplyRow]:
    return session.op(lambda b: quick_replies.add(b.db, b.user, code, title, text, translator=b.translator()),
                      "add a quick reply")


def edit_reply(session: Session, code: str, *, title: str | None = None, text: str | None = None,
               lang: str | None = None) -> Op[QuickReplyRow]:
    return session.op(lambda b: quick_replies.edit(b.db, b.user, code, title=title, text=text, lang=lang,
                                                   translator=b.translator()), "edit a quick reply")


def remove_reply(session: Session, code: str) -> Op[None]:
    return session.op(lambda b: quick_replies.remove(b.db, b.user, code), "remove a quick reply")


def reorder_replies(session: Session, codes: list[str]) -> Op[None]:
    order = list(codes)
    return session.op(lambda b: quick_replies.reorder(b.db, b.user, order), "reorder the quick replies")


def fill_reply(session: Session, code: str, conversation_id: int) -> Op[Filled]:
    """A quick reply filled for one conversation in its buyer's language (the "/" list's Enter)."""
    return session.op(lambda b: quick_replies.fill_for(b.db, b.user, code, conversation_id, b.translator()),
                      "fill a quick reply")


# --- batch replies ---------------------------------------------------------------------------

def batch_request(conversation_ids, *, reply_code: str | None = None, text: str | None = None,
                  dry_run: bool = False, selection: str = "", key: str = "") -> BatchRequest:
    """`selection` ("filter:VIEW:LABEL", as `buzon batch-reply --filter`) names a whole view, so
    the batch keeps its key while the view shrinks; `key` runs part of a batch under its key."""
    return batch.BatchRequest(tuple(conversation_ids), reply_code=reply_code, text=text, dry_run=dry_run,
                              selection=selection, key=key)


def view_selection(view: str, label: str | None, team: str | None = None) -> str:
    """How a batch over a whole view names its recipients (the command line's form; a team
    list, "Mine" say, is a part of its own)."""
    return f"filter:{view}:{label or ''}" + (f":{team}" if team else "")


def batch_key(session: Session, request: BatchRequest) -> Op[str]:
    """The key a batch's client ids come from (the window sends it in parts under this key)."""
    return session.op(lambda b: batch.batch_key(b.user, request), "a batch's key")


def recipient_names(session: Session, conversation_ids: list[int]) -> Op[dict[int, tuple[str, str]]]:
    """Each conversation's other side: (name, language), for the batch's preview."""
    ids = list(conversation_ids)

    def run(b) -> dict[int, tuple[str, str]]:
        out: dict[int, tuple[str, str]] = {}
        for start in range(0, len(ids), 500):
            for cid, row in desk.rows_of(b.db, b.user, ids[start:start + 500]).items():
                out[cid] = (row.row.peer_name, row.row.peer_language)
        return out

    return session.op(run, "the batch's recipients")


def batch_reply(session: Session, request: BatchRequest, *,
                progress: Callable[[int, int, BatchItem], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> Op[BatchResult]:
    """Send (or preview, with `dry_run`) a batch on the worker. `progress` is called on the
    worker after each recipient (emit a signal from it); `cancelled` is asked before each."""
    return session.op(lambda b: batch.run_batch(b.db, b.ctx, b.user, request, translator=b.translator(),
                                                progress=progress, cancelled=cancelled), "batch reply")


def view_ids(session: Session, view: str, label: str | None = None, team: str | None = None) -> Op[list[int]]:
    return session.op(lambda b: desk.view_ids(b.db, b.user, view, label=label, team_view=team), "the ids of a view")


# --- the buyer's side panel ------------------------------------------------------------------

def buyer(session: Session, conversation_id: int) -> Op[BuyerProfile]:
    """The buyer of one of the store's conversations: language, time zone, orders, problems, labels."""
    return session.op(lambda b: buyer_profile.buyer_profile(b.db, b.user, conversation_id), "the buyer's panel")


# --- response times and settings -------------------------------------------------------------

def store_stats(session: Session, days: int = 30) -> Op[Stats]:
    return session.op(lambda b: stats.store_stats(b.db, b.user, days), "the response figures")


def store_settings(session: Session) -> Op[StoreSettings]:
    return session.op(lambda b: desk_settings.read(b.db, b.user), "the store's settings")


def update_store_settings(session: Session, **changes) -> Op[StoreSettings]:
    return session.op(lambda b: desk_settings.update(b.db, b.user, **changes), "change the store's settings")
