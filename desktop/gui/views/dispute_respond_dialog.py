"""The store's answer to a dispute: accept the refund, offer part of it, ask for the item
back, or reject it with a message and its own pictures or videos. "Ask for the item back" is
off while the store has no return address (the buyer would not know where to send it): the
dialog says so, with "Store settings…" to add one, and turns it on once there is one.

    dialog = DisputeRespondDialog(session, case, parent=page)     # case: the DisputeCase
    dialog.done_with.connect(page.reload)
    dialog.open()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from desktop.core.kinds import ChangeKind
from desktop.gui import format as fmt
from desktop.gui.ops import desk as desk_ops
from desktop.gui.ops import order_problems
from desktop.gui.session import ChangeNotice, Session
from desktop.gui.views.attachment_strip import AttachmentStrip
from desktop.gui.views.cancel_dialog import OrderDialog

if TYPE_CHECKING:
    from desktop.core.desk_settings import StoreSettings
    from desktop.core.dispute_steps import DisputeCase
    from desktop.gui.views.store_settings_dialog import StoreSettingsDialog
    from desktop.gui.worker import Op


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
        # Without a return address the store cannot ask for the item back: said here, with the way to add one.
        self.return_address: str | None = None           # None: not read yet
        self.settings_dialog: StoreSettingsDialog | None = None
        self.no_address = QLabel(self.tr("To ask for the item back, add your store's return address first: the "
                                         "buyer must know where to send it."), self)
        self.no_address.setObjectName("muted")
        self.no_address.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Store settings…"), self)
        self.settings_button.setAutoDefault(False)
        self.settings_button.clicked.connect(self.open_store_settings)
        self.no_address_row = QWidget(self)
        note = QHBoxLayout(self.no_address_row)
        note.setContentsMargins(0, 0, 0, 0)
        note.addWidget(self.no_address, 1)
        note.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        self.no_address_row.hide()
        self.form.addRow(self.tr("Answer:"), self.action)
        self.form.addRow("", self.no_address_row)
        self.form.addRow(self.tr("Amount offered:"), self.amount)
        self.form.addRow(self.tr("Message:"), self.text)
        self.form.addRow(self.tr("Evidence:"), box)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.amount.valueChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        self.evidence.changed.connect(self._update)
        self._action_changed()
        session.changed.connect(self._on_changes)
        self.read_address()

    # -- the store's return address ------------------------------------------------------------
    def read_address(self) -> None:
        desk_ops.store_settings(self._session).on_success(self._address_read).bound_to(self).run()

    def _on_changes(self, notice: ChangeNotice) -> None:
        if ChangeKind.STORE_SETTINGS in notice.kinds:      # added here, by a teammate, or from the command line
            self.read_address()

    def _address_read(self, settings: StoreSettings) -> None:
        self.return_address = settings.return_address
        missing = not settings.return_address.strip()
        index = self.action.findData("return")
        item = self.action.model().item(index) if index >= 0 else None    # type: ignore[attr-defined]
        if item is not None:
            item.setEnabled(not missing)
            item.setToolTip(self.tr("Your store has no return address yet: add it in Store settings.")
                            if missing else "")
        if missing and self.action.currentData() == "return":
            self.action.setCurrentIndex(self.action.findData("accept"))
        self.no_address_row.setVisible(missing)
        self._update()
        self.fit_height()

    def open_store_settings(self):
        """Store settings over this dialog; once saved, the choice follows the address."""
        from desktop.gui.views.store_settings_dialog import StoreSettingsDialog

        dialog = StoreSettingsDialog(self._session, self)
        dialog.saved.connect(self.read_address)
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        self.settings_dialog = dialog
        dialog.open()
        dialog.address.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

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
        if code == "return":
            return self.return_address is None or bool(self.return_address.strip())
        return True

    def make_op(self) -> Op:
        code = self.action.currentData()
        return order_problems.respond_dispute(
            self._session, self.order_id, code, amount=self.amount.value() if code == "partial" else None,
            text=self.text.toPlainText(), evidence_files=self.evidence.items())
