"""First start: a strip across the top of the window for a new buyer or seller, three lines
and a link to the guide. Closed once, it never returns for that account (the flag is kept
with the account's window state, `user-<handle>/welcome_closed` in the data folder's
window.ini)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class WelcomeStrip(QFrame):
    guide_requested = Signal()
    closed = Signal()

    def __init__(self, settings: QSettings, handle: str, role: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeStrip")
        self._settings = settings
        self._key = f"user-{handle}/welcome_closed"
        if role == "buyer":
            lines = (self.tr("Welcome to Buzón. Ask a store anything from a product or an order with "
                             "“Contact seller”: it reads you in its own language."),
                     self.tr("Keep every deal and payment in the chat: that is what buyer protection covers."),
                     self.tr("Stores are many hours ahead: give them a working day to answer."))
            link = self.tr("Talking with sellers")
        else:
            lines = (self.tr("Welcome to Buzón. Every buyer's message to your store arrives in the Message "
                             "Centre, translated into your language."),
                     self.tr("Answer in your language: the buyer reads it in theirs."),
                     self.tr("Contact details and payment outside the marketplace are stopped before they leave."))
            link = self.tr("Talking with buyers")
        self.text = QLabel("<br>".join(lines) + f'<br><a href="guide">{link}</a>', self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.linkActivated.connect(lambda _link: self.guide_requested.emit())
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close: this welcome will not come back"))
        close.clicked.connect(self.dismiss)
        self.close_button = close
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(self.wanted())

    def wanted(self) -> bool:
        """Whether this account has not closed the welcome yet."""
        return not self._settings.value(self._key, False, type=bool)

    def dismiss(self) -> None:
        self._settings.setValue(self._key, True)
        self._settings.sync()
        self.hide()
        self.closed.emit()
