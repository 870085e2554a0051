"""The conversation list: peer, last message, time and unread count, newest activity first.

Rows are small and few (one per buyer-store pair), so the whole list is loaded in one
op; on a change notice only the named conversations are re-read, and rows move without
resetting the model, so the selection and scroll position stay put.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from desktop.core.kinds import MessageKind
from desktop.gui import format as fmt
from desktop.gui.ops import conversations
from desktop.gui.session import Session

if TYPE_CHECKING:
    from desktop.core.conversations import ConversationRow

Index = QModelIndex | QPersistentModelIndex


class ConversationRole(enum.IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1
    UNREAD = Qt.ItemDataRole.UserRole + 2
    PREVIEW = Qt.ItemDataRole.UserRole + 3
    TIME = Qt.ItemDataRole.UserRole + 4
    ID = Qt.ItemDataRole.UserRole + 5


def preview(row: ConversationRow) -> str:
    """The last message as the list shows it: "[Image]" for a picture, "You: " before mine."""
    labels = {MessageKind.PRODUCT_CARD: QCoreApplication.translate("ConversationListModel", "[Product]"),
              MessageKind.ORDER_CARD: QCoreApplication.translate("ConversationListModel", "[Order]"),
              MessageKind.IMAGE: QCoreApplication.translate("ConversationListModel", "[Image]")}
    kind = MessageKind(row.last_kind) if row.last_kind else None
    text = labels.get(kind, row.last_text) if kind is not None else row.last_text
    text = " ".join(text.split())
    you = QCoreApplication.translate("ConversationListModel", "You: ")
    return you + text if row.last_mine else text


class ConversationListModel(QAbstractListModel):
    total_unread_changed = Signal(int)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._rows: list[ConversationRow] = []
        self.loaded = False                   # the first list has arrived

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.peer_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.peer_name}\n{preview(row)}"
        if role == ConversationRole.ROW:
            return row
        if role == ConversationRole.UNREAD:
            return row.unread
        if role == ConversationRole.PREVIEW:
            return preview(row)
        if role == ConversationRole.TIME:
            return fmt.short_time(row.last_at, self._session.user.time_zone)
        if role == ConversationRole.ID:
            return row.id
        return None

    def load(self) -> None:
        conversations.list_conversations(self._session).on_success(self.set_rows).bound_to(self).run()

    def refresh(self, ids: set[int]) -> None:
        """Re-read these conversations (a notice named them); new ones come in, deleted ones go."""
        if any(self.row_of(i) < 0 for i in ids):
            self.load()
            return
        conversations.list_conversations(self._session, sorted(ids)).on_success(
            lambda rows, ids=ids: self._merge(ids, rows)).bound_to(self).run()

    def row_of(self, conversation_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == conversation_id), -1)

    def row_at(self, n: int) -> ConversationRow | None:
        return self._rows[n] if 0 <= n < len(self._rows) else None

    def total_unread(self) -> int:
        return sum(r.unread for r in self._rows)

    def set_rows(self, rows: list[ConversationRow]) -> None:
        self.loaded = True
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
        else:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
        self.total_unread_changed.emit(self.total_unread())

    def _merge(self, ids: set[int], fresh: list[ConversationRow]) -> None:
        by_id = {r.id: r for r in fresh}
        for cid in ids:
            n = self.row_of(cid)
            if n < 0:
                continue
            if cid not in by_id:                     # deleted for me
                self.beginRemoveRows(QModelIndex(), n, n)
                del self._rows[n]
                self.endRemoveRows()
                continue
            row = by_id[cid]
            older = [k for k, r in enumerate(self._rows) if k != n and (r.last_at, r.id) < (row.last_at, row.id)]
            target = older[0] if older else n
            self._rows[n] = row
            ix = self.index(n)
            self.dataChanged.emit(ix, ix)
            if target < n:                            # newer activity: move up, keeping selection
                self.beginMoveRows(QModelIndex(), n, n, QModelIndex(), target)
                self._rows.insert(target, self._rows.pop(n))
                self.endMoveRows()
        self.total_unread_changed.emit(self.total_unread())
