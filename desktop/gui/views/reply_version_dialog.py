"""One language's version of a quick reply, written by hand (the manager's "Edit…" beside a
version): the translator's text to start from, Save stores it as written by hand (kept when
the source changes, then marked "check"), as `buzon replies edit CODE --lang L --text T`.

    ReplyVersionDialog(session, reply, "es", parent=manager).open()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.ops import desk as desk_ops
from desktop.gui.session import Session
from desktop.gui.views.discard_box import ask_to_discard

if TYPE_CHECKING:
    from desktop.core.quick_replies import QuickReplyRow


class ReplyVersionDialog(QDialog):
    saved = Signal(str)           # the reply's code

    def __init__(self, session: Session, reply: QuickReplyRow, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.reply, self.lang = reply, lang
        self.busy = False
        self.setWindowTitle(self.tr("“%1” in %2").replace("%1", reply.code).replace("%2", fmt.language_label(lang)))
        source = QLabel(self.tr("Source (%1): %2").replace("%1", fmt.language_label(reply.source_lang))
                        .replace("%2", reply.text), self)
        source.setWordWrap(True)
        source.setObjectName("muted")
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(reply.texts.get(lang, ""))
        self._start_text = self.text.toPlainText()
        self.discard_box: QMessageBox | None = None
        note = QLabel(self.tr("Written by hand, this version is kept when the source changes (and marked "
                              "“check” so you can look at it again)."), self)
        note.setWordWrap(True)
        note.setObjectName("muted")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (source, self.text, note, self.error, self.buttons):
            layout.addWidget(w)
        self.resize(520, 320)

    def reject(self) -> None:
        """Cancel, Escape, the ×: asked first when the text was changed (never dropped silently)."""
        if self.busy or self.discard_box is not None:
            return
        if self.text.toPlainText() == self._start_text:
            super().reject()
            return
        self.discard_box = ask_to_discard(self, self.windowTitle(), self.tr("Discard the changes to this version?"),
                                          self._answered)

    def _answered(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            QDialog.reject(self)

    def save(self) -> None:
        self.busy = True
        self.error.hide()
        desk_ops.edit_reply(self._session, self.reply.code, lang=self.lang, text=self.text.toPlainText()) \
            .on_success(self._saved).on_failure(self._failed).bound_to(self).run()

    def _saved(self, row: QuickReplyRow) -> None:
        self.busy = False
        self.saved.emit(row.code)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.error.setText(errors.explain(exc).line())
        self.error.show()
