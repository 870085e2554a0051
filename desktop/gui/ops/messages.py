"""Ops on one conversation's messages: pages of rows, sending, drafts, the policy hint."""

from __future__ import annotations

from desktop.core import drafts, messaging, outbox, policy
from desktop.core.messaging import MessageRow
from desktop.core.outbox import SendOutcome, SendRequest
from desktop.core.policy import PolicyVerdict
from desktop.gui.session import Backend, Session
from desktop.gui.worker import Op

PAGE = messaging.PAGE                 # messages per page: a screen or two
MAX_FILES = outbox.MAX_FILES          # pictures in one message
RULE_DESCRIPTIONS = policy.RULE_DESCRIPTIONS   # one line per content-policy rule (English; the GUI translates)
POLICY_WARNING = policy.WARNING_EN             # the marketplace's warning when a message is refused
NEWER_BATCH = 500                     # new messages read at once after a change notice


def newest_page(session: Session, conversation_id: int, limit: int = PAGE) -> Op[list[MessageRow]]:
    """The newest messages, oldest first."""
    return session.op(lambda b: messaging.page(b.db, b.user, conversation_id, limit=limit), "newest messages")


def older_page(session: Session, conversation_id: int, before: int, limit: int = PAGE) -> Op[list[MessageRow]]:
    return session.op(lambda b: messaging.page(b.db, b.user, conversation_id, before=before, limit=limit),
                      "older messages")


def newer(session: Session, conversation_id: int, after: int) -> Op[list[MessageRow]]:
    """The messages after `after` (a change notice said some arrived)."""
    return session.op(lambda b: messaging.page(b.db, b.user, conversation_id, after=after, limit=NEWER_BATCH),
                      "newer messages")


def rows_by_id(session: Session, conversation_id: int, ids: list[int]) -> Op[dict[int, MessageRow]]:
    """These messages read again (read marks moved, pictures were stored)."""
    return session.op(lambda b: messaging.rows_by_id(b.db, b.user, conversation_id, ids), "messages by id")


def send(session: Session, request: SendRequest) -> Op[SendOutcome]:
    """Send one message the whole way (`outbox.deliver`): pictures in the picture process,
    the translation with the session's engine."""
    def deliver(b: Backend) -> SendOutcome:
        ingest = b.pictures().ingest_image if request.files else None
        return outbox.deliver(b.db, b.ctx, b.user, request, ingest=ingest, translator=b.translator())

    return session.op(deliver, "send a message")


def new_client_id() -> str:
    """A fresh idempotency key: a retry with the same one never stores the message twice."""
    return messaging.new_client_id()


def check_policy(session: Session, text: str) -> Op[PolicyVerdict]:
    """The content policy's verdict on a text being typed (for the hint and the highlights)."""
    return session.op(lambda _b: policy.check(text), "check the policy")


def load_draft(session: Session, conversation_id: int) -> Op[str]:
    return session.op(lambda b: drafts.load(b.db, b.user, conversation_id), "load the draft")


def save_draft(session: Session, conversation_id: int, text: str) -> Op[None]:
    return session.op(lambda b: drafts.save(b.db, b.user, conversation_id, text), "save the draft")
