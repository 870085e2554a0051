"""The order page's section for what went wrong: the ship-by countdown, the cancellation
request and the dispute (state, deadline, every step newest first), and the actions each
side can take now, and "Export evidence".

    section = OrderProblems(session, parent=page)
    section.show_order(order_row)              # an OrderRow; reloads itself on order changes
    section.changed.connect(page.reload)       # after one of its actions

It reads everything through `ops.order_problems` and refreshes on the change notices of
its order (`ChangeKind.ORDER`, `CANCELLATION`, `DISPUTE`), so the other side's answer shows
without a reload. The buyer sees: cancel (before shipping), accept the store's answer,
escalate (enabled from the day it is allowed), ship a return. The store sees: mark as
shipped, accept or decline a cancellation, answer a dispute, refund a returned item. The
marketplace (role arbiter) sees: decide an escalated dispute.

The dispute's reason and who opened it when head its part; each step (`order_steps.StepList`)
carries its words and its evidence as thumbnails that open the viewer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import KnownError
from desktop.core.kinds import ChangeKind, DisputeState, Role
from desktop.gui import errors, format as fmt
from desktop.gui.case_words import action_labels, shown_amount
from desktop.gui.images import ImageCache
from desktop.gui.ops import disputes, order_problems, orders
from desktop.gui.session import ChangeNotice, Session
from desktop.gui.views.dispute_dialog import reason_labels
from desktop.gui.views.order_steps import StepList, step_words
from desktop.gui.views.return_address import address_label, address_text

if TYPE_CHECKING:
    from desktop.core.cancellations import CancellationRecord, ShipByRow
    from desktop.core.dispute_steps import DisputeCase
    from desktop.core.disputes import DisputeRecord
    from desktop.core.order_history import HistoryRow
    from desktop.core.orders import OrderRow

WATCHED = {ChangeKind.ORDER, ChangeKind.CANCELLATION, ChangeKind.DISPUTE}
NOT_SHIPPED = ("awaiting_payment", "awaiting_shipment")
BUYER_MOVES = (DisputeState.OPEN, DisputeState.OFFERED, DisputeState.REJECTED, DisputeState.RETURN_REQUESTED,
               DisputeState.RETURNED)


def state_labels(store_side: bool = False) -> dict[str, str]:
    """The state of a cancellation or dispute as its banner says it; the store's own people
    read that it waits on them ("your answer"), not on "the store" or "the seller"."""
    labels = {
        "pending": QCoreApplication.translate("OrderProblems", "Cancellation requested: waiting for the store"),
        "accepted": QCoreApplication.translate("OrderProblems", "Cancelled by the store"),
        "declined": QCoreApplication.translate("OrderProblems", "The store declined the cancellation"),
        "auto_cancelled": QCoreApplication.translate("OrderProblems", "Cancelled automatically: the store did not answer in time"),
        "open": QCoreApplication.translate("OrderProblems", "Dispute open: waiting for the seller"),
        "offered": QCoreApplication.translate("OrderProblems", "The seller offered a partial refund"),
        "return_requested": QCoreApplication.translate("OrderProblems", "The seller asked for the item back"),
        "returned": QCoreApplication.translate("OrderProblems", "The item was shipped back: waiting for the refund"),
        "rejected": QCoreApplication.translate("OrderProblems", "The seller rejected the dispute"),
        "escalated": QCoreApplication.translate("OrderProblems", "Escalated: waiting for the marketplace's decision"),
        "closed": QCoreApplication.translate("OrderProblems", "Dispute closed"),
    }
    if store_side:
        labels["pending"] = QCoreApplication.translate("OrderProblems", "Cancellation requested: waiting for your answer")
        labels["open"] = QCoreApplication.translate("OrderProblems", "Dispute open: waiting for your answer")
        labels["returned"] = QCoreApplication.translate("OrderProblems",
                                                        "The item was shipped back: waiting for your refund")
    return labels


def deadline_texts(store_side: bool) -> dict[str, str]:
    """What happens at the deadline of each state that has one, said to the side reading it
    (%1: the date); a state not here reads "Deadline: %1"."""
    if store_side:
        return {
            "pending": QCoreApplication.translate("OrderProblems", "Answer by %1, or the order is cancelled automatically."),
            "open": QCoreApplication.translate("OrderProblems", "Answer by %1, or the refund asked is accepted automatically."),
            "offered": QCoreApplication.translate("OrderProblems", "If the buyer has not accepted by %1, the dispute goes to the marketplace."),
            "rejected": QCoreApplication.translate("OrderProblems", "If the buyer has not accepted by %1, the dispute goes to the marketplace."),
            "return_requested": QCoreApplication.translate("OrderProblems", "The buyer ships the item back by %1, or the dispute closes "
                                                   "without a refund."),
            "returned": QCoreApplication.translate("OrderProblems", "Refund by %1, or the refund asked is made automatically."),
        }
    return {
        "pending": QCoreApplication.translate("OrderProblems", "The store answers by %1, or the order is cancelled automatically."),
        "open": QCoreApplication.translate("OrderProblems", "The seller answers by %1, or the refund you asked is accepted automatically."),
        "offered": QCoreApplication.translate("OrderProblems", "Accept or escalate by %1; then the dispute goes to the marketplace."),
        "rejected": QCoreApplication.translate("OrderProblems", "Accept or escalate by %1; then the dispute goes to the marketplace."),
        "return_requested": QCoreApplication.translate("OrderProblems", "Ship the item back by %1, or the dispute closes without a refund."),
        "returned": QCoreApplication.translate("OrderProblems", "The seller refunds by %1, or the refund you asked is made automatically."),
    }


def card_text(step: HistoryRow, currency: str, order_number: str = "") -> str:
    """What a request card in the chat says, in the reader's language: the step, its amount,
    the order it is about (one chat holds every order with the store), the words that came
    with it, and a return's address (the chat's hook: `ops.order_problems.card_steps`)."""
    label = action_labels().get(step.action.value, step.action.value)
    cents = shown_amount(step.action.value, step.amount_cents)
    amount = f" · {fmt.money(cents, currency)}" if cents is not None else ""
    order = "\n" + QCoreApplication.translate("OrderPage", "Order %1").replace("%1", order_number) \
        if order_number else ""
    words = f"\n{step_words(step)}" if step_words(step) else ""
    # a return asked says where the item goes, as the order page does (the buyer ships it there)
    address = ("\n" + QCoreApplication.translate("OrderProblems", "Return address:") + "\n" + step.return_address
               if step.return_address else "")
    return f"{label}{amount}{order}{words}{address}"


class OrderProblems(QFrame):
    changed = Signal(int)          # order id: one of this section's actions changed the order
    has_dispute = Signal(bool)     # the order's dispute was read: one per order, a settled one is final
    exported = Signal(str)         # the evidence pack's path

    def __init__(self, session: Session, parent: QWidget | None = None, images: ImageCache | None = None):
        super().__init__(parent)
        self._session = session
        self.order: OrderRow | None = None
        self.cancellation: CancellationRecord | None = None
        self.case: DisputeCase | None = None
        self.record: DisputeRecord | None = None      # the opening as filed: a dispute older than its steps
        self.ship_by_row: ShipByRow | None = None
        self._asked: set[int] = set()              # step cards whose translation was asked
        self.setObjectName("orderProblems")
        self.title = QLabel(self.tr("Cancellation and dispute"), self)
        self.title.setObjectName("h1")
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("price")
        self.deadline = QLabel(self)
        self.deadline.setObjectName("muted")
        self.deadline.setWordWrap(True)           # a sentence now: at 800 px it pushed the page sideways
        self.reason = QLabel(self)                 # the dispute's reason, and who opened it when
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("font-weight: 600;")
        self.opened = QLabel(self)
        self.opened.setObjectName("muted")
        self.opened.setWordWrap(True)
        self.return_to = QLabel(self.tr("Return address:"), self)   # while a return is asked or on its way
        self.return_to.setStyleSheet("font-weight: 600;")
        self.return_address = address_label("", self)
        self.history = StepList(session, images or ImageCache(session, self), self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.error.hide()
        self.notice = QLabel(self)                 # what an action did that the page does not show
        self.notice.setObjectName("muted")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        def button(text: str, slot) -> QPushButton:
            b = QPushButton(text, self)
            b.clicked.connect(slot)
            return b

        self.cancel_button = button(self.tr("Cancel order…"), self.ask_cancel)
        self.ship_button = button(self.tr("Mark as shipped…"), self.mark_shipped)
        self.accept_cancel_button = button(self.tr("Accept cancellation"), self.accept_cancel)
        self.decline_button = button(self.tr("Decline…"), self.decline_cancel)
        self.respond_button = button(self.tr("Answer the dispute…"), self.respond)
        self.refund_button = button(self.tr("Refund the returned item"), self.refund_return)
        self.accept_answer_button = button(self.tr("Accept the seller's answer"), self.accept_answer)
        self.escalate_button = button(self.tr("Escalate to the marketplace"), self.escalate)
        self.return_button = button(self.tr("Ship the item back…"), self.ship_back)
        self.decide_button = button(self.tr("Decide the dispute…"), self.decide)
        self.export_button = button(self.tr("Export evidence…"), self.choose_export)
        self.buttons = (self.cancel_button, self.ship_button, self.accept_cancel_button, self.decline_button,
                        self.respond_button, self.refund_button, self.accept_answer_button, self.escalate_button,
                        self.return_button, self.decide_button)
        row = QHBoxLayout()
        for b in (*self.buttons, self.export_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        for w in (self.title, self.countdown, self.banner, self.deadline, self.reason, self.opened,
                  self.return_to, self.return_address):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.history)
        session.changed.connect(self._on_changes)
        self._render()

    # -- loading --------------------------------------------------------------------------------
    def show_order(self, order: OrderRow) -> None:
        if self.order is None or self.order.id != order.id:
            self.notice.hide()
            self._asked.clear()
            self.history.set_translations({})
        self.order = order
        self.reload()

    def reload(self) -> None:
        if self.order is None:
            return
        oid = self.order.id
        orders.order_rows(self._session, [oid]).on_success(
            lambda rows: self._loaded(oid, order=rows.get(oid))).on_failure(self._failed).bound_to(self).run()
        order_problems.cancellation(self._session, oid).on_success(
            lambda r: self._loaded(oid, cancellation=r)).on_failure(self._failed).bound_to(self).run()
        order_problems.dispute_case(self._session, oid).on_success(
            lambda r: self._loaded(oid, case=r)).on_failure(self._failed).bound_to(self).run()
        disputes.dispute_for_order(self._session, oid).on_success(
            lambda r: self._loaded(oid, record=r)).on_failure(self._failed).bound_to(self).run()
        order_problems.ship_by(self._session, oid).on_success(
            lambda r: self._loaded(oid, ship_by=r)).on_failure(self._failed).bound_to(self).run()

    def _loaded(self, order_id: int, **parts: object) -> None:
        if self.order is None or self.order.id != order_id:
            return
        if parts.get("order") is not None:
            self.order = parts["order"]  # type: ignore[assignment]
        if "cancellation" in parts:
            self.cancellation = parts["cancellation"]  # type: ignore[assignment]
        if "case" in parts:
            self.case = parts["case"]  # type: ignore[assignment]
        if "record" in parts:
            self.record = parts["record"]  # type: ignore[assignment]
        if "ship_by" in parts:
            self.ship_by_row = parts["ship_by"]  # type: ignore[assignment]
        self._render()

    def _on_changes(self, notice: ChangeNotice) -> None:
        if self.order is not None and notice.kinds & WATCHED and \
                any(c.order_id == self.order.id for c in notice.items):
            self.reload()

    # -- what is shown --------------------------------------------------------------------------
    def _when(self, at: dt.datetime) -> str:
        return fmt.date_time(at, self._session.user.time_zone)

    def _render(self) -> None:
        user = self._session.user
        seller = bool(user and user.is_seller)
        arbiter = bool(user and user.role == Role.ARBITER.value)
        buyer = not seller and not arbiter
        status = self.order.status if self.order else ""
        c, d = self.cancellation, self.case
        states = state_labels(store_side=seller)
        self.countdown.setVisible(self.ship_by_row is not None)
        if self.ship_by_row is not None:
            when = self._when(self.ship_by_row.deadline)
            # Overdue: the store is told the buyer may cancel, the buyer that it may (not "the buyer").
            late = self.tr("Ship by %1 — overdue: you may cancel the order") if buyer \
                else self.tr("Ship by %1 — overdue: the buyer may cancel")
            self.countdown.setText((late if self.ship_by_row.overdue else self.tr("Ship by %1")).replace("%1", when))
        banner, deadline, state = "", None, ""
        if d is not None:
            state = d.state.value
            banner, deadline = states.get(state, state), d.deadline
            if d.refund_cents is not None and d.state == DisputeState.CLOSED:
                banner += " — " + self.tr("refunded %1").replace("%1", fmt.money(d.refund_cents, d.currency))
        elif c is not None:
            state = c.state
            banner, deadline = states.get(state, state), c.deadline
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        returning = d is not None and d.state in (DisputeState.RETURN_REQUESTED, DisputeState.RETURNED)
        self.return_to.setVisible(returning)
        self.return_address.setVisible(returning)
        if returning and d is not None:
            self.return_address.setText(address_text(d.return_address))
        says = deadline_texts(seller).get(state) if not arbiter else None
        self.deadline.setText((says or self.tr("Deadline: %1")).replace("%1", self._when(deadline)) if deadline else "")
        self.deadline.setVisible(deadline is not None)
        rows = sorted([*(c.history if c else ()), *(d.history if d else ()), *self._filed_opening()],
                      key=lambda r: r.id, reverse=True)
        self._show_reason(rows)
        self.history.show_steps(rows, self.order.currency if self.order else "", action_labels(),
                                self.order.store_name if self.order else "",
                                (self.order.buyer_handle, self.order.buyer_name) if self.order else ("", ""))
        self._translate_steps(rows, arbiter)
        pending = c is not None and c.state == "pending"
        open_case = d is not None and d.state != DisputeState.CLOSED
        self.cancel_button.setVisible(buyer and status in NOT_SHIPPED and not pending)
        self.ship_button.setVisible(seller and status == "awaiting_shipment")
        self.accept_cancel_button.setVisible(seller and pending)
        self.decline_button.setVisible(seller and pending)
        self.respond_button.setVisible(seller and d is not None and d.state == DisputeState.OPEN)
        self.refund_button.setVisible(seller and d is not None and d.state == DisputeState.RETURNED)
        self.accept_answer_button.setVisible(buyer and d is not None
                                             and d.state in (DisputeState.OFFERED, DisputeState.REJECTED))
        self.escalate_button.setVisible(buyer and open_case and d is not None and d.state in BUYER_MOVES)
        if d is not None:
            allowed = d.can_escalate
            self.escalate_button.setEnabled(allowed)
            self.escalate_button.setToolTip("" if allowed else self.tr("Possible from %1")
                                            .replace("%1", self._when(d.escalation_from)))
        self.return_button.setVisible(buyer and d is not None and d.state == DisputeState.RETURN_REQUESTED)
        self.decide_button.setVisible(arbiter and d is not None and d.state == DisputeState.ESCALATED)
        self.export_button.setVisible(self.order is not None)
        self.setVisible(self.order is not None)
        self.has_dispute.emit(d is not None)

    def _translate_steps(self, rows: list[HistoryRow], arbiter: bool) -> None:
        """Ask for the other side's words in the reader's language, as the chat shows the same
        steps' cards (the marketplace is in no chat: it reads them as written)."""
        user = self._session.user
        if arbiter or user is None or not self._session.settings.translate_incoming:
            return
        ids = [r.message_id for r in rows if r.message_id is not None and r.by != user.handle
               and step_words(r) == r.text and r.text.strip() and r.message_id not in self._asked]
        if not ids:
            return
        self._asked.update(ids)
        oid = self.order.id if self.order else 0
        order_problems.step_translations(self._session, ids, self._session.reader_language).on_success(
            lambda found: self._translated(oid, found)).on_failure(self._translation_failed).bound_to(self).run()

    def _translated(self, order_id: int, found: dict) -> None:
        if self.order is None or self.order.id != order_id:
            return
        done = {mid: (o.text, o.src) for mid, o in found.items() if o.translated and o.text}
        self.history.set_translations({**self.history.translations, **done})

    def _translation_failed(self, exc: BaseException) -> None:
        """No pack, no language: the words stay as written (the chat offers the pack)."""
        if not isinstance(exc, KnownError):
            raise exc

    def _filed_opening(self) -> list[HistoryRow]:
        """A dispute older than its steps: its filing stands in for the opening step."""
        d, user = self.case, self._session.user
        if d is None or user is None:
            return []
        by = user.handle if self.record is not None and self.record.opened_by == user.id else \
            (self.order.buyer_name if self.order else "")
        row = order_problems.opening_as_filed(d, self.record, by)
        return [row] if row is not None else []

    def _show_reason(self, rows: list[HistoryRow]) -> None:
        """The dispute's reason and its opening: who (you, the buyer) and when."""
        d, user = self.case, self._session.user
        opening = next((r for r in rows if r.action.value == "dispute_opened"), None) if d else None
        self.reason.setVisible(d is not None)
        self.opened.setVisible(opening is not None)
        if d is None:
            return
        self.reason.setText(self.tr("Dispute: %1").replace("%1", reason_labels().get(d.reason, d.reason)))
        if opening is not None:
            who = self.tr("you") if user is not None and opening.by == user.handle else self.tr("the buyer")
            self.opened.setText(self.tr("Opened by %1 on %2").replace("%1", who).replace("%2", self._when(opening.at)))

    # -- actions --------------------------------------------------------------------------------
    def _run(self, op) -> None:
        self.error.hide()
        oid = self.order.id if self.order else 0
        op.on_success(lambda _r: self._acted(oid)).on_failure(self._failed).bound_to(self).run()

    def _acted(self, order_id: int) -> None:
        self.changed.emit(order_id)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, KnownError):
            self.error.setText(errors.explain(exc).line())
            self.error.show()
            self.reload()               # someone answered first: show what stands now

    def _dialog(self, dialog) -> object:
        dialog.done_with.connect(lambda _r: self._acted(dialog.order_id))
        dialog.open()
        return dialog

    def ask_cancel(self) -> object:
        from desktop.gui.views.cancel_dialog import CancelRequestDialog

        return self._dialog(CancelRequestDialog(self._session, self.order.id, self.order.number, self))

    def decline_cancel(self) -> object:
        from desktop.gui.views.cancel_dialog import DeclineDialog

        return self._dialog(DeclineDialog(self._session, self.order.id, self.order.number, self))

    def mark_shipped(self) -> object:
        from desktop.gui.views.cancel_dialog import ShipDialog

        return self._dialog(ShipDialog(self._session, self.order.id, self.order.number, parent=self))

    def ship_back(self) -> object:
        from desktop.gui.views.cancel_dialog import ShipDialog

        return self._dialog(ShipDialog(self._session, self.order.id, self.order.number, returning=True,
                                       case=self.case, parent=self))

    def respond(self) -> object:
        from desktop.gui.views.dispute_respond_dialog import DisputeRespondDialog

        return self._dialog(DisputeRespondDialog(self._session, self.case, self))

    def decide(self) -> object:
        from desktop.gui.views.decide_dialog import DecideDialog

        return self._dialog(DecideDialog(self._session, self.case, self.order.total_cents, self))

    def accept_cancel(self) -> None:
        self._run(order_problems.accept_cancellation(self._session, self.order.id))

    def refund_return(self) -> None:
        self._run(order_problems.respond_dispute(self._session, self.order.id, "accept"))

    def accept_answer(self) -> None:
        self._run(order_problems.accept_dispute_answer(self._session, self.order.id))

    def escalate(self) -> None:
        self._run(order_problems.escalate_dispute(self._session, self.order.id))

    def _exported(self, path: Path) -> None:
        """Say where the pack went: the save dialog closed on nothing else."""
        self.notice.setText(self.tr("Evidence pack saved to %1").replace("%1", str(path)))
        self.notice.show()
        self.exported.emit(str(path))

    def choose_export(self) -> None:
        name = f"evidence-{self.order.number}.zip" if self.order else "evidence.zip"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export evidence"), name, self.tr("ZIP files (*.zip)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        order_problems.export_evidence(self._session, self.order.id, path).on_success(
            lambda _names: self._exported(path)).on_failure(
            lambda exc: errors.warn_error(self, exc) if isinstance(exc, KnownError) else None
        ).bound_to(self).run()
