"""The "Open dispute" dialog for a delivered order: reason, description, evidence files.

    dialog = DisputeDialog(session, order.id, order_number=order.number, parent=window)
    dialog.submitted.connect(on_dispute_opened)       # a DisputeRecord
    dialog.open()

Evidence is added with "+", by dropping files or pictures anywhere on the dialog, or by
pasting; pictures and videos are checked at once (refusals are listed in the dialog).
Submit hands everything to `ops.disputes.file_dispute` (the core checks the dispute can
be opened, stores each file, then writes it). A refusal or an error is shown in the
dialog and everything typed and added stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.ops import advice, disputes
from desktop.gui.session import Session
from desktop.gui.views import advice_text
from desktop.gui.views.attachment_strip import AttachmentStrip, refusal_text
from desktop.gui.views.char_counter import CharCounter
from desktop.gui.views.discard_box import ask_to_discard
from desktop.gui.views.drop_target import AttachmentDropFilter

if TYPE_CHECKING:
    from desktop.core.disputes import DisputeRecord

FAILED_STYLE = "color: #C62828;"


def reason_labels() -> dict[str, str]:
    """The reasons the dialog offers, by `disputes.REASONS` code."""
    return {
        "not_received": QCoreApplication.translate("DisputeDialog", "I did not receive the order"),
        "not_as_described": QCoreApplication.translate("DisputeDialog", "The item is not as described"),
        "damaged": QCoreApplication.translate("DisputeDialog", "The item arrived damaged"),
        "wrong_item": QCoreApplication.translate("DisputeDialog", "I received the wrong item"),
        "counterfeit": QCoreApplication.translate("DisputeDialog", "The item is counterfeit"),
        "missing_parts": QCoreApplication.translate("DisputeDialog", "Parts or items are missing"),
        "other": QCoreApplication.translate("DisputeDialog", "Another problem"),
    }


class DisputeDialog(QDialog):
    """Opens a dispute on one delivered order."""

    submitted = Signal(object)          # DisputeRecord

    def __init__(self, session: Session, order_id: int, *, order_number: str = "", total_cents: int = 0,
                 currency: str = "EUR", parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.order_id = order_id
        self.total_cents = total_cents
        self.busy = False
        self.setWindowTitle(self.tr("Open a dispute"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr("Order %1 was delivered. Tell the seller and the marketplace what went wrong; "
                               "photos and videos of the problem help decide the dispute.")
                       .replace("%1", order_number or str(order_id)), self)
        intro.setWordWrap(True)
        self.reason = QComboBox(self)
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, label in reason_labels().items():
            self.reason.addItem(label, code)
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("Describe the problem: what you expected, what arrived, "
                                                    "what you would like (refund, replacement)…"))
        self.description.setFixedHeight(110)
        self.counter = CharCounter(disputes.MAX_DESCRIPTION, self)
        # The refund asked: the whole order, or a part of it (a buyer who keeps a flawed item)
        self.refund = QComboBox(self)
        if total_cents:
            self.refund.addItem(self.tr("Full refund (%1)").replace("%1", fmt.money(total_cents, currency)), "full")
        else:
            self.refund.addItem(self.tr("Full refund"), "full")
        self.refund.addItem(self.tr("Partial refund"), "partial")
        self.amount = QDoubleSpinBox(self)
        self.amount.setDecimals(2)
        self.amount.setRange(0.0, total_cents / 100 if total_cents else 1_000_000.0)
        self.amount.setSuffix(f" {currency}")
        self.refund.currentIndexChanged.connect(self._refund_changed)
        self.amount.valueChanged.connect(self._update)

        self.evidence = AttachmentStrip(
            session, self, evidence=True,
            empty_text=self.tr("No evidence yet. Add photos or a video with the button, or drop them here."))
        self.evidence.layout().setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("+ Add photos or videos…"), self)
        self.add_button.clicked.connect(self.evidence.pick_files)
        self.refusals = QLabel(self)
        self.refusals.setWordWrap(True)
        self.refusals.setStyleSheet(FAILED_STYLE)
        self.refusals.hide()
        self.evidence.refused.connect(self._refused)
        self.evidence.changed.connect(self._update)
        self.evidence.changed.connect(lambda: QTimer.singleShot(0, self, self._grow_to_fit))

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(FAILED_STYLE)
        self.error.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.submit_button = QPushButton(self.tr("Submit dispute"), self)
        self.submit_button.setObjectName("primary")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow("", self.counter)
        form.addRow(self.tr("Refund asked:"), self.refund)
        form.addRow(self.tr("Amount:"), self.amount)
        self.form = form
        evidence_box = QVBoxLayout()
        evidence_box.addWidget(self.evidence)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        evidence_box.addLayout(add_row)
        evidence_box.addWidget(self.refusals)
        form.addRow(self.tr("Evidence:"), evidence_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        # Before a dispute: a store that has not had a working day to answer the last message
        # may still solve it in the chat (issue 19). A suggestion, never a block.
        self.wait_note = QLabel(self)
        self.wait_note.setObjectName("muted")
        self.wait_note.setWordWrap(True)
        self.wait_note.hide()
        self._asked_wait = False
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.wait_note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)


        self.drops = AttachmentDropFilter(self)
        # Drops anywhere on the dialog reach it (the strip and labels do not take drops
        # themselves); the description takes text drops, so it is watched too.
        for w in (self, self.description):
            self.drops.install(w)
        # Nothing joins the evidence while a submit with the current list is under way.
        self.drops.files_dropped.connect(lambda paths: self.busy or self.evidence.add_paths(paths))
        self.drops.image_pasted.connect(lambda data, name: self.busy or self.evidence.add_image_bytes(data, name))
        self.description.textChanged.connect(self._update)
        self._refusal_lines: list[str] = []
        self.discard_box: QMessageBox | None = None
        self._refund_changed()

    def _grow_to_fit(self) -> None:
        # Wrapped labels (refusals, errors) need more height at this width than the
        # minimum Qt gives a top-level window, which would squeeze the thumbnails.
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalMinimumSize().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _refused(self, name: str, reason: str, message: str) -> None:
        # The newest few, so a folder of wrong files does not grow the dialog without end.
        self._refusal_lines = (self._refusal_lines + [f"{name}: {message}"])[-3:]
        self.refusals.setText("\n".join(self._refusal_lines))
        self.refusals.show()
        QTimer.singleShot(0, self, self._grow_to_fit)

    def _refund_changed(self) -> None:
        partial = self.refund.currentData() == "partial"
        self.amount.setVisible(partial)
        label = self.form.labelForField(self.amount)
        if label is not None:
            label.setVisible(partial)
        self._update()
        QTimer.singleShot(0, self, self._grow_to_fit)

    def _amount_ok(self) -> bool:
        """A partial refund is above zero and, when the total is known, at most it (the core's rule)."""
        if self.refund.currentData() != "partial":
            return True
        cents = round(self.amount.value() * 100)
        return cents > 0 and (not self.total_cents or cents <= self.total_cents)

    def _update(self) -> None:
        text = self.description.toPlainText()
        over = self.counter.count(text)
        ready = bool(text.strip()) and not over and self.evidence.checking == 0 and self._amount_ok()
        self.submit_button.setEnabled(ready and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.reason, self.description, self.refund, self.amount, self.evidence, self.add_button,
                  self.cancel_button):
            w.setEnabled(not busy)
        self.submit_button.setText(self.tr("Sending…") if busy else self.tr("Submit dispute"))
        self._update()

    def reject(self) -> None:
        # Escape or closing the window while the dispute is being stored would hide
        # its outcome; the dialog closes itself when it is done.
        if self.busy:
            return
        if self.description.toPlainText().strip() or not self.evidence.is_empty():
            self._ask_discard()          # Esc, Cancel or the × lost a whole description and its photos
            return
        super().reject()

    def _ask_discard(self) -> None:
        if self.discard_box is not None:
            return
        self.discard_box = ask_to_discard(
            self, self.tr("Open a dispute"),
            self.tr("Discard this dispute? What you wrote and the evidence you added are not kept."),
            self._discard_answered)

    def _discard_answered(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            QDialog.reject(self)
        else:
            self.description.setFocus()

    def showEvent(self, event) -> None:
        """The first time the dialog shows, ask whether waiting for the store is advised."""
        if not self._asked_wait:
            self._asked_wait = True
            advice.dispute_wait(self._session, self.order_id).on_success(self._suggest_waiting).on_failure(
                self._no_suggestion).bound_to(self).run()
        super().showEvent(event)

    def _no_suggestion(self, exc: BaseException) -> None:
        """Advice that cannot be given is not given (an order this dialog cannot submit says so
        itself on Submit); anything else is a bug."""
        if not isinstance(exc, KnownError):
            raise exc

    def _suggest_waiting(self, wait) -> None:
        if wait is not None:
            self.wait_note.setText(advice_text.dispute_wait_text(wait, self._session.user.time_zone))
            self.wait_note.show()

    def submit(self) -> None:
        if self.busy or not self.submit_button.isEnabled():
            return
        self.error.hide()
        self._set_busy(True)
        partial = self.refund.currentData() == "partial"
        disputes.file_dispute(self._session, self.order_id, self.reason.currentData(), self.description.toPlainText(),
                              self.evidence.items(), refund_kind="partial" if partial else "full",
                              amount=self.amount.value() if partial else None
                              ).on_success(self._done).on_failure(self._failed).run()

    def _done(self, record: DisputeRecord) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.submitted.emit(record)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(exc, disputes.EvidenceRefused):
            text = f"{exc.name}: {refusal_text(exc.reason, evidence=True)}"
        elif isinstance(exc, KnownError):
            text = errors.explain(exc).line()
        else:
            # A bug: the exception hook logs it and says so; the dialog keeps the input.
            text = self.tr("An internal error stopped the dispute. Your text and files are still here.")
        self.error.setText(text)
        self.error.show()
        QTimer.singleShot(0, self, self._grow_to_fit)
