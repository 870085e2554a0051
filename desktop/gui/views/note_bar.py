"""Writing an internal note (issue 18 §4): a yellow bar over the compose box, opened with the
chat header's "Note" button or Ctrl+Shift+N, for the store's team only. Enter adds the note
(the chat shows it when its change notice comes back), Escape closes the bar; a refused
note (empty, too long) says why in the bar and keeps the text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui.ops import team
from desktop.gui.session import Session


class NoteBar(QWidget):
    added = Signal(int)          # the conversation a note was added to

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noteBar")
        self.setStyleSheet("#noteBar { background: #FFF4B8; border-top: 1px solid #E8C547; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._session = session
        self.conversation_id: int | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Internal note for the team (the buyer never sees it)"))
        self.edit.setMaxLength(int(team.MAX_NOTE))
        self.edit.returnPressed.connect(self.submit)
        self.edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add note"), self)
        self.add_button.clicked.connect(self.submit)
        self.error = QLabel(self)
        self.error.setObjectName("muted")
        self.error.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)
        self.hide()

    def open_for(self, conversation_id: int) -> None:
        if conversation_id != self.conversation_id:
            self.edit.clear()
        self.conversation_id = conversation_id
        self.error.hide()
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_bar(self) -> None:
        self.hide()

    def submit(self) -> None:
        cid, text = self.conversation_id, self.edit.text()
        if cid is None:
            return
        team.add_note(self._session, cid, text).on_success(lambda _id: self._added(cid, text)).on_failure(
            self._failed).bound_to(self).run()

    def _added(self, conversation_id: int, text: str) -> None:
        if self.edit.text() == text:
            self.edit.clear()
        self.hide()
        self.added.emit(conversation_id)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.error.setText(errors.explain(exc).reason)
            self.error.show()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            self.hide()
            return True
        return False
