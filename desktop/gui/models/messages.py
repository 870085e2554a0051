"""One conversation's messages, oldest first, loaded a page at a time, then mine still on
their way out.

The model never reads the whole conversation: it starts with the newest page, the view
asks for older pages when the user scrolls to the top (`fetch_older`), and change
notices bring only the messages after the newest one it holds (`fetch_newer`). Messages
on their way out belong to `PendingSends`; the model shows this conversation's after the
stored ones and follows its signals, until each is stored (it joins the stored rows) or
refused (it goes).
"""

from __future__ import annotations

import enum
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal,
)

from desktop.core.kinds import MessageKind
from desktop.gui import format as fmt
from desktop.gui.models import note_rows
from desktop.gui.ops import messages, order_problems, team
from desktop.gui.outgoing import PendingSend, PendingSends, SendState
from desktop.gui.session import Session

if TYPE_CHECKING:
    from desktop.core.messaging import MessageRow
    from desktop.core.translation.cache import Outcome

Index = QModelIndex | QPersistentModelIndex


class MessageRole(enum.IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1
    STATE = Qt.ItemDataRole.UserRole + 2        # a SendState on our side's, None on theirs
    ERROR = Qt.ItemDataRole.UserRole + 3        # why a send failed
    ID = Qt.ItemDataRole.UserRole + 4
    SHOWN = Qt.ItemDataRole.UserRole + 5        # the text the bubble shows: the translation or the original
    NOTE = Qt.ItemDataRole.UserRole + 6         # the line under it ("Translated from…"), "" for none
    NOTE_ACTION = Qt.ItemDataRole.UserRole + 7  # a NoteAction: what a click on that line does, or None


class NoteAction(enum.Enum):
    TOGGLE = "toggle"        # switch between the translation and the original
    INSTALL = "install"      # open the language packs for the missing pair


class MessageListModel(QAbstractListModel):
    loaded = Signal()               # the first page arrived
    older_loaded = Signal(int)      # how many rows were put on top

    def __init__(self, session: Session, pending: PendingSends, conversation_id: int,
                 parent: QObject | None = None, *, page: int | None = None):
        super().__init__(parent)
        self._session = session
        self.conversation_id = conversation_id
        self._page = page or messages.PAGE
        self._rows: list[MessageRow] = []                     # stored, oldest first (with the team's notes)
        self._notes: list[MessageRow] = []                    # every internal note known (note_rows.py)
        self._team = session.user is not None and session.user.is_seller
        self._pending = pending.in_conversation(conversation_id)   # then these, shown after
        self._at_start = False
        self._loading_older = False
        self._loading_newer = False
        self.reader_language = ""                 # set by the chat: the reader's language
        self.translating = False                  # translate incoming messages (a setting)
        self._outcomes: dict[int, Outcome] = {}   # message id -> translation outcome
        self._cards: dict[int, tuple] = {}        # request card id -> (its step, the order's currency, number)
        self._originals: set[int] = set()         # messages switched to their original
        self.all_originals = False                # the whole conversation switched to originals
        pending.added.connect(self._pending_added)
        pending.changed.connect(self._pending_changed)
        pending.stored.connect(self._pending_stored)
        pending.refused.connect(self._pending_gone)

    # -- Qt overrides -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows) + len(self._pending)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        n = index.row()
        pending = self._pending[n - len(self._rows)] if n >= len(self._rows) else None
        row = pending.row if pending is not None else self._rows[n]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == MessageRole.ROW:
            return row
        if role == MessageRole.ID:
            return row.id
        if role == MessageRole.STATE:
            if pending is not None:
                return pending.state
            if not row.our_side:        # read receipts on our side's messages (a colleague's too)
                return None
            return SendState.READ if row.read else SendState.SENT
        if role == MessageRole.ERROR:
            return pending.error if pending is not None else ""
        if role == MessageRole.SHOWN:
            return self._shown(row)[0]
        if role == MessageRole.NOTE:
            return self._shown(row)[1]
        if role == MessageRole.NOTE_ACTION:
            return self._shown(row)[2]
        return None

    # -- translation ------------------------------------------------------------------------
    def needs_translation(self, row: MessageRow) -> bool:
        # Only the other side's messages: my own and my team's (a colleague's reply, a note) are ours.
        if not self.translating or row.mine or row.our_side or row.id <= 0:
            return False
        if row.kind == MessageKind.REQUEST_CARD:
            return True          # the words written on it: the core detects their language
        return row.kind == MessageKind.TEXT and bool(row.lang) and row.lang != self.reader_language

    def untranslated_ids(self) -> list[int]:
        # A card is always asked once: its outcome names the language its words were written in.
        return [r.id for r in self._rows if self.needs_translation(r) and r.id not in self._outcomes
                and (r.kind == MessageKind.REQUEST_CARD or self.reader_language not in r.translations)]

    def shown_text(self, row: MessageRow) -> str:
        """The message's text as the chat shows it (in the reader's language when translated)."""
        return self._shown(row)[0]

    def _shown(self, row: MessageRow) -> tuple[str, str, NoteAction | None]:
        if row.kind == MessageKind.REQUEST_CARD:
            return self._card_shown(row)
        if not self.needs_translation(row):
            return row.text, "", None
        outcome = self._outcomes.get(row.id)
        translated = row.translations.get(self.reader_language) or (outcome.text if outcome is not None else None)
        return self._with_note(row, row.text, translated, row.lang, lambda words: words)

    def _with_note(self, row: MessageRow, original: str, translated: str | None, lang: str,
                   say) -> tuple[str, str, NoteAction | None]:
        """`say(words)` with the translation and the note under it (a toggle, or the missing pack's
        install link), as a text message and a request card's words both are."""
        outcome = self._outcomes.get(row.id)
        if translated is not None and translated != original:
            if self.all_originals or row.id in self._originals:
                return say(original), QCoreApplication.translate("MessageListModel", "Original · Show translation"), \
                    NoteAction.TOGGLE
            note = QCoreApplication.translate("MessageListModel", "Translated from %1 · Show original")
            return say(translated), note.replace("%1", fmt.language_label(lang)), NoteAction.TOGGLE
        if outcome is not None and outcome.missing:
            note = QCoreApplication.translate("MessageListModel", "No language pack for %1 → %2 · Install…").replace(
                "%1", fmt.language_label(lang)).replace("%2", fmt.language_label(self.reader_language))
            return say(original), note, NoteAction.INSTALL
        return say(original), "", None

    def _card_shown(self, row: MessageRow) -> tuple[str, str, NoteAction | None]:
        """A step of a cancellation or dispute, said in the reader's language once its step is read,
        with the words the other side wrote on it translated as a message's text is."""
        card = self._cards.get(row.id)
        if card is None:
            return row.text, "", None
        from desktop.gui.views.order_problems import card_text   # the words live with the order's section

        step, currency, number = card
        outcome = self._outcomes.get(row.id) if self.needs_translation(row) else None
        if outcome is None or not step.text:
            return card_text(step, currency, number), "", None
        lang = outcome.src or (outcome.missing[0][0] if outcome.missing else "")
        return self._with_note(row, step.text, outcome.text, lang,
                               lambda words: card_text(replace(step, text=words), currency, number))

    def set_translations(self, outcomes: dict[int, Outcome]) -> None:
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

    def _first_message(self) -> MessageRow | None:
        return next((r for r in self._rows if r.id > 0), None)

    def newest_stored_id(self) -> int:
        return max((r.id for r in self._rows), default=0)

    def rows(self) -> list[MessageRow]:
        """Every row shown: the stored ones, then mine on their way out."""
        return self._rows + [p.row for p in self._pending]

    def load(self) -> None:
        messages.newest_page(self._session, self.conversation_id, self._page).on_success(
            self._first).bound_to(self).run()
        self.refresh_notes()

    def _first(self, rows: list[MessageRow]) -> None:
        self.beginResetModel()
        self._at_start = len(rows) < self._page
        self._rows = note_rows.merge(list(rows), note_rows.within(self._notes, rows[0] if rows else None, None,
                                                                   self._at_start))
        self.endResetModel()
        self.loaded.emit()
        self._ask_cards(rows)

    # -- request cards ----------------------------------------------------------------------
    def _ask_cards(self, rows: list[MessageRow]) -> None:
        """Read the steps of the request cards among these rows, to say them in the reader's language."""
        ids = [r.id for r in rows if r.kind == MessageKind.REQUEST_CARD and r.id > 0 and r.id not in self._cards]
        if ids:
            orders = {r.id: r.order for r in rows if r.order is not None}
            order_problems.card_steps(self._session, ids).on_success(
                lambda steps: self._cards_arrived(steps, orders)).bound_to(self).run()

    def _cards_arrived(self, steps: dict, orders: dict) -> None:
        self._cards.update({mid: (step, orders[mid].currency if mid in orders else "",
                                  orders[mid].number if mid in orders else "")
                            for mid, step in steps.items()})
        self._changed_ids(set(steps))

    def fetch_older(self) -> None:
        first = self._first_message()
        if self._at_start or self._loading_older or first is None:
            return
        self._loading_older = True
        messages.older_page(self._session, self.conversation_id, first.id, self._page).on_success(
            self._prepend).bound_to(self).run()

    def _prepend(self, rows: list[MessageRow]) -> None:
        self._loading_older = False
        self._at_start = len(rows) < self._page
        block = note_rows.merge(list(rows), note_rows.within(self._notes, rows[0] if rows else None,
                                                             self._first_message(), self._at_start))
        if block:
            self.beginInsertRows(QModelIndex(), 0, len(block) - 1)
            self._rows[:0] = block
            self.endInsertRows()
            self._ask_cards(rows)
        self.older_loaded.emit(len(block))

    # -- the team's internal notes ----------------------------------------------------------
    def refresh_notes(self) -> None:
        """Read the conversation's internal notes (a store's team only) and show the new ones."""
        if self._team:
            team.note_rows(self._session, self.conversation_id).on_success(self._notes_arrived).bound_to(self).run()

    def _notes_arrived(self, notes: list[MessageRow]) -> None:
        self._notes = list(notes)
        shown = {note_rows.note_id(r) for r in self._rows if note_rows.is_note(r)}
        first = self._first_message()
        if first is None and not self._at_start:
            return                                  # the first page is still to come: it merges them
        for note in note_rows.within(self._notes, first, None, self._at_start):
            if note_rows.note_id(note) not in shown:
                n = note_rows.place(self._rows, note)
                self.beginInsertRows(QModelIndex(), n, n)
                self._rows.insert(n, note)
                self.endInsertRows()

    def fetch_newer(self) -> None:
        if self._loading_newer:
            return
        self._loading_newer = True
        messages.newer(self._session, self.conversation_id, self.newest_stored_id()).on_success(
            self._append).bound_to(self).run()

    def _append(self, rows: list[MessageRow]) -> None:
        self._loading_newer = False
        known = {r.id for r in self._rows}
        fresh = [r for r in rows if r.id not in known]
        if fresh:
            first = len(self._rows)            # before mine still on their way out
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
            self._ask_cards(fresh)

    def refresh_read_marks(self) -> None:
        """The other side read something: re-read the marks of my loaded messages."""
        self.reload([r.id for r in self._rows if r.our_side and not r.read])

    def reload(self, ids: list[int]) -> None:
        """Read these rows again from the database (after a change the notice did not carry)."""
        if ids:
            messages.rows_by_id(self._session, self.conversation_id, ids).on_success(
                self._update).bound_to(self).run()

    def _update(self, rows: dict[int, MessageRow]) -> None:
        for n, row in enumerate(self._rows):
            fresh = rows.get(row.id)
            if fresh is not None and fresh != row:
                self._rows[n] = fresh
                ix = self.index(n)
                self.dataChanged.emit(ix, ix, [MessageRole.ROW, MessageRole.STATE])

    def remove(self, message_id: int) -> None:
        """Take a stored message off the list (deleted for me)."""
        n = next((n for n, r in enumerate(self._rows) if r.id == message_id), -1)
        if n >= 0:
            self.beginRemoveRows(QModelIndex(), n, n)
            del self._rows[n]
            self.endRemoveRows()

    # -- mine on their way out (PendingSends' signals) ----------------------------------------
    def _pending_row(self, pending: PendingSend) -> int:
        k = next((k for k, p in enumerate(self._pending) if p is pending), -1)
        return len(self._rows) + k if k >= 0 else -1

    def _pending_added(self, pending: PendingSend) -> None:
        if pending.conversation_id == self.conversation_id:
            n = self.rowCount()
            self.beginInsertRows(QModelIndex(), n, n)
            self._pending.append(pending)
            self.endInsertRows()

    def _pending_changed(self, pending: PendingSend) -> None:
        n = self._pending_row(pending)
        if n >= 0:
            ix = self.index(n)
            self.dataChanged.emit(ix, ix, [MessageRole.STATE, MessageRole.ERROR])

    def _pending_gone(self, pending: PendingSend, _why: object = None) -> None:
        n = self._pending_row(pending)
        if n >= 0:
            self.beginRemoveRows(QModelIndex(), n, n)
            self._pending.remove(pending)
            self.endRemoveRows()

    def _pending_stored(self, pending: PendingSend) -> None:
        n = self._pending_row(pending)
        if n < 0:
            return
        if any(r.id == pending.message_id for r in self._rows):     # already loaded (a retried duplicate)
            self._pending_gone(pending)
            return
        row = replace(pending.row, id=pending.message_id)
        if n == len(self._rows):
            # The first one out: it becomes the newest stored row where it stands.
            self._pending.remove(pending)
            self._rows.append(row)
            ix = self.index(n)
            self.dataChanged.emit(ix, ix)
        else:
            self._pending_gone(pending)
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first)
            self._rows.append(row)
            self.endInsertRows()
        if pending.files:                      # its stored pictures are known only now
            self.reload([row.id])
