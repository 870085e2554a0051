"""The Message Centre: the conversation list on the left, the open chat on the right.

It owns the messages on their way out (`PendingSends`), so a message keeps going, or
stays failed with its Retry, while the user reads another conversation. The chat pane is
built when the first conversation opens: a seller's start shows only the list.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QMenu, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from typing import TYPE_CHECKING

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui.images import ImageCache
from desktop.gui.models.conversations import ConversationListModel, ConversationRole
from desktop.gui.models.search_results import ResultRole, SearchResultsModel
from desktop.gui.ops import conversations, desk
from desktop.gui.ops.conversations import InboxFilter
from desktop.gui.outgoing import PendingSends
from desktop.gui.session import ChangeNotice, Session
from desktop.gui.views.buyer_panel import BuyerPanel
from desktop.gui.views import desk_filter_bar
from desktop.gui.views import conversation_list
from desktop.gui.views.conversation_item import ConversationDelegate
from desktop.gui.views.conversation_list import ConversationList
from desktop.gui.views.desk_filter_bar import DeskFilterBar
from desktop.gui.views.desk_shortcuts import ConversationShortcuts
from desktop.gui.views.first_screen import FirstScreen
from desktop.gui.views.message_jump import MessageJump
from desktop.gui.views.search_box import SearchField
from desktop.gui.views.search_results import SearchResultsView
from desktop.gui.views import team_chat
from desktop.gui.views.team_menu import TeamMenu

if TYPE_CHECKING:
    from desktop.core.inbox import ConversationRow
    from desktop.gui.views.chat import ChatView

LIST_WIDTH = 320     # the conversation list's width in a roomy window
LIST_SHARE = 0.4     # its share of a narrow Message Centre (800 px window: 260, the chat ~390)


class MessageCentre(QWidget):
    open_product = Signal(int)
    open_order = Signal(int)
    unread_changed = Signal(int)
    overdue_changed = Signal(int)        # a seller's overdue conversations (the filter bar's count)
    packs_requested = Signal(object)     # (src, tgt) of a missing pack, or None

    def __init__(self, session: Session, images: ImageCache, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._pending_open: int | None = None
        self.pending = PendingSends(session, self)
        self.model = ConversationListModel(session, self)
        for signal in (self.model.dataChanged, self.model.modelReset, self.model.rowsInserted):
            signal.connect(self._show_wait)        # a reply ends the wait shown in the chat's header
        self.model.total_unread_changed.connect(self.unread_changed)
        self.model.modelReset.connect(self._reselect)
        self.model.refreshed.connect(self._after_refresh)

        self.list = ConversationList(
            self, lambda: conversation_list.empty_text(self.model.view) if self.model.loaded else "")
        self.list.setObjectName("conversations")
        self.list.setModel(self.model)
        # A page read or a refresh that leaves the list empty changes no row: its sentence is drawn again.
        for signal in (self.model.totals_changed, self.model.refreshed):
            signal.connect(self.list.viewport().update)
        self.list.setItemDelegate(ConversationDelegate(
            self.list, lambda: session.user.handle if session.user is not None else ""))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(True)      # every row is as tall: no sizeHint per row at a relayout
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)   # rows elide, never scroll
        self.list.menu_requested.connect(self._context_menu)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.setMinimumWidth(260)

        # Search (issue 14): a field over the list; while it has text, results replace the list.
        self.search = SearchField(self)
        self.results = SearchResultsModel(session, self)
        self.results_view = SearchResultsView(self)
        self.results_view.setModel(self.results)
        self.search_note = QLabel(self)
        self.search_note.setObjectName("muted")
        self.search_note.setWordWrap(True)
        self.search_note.hide()
        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(self.list)
        self.left_stack.addWidget(self.results_view)
        self.search.query_changed.connect(self._query)
        self.search.cleared.connect(self.close_search)
        self.search.activated.connect(lambda: self._open_result(self.results_view.currentIndex()))
        self.search.step.connect(self._step)
        self.results_view.opened.connect(self._open_result)
        self.results_view.escape.connect(self.close_search)
        self.results.searched.connect(self._searched)
        self.results.failed.connect(self._search_failed)
        self._jump: MessageJump | None = None
        self._jump_to: tuple[int, int] | None = None       # (conversation, message) a result asked for

        self.empty = QLabel(self.tr("Choose a conversation on the left, or press “Contact seller” "
                                    "on a product or an order."), self)
        self.empty.setObjectName("emptyState")       # centred by the style sheet
        self.empty.setWordWrap(True)
        self._images = images
        self._chat: ChatView | None = None
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty)

        left = QWidget(self)
        left.setObjectName("conversationPane")
        self.left_layout = QVBoxLayout(left)     # the desk's filter bar goes at the top (insertWidget(0, …))
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_layout.setSpacing(4)
        self.left_layout.addWidget(self.search)
        self.left_layout.addWidget(self.search_note)
        self.left_layout.addWidget(self.left_stack, 1)
        # Ctrl+F over the list searches every conversation; in an open chat, that chat (its own bar).
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), left, self.focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.setWhatsThis(self.tr("Search every conversation"))      # its name in the shortcuts dialog
        self.shortcuts = ConversationShortcuts(self, session)        # Alt+Down, Ctrl+Shift+U… (issue 17 §7)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([LIST_WIDTH, 760])
        splitter.setChildrenCollapsible(False)
        splitter.splitterMoved.connect(self._list_moved)
        self.splitter = splitter
        self._list_dragged = False          # once the user moves the divider, its place is theirs
        self.buyer_panel: BuyerPanel | None = None          # a seller's, beside the chat (issue 17 §6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        session.changed.connect(self._on_changes)
        self.filters: DeskFilterBar | None = None
        self.team_menu = TeamMenu(session, self._failed, self)
        self._view_store = QSettings(str(session.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self.first_screen = FirstScreen(self.list, lambda: self.model.loaded, self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._list_dragged:
            # Once the splitter has its new width too (before its first layout its sizes are 0).
            QTimer.singleShot(0, self, self._fit_list)

    def _list_moved(self, *_moved) -> None:
        self._list_dragged = True

    def _fit_list(self) -> None:
        """The list keeps LIST_WIDTH in a roomy window; in a narrow one (800 px) a share of it
        down to its minimum, so the chat beside it is not squeezed to 300 px."""
        if self._list_dragged:
            return
        sizes = self.splitter.sizes()
        want = max(self.list.minimumWidth(), min(LIST_WIDTH, int(self.width() * LIST_SHARE)))
        if len(sizes) >= 2 and sizes[0] != want and sizes[0] + sizes[1] > want:
            self.splitter.setSizes([want, sizes[0] + sizes[1] - want, *sizes[2:]])

    @property
    def chat(self) -> ChatView:
        """The chat pane, built (and its modules imported) when first needed: a start shows the list only."""
        if self._chat is None:
            from desktop.gui.views.chat import ChatView

            self._chat = ChatView(self._session, self._images, self.pending, self)
            self._chat.open_product.connect(self.open_product)
            self._chat.open_order.connect(self.open_order)
            self._chat.packs_requested.connect(self.packs_requested)
            self.right.addWidget(self._chat)
        return self._chat

    @property
    def open_conversation_id(self) -> int | None:
        chat = self._chat
        return chat.conversation_id if chat is not None and self.right.currentWidget() is chat else None

    def packs_changed(self) -> None:
        if self._chat is not None:
            self._chat.packs_changed()

    def flush_draft(self) -> None:
        """Save what is typed in the open chat (the window is closing)."""
        if self._chat is not None:
            self._chat.flush_draft()

    def load(self) -> None:
        first = self.filters is None
        if first:
            self.model.set_view(self._kept_view())      # the view this account chose last
        self.model.load()
        if first:
            self._build_filters()       # while the worker reads the rows
        if self.filters is not None:
            self.filters.refresh()
        if first:
            self.team_menu.load()       # queued after the rows: the first screen does not wait for the team

    # -- the desk's views ---------------------------------------------------------------
    def _build_filters(self) -> None:
        """The filter bar, once the account is known (a buyer's has fewer views), on the list's view."""
        self.filters = DeskFilterBar(self._session, self)
        self.shortcuts.set_seller(self._session.user.is_seller)
        if self._session.user.is_seller:             # several rows for a batch reply (Ctrl/Shift+click)
            self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.buyer_panel = BuyerPanel(self._session, self._view_store, self)
            self.buyer_panel.open_order.connect(self.open_order)
            self.splitter.addWidget(self.buyer_panel)
            self.shortcuts.add(self.buyer_panel.toggle)
        self.left_layout.insertWidget(0, self.filters)
        if self.model.view != InboxFilter.ALL:
            self.filters.select(self.model.view)
        self.filters.changed.connect(self._filter_changed)
        if self._session.user.is_seller:
            self.filters.counts_changed.connect(lambda counts: self.overdue_changed.emit(counts.get("overdue", 0)))

    def show_view(self, view: str) -> None:
        """Switch the list to one of the desk's views (the tray's "Overdue conversations")."""
        if self.filters is not None and view in self.filters.buttons:
            self.filters.select(InboxFilter(view))
            self._filter_changed(self.filters.current())

    def _view_key(self) -> str:
        return f"user-{self._session.user.handle}/conversation_view"

    def _kept_view(self) -> InboxFilter:
        value = str(self._view_store.value(self._view_key(), "all") or "all")
        view, _, label = value.partition(":")
        allowed = desk_filter_bar.SELLER_VIEWS if self._session.user.is_seller else desk_filter_bar.BUYER_VIEWS
        team = str(self._view_store.value(self._view_key() + "_team", "") or "")
        return InboxFilter(view if view in allowed else "all", label or None,
                           team if team in desk_filter_bar.TEAM_TITLES and self._session.user.is_seller else None)

    def _filter_changed(self, view: InboxFilter) -> None:
        self._view_store.setValue(self._view_key(), view.view + (f":{view.label}" if view.label else ""))
        self._view_store.setValue(self._view_key() + "_team", view.team or "")
        self.model.set_view(view)

    def selected_ids(self) -> list[int]:
        """The conversations selected in the list, in its order."""
        return [self.model.row_at(n).id for n in sorted({ix.row() for ix in self.list.selectionModel().selectedIndexes()})]

    def open_batch(self):
        """Batch reply to the selected conversations, or to the whole view on screen."""
        from desktop.gui.views.batch_dialog import BatchDialog

        view = self.model.view
        name = desk_filter_bar.view_title(view.view) + (f" · {view.label}" if view.label else "")
        dialog = BatchDialog(self._session, self.selected_ids(), view, name, self)
        dialog.open()
        return dialog

    def open_conversation(self, conversation_id: int) -> None:
        """Select a conversation; one the list has not loaded (brand new, or further down than
        the pages read) is read alone: put in place if it belongs to the loaded part, else
        opened in the chat without a row selected."""
        n = self.model.row_of(conversation_id)
        if n < 0:
            self._pending_open = conversation_id
            self.model.refresh({conversation_id})
            return
        self._pending_open = None
        ix = self.model.index(n)
        self.list.selectionModel().setCurrentIndex(ix, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(ix)

    def _reselect(self) -> None:
        wanted = self._pending_open or self.open_conversation_id
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self.open_conversation(wanted)

    def _after_refresh(self) -> None:
        wanted = self._pending_open
        if wanted is None or self.model.is_waiting(wanted):
            return
        self._pending_open = None
        if self.model.row_of(wanted) >= 0:
            self.open_conversation(wanted)
        else:
            conversations.conversation_row(self._session, wanted).on_success(self._open_row).bound_to(self).run()

    def _open_row(self, row: ConversationRow | None) -> None:
        """Open a conversation the list does not show (further down than the pages read)."""
        if row is None:
            return
        self.list.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        self._show_chat(row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ConversationRole.ROW) if current.isValid() else None
        if row is None:
            return
        self._show_chat(row)

    def _show_chat(self, row: ConversationRow) -> None:
        self.chat.open(row)
        self._show_wait()
        self.right.setCurrentWidget(self.chat)
        if self.buyer_panel is not None:
            self.buyer_panel.show_conversation(row.id)
        self._start_jump(row.id)

    def _show_wait(self, *_changed) -> None:
        """The chat header's wait, from the open conversation's desk row in the list."""
        if self._chat is None:
            return
        cid = self._chat.conversation_id
        n = self.model.row_of(cid) if cid is not None else -1
        self._chat.wait.show_wait(self.model.index(n).data(ConversationRole.DESK) if n >= 0 else None)

    # -- search -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F: into the search field, its text selected to type over."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def close_search(self) -> None:
        """Escape: the list again, as it was (its model was never touched)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.results.search("")
        self.search_note.hide()
        if self.results_view.hasFocus():
            # Back to the field, and before the results hide (Qt would pass the focus to the
            # list, which makes its first row current when none is: opening and reading it).
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.left_stack.setCurrentWidget(self.list)

    def _query(self, text: str) -> None:
        self.results.search(text)
        if text.strip():
            self.left_stack.setCurrentWidget(self.results_view)

    def _searched(self, text: str) -> None:
        if not text:
            return
        if self.results.rowCount():
            self.results_view.setCurrentIndex(self.results.index(0))    # Enter opens the newest
            self.results_view.scrollToTop()
        if self.results.rowCount() == 0:
            self._note(self.tr("No messages match “%1”.").replace("%1", text))
        elif self.results.indexing:
            self._note(self.tr("Search is still indexing older messages: some may be missing."))
        else:
            self.search_note.hide()

    def _search_failed(self, why: str) -> None:
        self._note(why)

    def _note(self, text: str) -> None:
        self.search_note.setText(text)
        self.search_note.show()

    def _step(self, by: int) -> None:
        if self.left_stack.currentWidget() is self.results_view:
            self.results_view.step(by)

    def _open_result(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.open_message(index.data(ResultRole.CONVERSATION), index.data(ResultRole.MESSAGE))

    def open_message(self, conversation_id: int, message_id: int) -> None:
        """Open a conversation scrolled to one of its messages, which flashes once."""
        self._jump_to = (conversation_id, message_id)
        if self.open_conversation_id == conversation_id:
            self._start_jump(conversation_id)
        else:
            self.open_conversation(conversation_id)

    def _start_jump(self, conversation_id: int) -> None:
        if self._jump_to is None or self._jump_to[0] != conversation_id:
            return
        _, message_id = self._jump_to
        self._jump_to = None
        if self._jump is not None:
            self._jump.cancel()
        self._jump = MessageJump(self.chat, conversation_id, message_id)
        self._jump.start()

    def _on_changes(self, notice: ChangeNotice) -> None:
        if self.filters is not None and not team_chat.chat_only(notice.kinds):
            self.filters.refresh_soon()
        self._changes(notice)

    def _changes(self, notice: ChangeNotice) -> None:
        ids = notice.conversation_ids
        if ids and not team_chat.chat_only(notice.kinds):     # someone typing moves no row
            self.model.refresh(ids)
        open_id = self.open_conversation_id
        if self._chat is not None and open_id is not None and open_id in ids:
            self._chat.on_changes(notice.for_conversation(open_id))

    def _context_menu(self, pos: QPoint) -> None:
        ix = self.list.indexAt(pos)
        if not ix.isValid():
            return
        cid = ix.data(ConversationRole.ID)
        state = ix.data(ConversationRole.DESK)
        menu = QMenu(self)
        chosen = self.selected_ids()
        if len(chosen) > 1 and cid in chosen:
            self._several_menu(menu, chosen)
            menu.popup(self.list.viewport().mapToGlobal(pos))
            return
        if ix.data(ConversationRole.UNREAD):
            menu.addAction(self.tr("Mark as read"),
                           lambda: conversations.mark_read(self._session, cid).on_failure(self._failed).run())
        else:
            menu.addAction(self.tr("Mark as unread"),
                           lambda: conversations.mark_unread(self._session, cid).on_failure(self._failed).run())
        if state is not None:
            self._desk_actions(menu, cid, state)
        menu.addAction(self.tr("Delete for me…"), lambda: self._delete(cid))
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _several_menu(self, menu: QMenu, ids: list[int]) -> None:
        """What is done to a selection of several at once: read them all, or reply to them all."""
        menu.addAction(self.tr("Mark %n as read", "", len(ids)),
                       lambda: conversations.mark_read_many(self._session, ids).on_failure(self._failed).run())
        if self._session.user.is_seller:
            menu.addAction(self.tr("Batch reply…"), self.open_batch)

    def _desk_actions(self, menu: QMenu, cid: int, state) -> None:
        """Pin, archive, "no response needed" and labels (the desk's; a buyer gets archive)."""
        seller = self._session.user.is_seller
        if seller:
            menu.addAction(self.tr("Unpin") if state.pinned else self.tr("Pin"),
                           lambda: desk.pin(self._session, cid, not state.pinned).on_failure(self._failed).run())
        menu.addAction(self.tr("Move back to the inbox") if state.archived else self.tr("Archive"),
                       lambda: desk.archive(self._session, cid, not state.archived).on_failure(self._failed).run())
        if seller and state.awaiting_since is not None:
            menu.addAction(self.tr("No response needed"),
                           lambda: desk.no_response(self._session, cid).on_failure(self._failed).run())
        if seller:
            menu.addAction(self.tr("Batch reply…"), self.open_batch)
            labels = menu.addMenu(self.tr("Labels"))
            for name in sorted(set(self.filters.label_names() if self.filters is not None else ()) | set(state.labels)):
                has = name in state.labels
                action = labels.addAction(name)
                action.setCheckable(True)
                action.setChecked(has)
                action.triggered.connect(lambda _c=False, n=name, h=has: (
                    desk.remove_label if h else desk.add_label)(self._session, cid, n).on_failure(self._failed).run())
            self.team_menu.add_to(menu, cid, state.assignee)

    def _delete(self, conversation_id: int) -> None:
        # A destructive action defaults to Cancel (issue 15, defect 12): Enter does not delete.
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete conversation"),
                          self.tr("Delete this conversation for you? The other side keeps its copy. "
                                  "If they write again, the conversation comes back with the new messages only."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.delete_box = box
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        if self.open_conversation_id == conversation_id:
            self.right.setCurrentWidget(self.empty)
        conversations.delete_for_me(self._session, conversation_id).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        """An action from the list's menu failed: say so over the list (a bug goes to the hook)."""
        if isinstance(exc, KnownError):
            errors.warn_error(self, exc)
