"""The whole journey of one outgoing message (DESIGN "Flow of a message"), shared by the
GUI's worker and `buzon send`: validate, check the content policy, store the attachments,
detect the language, translate for the recipient, then store the message in one
idempotent transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import away, conversations, message_translations, messaging, policy
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.kinds import MessageKind
from desktop.core.policy import PolicyVerdict
from desktop.core.users import UserRecord

if TYPE_CHECKING:
    from desktop.core.attachments import StoredAttachment
    from desktop.core.context import AppContext
    from desktop.core.translation.engine import Translator

MAX_FILES = 9
"""Pictures in one message: a marketplace chat's usual cap, and a grid a bubble can show."""

Ingest = Callable[..., "StoredAttachment"]


@dataclass(frozen=True)
class OutgoingFile:
    """A picture to send: what to call it, and the file or the bytes (a pasted screenshot)."""

    name: str
    source: Path | bytes


@dataclass(frozen=True)
class SendRequest:
    text: str
    conversation_id: int | None = None
    store_handle: str | None = None
    product_id: int | None = None
    order_id: int | None = None
    files: tuple[OutgoingFile | Path | str, ...] = ()     # a bare path is called by its file name
    client_id: str | None = None
    original_size: bool = False  # keep the pictures' full resolution
    variant: str = ""            # with product_id: the options chosen, shown on the product's card
    lang: str = ""               # the text's language when the sender knows it (a quick reply's version):
                                 # not detected again


@dataclass(frozen=True)
class PolicyRefusal:
    """Why the content policy stopped a message: the verdict on the text as typed (its
    matches are what to highlight), and, when it was the translation the recipient would
    read that broke a rule, that translation and its verdict."""

    verdict: PolicyVerdict
    translation: str = ""
    translation_verdict: PolicyVerdict | None = None

    @property
    def categories(self) -> tuple[str, ...]:
        """The broken rules, each once, in the order they appear: one warning line each."""
        found = self.verdict.categories + (self.translation_verdict.categories if self.translation_verdict else ())
        return tuple(dict.fromkeys(found))

    def to_json(self) -> dict:
        out = {"blocked": True, "matches": [m.to_json() for m in self.verdict.matches]}
        if self.translation_verdict is not None:
            out["translation"] = {"text": self.translation, **self.translation_verdict.to_json()}
        return out


@dataclass(frozen=True)
class SendOutcome:
    """Either the stored message (`result`) or why the policy refused it (`refused`)."""

    result: messaging.SendResult | None = None
    refused: PolicyRefusal | None = None


def deliver(db: Database, ctx: AppContext, user: UserRecord, req: SendRequest, *,
            ingest: Ingest | None = None, translator: Translator | None = None) -> SendOutcome:
    """Send one message. `ingest` re-encodes a picture (default: in this process; the GUI
    passes its AttachmentProcess, so decoding never holds the interpreter the window needs).
    `translator` (the GUI's, whose models stay loaded) translates it for the recipient."""
    if req.client_id:
        # A retry returns what the first attempt stored, before a card could be posted again.
        earlier = messaging.sent_before(db, user, req.client_id, req.text, req.conversation_id,
                                        store_handle=req.store_handle)
        if earlier is not None:
            return SendOutcome(result=earlier)
    limit = ctx.settings.max_message_chars
    if not req.files or len(req.text) > limit:
        # Before the policy: a text past the limit is refused anyway, and checking it costs seconds a megabyte.
        messaging.validate_text(req.text, limit)
    verdict = policy.check(req.text)
    if verdict.blocked:
        return SendOutcome(refused=PolicyRefusal(verdict))
    conversation_id = req.conversation_id
    if conversation_id is None:
        if not (req.store_handle or req.product_id or req.order_id):
            raise UsageError("Say where the message goes: --conversation, or --store with --product/--order.",
                             text_id="message_where")
        conversation_id, _card = messaging.contact(db, user, store_handle=req.store_handle,
                                                   product_id=req.product_id, order_id=req.order_id,
                                                   variant=req.variant)
    lang, translations = "", {}
    if req.text.strip():
        lang = req.lang or message_translations.detect_language(req.text, user.language)
        if ctx.settings.send_translation:
            target = message_translations.peer_language(db, user, conversation_id)
            made = message_translations.outgoing(translator or _translator(ctx), req.text, lang, target)
            if made is not None:
                # The recipient reads the translation: it must pass the policy too.
                translated = policy.check(made[0])
                if translated.blocked:
                    return SendOutcome(refused=PolicyRefusal(verdict, made[0], translated))
                translations = {target: made}          # (text, pack version)
    attachment_ids = store_files(db, ctx, req.files, conversation_id=conversation_id, original_size=req.original_size,
                                 ingest=ingest) if req.files else ()
    kind = MessageKind.IMAGE if attachment_ids and not req.text.strip() else MessageKind.TEXT
    result = messaging.send(db, user, conversation_id, req.text, client_id=req.client_id, limit=limit,
                            kind=kind.value, attachment_ids=attachment_ids, lang=lang, translations=translations)
    if not user.is_seller and not result.duplicate:
        away.after_message(db, ctx, result, translator=translator)     # the store's auto-reply, when away
    return SendOutcome(result=result)


def _translator(ctx: AppContext) -> Translator:
    from desktop.core.translation.engine import Translator

    return Translator(ctx.data_dir)


def store_files(db: Database, ctx: AppContext, files: tuple[OutgoingFile | Path | str, ...], *, conversation_id: int,
                original_size: bool = False, ingest: Ingest | None = None) -> tuple[int, ...]:
    """Check, re-encode and store each picture, then record it in the conversation's store
    (once per content hash there)."""
    # The attachments package brings Pillow with it: loaded when a message has pictures.
    from desktop.core import attachment_rows, attachments

    ingest = ingest or attachments.ingest_image
    if len(files) > MAX_FILES:
        raise UsageError(f"{len(files)} files were attached; at most {MAX_FILES} go in one message.",
                         text_id="attachments_too_many", args={"count": len(files), "limit": MAX_FILES})
    limits = attachments.Limits.from_settings(ctx.settings)
    store, thumbs = attachments.store_dir(ctx.data_dir), attachments.thumbnail_dir(ctx.data_dir)
    stored = [ingest(f.source, store_dir=store, limits=limits, name=f.name, original_size=original_size,
                     thumbnail_dir=thumbs) for f in map(outgoing_file, files)]
    return tuple(db.write(lambda s: attachment_rows.attachment_ids(s, conversations.store_of(s, conversation_id),
                                                                   stored)))


def outgoing_file(item: OutgoingFile | Path | str) -> OutgoingFile:
    """A file to send; a bare path (the CLI's `--attach`) is called by its file name."""
    if isinstance(item, OutgoingFile):
        return item
    return OutgoingFile(Path(item).name or str(item), Path(item))
