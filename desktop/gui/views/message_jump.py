"""Taking the open chat to one message (a search result): once the message's page is loaded,
scroll it to the middle of the chat and flash it once.

The chat loads its newest page first and older pages as the reader scrolls up, so a message
further back is reached by asking for older pages until it is in, at most MAX_PAGES of them
(3,600 messages): a conversation's jump further back stops at the oldest page read. Loading
a page around the message would make every jump one page; that needs a `load_around` on the
message model, left for the chat's owner (docs/search.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView

from desktop.gui.models.messages import MessageListModel, MessageRole

if TYPE_CHECKING:
    from desktop.gui.views.chat import ChatView

MAX_PAGES = 60
FLASH_MS = 1200


class MessageJump(QObject):
    """One jump; `arrived` when the message is on screen (False: it could not be reached)."""

    arrived = Signal(bool)

    def __init__(self, chat: ChatView, conversation_id: int, message_id: int, parent: QObject | None = None):
        super().__init__(parent)
        self._chat = chat
        self._conversation_id = conversation_id
        self.message_id = message_id
        self._pages = 0
        self._model: MessageListModel | None = None
        self.done = False

    def start(self) -> None:
        model = self._chat.model
        if model is None or model.conversation_id != self._conversation_id:
            self._finish(False)
            return
        self._model = model
        model.loaded.connect(self._try)
        model.older_loaded.connect(self._older)
        if model.rowCount() > 0:
            self._try()

    def cancel(self) -> None:
        if not self.done:
            self.done = True
            self._disconnect()

    def _row(self) -> int:
        model = self._model
        if model is None:
            return -1
        return next((n for n, r in enumerate(model.rows()) if r.id == self.message_id), -1)

    def _older(self, _count: int) -> None:
        self._pages += 1
        self._try()

    def _try(self) -> None:
        if self.done or self._model is None or self._chat.model is not self._model:
            self.cancel()
            return
        if self._row() >= 0:
            QTimer.singleShot(0, self._chat, self._show)     # after the chat's own handlers (scroll to the bottom)
        elif self._model.at_start or self._pages >= MAX_PAGES or not self._model.rows():
            self._finish(False)
        else:
            self._model.fetch_older()

    def _show(self) -> None:
        n = self._row()
        if self.done or n < 0 or self._model is None:
            return
        ix = self._model.index(n)
        view = self._chat.list
        view.scrollTo(ix, QAbstractItemView.ScrollHint.PositionAtCenter)
        view.selectionModel().select(ix, QItemSelectionModel.SelectionFlag.ClearAndSelect)   # the flash
        QTimer.singleShot(FLASH_MS, self._chat, self._unflash)     # cancelled if the chat goes first
        self._finish(True)

    def _unflash(self) -> None:
        view = self._chat.list
        if self._chat.model is not self._model:
            return
        current = view.selectionModel().selectedIndexes()
        if len(current) == 1 and current[0].data(MessageRole.ID) == self.message_id:
            view.selectionModel().clearSelection()

    def _finish(self, ok: bool) -> None:
        if self.done:
            return
        self.done = True
        self._disconnect()
        self.arrived.emit(ok)

    def _disconnect(self) -> None:
        if self._model is not None:
            for signal, slot in ((self._model.loaded, self._try), (self._model.older_loaded, self._older)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
