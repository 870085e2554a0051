"""The marketplace's decision on an escalated dispute: a full, partial or no refund, with a
note to both sides (`dispute_steps.decide`; only the arbiter's account sees the action).

    dialog = DecideDialog(session, case, total_cents, parent=page)   # case: the DisputeCase
    dialog.done_with.connect(page.reload)
    dialog.open()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QPlainTextEdit, QWidget

from desktop.gui import format as fmt
from desktop.gui.ops import order_problems
from desktop.gui.session import Session
from desktop.gui.views.cancel_dialog import OrderDialog

if TYPE_CHECKING:
    from desktop.core.dispute_steps import DisputeCase
    from desktop.gui.worker import Op


def decision_labels() -> dict[str, str]:
    """The marketplace's outcomes, by `dispute_steps.DECISIONS` code."""
    return {
        "full": QCoreApplication.translate("DecideDialog", "Full refund"),
        "partial": QCoreApplication.translate("DecideDialog", "Partial refund"),
        "none": QCoreApplication.translate("DecideDialog", "No refund"),
    }


class DecideDialog(OrderDialog):
    def __init__(self, session: Session, case: DisputeCase, total_cents: int, parent: QWidget | None = None):
        super().__init__(session, case.order_id, self.tr("Decide the dispute"),
                         self.tr("The buyer of order %1 asked for %2 of %3. Both sides read your decision and "
                                 "its note; it closes the dispute.")
                         .replace("%1", case.order_number).replace("%2", fmt.money(case.asked_cents, case.currency))
                         .replace("%3", fmt.money(total_cents, case.currency)), self.tr("Decide"),
                         self.make_op, parent)
        self.case = case
        self.total_cents = total_cents
        self.outcome = QComboBox(self)
        labels = decision_labels()
        for code in order_problems.DECISIONS:
            self.outcome.addItem(labels.get(code, code), code)
        self.amount = QDoubleSpinBox(self)
        self.amount.setDecimals(2)
        self.amount.setRange(0.0, total_cents / 100)
        self.amount.setValue(case.asked_cents / 100)
        self.amount.setSuffix(f" {case.currency}")
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(90)
        self.note.setPlaceholderText(self.tr("Why: both sides read this note (required)"))
        self.form.addRow(self.tr("Outcome:"), self.outcome)
        self.form.addRow(self.tr("Refund:"), self.amount)
        self.form.addRow(self.tr("Note:"), self.note)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.amount.valueChanged.connect(self._update)
        self.note.textChanged.connect(self._update)
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        partial = self.outcome.currentData() == "partial"
        self.amount.setVisible(partial)
        label = self.form.labelForField(self.amount)
        if label is not None:
            label.setVisible(partial)
        self._update()
        self.fit_height()

    def ready(self) -> bool:
        if not self.note.toPlainText().strip():
            return False
        if self.outcome.currentData() == "partial":
            return 0 < round(self.amount.value() * 100) <= self.total_cents
        return True

    def make_op(self) -> Op:
        code = self.outcome.currentData()
        return order_problems.decide_dispute(self._session, self.order_id, code,
                                             amount=self.amount.value() if code == "partial" else None,
                                             text=self.note.toPlainText())
