"""The Message Centre: the conversation list on the left, the open chat on the right.

A seller's usual first view, so it is on the start-up path: it names `Qt` and `QMessageBox`
only after the first paint (docs/startup.md).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QListView, QMenu, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop.gui.core_api import conversations
from desktop.gui.models.conversations import ConversationListModel, ConversationRole
from desktop.gui.views.conversation_item import ConversationDelegate


class ConversationList(QListView):
    """The conversation list; a right click or the menu key asks for the row's menu."""

    menu_requested = Signal(QPoint)      # in viewport coordinates

    def contextMenuEvent(self, event) -> None:
        self.menu_requested.emit(event.pos())


class MessageCentre(QWidget):
    open_product = Signal(int)
    open_order = Signal(int)
    unread_changed = Signal(int)
    packs_requested = Signal(object)     # (src, tgt) of a missing pack, or None

    def __init__(self, session, images, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._pending_open: int | None = None
        self.model = ConversationListModel(session, self)
        self.model.total_unread_changed.connect(self.unread_changed)
        self.model.modelReset.connect(self._reselect)

        self.list = ConversationList(self)
        self.list.setObjectName("conversations")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.list.menu_requested.connect(self._context_menu)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.setMinimumWidth(260)

        self._images = images
        self._chat = None                 # made when the first conversation opens (keeps start-up short)
        self.empty = QLabel(self.tr("Choose a conversation on the left, or press “Contact seller” "
                                    "on a product or an order."), self)
        self.empty.setObjectName("emptyState")       # centred by the style sheet
        self.empty.setWordWrap(True)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty)

        # By keyword: a positional first argument makes PySide6 weigh the (Qt.Orientation,
        # parent) overload, and so build the whole Qt namespace, before the first paint.
        splitter = QSplitter(parent=self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 760])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        session.changed.connect(self._on_changes)

    @property
    def chat(self):
        """The chat pane, made on first use."""
        if self._chat is None:
            from desktop.gui.views.chat import ChatView

            self._chat = ChatView(self._session, self._images, self)
            self._chat.open_product.connect(self.open_product)
            self._chat.open_order.connect(self.open_order)
            self._chat.refused.connect(self._refused)
            self._chat.packs_requested.connect(self.packs_requested)
            self.right.addWidget(self._chat)
        return self._chat

    @property
    def open_conversation_id(self) -> int | None:
        return self._chat.conversation_id if self._chat is not None else None

    def packs_changed(self) -> None:
        if self._chat is not None:
            self._chat.packs_changed()

    def settings_changed(self) -> None:
        if self._chat is not None:
            self._chat.apply_settings()

    def load(self) -> None:
        self.model.load()

    def open_conversation(self, conversation_id: int) -> None:
        """Select a conversation (once the list has it: it may be brand new)."""
        n = self.model.row_of(conversation_id)
        if n < 0:
            self._pending_open = conversation_id
            self.model.load()
            return
        self._pending_open = None
        ix = self.model.index(n)
        self.list.selectionModel().setCurrentIndex(ix, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(ix)

    def _reselect(self) -> None:
        wanted = self._pending_open or self.open_conversation_id
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self.open_conversation(wanted)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ConversationRole.ROW) if current.isValid() else None
        if row is None:
            return
        self.chat.open(row)
        self.right.setCurrentWidget(self.chat)

    def _on_changes(self, notice) -> None:
        ids = notice.conversation_ids
        if ids:
            self.model.refresh(ids)
        if self.open_conversation_id in ids:
            self._chat.on_changes(notice.for_conversation(self._chat.conversation_id))

    def _context_menu(self, pos: QPoint) -> None:
        ix = self.list.indexAt(pos)
        if not ix.isValid():
            return
        cid = ix.data(ConversationRole.ID)
        menu = QMenu(self)
        if ix.data(ConversationRole.UNREAD):
            menu.addAction(self.tr("Mark as read"),
                           lambda: self._session.user_op(conversations.mark_read, cid).run())
        else:
            menu.addAction(self.tr("Mark as unread"),
                           lambda: self._session.user_op(conversations.mark_unread, cid).run())
        menu.addAction(self.tr("Delete for me…"), lambda: self._delete(cid))
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _delete(self, conversation_id: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Delete conversation"),
            self.tr("Delete this conversation for you? The other side keeps its copy. "
                    "If they write again, the conversation comes back with the new messages only."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.open_conversation_id == conversation_id:
            self.right.setCurrentWidget(self.empty)
        self._session.user_op(conversations.delete_for_me, conversation_id).run()

    def _refused(self, text: str, verdict: dict) -> None:
        from desktop.gui.views.policy_warning import show_policy_warning

        show_policy_warning(self, verdict)
