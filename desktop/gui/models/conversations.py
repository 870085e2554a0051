"""The conversation list: peer, last message, time and unread count, newest activity first.

Rows are small and few (one per buyer-store pair), so the whole list is loaded in one
op; on a change notice only the named conversations are re-read, and rows move without
resetting the model, so the selection and scroll position stay put.
"""

from __future__ import annotations

import enum

from PySide6 import QtCore
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Signal

from desktop.gui.core_api import conversations
from desktop.gui import format as fmt
from desktop.gui.models.id_rows import DISPLAY_ROLE, USER_ROLE

Index = QModelIndex | QPersistentModelIndex


class ConversationRole(enum.IntEnum):
    ROW = USER_ROLE + 1
    UNREAD = USER_ROLE + 2
    PREVIEW = USER_ROLE + 3
    TIME = USER_ROLE + 4
    ID = USER_ROLE + 5


def preview(row: conversations.ConversationRow) -> str:
    labels = {"product_card": QCoreApplication.translate("ConversationListModel", "[Product]"),
              "order_card": QCoreApplication.translate("ConversationListModel", "[Order]"),
              "image": QCoreApplication.translate("ConversationListModel", "[Image]")}
    text = labels.get(row.last_kind, row.last_text)
    text = " ".join(text.split())
    you = QCoreApplication.translate("ConversationListModel", "You: ")
    return you + text if row.last_mine else text


class ConversationListModel(QAbstractListModel):
    total_unread_changed = Signal(int)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self._rows: list[conversations.ConversationRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY_ROLE):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return row.peer_name
        if role == QtCore.Qt.ItemDataRole.ToolTipRole:
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
        self._session.user_op(conversations.list_conversations).on_success(self.set_rows).bound_to(self).run()

    def refresh(self, ids: set[int]) -> None:
        """Re-read these conversations (a notice named them); new ones come in, deleted ones go."""
        if any(self.row_of(i) < 0 for i in ids):
            self.load()
            return
        self._session.user_op(conversations.list_conversations, sorted(ids)).on_success(
            lambda rows, ids=ids: self._merge(ids, rows)).bound_to(self).run()

    def row_of(self, conversation_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == conversation_id), -1)

    def row_at(self, n: int) -> conversations.ConversationRow | None:
        return self._rows[n] if 0 <= n < len(self._rows) else None

    def total_unread(self) -> int:
        return sum(r.unread for r in self._rows)

    def set_rows(self, rows: list[conversations.ConversationRow]) -> None:
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
        else:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
        self.total_unread_changed.emit(self.total_unread())

    def _merge(self, ids: set[int], fresh: list[conversations.ConversationRow]) -> None:
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
