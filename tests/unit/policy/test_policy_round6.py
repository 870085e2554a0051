"""The sixth round: the kinds of disguise the development half of held-out set 3 got through,
fixed by their mechanism and tried on wordings written for this test, with the ordinary
messages each new rule must leave alone."""

from __future__ import annotations

import pytest

from desktop.core.policy import check


def categories(text: str) -> set[str]:
    return {m.category for m in check(text).matches}


@pytest.mark.parametrize("text, category", [
    # Asking for the other side's number or contacts.
    ("pásame tu móvil y te llamo esta tarde", "phone"),
    ("laisse-moi ton portable, je te rappelle", "phone"),
    ("schick mir deine Nummer, dann klären wir das", "phone"),
    ("дай твой номер, обсудим", "phone"),
    ("留个联系方式吧，我加你", "phone"),
    # German and Italian digits, a number promised in parts, digits to be put together.
    ("ruf mich an: null sieben drei vier fünf sechs sieben acht neun", "phone"),
    ("chiamami al tre quattro sette uno due tre quattro cinque sei", "phone"),
    ("my number starts with 07 93, the rest later", "phone"),
    ("junta todo: 612 34 y 56 78", "phone"),
    ("keycaps: 6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣ call", "phone"),
    # A personal address asked for.
    ("do you have a private email? easier for the invoice", "email"),
    # Apps: nicknames, described, groups, talking directly without the platform.
    ("u got WA? quicker", "messaging_app"),
    ("lass uns in der grünen App weiterreden", "messaging_app"),
    ("我拉你进群，群里发新款", "messaging_app"),
    ("habla conmigo directo, sin la plataforma en medio", "messaging_app"),
    # Paying elsewhere: German and Italian, person-to-person services, "don't buy here".
    ("zahl mir den Rest privat per Überweisung", "off_platform_payment"),
    ("mandami i soldi con Satispay, ti faccio lo sconto", "off_platform_payment"),
    ("don't buy here, it's cheaper if you pay me", "off_platform_payment"),
    # The seller's own website.
    ("we have our own website, 20% cheaper", "link"),
    ("cerca su google il nostro negozio, costa meno", "link"),
])
def test_a_new_wording_of_each_fixed_kind_is_caught(text, category):
    assert category in categories(text), check(text)


@pytest.mark.parametrize("text", [
    "Please update your phone number in the order so the courier can call you.",
    "¿Puedes confirmar tu número de teléfono para la entrega?",
    "Bitte aktualisieren Sie Ihre Telefonnummer für die Zustellung.",
    "请在订单里更新您的电话，方便快递联系",
    "The tracking number starts with LP00 and has 13 digits.",
    "Put them together with the 2 screws, then tighten.",
    "Die Uhr zeigt WhatsApp-Nachrichten an?",
    "L'orologio mostra le notifiche di WhatsApp?",
    "O relógio responde mensagem do WhatsApp?",
    "Zahlung über AliExpress ist erfolgt, wann versenden Sie?",
    "Ho pagato con PayPal sul sito, quando spedite?",
    "亲，价格已经改好了，您直接付款就好",
    "Recibí un telegrama de aduanas, ¿qué hago?",
    "Wise choice, the blue one it is.",
])
def test_ordinary_messages_near_the_new_rules_pass(text):
    assert not check(text).blocked, check(text)
