"""The whole journey of one outgoing message (DESIGN "Flow of a message"), shared by the
GUI's worker and `buzon send`: validate, check the content policy, store the attachments,
detect the language, translate for the recipient, then store the message in one
idempotent transaction."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core import messaging, policy
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.users import UserRecord


@dataclass(frozen=True)
class SendRequest:
    text: str
    conversation_id: int | None = None
    store_handle: str | None = None
    product_id: int | None = None
    order_id: int | None = None
    files: tuple = ()            # paths or (name, bytes) pairs
    client_id: str | None = None


@dataclass(frozen=True)
class SendOutcome:
    result: messaging.SendResult | None = None
    refused: dict | None = None   # the policy verdict as JSON when the policy refused it


def deliver(db: Database, ctx, user: UserRecord, req: SendRequest) -> SendOutcome:
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
    result = messaging.send(db, user, conversation_id, req.text, client_id=req.client_id, limit=limit)
    return SendOutcome(result=result)
