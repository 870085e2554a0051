"""Questions in one click (issue 16 §1): the guide's questions before buying, as chips.

A chip writes its question, in the buyer's language, into a compose box (after what is
already typed), selects the first blank to fill ("__": the height, the weight) and puts
the cursor there; the buyer edits it and sends it, and the seller reads it translated.

    chips = QuestionChips(session, parent)          # on the product page: chips.chosen(text)
    chips = ChatQuestions(session, compose, parent)  # above a new product chat's messages
    chips.follow(model)                              # shown while the newest message is a product card

The questions are written by hand in Spanish, English and Chinese (not machine-translated:
the buyer sends them as their own words); the chips' labels are the window's, through tr().
The buyer's language is their own (`users.language`) when it is one of the three, else the
window's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimeZone, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.kinds import MessageKind, Role
from desktop.gui.app import current_language
from desktop.gui.session import Session
from desktop.gui.views.compose import utf16_offset
from desktop.gui.views.flow_layout import FlowLayout

if TYPE_CHECKING:
    from desktop.core.users import UserRecord
    from desktop.gui.models.messages import MessageListModel
    from desktop.gui.views.compose import ComposeBox

BLANK = "__"
QUESTIONS = ("photos", "size", "material", "original", "shipping")
TEXTS = {
    "en": {
        "photos": "Could you send me a few real photos of this item, not the catalogue pictures?",
        "size": f"Could you send me the size guide? I am {BLANK} cm tall and weigh {BLANK} kg: "
                "which size should I take?",
        "material": "What material is this item made of?",
        "original": "Is this item original or a replica?",
        "shipping": "How long does shipping to {place} take?",
    },
    "es": {
        "photos": "¿Podría enviarme algunas fotos reales del artículo, no las del catálogo?",
        "size": f"¿Podría enviarme la guía de tallas? Mido {BLANK} cm y peso {BLANK} kg: ¿qué talla me recomienda?",
        "material": "¿De qué material está hecho el artículo?",
        "original": "¿El artículo es original o una réplica?",
        "shipping": "¿Cuánto tarda el envío a {place}?",
    },
    "zh": {
        "photos": "可以发几张这件商品的实拍照片吗？不要商品图。",
        "size": f"可以发一下尺码表吗？我身高{BLANK}厘米，体重{BLANK}公斤，应该选哪个尺码？",
        "material": "这件商品是什么材质的？",
        "original": "这件商品是正品还是仿品？",
        "shipping": "寄到{place}需要多长时间？",
    },
}
MY_COUNTRY = {"en": "my country", "es": "mi país", "zh": "我的国家"}
LOCALE_LANGUAGES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish, "zh": QLocale.Language.Chinese}


def buyer_language(user: UserRecord | None) -> str:
    language = user.language if user is not None else ""
    return language if language in TEXTS else (current_language() if current_language() in TEXTS else "en")


def place_name(user: UserRecord | None, language: str) -> str:
    """The buyer's country in `language`, from their time zone ("España", "United Kingdom"),
    else their city, else "my country"."""
    if user is None:
        return MY_COUNTRY[language]
    zone = QTimeZone(user.time_zone.encode()) if user.time_zone else QTimeZone()
    territory = zone.territory() if zone.isValid() else QLocale.Country.AnyTerritory
    if territory != QLocale.Country.AnyTerritory:
        locale = QLocale(LOCALE_LANGUAGES[language], territory)
        if locale.territory() == territory and locale.language() == LOCALE_LANGUAGES[language]:
            return locale.nativeTerritoryName()
        if language == "en":
            return QLocale.territoryToString(territory)
    return user.city or MY_COUNTRY[language]


def question_text(key: str, user: UserRecord | None) -> str:
    language = buyer_language(user)
    return TEXTS[language][key].replace("{place}", place_name(user, language))


def write_question(compose: ComposeBox, text: str) -> None:
    """Add the question after what is typed, select its first blank, and focus the box."""
    edit = compose.edit
    before = compose.text().rstrip()
    joined = f"{before}\n{text}" if before else text
    edit.setPlainText(joined)
    cursor = edit.textCursor()
    blank = joined.find(BLANK, len(joined) - len(text))
    if blank >= 0:
        cursor.setPosition(utf16_offset(joined, blank))
        cursor.setPosition(utf16_offset(joined, blank + len(BLANK)), QTextCursor.MoveMode.KeepAnchor)
    else:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    edit.setFocus(Qt.FocusReason.OtherFocusReason)


class QuestionChips(QWidget):
    chosen = Signal(str)          # the question, in the buyer's language

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.setStyleSheet(
            "QPushButton#questionChip { border: 1px solid #D0D4DA; border-radius: 10px; padding: 3px 10px; "
            "background: white; } QPushButton#questionChip:hover { border-color: #E62E04; color: #E62E04; }")
        self.heading = QLabel(QCoreApplication.translate("QuestionChips", "Ask before you buy:"), self)
        self.heading.setObjectName("muted")
        box = QWidget(self)
        flow = FlowLayout(box)
        # Spelled out with the context: ChatQuestions is a subclass, and tr() would look there.
        labels = {
            "photos": QCoreApplication.translate("QuestionChips", "Real photos"),
            "size": QCoreApplication.translate("QuestionChips", "Size for my height and weight"),
            "material": QCoreApplication.translate("QuestionChips", "Material"),
            "original": QCoreApplication.translate("QuestionChips", "Original or replica?"),
            "shipping": QCoreApplication.translate("QuestionChips", "Shipping time to my country"),
        }
        self.chips: dict[str, QPushButton] = {}
        for key in QUESTIONS:
            chip = QPushButton(labels[key], box)
            chip.setObjectName("questionChip")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _c=False, k=key: self.chosen.emit(question_text(k, self._session.user)))
            flow.addWidget(chip)
            self.chips[key] = chip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(box)
        self.refresh()

    def refresh(self) -> None:
        """Each chip's tooltip: its question as it will be written (once the account is known)."""
        for key, chip in self.chips.items():
            chip.setToolTip(question_text(key, self._session.user))


class ChatQuestions(QuestionChips):
    """The chips at the top of a new product chat: shown to a buyer while the newest message is
    the product's card (the buyer came from the product and has not written yet; a store's
    conversation is one per buyer, so a first chat and a new product in an old one look the
    same); a chip writes into the chat's compose box."""

    def __init__(self, session: Session, compose: ComposeBox, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.layout().setContentsMargins(16, 8, 16, 8)
        self.chosen.connect(lambda text: write_question(compose, text))
        self._model: MessageListModel | None = None
        self.hide()

    def follow(self, model: MessageListModel) -> None:
        self._model = model
        for signal in (model.loaded, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        model = self._model
        user = self._session.user
        if model is None or user is None or user.is_seller or user.role == Role.ARBITER.value:
            self.hide()
            return
        rows = model.rows()
        self.setVisible(bool(rows) and rows[-1].kind == MessageKind.PRODUCT_CARD)
