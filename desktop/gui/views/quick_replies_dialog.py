"""The quick replies manager: a store's replies in order, each with its code, title, source
text and its version per buyer language (those written by hand marked, "check" where the
source changed since). Add, save, remove and move up/down; every change is an op of
`desktop.gui.ops.desk` and a refusal (an unknown placeholder, an empty or duplicate code, a
text over the limit) is shown in the dialog's error line, nothing saved.

    QuickRepliesDialog(session, parent=window).open()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.ops import desk as desk_ops
from desktop.gui.session import Session

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
        self.setWindowTitle(self.tr("Quick replies"))
        self.setMinimumSize(720, 480)

        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show_row)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. delay"))
        self.title = QLineEdit(self)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Hello {buyer_name|friend}, your order {order_number}…"))
        self.text.setToolTip(self.tr("Placeholders: %1; a fallback after a bar: {buyer_name|friend}")
                             .replace("%1", " ".join("{" + p + "}" for p in (
                                 "buyer_name", "order_number", "tracking_number", "carrier", "product", "ship_by",
                                 "buyer_local_time", "store"))))
        self.versions = {lang: QLabel(self) for lang in LANGS}
        for label in self.versions.values():
            label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.text)
        for lang, label in self.versions.items():
            form.addRow(fmt.language_label(lang), label)       # "Español", not "es"

        self.add_button = QPushButton(self.tr("Add"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.save_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(FAILED_STYLE)
        self.error.hide()

        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.error)
        # A way out other than the title bar's ×: every change is saved by its own button.
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        right.addWidget(self.close_box)
        main = QHBoxLayout(self)
        main.addWidget(self.list, 1)
        main.addLayout(right, 2)
        self.reload()

    # --- loading ------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self._start()
        desk_ops.replies(self._session).on_success(lambda rows: self._loaded(rows, select)) \
            .on_failure(self._failed).bound_to(self).run()

    def _loaded(self, rows: list[QuickReplyRow], select: str | None) -> None:
        self.busy = False
        self.rows = list(rows)
        current = select or self.current_code()
        self.list.blockSignals(True)
        self.list.clear()
        for r in self.rows:
            check = " ⚠" if r.check else ""
            self.list.addItem(QListWidgetItem(f"{r.code} — {r.title}{check}"))
        self.list.blockSignals(False)
        codes = [r.code for r in self.rows]
        self.list.setCurrentRow(codes.index(current) if current in codes else (0 if codes else -1))
        self._show_row(self.list.currentRow())

    def current_code(self) -> str | None:
        row = self.list.currentRow()
        return self.rows[row].code if 0 <= row < len(self.rows) else None

    def _show_row(self, index: int) -> None:
        r = self.rows[index] if 0 <= index < len(self.rows) else None
        self.code.setText(r.code if r else "")
        self.title.setText(r.title if r else "")
        self.text.setPlainText(r.text if r else "")
        for lang, label in self.versions.items():
            text = r.texts.get(lang, "") if r else ""
            marks = []
            if r and lang in r.by_hand:
                marks.append(self.tr("by hand"))
            if r and lang in r.check:
                marks.append(self.tr("check: the source changed"))
            label.setText(text + (f"  ({', '.join(marks)})" if marks else "") if text else self.tr("—"))
        self.remove_button.setEnabled(r is not None)
        self.save_button.setEnabled(r is not None)

    # --- actions ------------------------------------------------------------------------------

    def add(self) -> None:
        code = self.code.text().strip()
        self._start()
        desk_ops.add_reply(self._session, code, self.title.text(), self.text.toPlainText()) \
            .on_success(lambda row: self._changed(row.code)).on_failure(self._failed).bound_to(self).run()

    def save(self) -> None:
        code = self.current_code()
        if code is None:
            return
        self._start()
        desk_ops.edit_reply(self._session, code, title=self.title.text(), text=self.text.toPlainText()) \
            .on_success(lambda row: self._changed(row.code)).on_failure(self._failed).bound_to(self).run()

    def remove(self) -> None:
        code = self.current_code()
        if code is None:
            return
        self._start()
        desk_ops.remove_reply(self._session, code).on_success(lambda _none: self._changed(None)) \
            .on_failure(self._failed).bound_to(self).run()

    def move(self, step: int) -> None:
        index = self.list.currentRow()
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

    def _changed(self, select: str | None) -> None:
        self.replies_changed.emit()
        self.reload(select)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.error.setText(errors.explain(exc).line())
        self.error.show()
