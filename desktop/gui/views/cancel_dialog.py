"""Dialogs of an order before (and while) it ships: the buyer's cancellation request, the
store's decline with a reason, and a shipment's carrier and tracking number (the store's
"Mark as shipped", the buyer's return).

    dialog = CancelRequestDialog(session, order_id, order_number, parent=page)
    dialog.done_with.connect(page.reload)          # the core's record
    dialog.open()

Each hands its fields to an op of `ops.order_problems`; a refusal stays in the dialog's
error line with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.ops import order_problems
from desktop.gui.session import Session
from desktop.gui.views.char_counter import CharCounter
from desktop.gui.views.return_address import address_label

if TYPE_CHECKING:
    from desktop.core.dispute_steps import DisputeCase
    from desktop.gui.worker import Op

FAILED_STYLE = "color: #C62828;"


def cancel_reason_labels() -> dict[str, str]:
    """The buyer's reasons, by `order_rules.CANCEL_REASONS` code."""
    return {
        "changed_mind": QCoreApplication.translate("CancelDialog", "I changed my mind"),
        "wrong_item_or_size": QCoreApplication.translate("CancelDialog", "I chose the wrong item, size or colour"),
        "found_cheaper": QCoreApplication.translate("CancelDialog", "I found it cheaper"),
        "shipping_too_long": QCoreApplication.translate("CancelDialog", "Shipping takes too long"),
        "wrong_address": QCoreApplication.translate("CancelDialog", "The shipping address is wrong"),
        "payment_problem": QCoreApplication.translate("CancelDialog", "A problem with the payment"),
        "other": QCoreApplication.translate("CancelDialog", "Another reason"),
    }


def decline_reason_labels() -> dict[str, str]:
    """The store's reasons to decline, by `order_rules.DECLINE_REASONS` code."""
    return {
        "already_shipped": QCoreApplication.translate("CancelDialog", "It has already shipped"),
        "being_prepared": QCoreApplication.translate("CancelDialog", "It is already being prepared"),
        "custom_made": QCoreApplication.translate("CancelDialog", "It is made to order"),
        "other": QCoreApplication.translate("CancelDialog", "Another reason"),
    }


class OrderDialog(QDialog):
    """A small form with an error line and Cancel / OK; `submit` runs the op that `make_op`
    (the subclass's, reading its own fields) gives."""

    done_with = Signal(object)

    def __init__(self, session: Session, order_id: int, title: str, intro: str, ok: str,
                 make_op: Callable[[], Op], parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._make_op = make_op
        self.order_id = order_id
        self.busy = False
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(FAILED_STYLE)
        self.error.hide()
        self.cancel_button = QPushButton(QCoreApplication.translate("OrderDialog", "Back"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(ok, self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def ready(self) -> bool:
        return True

    def fit_height(self) -> None:
        """A row shown after opening (an amount): grow to show it, and the buttons under it."""
        if self.isVisible():
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _update(self) -> None:
        self.ok_button.setEnabled(self.ready() and not self.busy)

    def submit(self) -> None:
        if self.busy or not self.ready():
            return
        self.busy = True
        self.error.hide()
        self._update()
        self._make_op().on_success(self._done).on_failure(self._failed).run()

    def _done(self, record: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.done_with.emit(record)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self._update()
        self.error.setText(errors.explain(exc).line() if isinstance(exc, KnownError)
                           else QCoreApplication.translate("OrderDialog",
                                                           "An internal error stopped this. What you wrote is "
                                                           "still here."))
        self.error.show()


def _reasons(parent: QWidget, labels: dict[str, str], codes: tuple[str, ...]) -> QComboBox:
    box = QComboBox(parent)
    for code in codes:
        box.addItem(labels.get(code, code), code)
    return box


class CancelRequestDialog(OrderDialog):
    """The buyer asks the store to cancel an order that has not shipped."""

    def __init__(self, session: Session, order_id: int, order_number: str = "", parent: QWidget | None = None):
        super().__init__(session, order_id, self.tr("Cancel order"),
                         self.tr("Ask the store to cancel order %1. The store has %n hour(s) to answer; "
                                 "if it does not, the order is cancelled automatically.", "",
                                 session.settings.cancel_answer_hours)
                         .replace("%1", order_number or str(order_id)), self.tr("Send request"), self.make_op, parent)
        self.reason = _reasons(self, cancel_reason_labels(), order_problems.CANCEL_REASONS)
        self.text = QPlainTextEdit(self)
        self.text.setFixedHeight(80)
        self.text.setPlaceholderText(self.tr("Anything the store should know (optional)"))
        self.counter = CharCounter(order_problems.MAX_TEXT, self)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.form.addRow(self.tr("Message:"), self.text)
        self.form.addRow("", self.counter)
        self.reason.currentIndexChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        self._update()

    def ready(self) -> bool:
        text = self.text.toPlainText()
        if self.counter.count(text):
            return False
        return self.reason.currentData() != "other" or bool(text.strip())

    def make_op(self) -> Op:
        return order_problems.request_cancellation(self._session, self.order_id, self.reason.currentData(),
                                                   self.text.toPlainText())


class ShipmentFields:
    """Carrier and tracking number, both required."""

    def __init__(self, dialog: OrderDialog):
        self.form = dialog.form
        self.carrier = QLineEdit(dialog)
        self.carrier.setPlaceholderText("Cainiao, Correos, YunExpress…")
        self.tracking = QLineEdit(dialog)
        self.tracking.setPlaceholderText("LP00123456789CN")
        dialog.form.addRow(QCoreApplication.translate("OrderDialog", "Carrier:"), self.carrier)
        dialog.form.addRow(QCoreApplication.translate("OrderDialog", "Tracking number:"), self.tracking)
        self.carrier.textChanged.connect(dialog._update)
        self.tracking.textChanged.connect(dialog._update)

    def filled(self) -> bool:
        return bool(self.carrier.text().strip() and self.tracking.text().strip())

    def set_visible(self, visible: bool) -> None:
        for w in (self.carrier, self.tracking):
            w.setVisible(visible)
            label = self.form.labelForField(w)
            if label is not None:
                label.setVisible(visible)


class DeclineDialog(OrderDialog):
    """The store declines a cancellation request; "already shipped" asks for the shipment."""

    def __init__(self, session: Session, order_id: int, order_number: str = "", parent: QWidget | None = None):
        super().__init__(session, order_id, self.tr("Decline cancellation"),
                         self.tr("Tell the buyer why order %1 cannot be cancelled.")
                         .replace("%1", order_number or str(order_id)), self.tr("Decline"), self.make_op, parent)
        self.reason = _reasons(self, decline_reason_labels(), order_problems.DECLINE_REASONS)
        self.text = QPlainTextEdit(self)
        self.text.setFixedHeight(80)
        self.counter = CharCounter(order_problems.MAX_TEXT, self)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.form.addRow(self.tr("Message:"), self.text)
        self.form.addRow("", self.counter)
        self.shipment = ShipmentFields(self)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.text.textChanged.connect(self._update)
        self._reason_changed()

    def _reason_changed(self) -> None:
        self.shipment.set_visible(self.reason.currentData() == "already_shipped")
        self._update()

    def ready(self) -> bool:
        code = self.reason.currentData()
        if self.counter.count(self.text.toPlainText()):
            return False
        if code == "already_shipped":
            return self.shipment.filled()
        return code != "other" or bool(self.text.toPlainText().strip())

    def make_op(self) -> Op:
        shipped = self.reason.currentData() == "already_shipped"
        return order_problems.decline_cancellation(
            self._session, self.order_id, self.reason.currentData(), self.text.toPlainText(),
            self.shipment.carrier.text() if shipped else "", self.shipment.tracking.text() if shipped else "")


class ShipDialog(OrderDialog):
    """Carrier and tracking number: the store's "Mark as shipped", or the buyer's return (which
    says by when, and the address the store gave, to copy onto the parcel)."""

    def __init__(self, session: Session, order_id: int, order_number: str = "", *, returning: bool = False,
                 case: DisputeCase | None = None, parent: QWidget | None = None):
        number = order_number or str(order_id)
        if returning:
            title, ok = (QCoreApplication.translate("ShipDialog", "Ship the item back"),
                         QCoreApplication.translate("ShipDialog", "Item shipped"))
            if case is not None and case.deadline is not None:
                intro = (QCoreApplication.translate("ShipDialog", "The store asked for the item of order %1 back. "
                                                    "Ship it by %2 to the address below and give the tracking "
                                                    "number.")
                         .replace("%1", number).replace("%2", fmt.date_time(case.deadline, _zone(session))))
            else:
                intro = QCoreApplication.translate("ShipDialog", "The store asked for the item of order %1 back. "
                                                   "Ship it to the address below and give the tracking number."
                                                   ).replace("%1", number)
        else:
            title, intro, ok = (QCoreApplication.translate("ShipDialog", "Mark as shipped"),
                                QCoreApplication.translate("ShipDialog", "Order %1 leaves with this carrier; the buyer follows it with the "
                                                "tracking number.").replace("%1", number),
                                QCoreApplication.translate("ShipDialog", "Mark as shipped"))
        super().__init__(session, order_id, title, intro, ok, self.make_op, parent)
        self.returning = returning
        self.address: QLabel | None = None
        if returning:
            self.setMinimumWidth(540)              # an address line of a Chinese district fits whole
            self.address = address_label(case.return_address if case is not None else "", self)
            self.form.addRow(QCoreApplication.translate("ShipDialog", "Send it to:"), self.address)
        self.shipment = ShipmentFields(self)
        self._update()

    def ready(self) -> bool:
        return self.shipment.filled()

    def make_op(self) -> Op:
        send: Callable[..., Op] = order_problems.ship_return if self.returning else order_problems.mark_shipped
        return send(self._session, self.order_id, self.shipment.carrier.text(), self.shipment.tracking.text())


def _zone(session: Session) -> str | None:
    return session.user.time_zone if session.user is not None else None
