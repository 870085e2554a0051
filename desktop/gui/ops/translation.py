"""Ops on translation: incoming messages in the reader's language, and the preview of what
the other side will read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.gui.ops.core import message_translations, sentences
from desktop.gui.session import Backend, Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.translation.cache import Outcome


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


def needs_short_sentences_tip(text: str) -> bool:
    """Whether a text being typed earns the tip to write short sentences (the core's rule)."""
    return sentences.needs_short_sentences_tip(text)
