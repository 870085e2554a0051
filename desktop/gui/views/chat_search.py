"""Ctrl+F in an open chat (issue 14): a bar over the messages with the query, "3 of 17", and
previous / next (Shift+F3 / F3, Enter / Shift+Enter); each step takes the chat to the
message and flashes it. The search runs on the worker after a pause in typing; a late answer
to an older query is dropped. Escape closes the bar and gives the compose box its cursor back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.gui.ops import search
from desktop.gui.session import Session

if TYPE_CHECKING:
    from desktop.core.search.results import ConversationMatches

PAUSE_MS = 200


class ChatSearchBar(QFrame):
    go_to = Signal(int)          # a message id to take the chat to
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chatSearch")
        self._session = session
        self.conversation_id: int | None = None
        self.matches: ConversationMatches | None = None
        self.current = 0                     # 1-based position of the match shown; 0: none
        self._generation = 0
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Search this conversation"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.previous = QToolButton(self)
        self.previous.setText("↑")
        self.previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next = QToolButton(self)
        self.next.setText("↓")
        self.next.setToolTip(self.tr("Next match (F3)"))
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(close)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._ask)
        self.field.textChanged.connect(lambda _t: self._pause.start())
        self.field.returnPressed.connect(self.step_back)        # Enter: the match before (older), as chats do
        self.previous.clicked.connect(self.step_back)
        self.next.clicked.connect(self.step_forward)
        close.clicked.connect(self.close_bar)
        for key, slot in ((QKeySequence(QKeySequence.StandardKey.FindNext), self.step_forward),
                          (QKeySequence(QKeySequence.StandardKey.FindPrevious), self.step_back),
                          (QKeySequence(Qt.Key.Key_Escape), self.close_bar)):
            shortcut = QShortcut(key, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()
        self._show_count()

    def open_for(self, conversation_id: int) -> None:
        """Show the bar for this conversation with the cursor in the field (the query kept)."""
        if conversation_id != self.conversation_id:
            self.conversation_id = conversation_id
            self.matches, self.current = None, 0
            if self.field.text().strip():
                self._pause.start()
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def _ask(self) -> None:
        self._generation += 1
        query, conversation_id, generation = self.field.text().strip(), self.conversation_id, self._generation
        if not query or conversation_id is None:
            self.matches, self.current = None, 0
            self._show_count()
            return
        search.conversation_matches(self._session, conversation_id, query).on_success(
            lambda found: generation == self._generation and self._found(found)).bound_to(self).run()

    def _found(self, matches: ConversationMatches) -> None:
        self.matches = matches
        # The newest match first, as a reader searching a chat expects.
        self.current = matches.count
        self._show_count()
        if self.current:
            self.go_to.emit(matches.message_ids[self.current - 1])

    def step_forward(self) -> None:
        self._step(+1)

    def step_back(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self.matches is None or not self.matches.count:
            return
        self.current = (self.current - 1 + delta) % self.matches.count + 1
        self._show_count()
        self.go_to.emit(self.matches.message_ids[self.current - 1])

    def _show_count(self) -> None:
        found = self.matches is not None and self.field.text().strip()
        if not found:
            self.count.setText("")
        elif self.matches is not None and self.matches.count == 0:
            self.count.setText(self.tr("No matches"))
        elif self.matches is not None:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self.current)).replace(
                "%2", str(self.matches.count)))
        has = self.matches is not None and self.matches.count > 0
        self.previous.setEnabled(bool(has))
        self.next.setEnabled(bool(has))
