"""The dispute on an order's page, for the buyer and the seller alike: the reason, the
buyer's text, the evidence (pictures as thumbnails, videos as named tiles) and the dates.
Built from the core's `DisputeRecord` (ops.disputes.dispute_for_order)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.gui import format as fmt
from desktop.gui.images import ImageCache
from desktop.gui.ops import pictures
from desktop.gui.session import Session
from desktop.gui.views.dispute_dialog import reason_labels
from desktop.gui.views.flow_layout import FlowLayout

if TYPE_CHECKING:
    from desktop.core.disputes import DisputeRecord

THUMB = 96


class DisputeSection(QFrame):
    def __init__(self, session: Session, images: ImageCache, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._images = images
        self.record: DisputeRecord | None = None
        self.setObjectName("disputeSection")
        self.setStyleSheet("#disputeSection { border: 1px solid #F1B8A8; border-radius: 8px; "
                           "background: #FFF6F2; }")
        self.title = QLabel(self.tr("Dispute"), self)
        self.title.setObjectName("h1")
        self.dates = QLabel(self)
        self.dates.setObjectName("muted")
        self.dates.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("font-weight: 600;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence_title = QLabel(self)
        self.evidence_title.setObjectName("muted")
        self.evidence = QWidget(self)
        self.tiles = FlowLayout(self.evidence)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        for w in (self.title, self.dates, self.reason, self.text, self.evidence_title, self.evidence):
            layout.addWidget(w)
        images.ready.connect(lambda _p: self.record is not None and self._fill_evidence())
        self.hide()

    def show_record(self, record: DisputeRecord | None) -> None:
        self.record = record
        self.setVisible(record is not None)
        if record is None:
            return
        user = self._session.user
        when = fmt.date_time(record.created_at, user.time_zone)
        who = self.tr("you") if record.opened_by == user.id else self.tr("the buyer")
        self.dates.setText(self.tr("Opened by %1 on %2 · open, waiting for the seller's answer")
                           .replace("%1", who).replace("%2", when))
        self.reason.setText(reason_labels().get(record.reason, record.reason))
        self.text.setText(record.description)
        self.evidence_title.setText(self.tr("Evidence: %n file(s)", "", len(record.evidence)))
        self._fill_evidence()

    def evidence_tiles(self) -> list[QLabel]:
        return [self.tiles.itemAt(n).widget() for n in range(self.tiles.count())]

    def _fill_evidence(self) -> None:
        while self.tiles.count():
            w = self.tiles.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        for piece in self.record.evidence if self.record else ():
            tile = QLabel(self.evidence)
            tile.setFixedSize(THUMB, THUMB)
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile.setToolTip(piece.name)
            tile.setStyleSheet("background: #FFFFFF; border: 1px solid #E5E7EB; border-radius: 6px;")
            if piece.mime.startswith("image/"):
                pm = self._images.get(str(pictures.stored_file(self._session, piece.sha256, piece.mime)), THUMB - 4)
                if pm is not None and not pm.isNull():
                    tile.setPixmap(pm)
                tile.setProperty("kind", "picture")
            else:
                metrics = tile.fontMetrics()
                tile.setText("▶\n" + metrics.elidedText(piece.name, Qt.TextElideMode.ElideMiddle, THUMB - 8))
                tile.setProperty("kind", "video")
            self.tiles.addWidget(tile)
        self.evidence.setVisible(bool(self.record and self.record.evidence))

