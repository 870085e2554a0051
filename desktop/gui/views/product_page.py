"""A product's page: picture, price, rating, variants, description, "Contact seller", and
the questions to ask before buying as chips (a chip opens the chat with the question written)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core.kinds import Role
from desktop.gui import format as fmt
from desktop.gui.images import ImageCache
from desktop.gui.views.flow_layout import FlowLayout
from desktop.gui.views.question_chips import QuestionChips

if TYPE_CHECKING:
    from desktop.core.catalog import ProductDetail
    from desktop.gui.session import Session


PICTURE = 360      # the picture's side in a wide window


class ProductPage(QScrollArea):
    contact_seller = Signal(int, str)     # product id, the options chosen ("Colour: Black · Size: M")
    ask_seller = Signal(int, str, str)    # product id, the options chosen, a question in the buyer's language
    back = Signal()

    def __init__(self, images: ImageCache, parent: QWidget | None = None, session: Session | None = None):
        super().__init__(parent)
        self._images = images
        self._session = session
        self.detail: ProductDetail | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)   # it fits the width
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("page")
        self.back_button = QPushButton(self.tr("← Back to products"), body)
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back)
        self.picture = QLabel(body)
        self.picture.setFixedSize(PICTURE, PICTURE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setScaledContents(True)        # smaller in a narrow window (see resizeEvent)
        self.title = QLabel(body)
        self.title.setObjectName("h1")
        self.title.setWordWrap(True)
        self.price = QLabel(body)
        self.price.setObjectName("price")
        self.rating = QLabel(body)
        self.rating.setWordWrap(True)
        self.store = QLabel(body)
        self.store.setWordWrap(True)
        self.store.setObjectName("muted")
        self.no_reviews_tip = QLabel(self.tr("No reviews yet: ask the seller for real photos before you buy."), body)
        self.no_reviews_tip.setWordWrap(True)
        self.no_reviews_tip.setStyleSheet("color: #B45309; background: #FEF3C7; padding: 6px; border-radius: 6px;")
        self.variants_box = QWidget(body)
        self.variants_box.setStyleSheet(
            "QPushButton#chip { border: 1px solid #D0D4DA; border-radius: 10px; padding: 3px 10px; "
            "background: white; } QPushButton#chip:hover { border-color: #E62E04; } "
            "QPushButton#chip:checked { border: 2px solid #E62E04; color: #E62E04; background: #FFF1EC; }")
        self.variants = FlowLayout(self.variants_box)
        self.description = QLabel(body)
        self.description.setWordWrap(True)
        self.contact = QPushButton(self.tr("Contact seller"), body)
        self.contact.setObjectName("primary")
        self.contact.clicked.connect(
            lambda: self.detail and self.contact_seller.emit(self.detail.row.id, self.chosen_variant()))
        self._groups: dict[str, QButtonGroup] = {}
        self.questions = QuestionChips(session, body) if session is not None else None
        if self.questions is not None:
            self.questions.chosen.connect(
                lambda text: self.detail and self.ask_seller.emit(self.detail.row.id, self.chosen_variant(), text))

        info = QVBoxLayout()
        for w in (self.title, self.price, self.rating, self.no_reviews_tip, self.store, self.variants_box,
                  self.description):
            info.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.contact)
        buttons.addStretch(1)
        info.addLayout(buttons)
        if self.questions is not None:
            info.addWidget(self.questions)
        info.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(24)
        row.addLayout(info, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 12, 24, 24)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setWidget(body)
        images.ready.connect(self._image_ready)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """At 800x560 a 360-pixel picture left the text too little room and the page scrolled
        sideways: the picture takes at most 45 % of the width (not under 200 pixels)."""
        side = max(200, min(PICTURE, (self.viewport().width() - 72) * 45 // 100))
        if side != self.picture.width():
            self.picture.setFixedSize(side, side)
        super().resizeEvent(event)

    def show_detail(self, d: ProductDetail) -> None:
        self.detail = d
        p = d.row
        self.title.setText(p.title)
        self.price.setText(fmt.money(p.price_cents, p.currency))
        self.rating.setText(fmt.rating(p.rating, p.review_count) + "  ·  " +
                            self.tr("%Ln sold", "", p.sold_count))
        self.store.setText(self.tr("Sold by %1").replace("%1", p.store_name))
        while self.variants.count():
            item = self.variants.takeAt(0)
            item.widget().deleteLater()
        # The buyer picks one value of each kind (colour, size); the choice goes on the card.
        self._groups = {}
        for v in d.variants:
            chip = QPushButton(v.value, self.variants_box)
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setToolTip(fmt.variant_kind(v.kind))
            chip.setProperty("variant_kind", v.kind)
            group = self._groups.setdefault(v.kind, QButtonGroup(self))
            group.addButton(chip)
            self.variants.addWidget(chip)
        self.description.setText(d.description)
        user = self._session.user if self._session is not None else None
        # Only a buyer contacts a store: a seller or the marketplace has no "Contact seller".
        self.contact.setVisible(user is None or user.role == Role.BUYER.value)
        # "Ask the seller for real photos before you buy" is the buyer's advice, not the store's.
        self.no_reviews_tip.setVisible(p.review_count == 0 and (user is None or user.role == Role.BUYER.value))
        if self.questions is not None:
            self.questions.setVisible(user is not None and user.role == Role.BUYER.value)
            self.questions.refresh()
        self._image_ready(p.image)

    def variant_chips(self) -> list[QPushButton]:
        return [self.variants.itemAt(n).widget() for n in range(self.variants.count())]

    def chosen_variant(self) -> str:
        """The options picked, kind by kind, the kind named in the window's language (the
        buyer's own words on the card): "Colour: Black · Size: M" ("" when none)."""
        parts = []
        for kind, group in self._groups.items():
            chosen = group.checkedButton()
            if chosen is not None:
                parts.append(f"{fmt.variant_kind(kind)}: {chosen.text()}")
        return " · ".join(parts)

    def _image_ready(self, path: str) -> None:
        if self.detail is not None and path == self.detail.row.image:
            pm = self._images.get(path, PICTURE)
            if pm is not None:
                self.picture.setPixmap(pm)
