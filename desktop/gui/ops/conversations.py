"""Ops on the conversation list: reading it, read marks, "delete for me", contacting a seller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.ops.core import conversations, messaging
from desktop.gui.session import Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.conversations import ConversationRow


def list_conversations(session: Session, ids: list[int] | None = None) -> Op[list[ConversationRow]]:
    """The user's conversations, newest activity first (only these ids when given)."""
    return session.op(lambda b: conversations.list_conversations(b.db, b.user, ids), "list conversations")


def mark_read(session: Session, conversation_id: int, up_to: int | None = None) -> Op[int]:
    """Mark read for me, up to a message (the newest when None)."""
    return session.op(lambda b: conversations.mark_read(b.db, b.user, conversation_id, up_to), "mark read")


def mark_unread(session: Session, conversation_id: int) -> Op[None]:
    return session.op(lambda b: conversations.mark_unread(b.db, b.user, conversation_id), "mark unread")


def delete_for_me(session: Session, conversation_id: int, message_id: int | None = None) -> Op[None]:
    """Delete a conversation (or one message of it) for me; the other side keeps its copy."""
    return session.op(lambda b: conversations.delete_for_me(b.db, b.user, conversation_id, message_id),
                      "delete for me")


def contact_seller(session: Session, *, product_id: int | None = None,
                   order_id: int | None = None) -> Op[tuple[int, int | None]]:
    """Open the store's chat with a product or order card in it: (conversation id, card message id)."""
    return session.op(lambda b: messaging.contact(b.db, b.user, product_id=product_id, order_id=order_id),
                      "contact the seller")
