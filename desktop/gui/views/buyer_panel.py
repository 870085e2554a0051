"""The side panel about the buyer, beside a seller's chat (issue 17 §6): name, local time and
language, their orders with this store (status, number, tracking; a click opens the order),
their earlier problems with it (cancellation requests, disputes) and the store's labels.

Read by `ops.desk.buyer` (the core's `buyer_profile`) when a conversation opens and again when
a change notice could alter it (an order, a cancellation, a dispute, a label). Shown or hidden
with its action ("Buyer panel", Ctrl+Shift+B), remembered per account; in a Message Centre
narrower than ROOM it steps aside, so the chat keeps its room, and the action says why
(unchecked, disabled, "needs a wider window") until the room comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame, QLabel, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget,
)

from desktop.core.errors import KnownError
from desktop.core.kinds import ChangeKind
from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.ops import desk
from desktop.gui.session import ChangeNotice, Session
from desktop.gui.views.cancel_dialog import cancel_reason_labels
from desktop.gui.views.desk_shortcuts import make_action
from desktop.gui.views.dispute_dialog import reason_labels
from desktop.gui.views.elided_label import ElidedLabel
from desktop.gui.views.order_problems import state_labels

if TYPE_CHECKING:
    from desktop.core.buyer_profile import BuyerOrder, BuyerProblem, BuyerProfile

RELOAD_KINDS = {ChangeKind.ORDER, ChangeKind.CANCELLATION, ChangeKind.DISPUTE, ChangeKind.DESK}
ROOM = 900      # the Message Centre's width below which the chat keeps the room (the panel steps aside)


def fit(lst: QListWidget, most: int = 360) -> None:
    """Make each row as tall as its lines, with room for the taller lines of a Chinese font
    (the font's own line height is a Latin one), and the list as tall as its rows (up to
    `most` pixels; a scroll bar beyond). In a short panel the two lists share the height down
    to one row each, rather than overlapping the title between them."""
    line = lst.fontMetrics().lineSpacing() * 1.3
    total = 0
    first = 0
    for n in range(lst.count()):
        item = lst.item(n)
        height = int(line * (item.text().count("\n") + 1)) + 10
        item.setSizeHint(QSize(1, height))
        total += height + 2 * lst.spacing()
        first = first or total
    frame = 2 * lst.frameWidth() + 2
    lst.setMaximumHeight(min(most, total + frame))
    lst.setMinimumHeight(min(most, first + frame))


class BuyerPanel(QFrame):
    open_order = Signal(int)

    def __init__(self, session: Session, store: QSettings, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("buyerPanel")
        self.setMinimumWidth(200)
        self.setMaximumWidth(340)
        self._session = session
        self._store = store
        self.conversation_id: int | None = None
        self.profile: BuyerProfile | None = None
        self.name = ElidedLabel(self)
        self.name.setObjectName("h1")
        self.where = QLabel(self)
        self.where.setObjectName("muted")
        self.where.setWordWrap(True)
        self.labels = QLabel(self)
        self.labels.setWordWrap(True)
        self.orders_title = QLabel(self)
        self.orders_title.setObjectName("h2")
        self.orders = QListWidget(self)
        self.orders.setObjectName("buyerOrders")
        self.orders.setCursor(Qt.CursorShape.PointingHandCursor)
        self.orders.itemActivated.connect(self._order_chosen)
        self.orders.itemClicked.connect(self._order_chosen)
        self.problems_title = QLabel(self.tr("Earlier problems"), self)
        self.problems_title.setObjectName("h2")
        self.problems = QListWidget(self)
        self.problems.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()
        for lst in (self.orders, self.problems):
            # Rows of a few short lines, cut with "…" (never a sideways scroll), a gap between them.
            lst.setWordWrap(False)
            lst.setTextElideMode(Qt.TextElideMode.ElideRight)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            lst.setSpacing(3)
            lst.setFrameShape(QFrame.Shape.NoFrame)
        for title in (self.orders_title, self.problems_title):
            title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        for w in (self.name, self.where, self.labels, self.orders_title, self.orders, self.problems_title,
                  self.problems, self.error):
            # The lists take the room up to their rows; what is left stays below them.
            layout.addWidget(w, 100 if isinstance(w, QListWidget) else 0)
        layout.addStretch(1)

        self.toggle = make_action(parent, self.tr("&Buyer panel"), [QKeySequence("Ctrl+Shift+B")], lambda: None)
        self._shown_tip = self.toggle.toolTip()
        self.toggle.setCheckable(True)
        self._wanted = self._kept()                 # the account's choice; the action shows what is on screen
        self.toggle.setChecked(self._wanted)
        self.toggle.toggled.connect(self._toggled)
        self._clock = QTimer(self)                  # the buyer's local time moves
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._show_where)
        session.changed.connect(self._on_changes)
        parent.installEventFilter(self)              # its width decides whether there is room
        self._centre = parent
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._centre and event.type() == QEvent.Type.Resize:
            self._fit_visibility()
        return False

    @property
    def has_room(self) -> bool:
        return self._centre.width() >= ROOM

    def _fit_visibility(self) -> None:
        room = self.has_room
        # Without room the action says so, unchecked and disabled (a check mark beside a panel
        # that is not there lied); the choice is kept and comes back with the room.
        self.toggle.blockSignals(True)
        self.toggle.setChecked(self._wanted and room)
        self.toggle.blockSignals(False)
        self.toggle.setEnabled(room)
        self.toggle.setText(self.tr("&Buyer panel") if room else self.tr("&Buyer panel (needs a wider window)"))
        self.toggle.setToolTip(self._shown_tip if room else self.tr(
            "There is no room beside the chat for the buyer panel at this window width; widen the window "
            "and it comes back."))
        self.setVisible(self._wanted and room and self.conversation_id is not None)

    # -- shown or not, remembered ----------------------------------------------------------
    def _key(self) -> str:
        return f"user-{self._session.user.handle}/buyer_panel"

    def _kept(self) -> bool:
        return str(self._store.value(self._key(), "true")).lower() == "true"

    def _toggled(self, on: bool) -> None:
        self._wanted = on
        self._store.setValue(self._key(), "true" if on else "false")
        self._fit_visibility()

    @property
    def wanted(self) -> bool:
        """The account's choice (shown when there is room)."""
        return self._wanted

    # -- what it shows ---------------------------------------------------------------------
    def show_conversation(self, conversation_id: int) -> None:
        if conversation_id != self.conversation_id:
            self.conversation_id = conversation_id
            self.profile = None
            self.name.setText("")
            self.where.setText(self.tr("Loading…"))
            self.orders.clear()
            self.problems.clear()
        self._fit_visibility()
        self.reload()

    def reload(self) -> None:
        if self.conversation_id is None:
            return
        cid = self.conversation_id
        desk.buyer(self._session, cid).on_success(lambda p, cid=cid: self._loaded(cid, p)).on_failure(
            self._failed).bound_to(self).run()

    def _on_changes(self, notice: ChangeNotice) -> None:
        if self.conversation_id is not None and RELOAD_KINDS & notice.kinds:
            self.reload()

    def _loaded(self, conversation_id: int, profile: BuyerProfile) -> None:
        if conversation_id != self.conversation_id:
            return
        self.profile = profile
        self.error.hide()
        self.name.setText(profile.name)
        self._show_where()
        self.labels.setText(self.tr("Labels: %1").replace("%1", ", ".join(profile.labels)) if profile.labels else "")
        self.labels.setVisible(bool(profile.labels))
        self.orders_title.setText(self.tr("Orders with your store (%1)").replace("%1", str(profile.order_count)))
        self.orders.clear()
        for order in profile.orders:
            item = QListWidgetItem(self.order_text(order), self.orders)
            item.setData(Qt.ItemDataRole.UserRole, order.id)
            item.setToolTip(self.order_text(order) + "\n\n" + self.tr("Click to open the order."))
        if not profile.orders:
            QListWidgetItem(self.tr("No orders with your store yet."), self.orders).setFlags(Qt.ItemFlag.NoItemFlags)
        self.problems.clear()
        for problem in profile.problems:
            text = self.problem_text(problem)
            QListWidgetItem(text, self.problems).setToolTip(text)
        if not profile.problems:
            QListWidgetItem(self.tr("No cancellations or disputes."), self.problems)
        for lst in (self.orders, self.problems):
            fit(lst)
        self._clock.start()

    def _show_where(self) -> None:
        p = self.profile
        if p is None:
            return
        local = fmt.clock(p.time_zone)
        parts = [f"@{p.handle}", self.tr("writes in %1").replace("%1", fmt.language_label(p.language)),
                 self.tr("%1 there").replace("%1", local) + (f" ({p.city})" if p.city else "")]
        self.where.setText(" · ".join(parts))

    def order_text(self, order: BuyerOrder) -> str:
        lines = [order.number, f"{fmt.status_label(order.status.value)} · {fmt.money(order.total_cents, order.currency)}",
                 fmt.date_time(order.created_at, self._session.user.time_zone)]
        if order.tracking_number:
            lines.append(f"{order.carrier} {order.tracking_number}".strip())
        return "\n".join(lines)

    def problem_text(self, problem: BuyerProblem) -> str:
        if problem.kind == "cancellation":
            kind = self.tr("Cancellation")
            reason = cancel_reason_labels().get(problem.reason, problem.reason)
        else:
            kind = self.tr("Dispute")
            reason = reason_labels().get(problem.reason, problem.reason)
        state = state_labels(store_side=True).get(problem.state, problem.state)     # read by the store
        return f"{kind} · {fmt.date_time(problem.at, self._session.user.time_zone)}\n{problem.order_number}\n" \
               f"{reason}\n{state}"

    def _order_chosen(self, item: QListWidgetItem) -> None:
        order_id = item.data(Qt.ItemDataRole.UserRole)
        if order_id is not None:
            self.open_order.emit(order_id)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.error.setText(errors.explain(exc).line())
            self.error.show()
