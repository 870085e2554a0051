"""Ops on one conversation's messages: pages of rows, sending, drafts, the policy hint.

The core's limits the views use (`PAGE`, `MAX_FILES`) and the policy's sentences
(`RULE_DESCRIPTIONS`, `POLICY_WARNING`, English: the GUI translates them) are read from
the core when first asked (see `ops/core.py`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.core.kinds import MessageKind
from desktop.gui.ops import core
from desktop.gui.ops.core import drafts, messaging, outbox, policy, schema
from desktop.gui.session import Backend, Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.messaging import MessageRow
    from desktop.core.outbox import SendOutcome
    from desktop.core.policy import PolicyVerdict
    from desktop.core.users import UserRecord
    from desktop.gui.ops.attachments import PendingAttachment

NEWER_BATCH = 500                     # new messages read at once after a change notice

__getattr__ = core.reexport(
    PAGE=(messaging, "PAGE"),                      # messages per page: a screen or two
    MAX_FILES=(outbox, "MAX_FILES"),               # pictures in one message
    RULE_DESCRIPTIONS=(policy, "RULE_DESCRIPTIONS"),
    POLICY_WARNING=(policy, "WARNING_EN"),
)


def newest_page(session: Session, conversation_id: int, limit: int) -> Op[list[MessageRow]]:
    """The newest messages, oldest first."""
    return session.op(lambda b: messaging.page(b.db, b.user, conversation_id, limit=limit), "newest messages")


def older_page(session: Session, conversation_id: int, before: int, limit: int) -> Op[list[MessageRow]]:
    return session.op(lambda b: messaging.page(b.db, b.user, conversation_id, before=before, limit=limit),
                      "older messages")


def newer(session: Session, conversation_id: int, after: int) -> Op[list[MessageRow]]:
    """The messages after `after` (a change notice said some arrived)."""
    return session.op(lambda b: messaging.page(b.db, b.user, conversation_id, after=after, limit=NEWER_BATCH),
                      "newer messages")


def rows_by_id(session: Session, conversation_id: int, ids: list[int]) -> Op[dict[int, MessageRow]]:
    """These messages read again (read marks moved, pictures were stored)."""
    return session.op(lambda b: messaging.rows_by_id(b.db, b.user, conversation_id, ids), "messages by id")


def send(session: Session, conversation_id: int, text: str, files: Iterable[PendingAttachment], *,
         client_id: str, original_size: bool = False, lang: str = "") -> Op[SendOutcome]:
    """Send one message the whole way (`outbox.deliver`): pictures in the picture process,
    the translation with the session's engine. The same `client_id` never stores it twice.
    `lang`: the text's language when it is known (a quick reply as filled), not detected."""
    outgoing = tuple(outbox.OutgoingFile(f.name, f.source) for f in files)
    request = outbox.SendRequest(text=text, conversation_id=conversation_id, client_id=client_id, files=outgoing,
                                 original_size=original_size, lang=lang)

    def deliver(b: Backend) -> SendOutcome:
        ingest = b.pictures().ingest_image if outgoing else None
        return outbox.deliver(b.db, b.ctx, b.user, request, ingest=ingest, translator=b.translator())

    return session.op(deliver, "send a message")


def new_client_id() -> str:
    """A fresh idempotency key: a retry with the same one never stores the message twice."""
    return messaging.new_client_id()


def outgoing_row(user: UserRecord, conversation_id: int, local_id: int, text: str) -> MessageRow:
    """The row a message on its way out is shown as until it is stored (`local_id` < 0)."""
    return messaging.MessageRow(id=local_id, conversation_id=conversation_id, sender_id=user.id,
                                sender_handle=user.handle, sender_name=user.name, mine=True, our_side=True, kind=MessageKind.TEXT, text=text,
                                lang="", sent_at=schema.utcnow(), read=False)


def check_policy(session: Session, text: str) -> Op[PolicyVerdict]:
    """The content policy's verdict on a text being typed (for the hint and the highlights)."""
    return session.op(lambda _b: policy.check(text), "check the policy")


def check_policy_and_caution(session: Session, text: str) -> Op[tuple[PolicyVerdict, bool]]:
    """The verdict, and for a text it lets through, whether the model of intent still finds it
    close to an invitation off the platform (advice only: it never stops the message)."""
    def run(_b) -> tuple[PolicyVerdict, bool]:
        verdict = policy.check(text)
        return verdict, (not verdict.blocked and bool(text.strip()) and policy.looks_off_platform(text))

    return session.op(run, "check the policy")


def load_draft(session: Session, conversation_id: int) -> Op[str]:
    return session.op(lambda b: drafts.load(b.db, b.user, conversation_id), "load the draft")


def save_draft(session: Session, conversation_id: int, text: str) -> Op[None]:
    return session.op(lambda b: drafts.save(b.db, b.user, conversation_id, text), "save the draft")
