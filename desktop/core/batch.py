"""Sending a quick reply, or one text, to many conversations (docs/desk.md "Batch reply").

Each buyer gets the message in their language with the placeholders filled for them; each
message goes through `outbox.deliver` (the content policy, the translation for the reader)
with its own client id, derived from the batch's key and the conversation: running the same
batch again (after a crash, a cancel, a second click) sends only what is missing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.core import clock, message_translations, messaging, policy, quick_replies
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import KnownError, UsageError
from desktop.core.outbox import SendOutcome, SendRequest, deliver
from desktop.core.users import UserRecord

if TYPE_CHECKING:
    from desktop.core.context import AppContext
    from desktop.core.translation.engine import Translator

MAX_BATCH = 20_000
SENT, REFUSED, FAILED, READY = "sent", "refused", "failed", "ready"    # READY: a dry run's "would be sent"


@dataclass(frozen=True)
class BatchItem:
    conversation: int
    state: str
    text: str = ""
    lang: str = ""
    reason: str = ""
    message_id: int | None = None
    error_id: str = ""          # the text id of the KnownError that failed or refused it (docs/languages.md)

    def to_json(self) -> dict:
        return {"conversation": self.conversation, "state": self.state, "text": self.text, "lang": self.lang,
                "reason": self.reason, "error_id": self.error_id or None}


@dataclass(frozen=True)
class BatchRequest:
    conversation_ids: tuple[int, ...]
    reply_code: str | None = None
    text: str | None = None
    dry_run: bool = False
    key: str = ""                 # the batch's key; default: made from what it sends, to whom, and the day
    selection: str = ""           # how the recipients were chosen ("filter:awaiting"), part of the default key


@dataclass
class BatchResult:
    key: str
    items: list[BatchItem] = field(default_factory=list)
    cancelled: bool = False

    def count(self, state: str) -> int:
        return sum(1 for i in self.items if i.state == state)


MAX_KEY = 32      # "batch-{key}-{conversation id}" fits a client id (messaging.MAX_CLIENT_ID)


def batch_key(user: UserRecord, req: BatchRequest) -> str:
    """The key the client ids come from: the same batch on the same day has the same key."""
    if req.key:
        if len(req.key) > MAX_KEY:
            raise UsageError(f"A batch id is at most {MAX_KEY} characters; this one has {len(req.key):,}.",
                             hint="Use a short key, such as the date and a word.",
                             text_id="batch_id_too_long", args={"length": len(req.key), "limit": MAX_KEY})
        return req.key
    chosen = req.selection or ",".join(map(str, sorted(req.conversation_ids)))
    raw = f"{user.id}|{req.reply_code or ''}|{req.text or ''}|{chosen}|{clock.now().date().isoformat()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def client_id(key: str, conversation_id: int) -> str:
    return f"batch-{key}-{conversation_id}"


def _stored(db: Database, user: UserRecord, conversation_id: int, cid: str) -> tuple[int, str] | None:
    """The message a previous run of this batch stored for this conversation. A client id is
    unique per store (0009_store_keys): the store is named so the lookup is the
    (store_id, client_id) index's, not a scan of every message."""
    store = select(m.Conversation.store_id).where(m.Conversation.id == conversation_id).scalar_subquery()
    return db.read(lambda s: s.execute(select(m.Message.id, m.Message.text).where(
        m.Message.store_id == store, m.Message.client_id == cid, m.Message.sender_id == user.id)).first())


def _template(db: Database, user: UserRecord, req: BatchRequest) -> quick_replies.QuickReplyRow:
    """The quick reply to send, or the free text made into one (not stored)."""
    if (req.reply_code is None) == (req.text is None):
        raise UsageError("Give either a quick reply or a text.", hint="--reply CODE or --text TEXT",
                         text_id="batch_reply_or_text")
    if req.reply_code is not None:
        reply = quick_replies.get(db, user, req.reply_code)
        for version in reply.texts.values():
            quick_replies.parse(version)        # one stored before the grammar was checked: refused whole
        return reply
    text = quick_replies.check_text(req.text or "")
    lang = message_translations.detect_language(text, user.language)
    return quick_replies.QuickReplyRow(0, "", "", lang, text, {lang: text}, frozenset(), frozenset())


def send_one(db: Database, ctx: AppContext, user: UserRecord, reply: quick_replies.QuickReplyRow,
             conversation_id: int, *, cid: str | None, dry_run: bool = False,
             translator: Translator | None = None, single: bool = False) -> BatchItem:
    """Fill the reply for one conversation and send it (or, dry, only check it). `single`: the
    one message of `send --reply`, whose errors are raised (each its own exit code, as a send's)
    and whose client id is the sender's, checked as a send's (another text under it is refused)."""
    if cid is not None and not single:
        earlier = _stored(db, user, conversation_id, cid)
        if earlier is not None:
            return BatchItem(conversation_id, SENT, earlier[1], reason="sent before", message_id=earlier[0])
    try:
        filled = db.read(lambda s: quick_replies.fill_in(s, user, reply, conversation_id, translator))
    except quick_replies.MissingValue as exc:
        return BatchItem(conversation_id, REFUSED, reason=exc.message, error_id=exc.text_id)
    except KnownError as exc:
        if single:
            raise
        return BatchItem(conversation_id, FAILED, reason=exc.message, error_id=exc.text_id)
    if dry_run:
        try:        # what the send would refuse first: an empty text, one past the limit once filled
            messaging.validate_text(filled.text, ctx.settings.max_message_chars)
        except messaging.MessageRefused as exc:
            return BatchItem(conversation_id, REFUSED, filled.text, filled.lang, exc.message, error_id=exc.text_id)
        verdict = policy.check(filled.text)
        if verdict.blocked:
            return BatchItem(conversation_id, REFUSED, filled.text, filled.lang,
                             "content policy: " + ", ".join(verdict.categories))
        return BatchItem(conversation_id, READY, filled.text, filled.lang)
    try:
        # The reply's version says its language (a short one would be taken for the seller's).
        outcome: SendOutcome = deliver(db, ctx, user, SendRequest(text=filled.text, conversation_id=conversation_id,
                                                                  client_id=cid, lang=filled.lang),
                                       translator=translator)
    except KnownError as exc:
        if single:
            raise
        return BatchItem(conversation_id, FAILED, filled.text, filled.lang, exc.message, error_id=exc.text_id)
    if outcome.refused is not None:
        return BatchItem(conversation_id, REFUSED, filled.text, filled.lang,
                         "content policy: " + ", ".join(outcome.refused.categories))
    assert outcome.result is not None
    return BatchItem(conversation_id, SENT, filled.text, filled.lang, "sent before" if outcome.result.duplicate else "",
                     message_id=outcome.result.message_id)


def run_batch(db: Database, ctx: AppContext, user: UserRecord, req: BatchRequest, *,
              translator: Translator | None = None,
              progress: Callable[[int, int, BatchItem], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> BatchResult:
    """Send (or, with `dry_run`, check) the batch, one conversation after another. `progress`
    is called after each with (done, total, item); `cancelled` is asked before each, and the
    batch stops when it says so (what was sent stays sent; run it again to finish)."""
    ids: Sequence[int] = list(dict.fromkeys(req.conversation_ids))
    if not ids:
        raise UsageError("The batch has no conversations.", hint="Choose some, or a view that is not empty.",
                         text_id="batch_empty")
    if len(ids) > MAX_BATCH:
        raise UsageError(f"{len(ids):,} conversations is more than one batch takes ({MAX_BATCH:,}).",
                         text_id="batch_too_large", args={"count": len(ids), "limit": MAX_BATCH})
    key = batch_key(user, req)
    reply = _template(db, user, req)
    if translator is None:
        from desktop.core.translation.engine import Translator

        translator = Translator(ctx.data_dir)
    result = BatchResult(key)
    for done, conversation_id in enumerate(ids, start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        item = send_one(db, ctx, user, reply, conversation_id, cid=client_id(result.key, conversation_id),
                        dry_run=req.dry_run, translator=translator)
        result.items.append(item)
        if progress is not None:
            progress(done, len(ids), item)
    return result


def send_reply(db: Database, ctx: AppContext, user: UserRecord, conversation_id: int, code: str, *,
               client_id: str | None = None, translator: Translator | None = None) -> BatchItem:
    """One quick reply, filled and sent to one conversation (`buzon send --reply`)."""
    reply = quick_replies.get(db, user, code)
    return send_one(db, ctx, user, reply, conversation_id, cid=client_id, translator=translator, single=True)
