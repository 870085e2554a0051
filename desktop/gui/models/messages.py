"""One conversation's messages, oldest first, loaded a page at a time.

The model never reads the whole conversation: it starts with the newest page, the view
asks for older pages when the user scrolls to the top (`fetch_older`), and change
notices bring only the messages after the newest one it holds (`fetch_newer`). Messages
still on their way out ("sending", "failed") are local rows with a negative id until the
worker stores them.
"""

from __future__ import annotations

import enum
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal,
)

from desktop.gui import format as fmt
from desktop.gui.core_api import messaging
from desktop.gui.models.id_rows import USER_ROLE

Index = QModelIndex | QPersistentModelIndex


PAGE = 60                   # messages per page: a screen or two


class MessageRole(enum.IntEnum):
    ROW = USER_ROLE + 1
    STATE = USER_ROLE + 2       # sending, sent, read, failed; "" for theirs
    ERROR = USER_ROLE + 3
    ID = USER_ROLE + 4
    SHOWN = USER_ROLE + 5       # the text the bubble shows: the translation or the original
    NOTE = USER_ROLE + 6        # the line under it ("Translated from…"), "" for none
    NOTE_ACTION = USER_ROLE + 7  # what a click on that line does: "toggle", "install" or ""




class MessageListModel(QAbstractListModel):
    loaded = Signal()               # the first page arrived
    older_loaded = Signal(int)      # how many rows were put on top

    def __init__(self, session, conversation_id: int, parent=None, *, page: int = PAGE):
        super().__init__(parent)
        self._session = session
        self.conversation_id = conversation_id
        self._page = page
        self._rows: list[messaging.MessageRow] = []
        self._local: dict[int, dict] = {}      # negative id -> {"state", "error", "client_id"}
        self._at_start = False
        self._loading_older = False
        self._loading_newer = False
        self.reader_language = ""                 # set by the chat: the reader's language
        self.translating = False                  # translate incoming messages (a setting)
        self._outcomes: dict[int, object] = {}    # message id -> translation Outcome
        self._originals: set[int] = set()         # messages switched to their original
        self.all_originals = False                # the whole conversation switched to originals

    # -- Qt overrides -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == MessageRole.ROW:
            return row
        if role == MessageRole.ID:
            return row.id
        if role == MessageRole.STATE:
            local = self._local.get(row.id)
            if local is not None:
                return local["state"]
            if not row.mine:
                return ""
            return "read" if row.read else "sent"
        if role == MessageRole.ERROR:
            local = self._local.get(row.id)
            return local.get("error", "") if local else ""
        if role in (MessageRole.SHOWN, MessageRole.NOTE, MessageRole.NOTE_ACTION):
            return self._shown(row)[role - MessageRole.SHOWN]
        return None

    # -- translation ------------------------------------------------------------------------
    def needs_translation(self, row) -> bool:
        return (self.translating and not row.mine and row.kind == "text" and row.id > 0 and bool(row.lang)
                and row.lang != self.reader_language)

    def untranslated_ids(self) -> list[int]:
        return [r.id for r in self._rows if self.needs_translation(r) and r.id not in self._outcomes
                and self.reader_language not in r.translations]

    def _shown(self, row) -> tuple[str, str, str]:
        if not self.needs_translation(row):
            return row.text, "", ""
        outcome = self._outcomes.get(row.id)
        translated = row.translations.get(self.reader_language) or (outcome.text if outcome is not None else None)
        if translated is not None and translated != row.text:
            if self.all_originals or row.id in self._originals:
                return row.text, QCoreApplication.translate("MessageListModel", "Original · Show translation"), "toggle"
            note = QCoreApplication.translate("MessageListModel", "Translated from %1 · Show original")
            note = note.replace("%1", fmt.language_label(row.lang))
            return translated, note, "toggle"
        if outcome is not None and outcome.missing:
            note = QCoreApplication.translate("MessageListModel", "No language pack for %1 → %2 · Install…").replace(
                "%1", fmt.language_label(row.lang)).replace("%2", fmt.language_label(self.reader_language))
            return row.text, note, "install"
        return row.text, "", ""

    def set_translations(self, outcomes: dict) -> None:
        self._outcomes.update(outcomes)
        self._changed_ids(set(outcomes))

    def clear_translations(self) -> None:
        """Packs changed: forget the outcomes so the chat asks again."""
        self._outcomes.clear()
        self._changed_ids({r.id for r in self._rows})

    def toggle_original(self, message_id: int) -> None:
        self._originals ^= {message_id}
        self._changed_ids({message_id})

    def set_all_originals(self, on: bool) -> None:
        self.all_originals = on
        self._originals.clear()
        self._changed_ids({r.id for r in self._rows})

    def missing_pair(self, message_id: int) -> tuple[str, str] | None:
        outcome = self._outcomes.get(message_id)
        return outcome.missing[0] if outcome is not None and outcome.missing else None

    def _changed_ids(self, ids: set[int]) -> None:
        for n, row in enumerate(self._rows):
            if row.id in ids:
                ix = self.index(n)
                self.dataChanged.emit(ix, ix, [MessageRole.SHOWN, MessageRole.NOTE, MessageRole.NOTE_ACTION])

    # -- loading ----------------------------------------------------------------------------
    @property
    def at_start(self) -> bool:
        return self._at_start

    def newest_stored_id(self) -> int:
        return max((r.id for r in self._rows if r.id > 0), default=0)

    def rows(self) -> list[messaging.MessageRow]:
        return list(self._rows)

    def load(self) -> None:
        self._session.user_op(messaging.page, self.conversation_id, limit=self._page).on_success(self._first).bound_to(self).run()

    def _first(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._at_start = len(rows) < self._page
        self.endResetModel()
        self.loaded.emit()

    def fetch_older(self) -> None:
        if self._at_start or self._loading_older:
            return
        oldest = min((r.id for r in self._rows if r.id > 0), default=None)
        if oldest is None:
            return
        self._loading_older = True
        self._session.user_op(messaging.page, self.conversation_id, before=oldest, limit=self._page).on_success(
            self._prepend).bound_to(self).run()

    def _prepend(self, rows) -> None:
        self._loading_older = False
        self._at_start = len(rows) < self._page
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows[:0] = rows
            self.endInsertRows()
        self.older_loaded.emit(len(rows))

    def fetch_newer(self) -> None:
        if self._loading_newer:
            return
        self._loading_newer = True
        self._session.user_op(messaging.page, self.conversation_id, after=self.newest_stored_id(),
                              limit=500).on_success(self._append).bound_to(self).run()

    def _append(self, rows) -> None:
        self._loading_newer = False
        known = {r.id for r in self._rows}
        fresh = [r for r in rows if r.id not in known]
        if not fresh:
            return
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    def refresh_read_marks(self) -> None:
        """The other side read something: re-read the marks of my loaded messages."""
        self.reload([r.id for r in self._rows if r.mine and r.id > 0 and not r.read])

    def reload(self, ids: list[int]) -> None:
        """Read these rows again from the database (after a change the notice did not carry)."""
        if ids:
            self._session.user_op(messaging.rows_by_id, self.conversation_id, ids).on_success(
                self._update).bound_to(self).run()

    def _update(self, rows: dict) -> None:
        for n, row in enumerate(self._rows):
            fresh = rows.get(row.id)
            if fresh is not None and fresh != row:
                self._rows[n] = fresh
                ix = self.index(n)
                self.dataChanged.emit(ix, ix, [MessageRole.ROW, MessageRole.STATE])

    def remove(self, message_id: int) -> None:
        n = self._index_of(message_id)
        if n >= 0:
            self.beginRemoveRows(QModelIndex(), n, n)
            del self._rows[n]
            self._local.pop(message_id, None)
            self.endRemoveRows()

    # -- messages on their way out -------------------------------------------------------
    def add_local(self, row: messaging.MessageRow, client_id: str) -> None:
        self._local[row.id] = {"state": "sending", "client_id": client_id}
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(row)
        self.endInsertRows()

    def local_sent(self, local_id: int, message_id: int) -> None:
        if local_id not in self._local:
            return
        if message_id in {r.id for r in self._rows}:     # already loaded (a retried, duplicate send)
            self.remove(local_id)
            return
        # Stored: from now on the row's state comes from the database (sent, then read).
        del self._local[local_id]
        n = self._index_of(local_id)
        self._rows[n] = replace(self._rows[n], id=message_id)
        ix = self.index(n)
        self.dataChanged.emit(ix, ix)

    def local_failed(self, local_id: int, error: str) -> None:
        info = self._local.get(local_id)
        if info is None:
            return
        info.update(state="failed", error=error)
        ix = self.index(self._index_of(local_id))
        self.dataChanged.emit(ix, ix, [MessageRole.STATE, MessageRole.ERROR])

    def local_retrying(self, local_id: int) -> dict | None:
        info = self._local.get(local_id)
        if info is not None:
            info.update(state="sending", error="")
            ix = self.index(self._index_of(local_id))
            self.dataChanged.emit(ix, ix, [MessageRole.STATE, MessageRole.ERROR])
        return info

    def _index_of(self, message_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == message_id), -1)
