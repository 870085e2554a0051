"""The compose box: Enter sends, Shift+Enter breaks the line, a counter shows the limit,
and Send is disabled while there is nothing to send. The text is never cleared by a
failure: only a successful send empties it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QTextEdit, QToolButton, QVBoxLayout,
    QWidget,
)

from desktop.config import resources_dir
from desktop.gui import format as fmt
from desktop.gui.views.elided_label import ElidedLabel

DRAFT_DELAY_MS = 700          # the draft is saved within a second of the last keystroke
EDIT_HEIGHT = 76              # three lines of text
COMPACT_EDIT_HEIGHT = 56      # two, in a short chat (set_compact)


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units: characters beyond the BMP (emoji) count twice."""
    index = max(0, min(index, len(text)))
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


class ComposeEdit(QPlainTextEdit):
    submit = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.paste_handler = None        # called with pasted QMimeData; True when it took pictures or files
        # Called with each key (and, `peek` True, before the window's shortcuts see it): True when
        # it took the key. The "/" quick-reply list uses it for its arrows, Enter and Escape.
        self.key_handler: Callable[[QKeyEvent, bool], bool] | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.key_handler is not None \
                and self.key_handler(event, True):
            event.accept()
            return True
        return super().event(event)

    def canInsertFromMimeData(self, source) -> bool:
        from desktop.gui.views.drop_target import has_attachments

        return has_attachments(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:
        if self.paste_handler is None or not self.paste_handler(source):
            super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler is not None and self.key_handler(event, False):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submit.emit()
            return
        super().keyPressEvent(event)


class ComposeBox(QFrame):
    send_requested = Signal(str)
    draft_changed = Signal(str)        # debounced
    attach_requested = Signal()        # the "+" button
    text_put = Signal()                # a text was put in the box (a draft restored), not typed

    def __init__(self, limit: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compose")
        self.limit = limit
        self.edit = ComposeEdit(self)
        self.edit.setObjectName("composeEdit")
        self.edit.setPlaceholderText(self.tr("Write a message… (Enter sends, Shift+Enter for a new line)"))
        self.edit.setFixedHeight(EDIT_HEIGHT)
        self.counter = QLabel(self)
        self.counter.setObjectName("muted")
        # Three lines at most on its own line (a long notice no longer wraps to six in a narrow window;
        # the policy's Spanish warning takes three at 800x560).
        self.hint = ElidedLabel(self, max_lines=3)
        self.hint.setObjectName("muted")
        self.hint.hide()
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("primary")
        self.send_button.setEnabled(False)
        self.send_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.attach_button = QToolButton(self)
        self.attach_button.setText("+")
        self.attach_button.setIcon(QIcon(str(resources_dir() / "icons" / "attach.png")))
        self.attach_button.setToolTip(self.tr("Attach pictures (or drop or paste them here)"))
        self.attach_button.clicked.connect(self.attach_requested)
        self.has_attachments = False

        bottom = QHBoxLayout()
        bottom.addWidget(self.attach_button)
        bottom.addStretch(1)
        bottom.addWidget(self.counter)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.edit)
        # The hint (the policy's warning, a tip, an error) has a line of its own under the text, the
        # whole width: squeezed between "+" and the counter it was "Este mensaje no se enviaría: “whatsa…"
        # at 800x560.
        layout.addWidget(self.hint)
        layout.addLayout(bottom)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(lambda: self.draft_changed.emit(self.text()))
        self.edit.textChanged.connect(self._changed)
        self.edit.submit.connect(self._submit)
        self.send_button.clicked.connect(self._submit)
        self._changed(initial=True)

    def set_compact(self, compact: bool) -> None:
        """Two lines of text rather than three (a short chat: the messages keep the room)."""
        self.edit.setFixedHeight(COMPACT_EDIT_HEIGHT if compact else EDIT_HEIGHT)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Put a text in the box without it counting as a new draft edit."""
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        # Typing goes on after a restored draft (setPlainText leaves the cursor before it, so
        # a "/" typed on put the quick reply in front of the draft).
        self.edit.moveCursor(QTextCursor.MoveOperation.End)
        self.edit.blockSignals(False)
        self._changed(initial=True)
        self.text_put.emit()

    def clear_sent(self) -> None:
        """Empty the box after handing the text to the outbox. No draft save follows: the
        send transaction deletes the draft itself, and a late save would bring it back."""
        self._draft_timer.stop()
        self.set_text("")

    def replace_range(self, start: int, end: int, text: str) -> None:
        """Put `text` in place of [start, end) (Python string offsets), the cursor after it: an
        edit like typing (it counts as a draft change, and Undo takes it back)."""
        whole = self.text()
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(utf16_offset(whole, start))
        cursor.setPosition(utf16_offset(whole, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        self.edit.setTextCursor(cursor)

    def flush_draft(self) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.draft_changed.emit(self.text())

    def _changed(self, initial: bool = False) -> None:
        n = len(self.text())
        over = n > self.limit
        self.counter.setText(fmt.counter(n, self.limit))
        self.counter.setStyleSheet("color: #C62828;" if over else "")
        self.send_button.setEnabled((bool(self.text().strip()) or self.has_attachments) and not over)
        if over:
            self.show_hint(self.tr("The message is over the limit of %Ln characters.", "", self.limit))
        elif self.hint.property("kind") == "limit":
            self.show_hint("")
        if not initial:
            self._draft_timer.start()

    def set_limit(self, limit: int) -> None:
        """The longest message allowed (a setting that can change while the box is open)."""
        self.limit = limit
        self._changed(initial=True)

    def set_has_attachments(self, has: bool) -> None:
        self.has_attachments = has
        self._changed(initial=True)

    def show_hint(self, text: str, kind: str = "limit") -> None:
        self.hint.setProperty("kind", kind if text else "")
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def highlight(self, spans: list[tuple[int, int]]) -> None:
        """Mark these [start, end) spans of the text (Python string offsets) as offending."""
        text = self.text()
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#FDE2E1"))
        fmt.setUnderlineColor(QColor("#C62828"))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        for start, end in spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(utf16_offset(text, start))
            cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.edit.setExtraSelections(selections)

    def _submit(self) -> None:
        if self.send_button.isEnabled():
            self.send_requested.emit(self.text())
