"""Batch reply (issue 17 §4): one quick reply, or one text, to the conversations selected in
the list or to a whole view, each buyer getting it filled for them in their language.

The preview is the core's dry run (`batch.run_batch(dry_run=True)`): each recipient with the
exact text, its language and whether the policy lets it go. Send runs the batch on the app's
one worker in parts of CHUNK recipients under one batch key (`ops.desk.batch_key`), so the
list and the chat keep answering between parts; each part reports every recipient as it is
done (a relay's signal brings it to the GUI thread: the bar, the table's row), and Cancel is
asked before each recipient. Running it again the same day sends only what is missing. A
batch of more than CONFIRM_OVER conversations asks first.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QMessageBox, QPlainTextEdit, QProgressBar, QPushButton, QRadioButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.ops import desk
from desktop.gui.ops.conversations import InboxFilter
from desktop.gui.session import Session
from desktop.gui.views.discard_box import ask_to_discard
from desktop.gui.views.screen_fit import resize_within_screen
from desktop.gui.views.key_text import select_keys

if TYPE_CHECKING:
    from desktop.core.batch import BatchItem, BatchResult
    from desktop.core.quick_replies import QuickReplyRow

CHUNK = 25                # recipients per op: other ops run between the parts
CONFIRM_OVER = 1000       # a bigger batch is confirmed before it is sent
AUTO_PREVIEW = 200        # up to this many, the preview is made as soon as the choice changes
STATE_COLOURS = {"sent": "#2f9e44", "ready": "#2f9e44", "refused": "#C62828", "failed": "#C62828"}
STATES = {"ready": QT_TRANSLATE_NOOP("BatchDialog", "Ready"), "sent": QT_TRANSLATE_NOOP("BatchDialog", "Sent"),
          "refused": QT_TRANSLATE_NOOP("BatchDialog", "Refused"), "failed": QT_TRANSLATE_NOOP("BatchDialog", "Failed")}


def state_label(state: str) -> str:
    return QCoreApplication.translate("BatchDialog", STATES[state]) if state in STATES else state


class BatchProgress(QObject):
    """Carries `progress(done, total, item)` from the worker thread to the GUI thread."""

    progressed = Signal(object)          # the BatchItem just done

    def __call__(self, _done: int, _total: int, item: BatchItem) -> None:
        self.progressed.emit(item)


class BatchDialog(QDialog):
    finished_run = Signal(object)        # (dry run, items, cancelled) once a run ends

    def __init__(self, session: Session, selected: list[int], view: InboxFilter, view_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch reply"))
        self._session = session
        self._selected = list(selected)
        self._view = view
        self._view_ids: list[int] | None = None
        self._names: dict[int, tuple[str, str]] = {}
        self._replies: list[QuickReplyRow] = []
        self._cancel: threading.Event | None = None
        self._run_ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self.items: dict[int, BatchItem] = {}
        self.running: bool | None = None          # None: idle; else whether the run is a dry one
        self.discard_box: QMessageBox | None = None
        self._sent_text: str | None = None         # the written text a finished send used
        self.busy = 0
        self.confirmation: QMessageBox | None = None
        self.relay = BatchProgress(self)
        self.relay.progressed.connect(self._progressed)

        self.selected_radio = QRadioButton(
            self.tr("The %n selected conversations", "", len(selected)) if selected
            else self.tr("No conversation selected (%1+click or %2+click rows in the list)").replace(
                "%1", select_keys()[0]).replace("%2", select_keys()[1]), self)
        self.view_radio = QRadioButton(self.tr("Every conversation in “%1”").replace("%1", view_name), self)
        self.selected_radio.setEnabled(bool(selected))
        (self.selected_radio if selected else self.view_radio).setChecked(True)
        self._who = QButtonGroup(self)
        self._who.addButton(self.selected_radio)
        self._who.addButton(self.view_radio)
        self.reply_radio = QRadioButton(self.tr("Quick reply"), self)
        self.reply_combo = QComboBox(self)
        self.text_radio = QRadioButton(self.tr("Text"), self)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Written once; each buyer reads it in their language. "
                                             "Placeholders such as {buyer_name|there} are filled for each."))
        self.text.setFixedHeight(64)
        self.reply_radio.setChecked(True)
        self._what = QButtonGroup(self)
        self._what.addButton(self.reply_radio)
        self._what.addButton(self.text_radio)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Recipient"), self.tr("Language"), self.tr("State"),
                                              self.tr("Message")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"), self)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("To:"), self), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.selected_radio, 0, 1)
        grid.addWidget(self.view_radio, 1, 1)
        grid.addWidget(QLabel(self.tr("Send:"), self), 2, 0, Qt.AlignmentFlag.AlignTop)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_radio)
        reply_row.addWidget(self.reply_combo, 1)
        grid.addLayout(reply_row, 2, 1)
        grid.addWidget(self.text_radio, 3, 1)
        grid.addWidget(self.text, 4, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(0)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        resize_within_screen(self, 820, 560)

        self._auto = QTimer(self)
        self._auto.setSingleShot(True)
        self._auto.setInterval(400)
        self._auto.timeout.connect(self._auto_preview)
        for signal in (self._who.buttonToggled, self._what.buttonToggled):
            signal.connect(lambda *_a: self._choice_changed())
        self.reply_combo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.text.textChanged.connect(self._choice_changed)
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        self._ask(desk.replies(session), self._got_replies)
        self._ask(desk.view_ids(session, view.view, view.label, view.team), self._got_view)
        self._update()

    # -- reading what it needs ---------------------------------------------------------------
    def _ask(self, op, done) -> None:
        self.busy += 1

        def finish(result, done=done) -> None:
            self.busy -= 1
            done(result)

        def failed(exc: BaseException) -> None:
            self.busy -= 1
            self._failed(exc)

        op.on_success(finish).on_failure(failed).bound_to(self).run()

    def _got_replies(self, replies: list[QuickReplyRow]) -> None:
        self._replies = replies
        self.reply_combo.blockSignals(True)
        for reply in replies:
            self.reply_combo.addItem(f"{reply.title}  ·  /{reply.code}", reply.code)
        self.reply_combo.blockSignals(False)
        self._choice_changed()

    def _got_view(self, ids: list[int]) -> None:
        self._view_ids = ids
        self.view_radio.setText(self.view_radio.text() + f" ({fmt.count(len(ids))})")
        self._choice_changed()

    def recipients(self) -> list[int]:
        if self.selected_radio.isChecked():
            return list(self._selected)
        return list(self._view_ids or [])

    def _choice(self) -> tuple[str | None, str | None]:
        if self.reply_radio.isChecked():
            return self.reply_combo.currentData(), None
        return None, self.text.toPlainText().strip() or None

    def _choice_changed(self) -> None:
        self._update()
        if self.running is None:
            self.table.setRowCount(0)
            self.items.clear()
            self.status.setText("")
            if 0 < len(self.recipients()) <= AUTO_PREVIEW:
                self._auto.start()

    def _auto_preview(self) -> None:
        if self.running is None and self._ready():
            self.start(dry_run=True)

    def _ready(self) -> bool:
        code, text = self._choice()
        return bool(self.recipients()) and (code is not None or text is not None)

    def _update(self) -> None:
        idle = self.running is None
        for w in (self.selected_radio, self.view_radio, self.reply_radio, self.reply_combo, self.text_radio,
                  self.text):
            w.setEnabled(idle and (w is not self.selected_radio or bool(self._selected)))
        self.reply_combo.setEnabled(idle and self.reply_radio.isChecked())
        self.text.setEnabled(idle and self.text_radio.isChecked())
        self.preview_button.setEnabled(idle and self._ready())
        self.send_button.setEnabled(idle and self._ready())
        self.cancel_button.setVisible(not idle)
        self.close_button.setEnabled(idle)

    def reject(self) -> None:
        """Escape or the title bar's ×: not while a batch runs (it would go on sending with its
        progress and Cancel hidden); a text written and not sent is asked about first."""
        if self.running is not None or self.discard_box is not None:
            return
        text = self._choice()[1]
        if text is None or text == self._sent_text:
            super().reject()
            return
        self.discard_box = ask_to_discard(self, self.tr("Batch reply"), self.tr("Discard this message? It has not been sent."),
                                          self._discard_answered)

    def _discard_answered(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            QDialog.reject(self)

    # -- running -----------------------------------------------------------------------------
    def send(self) -> None:
        """Send, after a confirmation when the batch is large."""
        n = len(self.recipients())
        if n <= CONFIRM_OVER:
            self.start(dry_run=False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Batch reply"),
                          self.tr("Send this reply to %1 conversations? You can cancel while it runs; "
                                  "sending again later sends only what is missing.").replace("%1", fmt.count(n)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda answer: answer == QMessageBox.StandardButton.Yes and self.start(dry_run=False))
        self.confirmation = box
        box.open()

    def start(self, *, dry_run: bool) -> None:
        if self.running is not None or not self._ready():
            return
        # A preview or a send asked for now replaces the automatic preview still waiting to
        # start (it would run again after this one, and hold off a Send clicked meanwhile).
        self._auto.stop()
        code, text = self._choice()
        ids = self.recipients()
        selection = (desk.view_selection(self._view.view, self._view.label, self._view.team)
                     if self.view_radio.isChecked() else "")
        request = desk.batch_request(ids, reply_code=code, text=text, dry_run=dry_run, selection=selection)
        self.running = dry_run
        self._cancel = threading.Event()
        self._run_ids = ids
        self.items = {}
        self.error.hide()
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Checking…") if dry_run else self.tr("Sending…"))
        self._fill_table(ids)
        self._update()
        missing = [cid for cid in ids if cid not in self._names]
        names = desk.recipient_names(self._session, missing) if missing else None
        key_op = desk.batch_key(self._session, request)
        if names is not None:
            names.on_success(self._got_names).on_failure(lambda _exc: None).bound_to(self).run()
        key_op.on_success(lambda key: self._part(key, code, text, dry_run, 0)).on_failure(
            self._run_failed).bound_to(self).run()

    def _part(self, key: str, code: str | None, text: str | None, dry_run: bool, start: int) -> None:
        assert self._cancel is not None
        if self._cancel.is_set() or start >= len(self._run_ids):
            self._finish(cancelled=self._cancel.is_set() and start < len(self._run_ids))
            return
        part = desk.batch_request(self._run_ids[start:start + CHUNK], reply_code=code, text=text, dry_run=dry_run,
                                  key=key)
        desk.batch_reply(self._session, part, progress=self.relay, cancelled=self._cancel.is_set).on_success(
            lambda result: self._part_done(result, key, code, text, dry_run, start)).on_failure(
            self._run_failed).bound_to(self).run()

    def _part_done(self, result: BatchResult, key: str, code: str | None, text: str | None, dry_run: bool,
                   start: int) -> None:
        if result.cancelled:
            self._finish(cancelled=True)
        else:
            self._part(key, code, text, dry_run, start + CHUNK)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _progressed(self, item: BatchItem) -> None:
        if self.running is None:
            return
        self.items[item.conversation] = item
        self.progress.setValue(len(self.items))
        row = self._row_of.get(item.conversation)
        if row is not None:
            self._show_item(row, item)

    def _finish(self, *, cancelled: bool) -> None:
        dry = bool(self.running)
        if not dry and not cancelled:
            self._sent_text = self._choice()[1]      # sent: closing asks nothing
        self.running = None
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        self.status.setText(self.summary(dry, cancelled))
        self._update()
        self.finished_run.emit((dry, dict(self.items), cancelled))

    def summary(self, dry_run: bool, cancelled: bool = False) -> str:
        counts = {state: sum(1 for i in self.items.values() if i.state == state)
                  for state in ("ready", "sent", "refused", "failed")}
        if dry_run:
            said = self.tr("Preview: %1 ready, %2 refused, %3 failed.")
            said = said.replace("%1", str(counts["ready"]))
        else:
            said = self.tr("Sent: %1, refused: %2, failed: %3.").replace("%1", str(counts["sent"]))
        said = said.replace("%2", str(counts["refused"])).replace("%3", str(counts["failed"]))
        if cancelled:
            left = len(self._run_ids) - len(self.items)
            said += " " + self.tr("Cancelled: %1 not done. Send again to finish; nothing is sent twice.").replace(
                "%1", str(left))
        return said

    def _run_failed(self, exc: BaseException) -> None:
        self.running = None
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        self._update()
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.error.setText(errors.explain(exc).line())
            self.error.show()

    # -- the table ---------------------------------------------------------------------------
    def _got_names(self, names: dict[int, tuple[str, str]]) -> None:
        self._names.update(names)
        for cid, (name, lang) in names.items():
            row = self._row_of.get(cid)
            if row is not None:
                self.table.item(row, 0).setText(name)
                if cid not in self.items:
                    self.table.item(row, 1).setText(fmt.language_label(lang))

    def _fill_table(self, ids: list[int]) -> None:
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(ids))
        self._row_of = {}
        for n, cid in enumerate(ids):
            self._row_of[cid] = n
            name, lang = self._names.get(cid, (f"#{cid}", ""))
            for column, value in enumerate((name, fmt.language_label(lang) if lang else "", "…", "")):
                self.table.setItem(n, column, QTableWidgetItem(value))
        self.table.setUpdatesEnabled(True)

    def _show_item(self, row: int, item: BatchItem) -> None:
        if item.lang:
            self.table.item(row, 1).setText(fmt.language_label(item.lang))
        state = self.table.item(row, 2)
        state.setText(state_label(item.state))
        state.setForeground(QColor(STATE_COLOURS.get(item.state, "#555555")))
        message = self.table.item(row, 3)
        shown = item.text if item.state in ("sent", "ready") or not item.reason else f"{item.reason} — {item.text}"
        if item.reason == "sent before":
            shown = self.tr("Sent before (not again): %1").replace("%1", item.text)
        message.setText(shown.strip(" —"))
        message.setToolTip(item.text)

    def row_texts(self) -> list[tuple[str, str, str, str]]:
        return [tuple(self.table.item(n, c).text() for c in range(4))       # type: ignore[misc]
                for n in range(self.table.rowCount())]
