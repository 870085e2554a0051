"""The whole journey of one outgoing message (DESIGN "Flow of a message"), shared by the
GUI's worker and `buzon send`: validate, check the content policy, store the attachments,
detect the language, translate for the recipient, then store the message in one
idempotent transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


from desktop.core import attachments, message_translations, messaging, policy
from desktop.core import attachment_rows
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.users import UserRecord

MAX_FILES = 9


@dataclass(frozen=True)
class SendRequest:
    text: str
    conversation_id: int | None = None
    store_handle: str | None = None
    product_id: int | None = None
    order_id: int | None = None
    files: tuple = ()            # paths or (name, bytes) pairs
    client_id: str | None = None
    original_size: bool = False  # keep the pictures' full resolution


@dataclass(frozen=True)
class SendOutcome:
    result: messaging.SendResult | None = None
    refused: dict | None = None   # the policy verdict as JSON when the policy refused it


def deliver(db: Database, ctx, user: UserRecord, req: SendRequest, *, ingest=None, translator=None) -> SendOutcome:
    """Send one message. `ingest` re-encodes a picture (default: in this process; the GUI
    passes its AttachmentProcess, so decoding never holds the interpreter the window needs).
    `translator` (the GUI's, whose models stay loaded) translates it for the recipient."""
    if req.client_id:
        # A retry returns what the first attempt stored, before a card could be posted again.
        earlier = messaging.sent_before(db, user, req.client_id, req.text, req.conversation_id)
        if earlier is not None:
            return SendOutcome(result=earlier)
    limit = ctx.settings.max_message_chars if ctx is not None else messaging.MAX_CHARS
    if not req.files:
        messaging.validate_text(req.text, limit)
    verdict = policy.check(req.text)
    if verdict.blocked:
        return SendOutcome(refused=verdict.to_json())
    conversation_id = req.conversation_id
    if conversation_id is None:
        if not (req.store_handle or req.product_id or req.order_id):
            raise UsageError("Say where the message goes: --conversation, or --store with --product/--order.")
        conversation_id, _card = messaging.contact(db, user, store_handle=req.store_handle,
                                                   product_id=req.product_id, order_id=req.order_id)
    lang, translations = "", {}
    if req.text.strip():
        lang = message_translations.detect_language(req.text, user.language)
        if ctx is not None and ctx.settings.send_translation:
            target = message_translations.peer_language(db, user, conversation_id)
            made = message_translations.outgoing(translator or _translator(ctx), req.text, lang, target)
            if made is not None:
                # The recipient reads the translation: it must pass the policy too.
                verdict = policy.check(made[0])
                if verdict.blocked:
                    return SendOutcome(refused={"blocked": True, "matches": [],
                                                "translation": {"text": made[0], **verdict.to_json()}})
                translations = {target: made}          # (text, pack version)
    attachment_ids = store_files(db, ctx, req.files, original_size=req.original_size,
                                 ingest=ingest) if req.files else ()
    kind = m.MessageKind.IMAGE.value if attachment_ids and not req.text.strip() else m.MessageKind.TEXT.value
    result = messaging.send(db, user, conversation_id, req.text, client_id=req.client_id, limit=limit, kind=kind,
                            attachment_ids=attachment_ids, lang=lang, translations=translations)
    return SendOutcome(result=result)


def _translator(ctx):
    from desktop.core.translation.engine import Translator

    return Translator(ctx.data_dir)


def store_files(db: Database, ctx, files, *, original_size: bool = False, ingest=None) -> tuple[int, ...]:
    """Check, re-encode and store each picture, then record it (once per content hash)."""
    ingest = ingest or attachments.ingest_image
    if len(files) > MAX_FILES:
        raise UsageError(f"{len(files)} files were attached; at most {MAX_FILES} go in one message.")
    limits = attachments.Limits.from_settings(ctx.settings)
    store, thumbs = attachments.store_dir(ctx.data_dir), attachments.thumbnail_dir(ctx.data_dir)
    stored = []
    for item in files:
        name, source = (item[0], item[1]) if isinstance(item, tuple) else (Path(item).name, Path(item))
        stored.append(ingest(source, store_dir=store, limits=limits, name=name,
                                               original_size=original_size, thumbnail_dir=thumbs))
    return tuple(db.write(lambda s: attachment_rows.attachment_ids(s, stored)))
