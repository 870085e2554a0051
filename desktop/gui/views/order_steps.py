"""The steps of an order's cancellation and dispute on its page, newest first: one line per
step (date, who, what, amount, the words that came with it) and, under a step with
evidence, its files as thumbnails (pictures) or named tiles (videos); a click opens the
picture in the viewer, a video in the system's player.

    steps = StepList(session, images, parent)
    steps.show_steps(rows, currency)           # HistoryRow, newest first
    steps.text()                               # every line, for tests and copying
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.kinds import Role
from desktop.gui import format as fmt
from desktop.gui.case_words import shown_amount
from desktop.gui.images import ImageCache
from desktop.gui.ops import pictures
from desktop.gui.session import Session
from desktop.gui.views.flow_layout import FlowLayout

if TYPE_CHECKING:
    from desktop.core.order_history import EvidenceItem, HistoryRow

THUMB = 96
# The clock's steps: their text is the core's English explanation, which the label already says.
CLOCK_ACTIONS = ("cancel_auto", "auto_accepted", "auto_escalated", "return_lapsed")


def step_words(row: HistoryRow) -> str:
    """The words that came with a step, for the reader: a cancellation's reason given without
    words is its code in the core, said here in the window's language; a clock step has none."""
    return words_for(row.action.value, row.text)


def words_for(action: str, text: str) -> str:
    """`step_words` of a step named by its action and its stored text."""
    if action in CLOCK_ACTIONS:
        return ""
    if action in ("cancel_requested", "cancel_declined"):
        from desktop.gui.views.cancel_dialog import cancel_reason_labels, decline_reason_labels

        return {**cancel_reason_labels(), **decline_reason_labels()}.get(text, text)
    return text


class EvidenceTile(QLabel):
    """One file of a step: a thumbnail of a picture, or ▶ and the name of a video."""

    def __init__(self, session: Session, images: ImageCache, item: EvidenceItem, parent: QWidget):
        super().__init__(parent)
        self._session = session
        self._images = images
        self.item = item
        self.path = pictures.stored_file(session, item.sha256, item.mime)
        self.setFixedSize(THUMB, THUMB)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setToolTip(item.name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("background: #FFFFFF; border: 1px solid #E5E7EB; border-radius: 6px;")
        self.setProperty("kind", "picture" if item.mime.startswith("image/") else "video")
        if self.property("kind") == "video":
            self.setText("▶\n" + self.fontMetrics().elidedText(item.name, Qt.TextElideMode.ElideMiddle, THUMB - 8))
        self.refresh()

    def refresh(self) -> None:
        if self.property("kind") == "picture":
            pm = self._images.get(str(self.path), THUMB - 4)
            if pm is not None and not pm.isNull():
                self.setPixmap(pm)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.open()

    def open(self) -> object:
        if self.property("kind") == "picture":
            from desktop.gui.views.image_viewer import ImageViewer

            viewer = ImageViewer(self._session, self.path, name=self.item.name, parent=self.window())
            viewer.open()
            return viewer
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        return None


class StepList(QWidget):
    def __init__(self, session: Session, images: ImageCache, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._images = images
        self._lines: list[str] = []
        self._tiles: list[EvidenceTile] = []
        self._shown: tuple = ()
        self._store = ""
        self._buyer = ("", "")
        self._rows: list[HistoryRow] = []
        self._currency = ""
        self._labels: dict[str, str] = {}
        self.translations: dict[int, tuple[str, str]] = {}     # card message id -> (words in the reader's language, from)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        images.ready.connect(lambda _p: [t.refresh() for t in self.evidence_tiles()])

    def show_steps(self, rows: list[HistoryRow], currency: str, labels: dict[str, str], store: str = "",
                   buyer: tuple[str, str] = ("", "")) -> None:
        """`store`: the store's name, which a buyer reads for a step its staff took (not "wei");
        `buyer`: the buyer's handle and name, which the store and the marketplace read (not "lucia")."""
        self.setVisible(bool(rows))
        self._store = store
        self._buyer = buyer
        shown = (tuple(rows), currency, self._session.user and self._session.user.time_zone, store, buyer,
                 tuple(sorted(self.translations.items())))
        if shown == self._shown:            # the section renders once per part it reads: build once
            return
        self._shown = shown
        self._rows, self._currency, self._labels = list(rows), currency, labels
        while self._layout.count():
            w = self._layout.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self._lines, self._tiles = [], []
        for row in rows:
            line = self._line(row, currency, labels)
            self._lines.append(line)
            label = QLabel(line, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if row.message_id in self.translations:
                label.setToolTip(QCoreApplication.translate("OrderProblems", "Original: %1").replace("%1", row.text))
            self._layout.addWidget(label)
            if row.evidence:
                box = QWidget(self)
                box.setObjectName("stepEvidence")
                flow = FlowLayout(box)
                flow.setContentsMargins(16, 0, 0, 4)
                for item in row.evidence:
                    tile = EvidenceTile(self._session, self._images, item, box)
                    self._tiles.append(tile)
                    flow.addWidget(tile)
                self._layout.addWidget(box)

    def set_translations(self, translations: dict[int, tuple[str, str]]) -> None:
        """The other side's words in the reader's language (card message id -> (text, the
        language they were written in)): the lines say them, marked, the original in the tooltip."""
        if translations == self.translations:
            return
        self.translations = dict(translations)
        if self._rows or self._shown:
            self.show_steps(self._rows, self._currency, self._labels, self._store, self._buyer)

    def text(self) -> str:
        return "\n".join(self._lines)

    def evidence_tiles(self) -> list[EvidenceTile]:
        return list(self._tiles)

    def _when(self, at: dt.datetime) -> str:
        return fmt.date_time(at, self._session.user.time_zone)

    def _line(self, row: HistoryRow, currency: str, labels: dict[str, str]) -> str:
        label = labels.get(row.action.value, row.action.value)
        cents = shown_amount(row.action.value, row.amount_cents)
        amount = f" · {fmt.money(cents, currency)}" if cents is not None else ""
        user = self._session.user
        if row.by == "marketplace":
            who = QCoreApplication.translate("OrderProblems", "the marketplace")
        elif user is not None and row.by == user.handle:
            who = QCoreApplication.translate("OrderProblems", "you")
        elif user is not None and user.role == Role.BUYER.value and self._store:
            who = self._store            # on a buyer's order anyone else is the store's staff
        elif self._buyer[0] and row.by == self._buyer[0]:
            who = self._buyer[1] or row.by
        elif user is not None and user.role == Role.ARBITER.value and self._store:
            who = self._store            # the marketplace judges the store, not one of its staff
        else:
            who = row.by                 # a colleague of the store's team, by handle
        words = step_words(row)
        translated = self.translations.get(row.message_id) if row.message_id is not None and words == row.text \
            else None
        if translated is not None:
            words = translated[0] + " " + QCoreApplication.translate("OrderProblems", "(translated from %1)").replace(
                "%1", fmt.language_label(translated[1]))
        text = f" — {words}" if words else ""
        return f"{self._when(row.at)} · {who}: {label}{amount}{text}"
