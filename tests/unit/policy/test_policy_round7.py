"""The seventh round (docs/policy.md): from set 3's and set 4's development halves and the
round-7 corpus (`round7_*.tsv`, written before the fixes), each mechanism tried on wordings
written for this file, none of them a corpus line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.policy import check
from desktop.core.policy.checker import PolicyChecker, default_checker

HERE = Path(__file__).resolve().parent
RULES = PolicyChecker(default_checker().rules)     # the rules alone: each case is a rule's


@pytest.mark.parametrize(("text", "category"), [
    # A promise to phone the other side.
    ("no te preocupes, esta tarde te llamo yo y lo cerramos", "phone"),
    ("ti chiamo io stasera per i dettagli", "phone"),
    ("alles klar, ich rufe dich an sobald ich zu Hause bin", "phone"),
    ("я вам позвоню вечером, обсудим", "phone"),
    # Talking somewhere else, in plain words.
    ("seguimos hablando en otra parte, aquí lo leen todo", "messaging_app"),
    ("possiamo sentirci altrove per il prezzo all'ingrosso?", "messaging_app"),
    ("lass uns anderswo weiterschreiben", "messaging_app"),
    ("давай договоримся вне приложения", "messaging_app"),
    # A QR code offered as the way to reach the seller.
    ("escanea el QR de mi perfil y me escribes directo", "messaging_app"),
    ("scan the qr code in the third photo to contact me", "messaging_app"),
    # German and Italian payment.
    ("überweis mir das Geld direkt aufs Konto", "off_platform_payment"),
    ("pagami sul mio conto, ti mando i dati bancari", "off_platform_payment"),
    ("fammi una ricarica Postepay intestata a me", "off_platform_payment"),
    ("ci vediamo in centro e paghi in contanti", "off_platform_payment"),
    # Apps asked about by a nickname.
    ("¿usas Signal? te paso el catálogo", "messaging_app"),
    ("hai wapp? ti mando le foto", "messaging_app"),
])
def test_a_new_wording_of_each_mechanism_is_caught(text, category):
    assert category in RULES.check(text).categories, RULES.check(text)


@pytest.mark.parametrize("text", [
    # The courier, support or the bank calling is not the seller's phone.
    "el repartidor me dijo que te llama antes de llegar",
    "the courier said he'll call you before delivery, I gave him your address",
    # An app said not to be used, or where a friend found the shop, or blocked: a topic.
    "No tengo Telegram ni WhatsApp, solo uso esta app",
    "I'm not on Telegram or WhatsApp, sorry, let's keep it here",
    "Mi madre vio tu tienda en Instagram y me la recomendó",
    "Mein Bruder folgt eurem Shop auf Instagram und hat mir den Artikel gezeigt",
    "Il mio Instagram è stato bloccato, per questo rispondo tardi qui",
    # A report of someone pretending, with an off-platform payment in it.
    "Recebi mensagem de alguém dizendo ser a loja e pedindo pagamento por fora, cuidado",
    "有人冒充客服让我私下付款，我没理他",
    # A QR code that is a manual's, a box's or a payment's.
    "the QR code on the box takes me to the manual, but it's in Chinese",
    "el código QR para pagar en la app no carga",
    # Being with a phone operator, not an e-mail provider; not giving one's e-mail.
    "Je suis chez Orange, le téléphone est compatible ?",
    "No quiero dar mi correo, ya lo tiene la plataforma",
])
def test_ordinary_messages_of_the_same_families_pass(text):
    assert not check(text).blocked, check(text)


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_round7_corpus_no_worse_than_measured():
    # Measured at the end of the round (docs/policy.md); the model learnt from these files, so
    # this keeps the round from sliding back, it is not a measure of new text.
    blocked, clean = _rows("round7_blocked.tsv"), _rows("round7_clean.tsv")
    assert len(blocked) == 87 and len(clean) == 476
    caught = sum(check(text).blocked for _lang, _cls, text in blocked)
    refused = sum(check(text).blocked for _lang, text in clean)
    assert caught >= 75 and refused <= 10, (caught, refused)
