"""The tray icon: the unread total as a badge, and a notification for each new message
from the other side while the window is not the active one. For a seller, the tooltip and
the menu also count the overdue conversations (the filter bar's counts, docs/desk.md).

A busy store gets many messages in one poll: a notice reads at most NOTIFY_MAX conversations'
newest messages (the most recent ones); the others are summed up in one notification.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from desktop.config import resources_dir
from desktop.core.kinds import ChangeKind, MessageKind
from desktop.gui.case_words import action_labels
from desktop.gui.ops import messages, order_problems, team
from desktop.gui.session import ChangeNotice, Session
from desktop.gui.views import theme
from desktop.gui.views.order_steps import step_words

if TYPE_CHECKING:
    from desktop.core.messaging import MessageRow
    from desktop.core.order_history import HistoryRow

PREVIEW_CHARS = 120
NOTIFY_MAX = 3           # conversations read and notified one by one per notice; the rest summed up


def badge_icon(count: int) -> QIcon:
    """Buzón's icon with the unread count drawn in a red circle."""
    base = QPixmap(str(resources_dir() / "icons" / "buzon-64.png"))
    if base.isNull():
        base = QPixmap(64, 64)
        base.fill(theme.ACCENT)
    if count:
        p = QPainter(base)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(theme.UNREAD_BADGE)
        p.setPen(Qt.GlobalColor.white)
        circle = QRect(base.width() - 34, 0, 34, 34)
        p.drawEllipse(circle)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(18 if count < 100 else 13)
        p.setFont(font)
        p.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), str(count) if count < 100 else "99+")
        p.end()
    return QIcon(base)


def counts_text(unread: int, overdue: int) -> str:
    """"3 unread · 2 overdue" for the tray's tooltip and, in brackets, a seller's window title:
    the overdue part only when there are some, the unread part then only when there are some."""
    # Not Qt's plural lookup: the catalogue has these as one form each (worded to agree with any
    # number: "sin leer", "con retraso"), and a count past 1 asked for a second form it lacks,
    # which fell back to the English ("(3 unread · 2 overdue)" in a Spanish title).
    unread_text = QCoreApplication.translate("Tray", "%n unread").replace("%n", str(unread))
    if not overdue:
        return unread_text
    overdue_text = QCoreApplication.translate("Tray", "%n overdue").replace("%n", str(overdue))
    return f"{unread_text} · {overdue_text}" if unread else overdue_text


def title_counts(unread: int, overdue: int) -> str:
    """The window title's prefix: "(3) ", a seller's "(3 unread · 2 overdue) ", or nothing."""
    if overdue:
        return f"({counts_text(unread, overdue)}) "
    return f"({unread}) " if unread else ""


def preview(row: MessageRow, step: HistoryRow | None = None) -> str:
    """What a notification says of a message: its text; a card's product title (and the options
    chosen) or order number, never a bare "[Product]"; a request card's step in the window's
    language with the words that came with it, never its stored English; "[Image]" for pictures alone."""
    if step is not None:
        return " · ".join(part for part in (action_labels().get(step.action.value, ""), step_words(step)) if part)
    if row.product is not None:
        return " · ".join(part for part in (row.product.title, row.text) if part)
    if row.order is not None:
        return QCoreApplication.translate("Notifier", "Order %1").replace("%1", row.order.number)
    return row.text or (QCoreApplication.translate("Notifier", "[Image]") if row.attachments else "")


class Notifier(QObject):
    """Decides what deserves a notification; the tray (when there is one) shows it."""

    notify = Signal(str, str, int)      # title, body, conversation id

    def __init__(self, session: Session, window: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._window = window
        self._side: frozenset[int] = frozenset()     # the user's side (the store's team): nothing to notify
        session.changed.connect(self._on_changes)
        session.ready.connect(lambda _user: self._load_side())
        if session.user is not None:
            self._load_side()

    def _load_side(self) -> None:
        team.side_ids(self._session).on_success(self._set_side).on_failure(lambda _exc: None).bound_to(self).run()

    def _set_side(self, ids: frozenset[int]) -> None:
        self._side = ids

    def _on_changes(self, notice: ChangeNotice) -> None:
        if self._session.user is None or (self._window.isActiveWindow() and not self._window.isMinimized()):
            return                                  # the user is looking: no need to load anything
        ours = self._side | {self._session.user.id}   # a colleague's reply is the store's own
        newest: dict[int, int] = {}                 # one notification per conversation: its newest message
        for change in notice.items:
            if change.kind == ChangeKind.MESSAGE and change.user_id not in ours and change.message_id \
                    and change.conversation_id is not None:
                newest[change.conversation_id] = max(newest.get(change.conversation_id, 0), change.message_id)
        ranked = sorted(newest.items(), key=lambda item: item[1], reverse=True)
        if len(ranked) > NOTIFY_MAX:
            others = len(ranked) - NOTIFY_MAX
            self.notify.emit(self.tr("Buzón"), self.tr("%n more conversations have new messages", "", others),
                             ranked[NOTIFY_MAX][0])
        for conversation_id, message_id in ranked[:NOTIFY_MAX]:
            # A notification that cannot be loaded is skipped: the list still shows the message.
            messages.rows_by_id(self._session, conversation_id, [message_id]).on_success(
                lambda rows, cid=conversation_id: self._loaded(cid, rows)).on_failure(lambda _exc: None).bound_to(
                self).run()

    def _loaded(self, conversation_id: int, rows: dict[int, MessageRow]) -> None:
        cards = [row.id for row in rows.values() if row.kind == MessageKind.REQUEST_CARD]
        if cards:       # a step of a cancellation or dispute: said from its step, read first
            order_problems.card_steps(self._session, cards).on_success(
                lambda steps: self._show(conversation_id, rows, steps)).on_failure(
                lambda _exc: self._show(conversation_id, rows, {})).bound_to(self).run()
        else:
            self._show(conversation_id, rows, {})

    def _show(self, conversation_id: int, rows: dict[int, MessageRow], steps: dict) -> None:
        if self._window.isActiveWindow() and not self._window.isMinimized():
            return
        for row in rows.values():
            if row.our_side:
                continue        # a colleague's reply is the store's own: nobody is waiting for it
            body = preview(row, steps.get(row.id))
            if len(body) > PREVIEW_CHARS:
                body = body[:PREVIEW_CHARS - 1] + "…"
            self.notify.emit(row.sender_name, body, conversation_id)


class Tray(QObject):
    open_conversation = Signal(int)
    show_overdue = Signal()              # the menu's "Overdue (n)": the list's Overdue view

    def __init__(self, window: QWidget, notifier: Notifier, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._last_conversation: int | None = None
        self._unread = self._overdue = 0
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu(window)
        self.menu.addAction(self.tr("Open Buzón"), self._raise)
        self.overdue_action = self.menu.addAction("", self._overdue_clicked)
        self.overdue_action.setVisible(False)
        self.summary = self._summary()
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return                               # no tray here (offscreen, some desktops): the title shows the count
        self.icon = QSystemTrayIcon(badge_icon(0), self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(lambda _reason: self._raise())
        self.icon.messageClicked.connect(self._clicked)
        notifier.notify.connect(self._show)
        self.icon.show()

    def set_unread(self, count: int) -> None:
        self._unread = count
        if self.icon is not None:
            self.icon.setIcon(badge_icon(count))
        self._show_counts()

    def set_overdue(self, count: int) -> None:
        """A seller's overdue conversations: in the tooltip and as a menu entry opening them."""
        self._overdue = count
        self.overdue_action.setText(self.tr("Overdue conversations (%1)").replace("%1", str(count)))
        self.overdue_action.setVisible(count > 0)
        self._show_counts()

    def _summary(self) -> str:
        return "Buzón: " + counts_text(self._unread, self._overdue)

    def _show_counts(self) -> None:
        self.summary = self._summary()
        if self.icon is not None:
            self.icon.setToolTip(self.summary)

    def _overdue_clicked(self) -> None:
        self._raise()
        self.show_overdue.emit()

    def _show(self, title: str, body: str, conversation_id: int) -> None:
        self._last_conversation = conversation_id
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 6000)

    def _clicked(self) -> None:
        self._raise()
        if self._last_conversation is not None:
            self.open_conversation.emit(self._last_conversation)

    def _raise(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
