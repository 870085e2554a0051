"""The desk's keyboard shortcuts over the conversation list (issue 17 §7): next and previous
conversation (Alt+Down / Alt+Up, Ctrl+Tab / Ctrl+Shift+Tab), the next one awaiting a reply
(Alt+Shift+Down, a seller's), mark as unread (Ctrl+Shift+U).

Each is a `QAction` with its `QKeySequence`s, added to the Message Centre (so it works
wherever the focus is inside it, the compose box included) and to the window's
"Conversations" menu, which shows the keys; the tooltip says them too. The shortcuts
dialog (Ctrl+/) lists these actions themselves, so it cannot drift from them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop.core.errors import KnownError
from desktop.gui.models.conversations import ConversationRole
from desktop.gui.ops import conversations
from desktop.gui.views.alerts import warn

if TYPE_CHECKING:
    from desktop.gui.session import Session
    from desktop.gui.views.message_centre import MessageCentre


def make_action(parent: QWidget, text: str, keys: list[QKeySequence], slot: Callable[[], None], *,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
    """An action with its shortcuts, its tooltip saying the first ("Next conversation (Alt+Down)")."""
    action = QAction(text, parent)
    action.setShortcuts(keys)
    action.setShortcutContext(context)
    plain = text.replace("&", "").rstrip("…")
    shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    action.setToolTip(f"{plain} ({shown})" if shown else plain)
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


class ConversationShortcuts(QObject):
    """The list's shortcuts; `actions` in the order the menu and the dialog show them."""

    def __init__(self, centre: MessageCentre, session: Session):
        super().__init__(centre)
        self._centre = centre
        self._session = session
        key = QKeySequence
        self.next = make_action(centre, self.tr("&Next conversation"),
                                [key("Alt+Down"), key("Ctrl+Tab")], lambda: self.step(1))
        self.previous = make_action(centre, self.tr("&Previous conversation"),
                                    [key("Alt+Up"), key("Ctrl+Shift+Tab")], lambda: self.step(-1))
        self.next_awaiting = make_action(centre, self.tr("Next &awaiting reply"), [key("Alt+Shift+Down")],
                                         self.next_awaiting_reply)
        self.mark_unread = make_action(centre, self.tr("Mark as &unread"), [key("Ctrl+Shift+U")],
                                       self.mark_open_unread)
        self.actions = [self.next, self.previous, self.next_awaiting, self.mark_unread]
        self._menu: QMenu | None = None

    def set_seller(self, seller: bool) -> None:
        """Awaiting a reply is a seller's matter (a buyer is not scored on answering)."""
        self.next_awaiting.setVisible(seller)
        self.next_awaiting.setEnabled(seller)

    def menu(self, parent: QWidget) -> QMenu:
        self._menu = QMenu(self.tr("&Conversations"), parent)
        for action in self.actions:
            self._menu.addAction(action)
        return self._menu

    def add(self, action: QAction) -> None:
        """One more action of the list (made once the account is known: the buyer panel's)."""
        self.actions.append(action)
        if self._menu is not None:
            self._menu.addSeparator()
            self._menu.addAction(action)

    # -- what they do -------------------------------------------------------------------------
    def _current_row(self) -> int:
        current = self._centre.list.currentIndex()
        return current.row() if current.isValid() else -1

    def _open_row(self, n: int) -> None:
        ix = self._centre.model.index(n)
        self._centre.list.selectionModel().setCurrentIndex(ix, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._centre.list.scrollTo(ix)

    def step(self, by: int) -> None:
        """Open the next (+1) or previous (-1) conversation of the list; past the last loaded
        row the next page is asked for."""
        model = self._centre.model
        n = self._current_row() + by if self._current_row() >= 0 else (0 if by > 0 else model.rowCount() - 1)
        if n >= model.rowCount() and model.canFetchMore():
            model.fetchMore()
        if 0 <= n < model.rowCount():
            self._open_row(n)

    def next_awaiting_reply(self) -> None:
        """Open the next conversation below the current one that awaits my reply (from the
        top again after the last loaded row)."""
        model = self._centre.model
        rows = model.rowCount()
        start = self._current_row()
        for k in range(1, rows + 1):
            n = (start + k) % rows
            state = model.index(n).data(ConversationRole.DESK)
            if n != start and state is not None and state.awaiting_since is not None:
                self._open_row(n)
                return

    def mark_open_unread(self) -> None:
        """Mark the open conversation unread and leave it (reading on would mark it read again).
        Its row stays the list's current one, so Alt+Down goes on from there."""
        cid = self._centre.open_conversation_id
        if cid is None:
            return
        self._centre.list.selectionModel().clearSelection()
        self._centre.right.setCurrentWidget(self._centre.empty)
        if self._centre.list.currentIndex().isValid():      # else the focus would open the first row
            self._centre.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        conversations.mark_unread(self._session, cid).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            warn(self._centre, str(exc))
