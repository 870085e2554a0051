"""The open chat's header: the other side's name, who they are and their local time, the
"Show originals" switch and, for a seller, the buyer's wait (`WaitLabel`). Its strings keep
the chat's translation context ("ChatView"), where they have always been translated."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.gui import format as fmt
from desktop.gui.views.elided_label import ElidedLabel
from desktop.gui.views.wait_label import WaitLabel

if TYPE_CHECKING:
    from desktop.core.conversations import ConversationRow



class ChatHeader(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chatHeader")
        # Cut with "…" (the whole text as the tooltip) when the window is narrow.
        self.title = ElidedLabel(self)
        self.title.setObjectName("h1")
        self.subtitle = ElidedLabel(self)
        self.subtitle.setObjectName("muted")
        self.originals_button = QPushButton(QCoreApplication.translate("ChatView", "Show originals"), self)
        self.originals_button.setCheckable(True)
        self.originals_button.setToolTip(QCoreApplication.translate("ChatView", "Show every message as it was written"))
        self.wait = WaitLabel(self)            # a seller's: the buyer's wait and the time left
        # The name has the header's whole width; the buttons share the line under it with the
        # subtitle, so a narrow chat (800x560) still shows the name, not "James …". When the
        # subtitle would not fit whole beside them they go to the wait's line
        # ("james · writes i…" beside Note and Show originals at 800 px).
        self.tools = QWidget(self)
        self.buttons = QHBoxLayout(self.tools)  # where buttons go (the team's Note too)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.originals_button, 0, Qt.AlignmentFlag.AlignVCenter)
        names = QVBoxLayout(self)
        names.setContentsMargins(16, 10, 16, 10)
        names.setSpacing(2)
        names.addWidget(self.title)
        self.line = QHBoxLayout()              # the subtitle's line
        self.line.addWidget(self.subtitle, 1)
        self.line.addWidget(self.tools, 0, Qt.AlignmentFlag.AlignVCenter)
        names.addLayout(self.line)
        self.wait_line = QHBoxLayout()
        self.wait_line.addWidget(self.wait, 1)
        names.addLayout(self.wait_line)
        self.own_line = QHBoxLayout()          # the buttons alone, when neither line has room
        names.addLayout(self.own_line)
        self.place = self.line
        self.tools.installEventFilter(self)
        self.wait.rendered.connect(self._place_tools)        # the wait's text grows with the clock

    @property
    def narrow(self) -> bool:
        """The buttons are not beside the subtitle."""
        return self.place is not self.line

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A button shown or hidden (the team's Note) changes the buttons' width: placed again.
        if watched is self.tools and event.type() == QEvent.Type.LayoutRequest and hasattr(self, "place"):
            self._place_tools()
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "place"):
            self._place_tools()

    def _fits_beside(self, label: QLabel) -> bool:
        text = label.full_text() if isinstance(label, ElidedLabel) else label.text()
        need = label.fontMetrics().horizontalAdvance(text) + 8 + max(0, self.line.spacing()) \
            + self.tools.sizeHint().width()
        return need <= self.contentsRect().width() - 32

    def _place_tools(self) -> None:
        """The buttons beside the subtitle while it fits whole with them, else beside the wait
        if it does, else on a line of their own: neither text is ever cut by them ("Esperando
        7 h · con 3 h de re" under Nota and Ver originales at 800 px)."""
        if self._fits_beside(self.subtitle):
            place = self.line
        elif self.wait.isHidden() or self._fits_beside(self.wait):
            place = self.wait_line
        else:
            place = self.own_line
        if place is not self.place:
            self.place.removeWidget(self.tools)
            self.place = place
            # At the right, as wide as its buttons (a buyer's wait line has nothing else on it).
            align = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if place is not self.line
                                                     else Qt.AlignmentFlag.AlignVCenter)
            place.addWidget(self.tools, 0, align)

    def show_peer(self, row: ConversationRow) -> None:
        """The other side of the conversation: name, handle, language and local time."""
        self.title.setText(row.peer_name)
        self.subtitle.setText(QCoreApplication.translate("ChatView", "%1 · writes in %2 · %3 there")
                              .replace("%1", row.peer_handle).replace("%2", fmt.language_label(row.peer_language))
                              .replace("%3", fmt.clock(row.peer_time_zone)))
        self._place_tools()
