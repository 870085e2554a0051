"""The store's answer to a dispute: accept the refund, offer part of it, ask for the item
back, or reject it with a message and its own pictures or videos.

    dialog = DisputeRespondDialog(session, case, parent=page)     # case: the DisputeCase
    dialog.done_with.connect(page.reload)
    dialog.open()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.gui import format as fmt
from desktop.gui.ops import order_problems
from desktop.gui.session import Session
from desktop.gui.views.attachment_strip import AttachmentStrip
from desktop.gui.views.cancel_dialog import OrderDialog

if TYPE_CHECKING:
    from desktop.gui.worker import Op
    from desktop.core.dispute_steps import DisputeCase


def response_labels() -> dict[str, str]:
    """The store's answers, by `order_rules.DISPUTE_RESPONSES` code."""
    return {
        "accept": QCoreApplication.translate("DisputeRespondDialog", "Accept the refund asked"),
        "partial": QCoreApplication.translate("DisputeRespondDialog", "Offer a partial refund"),
        "return": QCoreApplication.translate("DisputeRespondDialog", "Ask for the item back"),
        "reject": QCoreApplication.translate("DisputeRespondDialog", "Reject the dispute"),
    }


class DisputeRespondDialog(OrderDialog):
    def __init__(self, session: Session, case: DisputeCase, parent: QWidget | None = None):
        asked = fmt.money(case.asked_cents, case.currency)
        if case.deadline is not None:
            zone = session.user.time_zone if session.user is not None else None
            intro = (self.tr("The buyer of order %1 asks for a refund of %2. Answer by %3, or the refund is "
                             "accepted automatically.").replace("%3", fmt.date_time(case.deadline, zone)))
        else:
            intro = self.tr("The buyer of order %1 asks for a refund of %2. Answer before the deadline, "
                            "or the refund is accepted automatically.")
        super().__init__(session, case.order_id, self.tr("Answer the dispute"),
                         intro.replace("%1", case.order_number).replace("%2", asked), self.tr("Send answer"),
                         self.make_op, parent)
        self.case = case
        self.action = QComboBox(self)
        labels = response_labels()
        for code in order_problems.DISPUTE_RESPONSES:
            self.action.addItem(labels.get(code, code), code)
        self.amount = QDoubleSpinBox(self)
        self.amount.setDecimals(2)
        self.amount.setRange(0.0, case.asked_cents / 100)
        self.amount.setSuffix(f" {case.currency}")
        self.text = QPlainTextEdit(self)
        self.text.setFixedHeight(80)
        self.text.setPlaceholderText(self.tr("A message to the buyer (required to reject)"))
        self.evidence = AttachmentStrip(session, self, evidence=True,
                                        empty_text=self.tr("Your own photos or videos, if you reject."))
        self.evidence.layout().setContentsMargins(0, 0, 0, 0)
        add = QPushButton(self.tr("+ Add photos or videos…"), self)
        add.clicked.connect(self.evidence.pick_files)
        box = QVBoxLayout()
        box.addWidget(self.evidence)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        box.addLayout(row)
        self.form.addRow(self.tr("Answer:"), self.action)
        self.form.addRow(self.tr("Amount offered:"), self.amount)
        self.form.addRow(self.tr("Message:"), self.text)
        self.form.addRow(self.tr("Evidence:"), box)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.amount.valueChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        self.evidence.changed.connect(self._update)
        self._action_changed()

    def _action_changed(self) -> None:
        partial = self.action.currentData() == "partial"
        self.amount.setVisible(partial)
        label = self.form.labelForField(self.amount)
        if label is not None:
            label.setVisible(partial)
        self._update()
        self.fit_height()

    def ready(self) -> bool:
        code = self.action.currentData()
        if self.evidence.checking:
            return False
        if code == "partial":
            return 0 < round(self.amount.value() * 100) < self.case.asked_cents
        if code == "reject":
            return bool(self.text.toPlainText().strip())
        return True

    def make_op(self) -> Op:
        code = self.action.currentData()
        return order_problems.respond_dispute(
            self._session, self.order_id, code, amount=self.amount.value() if code == "partial" else None,
            text=self.text.toPlainText(), evidence_files=self.evidence.items())
