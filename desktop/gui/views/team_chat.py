"""The team's parts of the open chat (issue 18 §4), hooked into `ChatView` with a few lines:
the "Note" button and Ctrl+Shift+N with their bar (`note_bar.py`), the "Ana is replying…"
line and the user's own typing lease (`presence_line.py`), and the question before a reply
that would cross a newer buyer message (`reply_check.py`). Notes are drawn by
`note_bubble.ChatDelegate` and placed by the message model (`models/note_rows.py`).

A buyer's chat builds the pieces but never shows them nor calls the team's ops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QPushButton

from desktop.core.kinds import ChangeKind
from desktop.gui.session import Session
from desktop.gui.views.key_text import key_text
from desktop.gui.views.note_bar import NoteBar
from desktop.gui.views.presence_line import PresenceLine, TypingLease
from desktop.gui.views.reply_check import ReplyCheck

if TYPE_CHECKING:
    from desktop.core.changes import Change
    from desktop.gui.views.chat import ChatView


# Changes that concern only the open chat: the list, its rows and counts stay as they are (a
# teammate typing renews a lease every few seconds; a note is not a message).
NOTE_KEYS = "Ctrl+Shift+N"          # a Mac reads Ctrl as ⌘
CHAT_ONLY = frozenset({ChangeKind.TYPING, ChangeKind.NOTE})


def chat_only(kinds) -> bool:
    return bool(kinds) and set(kinds) <= CHAT_ONLY


class TeamChat(QObject):
    def __init__(self, session: Session, chat: ChatView):
        super().__init__(chat)
        self._session = session
        self._chat = chat
        self.note_bar = NoteBar(session, chat)
        self.note_bar.added.connect(self._note_added)
        self.presence = PresenceLine(session, chat)
        self.lease = TypingLease(session, self)
        self.check = ReplyCheck(session, chat, self._shown)
        self._bypass = False
        self.note_button = QPushButton(self.tr("Note"), chat)
        self.note_button.setToolTip(self.tr("Write an internal note for the team (%1)").replace("%1", key_text(NOTE_KEYS)))
        self.note_button.clicked.connect(self.open_note)
        self.note_button.setVisible(self.on_team)
        shortcut = QShortcut(QKeySequence(NOTE_KEYS), chat, self.open_note)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        chat.compose.edit.installEventFilter(self)

    def _shown(self, row) -> str:
        """A message's text as the open chat shows it (its translation when it has one)."""
        return self._chat.model.shown_text(row) if self._chat.model is not None else row.text

    @property
    def on_team(self) -> bool:
        return self._session.user is not None and self._session.user.is_seller

    def install(self, header: QBoxLayout, layout: QBoxLayout, header_widget, compose) -> None:
        """Put the button in the header, the line under it and the note bar over the compose box."""
        header.insertWidget(header.count() - 1, self.note_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.insertWidget(layout.indexOf(header_widget) + 1, self.presence)
        layout.insertWidget(layout.indexOf(compose), self.note_bar)

    # -- the chat's moments ---------------------------------------------------------------------
    def opened(self, conversation_id: int) -> None:
        self.lease.switch_to(conversation_id)
        self.note_bar.close_bar()
        self.check.mark_seen(0)
        self.presence.show_for(conversation_id if self.on_team else None)

    def loaded(self) -> None:
        self.check.mark_seen(self._newest())

    def on_changes(self, items: list[Change]) -> None:
        if not self.on_team or self._chat.model is None:
            return
        kinds = {c.kind for c in items}
        if ChangeKind.NOTE in kinds:
            self._chat.model.refresh_notes()
        if ChangeKind.TYPING in kinds or ChangeKind.MESSAGE in kinds:
            self.presence.refresh()       # a reply sent ends its writer's "is replying"

    def hold(self, text: str) -> bool:
        """The chat's send asks first: True when the team's check took the send over."""
        cid = self._chat.conversation_id
        if self._bypass or not self.on_team or cid is None:
            self._bypass = False
            self.lease.stop()
            self.check.mark_seen(self._newest())
            return False
        return self.check.hold(cid, text, self._send_checked, self._chat._show_failure)

    def _send_checked(self, text: str) -> None:
        if self._chat.compose.text() == text:          # unchanged while it was asked
            self._bypass = True
            try:
                self._chat.send(text)
            finally:
                self._bypass = False                   # also when the send stopped before asking

    def open_note(self) -> None:
        if self.on_team and self._chat.conversation_id is not None:
            self.note_bar.open_for(self._chat.conversation_id)

    def _note_added(self, conversation_id: int) -> None:
        if conversation_id == self._chat.conversation_id and self._chat.model is not None:
            self._chat.model.refresh_notes()      # at once, without waiting for the change notice
        self._chat.compose.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _newest(self) -> int:
        model = self._chat.model
        return model.newest_stored_id() if model is not None else 0

    # -- typing -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.on_team:
            was_empty = not self._chat.compose.text().strip()
            QTimer.singleShot(0, lambda: self._typed(was_empty))     # after the key is in the text
        return False

    def _typed(self, was_empty: bool) -> None:
        text = self._chat.compose.text()
        if was_empty and text.strip():
            self.check.mark_seen(self._newest())      # a new reply starts from what is on screen now
        self.lease.typed(text)
