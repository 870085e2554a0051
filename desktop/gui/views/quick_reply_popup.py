"""The "/" quick replies of the compose box (issue 17 §3), for a seller or agent of a store.

Typing "/" at the start of a word opens the store's quick replies over the compose box;
what follows the "/" filters them by code or title; Up/Down move, Enter (or a click) puts
the reply in, filled for this conversation in the buyer's language (`ops.desk.fill_reply`,
on the worker), in place of the "/word"; Escape closes the list. "Show original" switches
the list's preview to the text as the store wrote it, and after Enter the line under the
box says the language and the original. A placeholder with no value and no fallback puts
nothing in: the line under the box names it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from desktop.core.errors import KnownError
from desktop.core.kinds import ChangeKind
from desktop.gui import format as fmt
from desktop.gui.utf16 import python_index
from desktop.gui.ops import desk
from desktop.gui.session import ChangeNotice, Session
from desktop.gui.views.compose import ComposeBox

if TYPE_CHECKING:
    from desktop.core.quick_replies import Filled, QuickReplyRow

TRIGGER = "/"
VISIBLE_ROWS = 6
_TOKEN = re.compile(r"(?:^|(?<=\s))/([^\s/]*)$")
_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
         Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def shortcut_entry() -> tuple[str, str]:
    """The "/" key's line in the shortcuts dialog (it is typed, not a shortcut of an action)."""
    return QCoreApplication.translate("QuickReplyPopup", "Quick replies (type / in the message box)"), TRIGGER


def token_before(text: str, cursor: int) -> tuple[int, str] | None:
    """The "/word" that ends at `cursor` (a Python index) and starts a word: (where its "/"
    is, what follows it), or None."""
    found = _TOKEN.search(text[:cursor])
    return (found.start(), found.group(1)) if found else None


def matches(reply: QuickReplyRow, typed: str) -> bool:
    typed = typed.casefold()
    return not typed or typed in reply.code.casefold() or typed in reply.title.casefold()


class QuickReplyPopup(QFrame):
    """The list itself: rows of title and code, the preview of the current one below. It
    never takes the keyboard focus: the compose box keeps it and hands over the keys."""

    chosen = Signal(str)                 # a reply's code (Enter or a click)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("quickReplyPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.replies: list[QuickReplyRow] = []
        self.language = ""
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemClicked.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.currentRowChanged.connect(lambda _n: self._show_preview())
        self.preview = QLabel(self)
        self.preview.setObjectName("muted")
        self.preview.setWordWrap(True)
        self.original = QToolButton(self)
        self.original.setText(self.tr("Show original"))
        self.original.setCheckable(True)
        self.original.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.original.setToolTip(self.tr("The reply as your store wrote it"))
        self.original.toggled.connect(lambda _on: self._show_preview())
        self.help = QLabel(self.tr("↑↓ choose · Enter insert · Esc close"), self)
        self.help.setObjectName("muted")
        self.help.setWordWrap(True)       # "↑↓ elegir · Intro insertar · Esc cerrar" beside "Ver original"
        bottom = QHBoxLayout()
        bottom.addWidget(self.help, 1)
        bottom.addWidget(self.original)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        layout.addWidget(self.preview)
        layout.addLayout(bottom)
        self.hide()

    def set_replies(self, replies: list[QuickReplyRow], language: str) -> None:
        self.replies, self.language = list(replies), language

    def filter(self, typed: str) -> int:
        """Show the replies whose code or title holds `typed`; how many there are."""
        self.list.clear()
        for reply in self.replies:
            if matches(reply, typed):
                item = QListWidgetItem(f"{reply.title}  ·  /{reply.code}", self.list)
                item.setData(Qt.ItemDataRole.UserRole, reply.code)
                item.setToolTip(self.tr("Original (%1): %2").replace("%1", fmt.language_label(reply.source_lang))
                                .replace("%2", reply.text))
        if self.list.count():
            self.list.setCurrentRow(0)
        rows = min(max(self.list.count(), 1), VISIBLE_ROWS)
        self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth())
        self._show_preview()
        return self.list.count()

    def move_by(self, by: int) -> None:
        if self.list.count():
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + by)))

    def current_code(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def codes(self) -> list[str]:
        return [self.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.list.count())]

    def _reply(self, code: str | None) -> QuickReplyRow | None:
        return next((r for r in self.replies if r.code == code), None)

    def _show_preview(self) -> None:
        reply = self._reply(self.current_code())
        if reply is None:
            self.preview.setText("")
            return
        if self.original.isChecked() or reply.text_in(self.language) is None:
            lang, text = reply.source_lang, reply.text
        else:
            lang, text = self.language, reply.text_in(self.language) or reply.text
        self.preview.setText(f"{fmt.language_label(lang)}: {text}")


class QuickReplyPicker(QObject):
    """Watches the compose box for "/", runs the popup, and fills the chosen reply on the worker."""

    inserted = Signal(object)            # the Filled reply now in the box

    def __init__(self, session: Session, compose: ComposeBox, conversation: Callable[[], int | None],
                 language: Callable[[], str], parent: QObject | None = None):
        super().__init__(parent or compose)
        self._session = session
        self._compose = compose
        self._conversation = conversation
        self._language = language
        self._replies: list[QuickReplyRow] | None = None
        self._loading = False
        self._token: tuple[int, str] | None = None
        self._dismissed: int | None = None          # Escape closed the list for the "/" at this index
        self._said: str | None = None               # the reply last put in, while its note is shown
        self._put_in: Filled | None = None          # the reply last put in (its language, if sent unedited)
        self.popup = QuickReplyPopup(compose.window())
        self.popup.chosen.connect(self.insert)
        compose.edit.key_handler = self._key
        compose.edit.textChanged.connect(self._typed)
        compose.edit.cursorPositionChanged.connect(self._typed)
        compose.edit.installEventFilter(self)
        session.changed.connect(self._on_changes)

    @property
    def active(self) -> bool:
        user = self._session.user
        return user is not None and user.is_seller and self._conversation() is not None

    # -- watching the box -------------------------------------------------------------------
    def _typed(self) -> None:
        edit = self._compose.edit
        text = self._compose.text()
        if self._said is not None and self._said not in text and self._compose.hint.property("kind") == "quick-reply":
            self._said = None                        # the reply was edited away: its note goes too
            self._compose.show_hint("")
        token = token_before(text, python_index(text, edit.textCursor().position())) if self.active else None
        self._token = token
        if token is None or token[0] == self._dismissed:
            if token is None:
                self._dismissed = None
            self.close()
            return
        if self._replies is None:
            self._load()
            return
        self._open(token[1])

    def _load(self) -> None:
        if not self._loading:
            self._loading = True
            desk.replies(self._session).on_success(self._loaded).on_failure(self._failed).bound_to(self).run()

    def _loaded(self, replies: list[QuickReplyRow]) -> None:
        self._loading = False
        self._replies = replies
        if self._token is not None and self._token[0] != self._dismissed:
            self._open(self._token[1])

    def _on_changes(self, notice: ChangeNotice) -> None:
        if ChangeKind.QUICK_REPLY in notice.kinds:
            self._replies = None                    # read again at the next "/"
            if self.popup.isVisible():
                self._load()

    def _open(self, typed: str) -> None:
        self.popup.set_replies(self._replies or [], self._language())
        if not self.popup.filter(typed):
            self.close()
            return
        self._place()
        self.popup.show()
        self.popup.raise_()

    def _place(self) -> None:
        """Over the compose box, its left edge under the text's."""
        window = self.popup.parentWidget()
        # Never past the window's right edge: at 800 px a seller's compose box is under 300 px wide.
        width = min(520, max(300, self._compose.width() - 24), window.width() - 8)
        self.popup.setFixedWidth(width)
        self.popup.adjustSize()
        at = self._compose.mapTo(window, QPoint(12, 0))
        x = max(0, min(at.x(), window.width() - width - 4))
        self.popup.move(x, max(0, at.y() - self.popup.height()))

    def close(self) -> None:
        self.popup.hide()

    # -- keys ---------------------------------------------------------------------------------
    def _key(self, event: QKeyEvent, peek: bool) -> bool:
        if not self.popup.isVisible() or event.key() not in _KEYS \
                or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if peek:
            return True
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -VISIBLE_ROWS}.get(key, VISIBLE_ROWS)
            self.popup.move_by(step)
        elif key == Qt.Key.Key_Escape:
            self._dismissed = self._token[0] if self._token else None
            self.close()
        else:
            code = self.popup.current_code()
            if code is not None:
                self.insert(code)
        return True

    # -- filling ------------------------------------------------------------------------------
    def insert(self, code: str) -> None:
        """Fill `code` for the open conversation on the worker; it replaces the "/word" typed."""
        cid = self._conversation()
        text = self._compose.text()
        # Read again: the box may have been emptied since (another conversation opened).
        token = token_before(text, python_index(text, self._compose.edit.textCursor().position()))
        self.close()
        if cid is None or token is None:
            return
        end = token[0] + 1 + len(token[1])
        snapshot = text
        desk.fill_reply(self._session, code, cid).on_success(
            lambda filled: self._filled(filled, snapshot, token[0], end)).on_failure(
            self._fill_failed).bound_to(self).run()

    def _filled(self, filled: Filled, snapshot: str, start: int, end: int) -> None:
        if filled.conversation_id != self._conversation():
            return                                   # another conversation is open now: not into its box
        if self._compose.text() != snapshot:         # typed on meanwhile: at the cursor instead
            text = self._compose.text()
            start = end = python_index(text, self._compose.edit.textCursor().position())
        self._compose.replace_range(start, end, filled.text)
        self._compose.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        said = self.tr("Quick reply in %1.").replace("%1", fmt.language_label(filled.lang))
        if filled.original and filled.original != filled.text:
            said += " " + self.tr("Original (%1): %2").replace("%1", fmt.language_label(filled.source_lang)).replace(
                "%2", filled.original)
        self._compose.show_hint(said, "quick-reply")
        self._said = filled.text
        self._put_in = filled
        self.inserted.emit(filled)

    def language_of(self, text: str) -> str:
        """The language of the reply put in when `text` is that reply as filled, nothing added or
        changed ("" otherwise: the text's language is then detected). A short reply such as
        "Hi James" would be taken for the seller's language, as `send --reply` knows too."""
        filled = self._put_in
        if filled is None or filled.conversation_id != self._conversation() or text.strip() != filled.text.strip():
            return ""
        return filled.lang

    def _fill_failed(self, exc: BaseException) -> None:
        missing = getattr(exc, "placeholder", None)
        if missing is not None:
            self._compose.show_hint(
                self.tr("This quick reply needs {%1}, which this conversation does not have (no fallback): "
                        "nothing was inserted. Give it a fallback in Desk › Quick replies, or write it yourself.")
                .replace("%1", missing), "error")
        elif isinstance(exc, KnownError):
            self._compose.show_hint(str(exc), "error")

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        if isinstance(exc, KnownError):
            self._compose.show_hint(str(exc), "error")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The list closes when the box loses the focus (a click elsewhere, another view)."""
        if event.type() == QEvent.Type.FocusOut and watched is self._compose.edit:
            self.close()
        return False
