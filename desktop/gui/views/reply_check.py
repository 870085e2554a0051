"""Before a store's reply goes (issue 18 §4): if the buyer wrote after the newest message the
agent had seen when they started this reply, ask "New message arrived — send anyway?"; if a
colleague replied since, name them: "mei replied meanwhile — send anyway?" (so two agents do
not answer the same buyer twice); either way with
the new message as the chat shows it (translated into the reader's language, a picture or a
card named), Cancel the default (Enter sends nothing). The check runs on the worker
(`team.newer_from_buyer`, `team.replies_meanwhile`); a buyer's chat never asks.

`seen` is the newest stored message on screen when the reply was started: when the chat
opened, after each send, and when the compose box goes from empty to written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.kinds import MessageKind
from desktop.gui.ops import team
from desktop.gui.session import Session

if TYPE_CHECKING:
    from desktop.core.messaging import MessageRow

PREVIEW = 300          # characters of the new message shown in the question


def said(row: MessageRow, shown: str) -> str:
    """What the question quotes of a message: the text as shown, else what the message is."""
    if shown.strip():
        return shown
    if row.kind == MessageKind.PRODUCT_CARD and row.product is not None:
        return QCoreApplication.translate("ConversationListModel", "Product: %1").replace("%1", row.product.title)
    if row.kind == MessageKind.ORDER_CARD and row.order is not None:
        return QCoreApplication.translate("ConversationListModel", "Order %1").replace("%1", row.order.number)
    labels = {MessageKind.PRODUCT_CARD: QCoreApplication.translate("ConversationListModel", "[Product]"),
              MessageKind.ORDER_CARD: QCoreApplication.translate("ConversationListModel", "[Order]")}
    return labels.get(row.kind, QCoreApplication.translate("ConversationListModel", "[Image]"))


class ReplyCheck(QObject):
    def __init__(self, session: Session, parent: QWidget, shown: Callable[[MessageRow], str] | None = None):
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._shown = shown or (lambda row: row.text)     # the text as the chat shows it
        self.seen = 0                       # the newest message id seen when the reply was started
        self._checking = False
        self.box: QMessageBox | None = None     # the question on screen (tests answer it)

    @property
    def active(self) -> bool:
        return self._session.user is not None and self._session.user.is_seller

    def mark_seen(self, message_id: int) -> None:
        self.seen = max(0, message_id)

    def hold(self, conversation_id: int, text: str, send: Callable[[str], None], on_failure) -> bool:
        """Take the send over when it must be checked first: True if it did (`send(text)` is called
        once the reply may go); False to send now (a buyer)."""
        if not self.active:
            return False
        if self._checking or self.box is not None:
            return True                     # a second Enter while asking: one reply, one question
        self._checking = True
        team.newer_from_buyer(self._session, conversation_id, self.seen).on_success(
            lambda rows: self._checked(rows, text, send)).on_failure(
            lambda exc: self._failed(exc, on_failure)).bound_to(self).run()
        return True

    def _failed(self, exc: BaseException, on_failure) -> None:
        self._checking = False
        on_failure(exc)

    def _checked(self, rows: list[MessageRow], text: str, send: Callable[[str], None]) -> None:
        self._checking = False
        if not rows:
            send(text)
            return
        newest = rows[-1]
        # A colleague who answered meanwhile is named: the buyer may already have their answer.
        colleagues = list(dict.fromkeys(r.sender_handle for r in rows if r.our_side and not r.mine))
        if colleagues:
            title = self.tr("%1 replied meanwhile").replace("%1", ", ".join(colleagues))
            question = self.tr("%1 replied meanwhile — send anyway?").replace("%1", ", ".join(colleagues))
        else:
            title, question = self.tr("New message arrived"), self.tr("New message arrived — send anyway?")
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._parent)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Send anyway"))
        text_shown = said(newest, self._shown(newest))
        shown = text_shown if len(text_shown) <= PREVIEW else text_shown[:PREVIEW] + "…"
        more = len(rows) - 1
        box.setInformativeText(f"{newest.sender_name}: “{shown}”" + (
            "\n" + self.tr("and %1 more").replace("%1", str(more)) if more else ""))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._answered(box, rows, text, send))
        self.box = box
        box.open()

    def _answered(self, box: QMessageBox, rows: list[MessageRow], text: str, send: Callable[[str], None]) -> None:
        self.box = None
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.mark_seen(max(r.id for r in rows))
            send(text)
