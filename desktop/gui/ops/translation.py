"""Ops on translation: incoming messages in the reader's language, and the preview of what
the other side will read."""

from __future__ import annotations

from desktop.core import message_translations
from desktop.core.translation.cache import Outcome
from desktop.core.translation.sentences import needs_short_sentences_tip
from desktop.gui.session import Backend, Session
from desktop.gui.worker import Op

__all__ = ["for_reader", "needs_short_sentences_tip", "outgoing_preview"]


def for_reader(session: Session, conversation_id: int, message_ids: list[int],
               target: str) -> Op[dict[int, Outcome]]:
    """What to show for these messages in `target`: a translation, or which pack is missing."""
    return session.op(lambda b: message_translations.for_reader(b.db, b.translator(), b.user, conversation_id,
                                                                message_ids, target), "translate for the reader")


def outgoing_preview(session: Session, text: str, target: str) -> Op[tuple[str, str] | None]:
    """(translation, pack version) of a text being typed, or None when no pack can make it."""
    def run(b: Backend) -> tuple[str, str] | None:
        source = message_translations.detect_language(text, b.user.language)
        return message_translations.outgoing(b.translator(), text, source, target)

    return session.op(run, "preview the translation")
