"""The quick replies manager: a store's replies in order, each with its code, title, source
text and its version per buyer language (those written by hand marked, "check" where the
source changed since; "Edit…" writes one by hand). New reply, Save, Remove and Move up/down; every change is an op of
`desktop.gui.ops.desk` and a refusal (an unknown placeholder, an empty code, a text over the
limit) is shown in the dialog's error line, nothing saved.

The form is an editor (docs/desk.md): what is typed is never dropped silently. Choosing
another reply, "New reply" or closing with unsaved changes asks Save / Discard / Cancel; a
reply's code is fixed once made; a new reply's code that the store has already is said at
once and Save waits for another.

    QuickRepliesDialog(session, parent=window).open()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from desktop.core.kinds import ChangeKind
from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.ops import desk as desk_ops
from desktop.gui.session import ChangeNotice, Session
from desktop.gui.views.discard_box import ask_to_save
from desktop.gui.views.reply_version_dialog import ReplyVersionDialog

if TYPE_CHECKING:
    from desktop.core.quick_replies import QuickReplyRow

FAILED_STYLE = "color: #C62828;"
LANGS = ("es", "en", "zh")


class QuickRepliesDialog(QDialog):
    replies_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.busy = False
        self.rows: list[QuickReplyRow] = []
        self.shown: QuickReplyRow | None = None         # the reply in the form; None: a new one
        self._clean = ("", "", "")                      # the form's code, title, text as stored
        self.unsaved_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Quick replies"))
        self.setMinimumSize(720, 480)

        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.heading = QLabel(self.tr("New reply: give it a code, a title and its text, then Save."), self)
        self.heading.setObjectName("h2")
        self.heading.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. delay"))
        self.title = QLineEdit(self)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Hello {buyer_name|friend}, your order {order_number}…"))
        self.text.setToolTip(self.tr("Placeholders: %1; a fallback after a bar: {buyer_name|friend}")
                             .replace("%1", " ".join("{" + p + "}" for p in (
                                 "buyer_name", "order_number", "tracking_number", "carrier", "product", "ship_by",
                                 "buyer_local_time", "store"))))
        for field in (self.code, self.title):
            field.textChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        self.versions = {lang: QLabel(self) for lang in LANGS}
        self.version_buttons: dict[str, QPushButton] = {}
        self.version_dialog: ReplyVersionDialog | None = None
        for lang, label in self.versions.items():
            label.setWordWrap(True)
            button = QPushButton(self.tr("Edit…"), self)
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Write this version by hand (the translator's is where it starts)"))
            button.clicked.connect(lambda _checked=False, lang=lang: self.edit_version(lang))
            self.version_buttons[lang] = button
        form = QFormLayout()
        form.addRow(self.heading)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.text)
        self.version_rows: dict[str, QHBoxLayout] = {}      # each version and its Edit…, a row of the form
        for lang, label in self.versions.items():
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(self.version_buttons[lang], 0, Qt.AlignmentFlag.AlignTop)
            self.version_rows[lang] = row
            form.addRow(fmt.language_label(lang), row)       # "Español", not "es"

        self.add_button = QPushButton(self.tr("New reply"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(lambda: self.save())
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.save_button, self.remove_button, self.up_button, self.down_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        # Enter in the code or title saves (it pressed the first button, "New reply").
        self.save_button.setDefault(True)
        buttons.addStretch(1)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(FAILED_STYLE)
        self.error.hide()

        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.error)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        right.addWidget(self.close_box)
        main = QHBoxLayout(self)
        main.addWidget(self.list, 1)
        main.addLayout(right, 2)
        session.changed.connect(self._on_changes)
        self.reload()

    def _on_changes(self, notice: ChangeNotice) -> None:
        """Another client (or the command line) changed the replies: read them again; a form
        being edited keeps what is typed."""
        if ChangeKind.QUICK_REPLY in notice.kinds and not self.busy:
            self.reload()

    # --- loading ------------------------------------------------------------------------------

    def reload(self, select: str | None = None, then: Callable[[], None] | None = None) -> None:
        self._start()
        desk_ops.replies(self._session).on_success(lambda rows: self._loaded(rows, select, then)) \
            .on_failure(self._failed).bound_to(self).run()

    def _loaded(self, rows: list[QuickReplyRow], select: str | None, then: Callable[[], None] | None) -> None:
        self.busy = False
        self.rows = list(rows)
        current = select or self.current_code()
        codes = [r.code for r in self.rows]
        self.list.blockSignals(True)
        self.list.clear()
        for r in self.rows:
            check = " ⚠" if r.check else ""
            self.list.addItem(QListWidgetItem(f"{r.code} — {r.title}{check}"))
        self.list.blockSignals(False)
        if self.shown is None and self.is_dirty() and select is None:
            self._set_current(-1)               # a new reply being written stays in the form
            self._update()
        elif self.shown is not None and self.is_dirty() and current == self.shown.code and current in codes:
            # Moved (or read again) while being edited: what is typed stays, the stored part follows.
            self._set_current(codes.index(current))
            self.shown = self.rows[codes.index(current)]
            self._clean = (self.shown.code, self.shown.title, self.shown.text)
            self._show_versions(self.shown)
            self._update()
        elif self.shown is not None and self.is_dirty():
            # Removed elsewhere while being edited: what is typed becomes a new reply to save.
            gone = self.shown.code
            self.shown, self._clean = None, ("", "", "")
            self._set_current(-1)
            self.code.setReadOnly(False)
            self.heading.show()
            self._show_versions(None)
            self._update()
            self.error.setText(self.tr("“%1” was removed meanwhile: Save makes it again with what you typed.")
                               .replace("%1", gone))
            self.error.show()
        else:
            self._show(codes.index(current) if current in codes else (0 if codes else -1))
        if then is not None:
            then()

    def current_code(self) -> str | None:
        return self.shown.code if self.shown is not None else None

    def is_dirty(self) -> bool:
        """Something typed in the form that is not stored."""
        return self._fields() != self._clean

    def _fields(self) -> tuple[str, str, str]:
        return self.code.text().strip(), self.title.text(), self.text.toPlainText()

    def _set_current(self, index: int) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)

    def _show(self, index: int) -> None:
        """Put reply `index` in the form (-1: an empty form for a new reply)."""
        r = self.rows[index] if 0 <= index < len(self.rows) else None
        self._set_current(index if r is not None else -1)
        self.shown = r
        self._clean = (r.code, r.title, r.text) if r else ("", "", "")
        for field, value in zip((self.code, self.title), self._clean):
            field.blockSignals(True)
            field.setText(value)
            field.blockSignals(False)
        self.text.blockSignals(True)
        self.text.setPlainText(self._clean[2])
        self.text.blockSignals(False)
        # A code names the reply for "/" and the command line: it is chosen once, when made.
        self.code.setReadOnly(r is not None)
        self.code.setToolTip(self.tr("A reply's code cannot be changed: make a new reply and remove this one.")
                             if r is not None else self.tr("Lower-case letters, digits, - and _, up to 32."))
        self.heading.setVisible(r is None)
        self._show_versions(r)
        self.error.hide()
        self._update()

    def _show_versions(self, r: QuickReplyRow | None) -> None:
        for lang, label in self.versions.items():
            text = r.texts.get(lang, "") if r else ""
            marks = []
            if r and lang in r.by_hand:
                marks.append(self.tr("by hand"))
            if r and lang in r.check:
                marks.append(self.tr("check: the source changed"))
            label.setText(text + (f"  ({', '.join(marks)})" if marks else "") if text else self.tr("—"))
            # The source's own language is the Text above; the others can be written by hand.
            self.version_buttons[lang].setVisible(r is None or lang != r.source_lang)
            self.version_buttons[lang].setEnabled(r is not None)

    def _update(self) -> None:
        """Buttons and the duplicate-code line follow what is typed."""
        taken = self.shown is None and self.code.text().strip() in {r.code for r in self.rows}
        if taken:
            self.error.setText(self.tr("There is a quick reply “%1” already: choose another code, or pick it in "
                                       "the list to change it.").replace("%1", self.code.text().strip()))
            self.error.show()
        elif self.error.property("taken"):
            self.error.hide()
        self.error.setProperty("taken", taken)
        self.save_button.setEnabled(self.is_dirty() and not taken and not self.busy)   # one save at a time
        self.remove_button.setEnabled(self.shown is not None)
        at = self._shown_index()
        self.up_button.setEnabled(at > 0)
        self.down_button.setEnabled(0 <= at < len(self.rows) - 1)

    # --- unsaved changes ------------------------------------------------------------------

    def _row_chosen(self, index: int) -> None:
        if self.shown is not None and 0 <= index < len(self.rows) and self.rows[index].code == self.shown.code:
            return
        target = self.rows[index].code if 0 <= index < len(self.rows) else None
        # The list keeps pointing at what the form shows until the question is answered.
        self._set_current(self._shown_index())
        self.when_saved_or_discarded(lambda: self._show(self._index_of(target)))

    def _shown_index(self) -> int:
        return self._index_of(self.shown.code if self.shown is not None else None)

    def _index_of(self, code: str | None) -> int:
        codes = [r.code for r in self.rows]
        return codes.index(code) if code in codes else -1

    def when_saved_or_discarded(self, then: Callable[[], None]) -> None:
        """Run `then` now if nothing is unsaved; else ask Save / Discard / Cancel first."""
        if not self.is_dirty():
            then()
            return
        if self.unsaved_box is not None:
            return
        if self.shown is not None:
            question = self.tr("Save the changes to the quick reply “%1”?").replace("%1", self.shown.code)
        else:
            question = self.tr("Save the new quick reply?")
        # a taken code cannot be saved as it is: Save is there but off
        self.unsaved_box = ask_to_save(self, self.tr("Quick replies"), question,
                                       lambda answer: self._answered(answer, then),
                                       can_save=self.save_button.isEnabled())

    def _answered(self, answer: str, then: Callable[[], None]) -> None:
        self.unsaved_box = None
        if answer == "save":
            self.save(then)
        elif answer == "discard":
            self._clean = self._fields()      # nothing to keep: `then` replaces the form
            then()
        # Cancel: the form stays as it is, still unsaved.

    def reject(self) -> None:
        """Close, Escape and the title bar's ×: asked first when something typed is not saved."""
        self.when_saved_or_discarded(lambda: QDialog.reject(self))

    # --- actions ------------------------------------------------------------------------------

    def edit_version(self, lang: str) -> None:
        """Write the shown reply's `lang` version by hand, in a dialog of its own."""
        if self.shown is None:
            return
        dialog = ReplyVersionDialog(self._session, self.shown, lang, self)
        dialog.saved.connect(lambda code: self._changed(code))
        dialog.finished.connect(lambda _result: setattr(self, "version_dialog", None))
        self.version_dialog = dialog
        dialog.open()

    def add(self) -> None:
        """An empty form for a new reply (what the current one has unsaved is asked about first)."""
        self.when_saved_or_discarded(self._new)

    def _new(self) -> None:
        self._show(-1)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self, then: Callable[[], None] | None = None) -> None:
        code, title, text = self._fields()
        self._start()
        if self.shown is None:
            op = desk_ops.add_reply(self._session, code, title, text)
        else:
            # Only what changed: the same text again would make its versions anew.
            op = desk_ops.edit_reply(self._session, self.shown.code,
                                     title=title if title != self._clean[1] else None,
                                     text=text if text != self._clean[2] else None)
        op.on_success(lambda row: self._saved(row.code, then)).on_failure(self._failed).bound_to(self).run()

    def _saved(self, code: str, then: Callable[[], None] | None) -> None:
        self._clean = self._fields()          # stored: what is read back replaces the form
        self.replies_changed.emit()
        self.reload(code, then)

    def remove(self) -> None:
        code = self.current_code()
        if code is None:
            return
        self._start()
        desk_ops.remove_reply(self._session, code).on_success(lambda _none: self._removed()) \
            .on_failure(self._failed).bound_to(self).run()

    def _removed(self) -> None:
        self.shown = None
        self._clean = self._fields()          # the reply is gone, and with it its unsaved changes
        self.replies_changed.emit()
        self.reload()

    def move(self, step: int) -> None:
        index = self._shown_index()
        target = index + step
        if not (0 <= index < len(self.rows) and 0 <= target < len(self.rows)):
            return
        codes = [r.code for r in self.rows]
        codes[index], codes[target] = codes[target], codes[index]
        self._start()
        desk_ops.reorder_replies(self._session, codes).on_success(lambda _none: self._changed(codes[target])) \
            .on_failure(self._failed).bound_to(self).run()

    def _start(self) -> None:
        self.busy = True
        self.error.hide()
        self.error.setProperty("taken", False)
        self.save_button.setEnabled(False)

    def _changed(self, select: str | None) -> None:
        self.replies_changed.emit()
        self.reload(select)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self._update()
        self.error.setText(errors.explain(exc).line())
        self.error.show()
