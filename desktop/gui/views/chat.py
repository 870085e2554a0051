"""One open conversation: its messages, newest at the bottom, and the compose box.

Sending: the text is saved as the draft, then handed to `PendingSends`, which owns the
message until it is stored; a "sending" bubble appears at once. Stored: the bubble
becomes "Unread", later "Read". Failed: the bubble says so and a click retries with the
same client id, so a retry never stores the message twice. Refused by the content
policy: the bubble goes and the text comes back to the compose box with the warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QListView, QMenu, QStyleOptionViewItem,
    QVBoxLayout, QWidget,
)

from desktop.core.errors import KnownError
from desktop.core.kinds import ChangeKind, MessageKind
from desktop.gui import errors
from desktop.gui.images import ImageCache
from desktop.gui.models.messages import MessageListModel, MessageRole, NoteAction
from desktop.gui.ops import advice, conversations, messages, translation
from desktop.gui.outgoing import PendingSend, PendingSends, SendState
from desktop.gui.session import Session
from desktop.gui.views.attachment_strip import AttachmentStrip
from desktop.gui.views.bubbles import PAD
from desktop.gui.views.compose import ComposeBox
from desktop.gui.views.compose_assist import ComposeAssistant
from desktop.gui.views.drop_target import AttachmentDropFilter
from desktop.gui.views.image_viewer import ImageViewer
from desktop.gui.views import advice_text
from desktop.gui.views.chat_header import ChatHeader
from desktop.gui.views.chat_originals import no_translation_reason
from desktop.gui.views.chat_search import ChatSearchBar
from desktop.gui.views.policy_warning import show_policy_warning
from desktop.gui.views.quick_reply_popup import QuickReplyPicker
from desktop.gui.views.question_chips import ChatQuestions, write_question
from desktop.gui.views.undo_bar import UndoBar
from desktop.gui.views.note_bubble import ChatDelegate
from desktop.gui.views.team_chat import TeamChat

if TYPE_CHECKING:
    from desktop.core.changes import Change
    from desktop.core.conversations import ConversationRow
    from desktop.core.messaging import AttachmentRow, MessageRow
    from desktop.core.outbox import PolicyRefusal

SHORT_CHAT = 480     # a chat lower than this has a compose box of two lines, not three


class ChatView(QWidget):
    open_product = Signal(int)
    open_order = Signal(int)
    packs_requested = Signal(object)     # (src, tgt) a pack is missing for, or None

    def __init__(self, session: Session, images: ImageCache, pending: PendingSends, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._images = images
        self._pending = pending
        self.conversation_id: int | None = None
        self.model: MessageListModel | None = None

        self.header = ChatHeader(self)
        self.title, self.subtitle = self.header.title, self.header.subtitle
        self.originals_button, self.wait = self.header.originals_button, self.header.wait
        self.originals_button.toggled.connect(self._toggle_all_originals)

        self.list = QListView(self)
        self.list.setObjectName("messages")
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.delegate = ChatDelegate(self.list, images, session, self)      # internal notes drawn apart
        self.list.setItemDelegate(self.delegate)
        self.list.clicked.connect(self._clicked)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.list.verticalScrollBar().rangeChanged.connect(self._range_changed)
        images.ready.connect(lambda _path: self.list.viewport().update())

        self.compose = ComposeBox(session.settings.max_message_chars, self)
        self.compose.send_requested.connect(self.send)
        self.compose.draft_changed.connect(self._save_draft)
        # Pictures: "+", drag-and-drop on the messages or the box, and paste; checked on the worker.
        self.strip = AttachmentStrip(session, self)
        self.strip.changed.connect(lambda: self.compose.set_has_attachments(not self.strip.is_empty()))
        self.strip.refused.connect(lambda name, _reason, message: self.compose.show_hint(f"{name}: {message}",
                                                                                          "attachment"))
        self.compose.attach_requested.connect(self.strip.pick_files)
        self.drops = AttachmentDropFilter(self)
        self.drops.install(self.list)
        self.drops.install(self.compose.edit)
        self.drops.files_dropped.connect(self.strip.add_paths)
        self.drops.image_pasted.connect(self.strip.add_image_bytes)
        self.compose.edit.paste_handler = self.drops.handle_paste
        self.list.viewport().installEventFilter(self)
        self._click_pos = QPoint()
        self.assist = ComposeAssistant(session, self.compose, self)
        self.quick_replies = QuickReplyPicker(session, self.compose, lambda: self.conversation_id,
                                              lambda: self.assist.peer_language, self)     # "/" (issue 17)
        self.questions = ChatQuestions(session, self.compose, self)     # a new product chat's question chips
        self._question: tuple[int, str] | None = None                   # written once its chat's draft is in
        self.preview = self.assist.preview

        # "Message deleted · Undo", for a few seconds after "Delete for me".
        self.undo_bar = UndoBar(self)
        self.undo_button, self._undo_timer = self.undo_bar.button, self.undo_bar.timer
        self.undo_bar.undo.connect(self.undo_delete)
        self.undo_bar.expired.connect(self.commit_delete)
        self._pending_delete: tuple | None = None

        # Ctrl+F: search this conversation ("3 of 17", F3 / Shift+F3), issue 14.
        self.search_bar = ChatSearchBar(session, self)
        self.search_bar.go_to.connect(self.go_to_message)
        self.search_bar.closed.connect(lambda: self.compose.edit.setFocus(Qt.FocusReason.OtherFocusReason))
        self._jump = None
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.find_in_chat)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.setWhatsThis(self.tr("Search this conversation"))     # its name in the shortcuts dialog

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.questions)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.strip)
        layout.addWidget(self.preview)
        layout.addWidget(self.compose)
        self.team = TeamChat(session, self)      # notes, "is replying", the question before a reply
        self.team.install(self.header.buttons, layout, self.header, self.compose)

        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(250)
        self._read_timer.timeout.connect(self._mark_seen_read)
        self._read_up_to = 0
        self._stick_to_bottom = True
        self._focus_for: int | None = None     # put the cursor in the compose box when this one opens
        pending.refused.connect(self._refused)
        session.settings_changed.connect(lambda _settings: self.apply_settings())

    # -- searching the open chat --------------------------------------------------------------
    def find_in_chat(self) -> None:
        if self.conversation_id is not None:
            self.search_bar.open_for(self.conversation_id)

    def go_to_message(self, message_id: int) -> None:
        """Take the chat to one message (loading older pages until it is in) and flash it."""
        from desktop.gui.views.message_jump import MessageJump    # it names this class: imported when first used

        if self._jump is not None:
            self._jump.cancel()
        if self.conversation_id is not None:
            self._jump = MessageJump(self, self.conversation_id, message_id, self)
            self._jump.start()

    # -- opening ----------------------------------------------------------------------------
    def focus_compose_when_open(self, conversation_id: int, question: str = "") -> None:
        """Put the cursor in the compose box once this conversation is open (an action that
        opens a chat: what the user types next goes into the message), with `question` written there."""
        self._focus_for = conversation_id
        self._question = (conversation_id, question) if question else None
        if self.conversation_id == conversation_id and self.model is not None:
            self._take_focus()
            self._draft_loaded(conversation_id, "")

    def _take_focus(self) -> None:
        self._focus_for = None
        self.compose.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def open(self, row: ConversationRow) -> None:
        if self.model is not None and self.conversation_id == row.id:
            if self._focus_for == row.id:
                self._take_focus()
            return
        self.commit_delete()
        self.compose.flush_draft()
        self.conversation_id = row.id
        self.header.show_peer(row)
        self._read_up_to = 0
        self._stick_to_bottom = True
        old = self.model
        self.model = MessageListModel(self._session, self._pending, row.id, self)
        self.model.reader_language = self._session.reader_language
        self.model.translating = self._session.settings.translate_incoming
        self.model.all_originals = self.originals_button.isChecked()
        self.assist.peer_language = row.peer_language
        self.model.loaded.connect(self._loaded)
        self.model.rowsInserted.connect(self._rows_inserted)
        self.model.older_loaded.connect(self._older_loaded)
        self.model.dataChanged.connect(self._row_changed)
        self.list.setModel(self.model)
        self.questions.follow(self.model)
        if old is not None:
            old.deleteLater()
        self.compose.set_text("")
        self.team.opened(row.id)
        self.model.load()
        messages.load_draft(self._session, row.id).on_success(
            lambda text, cid=row.id: self._draft_loaded(cid, text)).on_failure(self._show_failure).run()
        if self._focus_for == row.id:
            self._take_focus()

    def _draft_loaded(self, conversation_id: int, text: str) -> None:
        if conversation_id == self.conversation_id and not self.compose.text():
            self.compose.set_text(text)
        if conversation_id == self.conversation_id and self._question and self._question[0] == conversation_id:
            write_question(self.compose, self._question[1])
            self._question = None

    def _loaded(self) -> None:
        self.team.loaded()
        self.list.scrollToBottom()
        self._read_timer.start()
        self.translate_visible()

    def flush_draft(self) -> None:
        """Save what is typed now, and carry out a delete still waiting for its undo (the
        window is closing)."""
        self.compose.flush_draft()
        self.commit_delete()

    # -- live updates -------------------------------------------------------------------
    def on_changes(self, items: list[Change]) -> None:
        """Changes to this conversation: new messages, read marks, deletions."""
        if self.model is None or self._session.user is None:
            return
        mine = self._session.user.id
        if any(c.kind == ChangeKind.MESSAGE for c in items):
            self.model.fetch_newer()
        if any(c.kind == ChangeKind.READ and c.user_id != mine for c in items):
            self.model.refresh_read_marks()
        if any(c.kind == ChangeKind.DELETE and c.user_id == mine for c in items):
            self.model.load()
        self.team.on_changes(items)

    def _rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self._read_timer.start()
        self.translate_visible()

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        # The layout grew (new rows laid out): follow the newest message if the reader was at the bottom.
        if self._stick_to_bottom:
            self.list.verticalScrollBar().setValue(maximum)

    def _row_changed(self, _first: QModelIndex, _last: QModelIndex, roles: Sequence[int] = ()) -> None:
        # A row's content can change its height (pictures arriving): lay the rows out again.
        if not roles or MessageRole.ROW in roles:
            self.list.doItemsLayout()

    def _older_loaded(self, count: int) -> None:
        if count and self.model is not None:
            bar = self.list.verticalScrollBar()
            self.list.scrollTo(self.model.index(count, 0), QAbstractItemView.ScrollHint.PositionAtTop)
            bar.setValue(max(bar.value() - 4, 1))

    def _scrolled(self, value: int) -> None:
        bar = self.list.verticalScrollBar()
        self._stick_to_bottom = value >= bar.maximum() - 4
        if self.model is not None and value == 0 and bar.maximum() > 0:
            self.model.fetch_older()
        self._read_timer.start()

    def _mark_seen_read(self) -> None:
        """What the member has on screen becomes read: up to the lowest visible message."""
        if self.model is None or self.conversation_id is None or not self.isVisible() or self.model.rowCount() == 0:
            return
        bottom = self.list.indexAt(QPoint(10, self.list.viewport().height() - 2))
        n = bottom.row() if bottom.isValid() else self.model.rowCount() - 1
        seen = max((r.id for r in self.model.rows()[: n + 1] if r.id > 0), default=0)
        if seen > self._read_up_to:
            self._read_up_to = seen
            # Not a user action: a failure (the database busy a moment) is tried again next time.
            conversations.mark_read(self._session, self.conversation_id, seen).on_failure(
                lambda _exc: self._read_again()).run()

    def _read_again(self) -> None:
        self._read_up_to = 0

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._read_timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # A short chat (the 800x560 window with the welcome strip): the messages keep the room.
        self.compose.set_compact(self.height() < SHORT_CHAT)

    # -- sending ------------------------------------------------------------------------------
    def send(self, text: str) -> None:
        if self.model is None or self.conversation_id is None:
            return
        if self.strip.checking:
            self.compose.show_hint(self.tr("Wait a moment: the pictures are still being checked."), "attachment")
            return
        if self.team.hold(text):                 # a store's reply: asked first if the buyer wrote meanwhile
            return
        files = tuple(self.strip.items())
        original_size = self.strip.send_original_size()
        self.strip.clear()
        # The draft holds the text until the message is stored (the send deletes it), so a
        # crash or a refusal loses nothing.
        messages.save_draft(self._session, self.conversation_id, text).on_failure(self._show_failure).run()
        self.compose.clear_sent()
        self.assist.hide_preview()
        self._pending.send(self.conversation_id, text, files, original_size=original_size,
                           lang=self.quick_replies.language_of(text))
        self.list.scrollToBottom()
        if not self._session.user.is_seller:
            # Stores are hours ahead: a message sent outside their hours is said to be (issue 19).
            cid = self.conversation_id
            advice.store_time(self._session, cid).on_success(
                lambda found, cid=cid: self._after_hours(cid, found)).bound_to(self).run()

    def _after_hours(self, conversation_id: int, found) -> None:
        if found is not None and conversation_id == self.conversation_id and not self.compose.text():
            note = advice_text.store_time_note(found)
            if note:
                self.compose.show_hint(note, "advice")

    def retry(self, row_number: int) -> None:
        if self.model is not None:
            row = self.model.index(row_number, 0).data(MessageRole.ROW)
            self._pending.retry(row.id)

    def _refused(self, pending: PendingSend, refusal: PolicyRefusal) -> None:
        if pending.conversation_id == self.conversation_id and not self.compose.text():
            self.compose.set_text(pending.text)       # nothing the user typed is lost
            self.assist.show_refusal(refusal)
        show_policy_warning(self, refusal)

    def _show_failure(self, exc: BaseException) -> None:
        """A KnownError of an action taken here, said under the compose box (a bug goes to the
        exception hook by itself)."""
        if isinstance(exc, KnownError):
            self.compose.show_hint(errors.explain(exc).line(), "error")

    # -- translation -----------------------------------------------------------------------
    def translate_visible(self) -> None:
        """Ask the worker for the reader's translation of the loaded messages that lack one."""
        if self.model is None or self.conversation_id is None or not self.model.translating:
            return
        ids = self.model.untranslated_ids()
        if ids:
            model = self.model
            translation.for_reader(self._session, self.conversation_id, ids, model.reader_language).on_success(
                model.set_translations).on_failure(self._translation_failed).bound_to(model).run()

    def _translation_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.compose.show_hint(errors.explain(exc).reason, "translation")

    def packs_changed(self) -> None:
        if self.model is not None:
            self.model.clear_translations()
            self.translate_visible()
        self.assist.refresh_preview()

    def apply_settings(self) -> None:
        """My language, the translation switches or the message limit changed."""
        self.compose.set_limit(self._session.settings.max_message_chars)
        if self.model is not None:
            self.model.reader_language = self._session.reader_language
            self.model.translating = self._session.settings.translate_incoming
            self.packs_changed()

    def _toggle_all_originals(self, on: bool) -> None:
        self.originals_button.setText(self.tr("Show translations") if on else self.tr("Show originals"))
        if self.model is not None:
            self.model.set_all_originals(on)
        why = self.no_translation_reason() if on else ""
        if why or self.compose.hint.property("kind") == "originals":
            self.compose.show_hint(why, "originals")

    def no_translation_reason(self) -> str:
        return no_translation_reason(self.model, self._session.settings.translate_incoming)

    # -- clicks and menus -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self._click_pos = event.position().toPoint()
        return False

    def _option(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.font = self.list.font()
        return option

    def _on_note(self, index: QModelIndex) -> bool:
        return self.delegate.note_rect(index, self.list.visualRect(index), self._option()).adjusted(
            0, -3, 0, 3).contains(self._click_pos)

    def open_packs(self, pair: tuple[str, str] | None = None) -> None:
        self.packs_requested.emit(pair)

    def _picture_at(self, index: QModelIndex, row: MessageRow) -> int:
        """Which of the message's pictures is under the last click, or -1."""
        bubble = self.delegate.bubble_rect(index, self.list.visualRect(index), self._option())
        inner = bubble.adjusted(PAD, PAD, -PAD, -PAD)
        return next((n for n, r in enumerate(self.delegate.picture_rects(row, inner))
                     if r.contains(self._click_pos)), -1)

    def _clicked(self, index: QModelIndex) -> None:
        row = index.data(MessageRole.ROW)
        if row is None or self.model is None:
            return
        if index.data(MessageRole.STATE) is SendState.FAILED:
            self.retry(index.row())
        elif row.attachments and (n := self._picture_at(index, row)) >= 0:
            self.view_picture(row.attachments[n])
        elif index.data(MessageRole.NOTE) and self._on_note(index):
            action = index.data(MessageRole.NOTE_ACTION)
            if action is NoteAction.TOGGLE:
                self.model.toggle_original(row.id)
            elif action is NoteAction.INSTALL:
                self.open_packs(self.model.missing_pair(row.id))
        elif row.kind == MessageKind.PRODUCT_CARD and row.product is not None:
            self.open_product.emit(row.product.id)
        elif row.kind in (MessageKind.ORDER_CARD, MessageKind.REQUEST_CARD) and row.order is not None:
            self.open_order.emit(row.order.id)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        row = index.data(MessageRole.ROW) if index.isValid() else None
        if row is None or self.model is None:
            return
        model = self.model
        menu = QMenu(self)
        if shown := index.data(MessageRole.SHOWN) or row.text:   # as on screen: a card's stored text is English
            menu.addAction(self.tr("Copy text"), lambda: QGuiApplication.clipboard().setText(shown))
        if index.data(MessageRole.NOTE_ACTION) is NoteAction.TOGGLE:
            menu.addAction(self.tr("Show original / translation"), lambda: model.toggle_original(row.id))
        if index.data(MessageRole.STATE) is SendState.FAILED:
            menu.addAction(self.tr("Retry"), lambda: self.retry(index.row()))
        if row.id > 0:
            menu.addAction(self.tr("Delete for me"), lambda: self.delete_message(row.id))
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def view_picture(self, att: AttachmentRow) -> None:
        viewer = ImageViewer(self._session, Path(self.delegate.attachment_path(att)), name=att.name, parent=self)
        viewer.open()

    def delete_message(self, message_id: int) -> None:
        """Delete one message for me, with a few seconds to undo: it leaves the list at once,
        and is deleted in the database when the undo bar goes (or another chat opens)."""
        if self.model is None or self.conversation_id is None:
            return
        self.commit_delete()
        self.model.remove(message_id)
        self._pending_delete = (self.conversation_id, message_id, self.model)
        self.undo_bar.offer()

    def undo_delete(self) -> None:
        pending, self._pending_delete = self._pending_delete, None
        self.undo_bar.close_bar()
        if pending is not None and pending[2] is self.model:
            self.model.load()                    # nothing was deleted: it comes back
        self.compose.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_delete(self) -> None:
        pending, self._pending_delete = self._pending_delete, None
        self.undo_bar.close_bar()
        if pending is None:
            return
        conversation_id, message_id, model = pending

        def failed(exc: BaseException) -> None:
            if model is self.model:
                model.load()                     # it was not deleted: it comes back
            self._show_failure(exc)

        conversations.delete_for_me(self._session, conversation_id, message_id).on_failure(failed).run()

    def _save_draft(self, text: str) -> None:
        if self.conversation_id is not None:
            messages.save_draft(self._session, self.conversation_id, text).on_failure(self._show_failure).run()

