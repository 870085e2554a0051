"""Why "Show originals" changes nothing in a chat: translating is off, a language pack is
missing, or the messages are already in the reader's language (said under the compose box)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.gui import format as fmt
from desktop.gui.models.messages import MessageListModel, MessageRole, NoteAction


def no_translation_reason(model: MessageListModel | None, translate_incoming: bool) -> str:
    """The reason, or "" when some message on `model` is translated (or there is no chat)."""
    if model is None:
        return ""
    indexes = [model.index(n) for n in range(model.rowCount())]
    if any(ix.data(MessageRole.NOTE_ACTION) is NoteAction.TOGGLE for ix in indexes):
        return ""
    if not translate_incoming:
        return QCoreApplication.translate(
            "ChatView", "No translation to show: translating incoming messages is off (Buzón › Settings).")
    missing = next((ix for ix in indexes if ix.data(MessageRole.NOTE_ACTION) is NoteAction.INSTALL), None)
    if missing is not None:
        pair = model.missing_pair(missing.data(MessageRole.ID))
        if pair is not None:
            return QCoreApplication.translate(
                "ChatView", "No translation to show: install the language pack %1 → %2 "
                "(Buzón › Language packs…).").replace("%1", fmt.language_label(pair[0])).replace(
                "%2", fmt.language_label(pair[1]))
    return QCoreApplication.translate(
        "ChatView", "No translation to show: the messages here are already in your language.")
