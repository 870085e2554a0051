"""The fifth round: each kind of disguise that held-out set 2 got through, fixed by its
mechanism and tried here on wordings written for this test (not the set's own), with the
ordinary messages each new rule must leave alone."""

from __future__ import annotations

import pytest

from desktop.core.policy import check


def categories(text: str) -> set[str]:
    return {m.category for m in check(text).matches}


@pytest.mark.parametrize("text, category", [
    # The at sign and the dot in brackets.
    ("mi correo: lucia_compras (a) yahoo (.) es", "email"),
    ("write to shop.lee [@] qq [.] com", "email"),
    ("ventas{at}mayorista[.]mx", "email"),
    # A provider named beside a handle, or the address promised in parts.
    ("apunta: marta.gil88 y luego lo de google", "email"),
    ("мой ящик sasha_krd, домен гугловский", "email"),
    ("my mail is in parts, first comes 'tom' then the rest", "email"),
    # More mail providers after a spelled "at".
    ("julie.b chez orange, tu connais", "email"),
    # Money services and banks for paying a person.
    ("send the money through Wise to me, it is faster", "off_platform_payment"),
    ("перевод через Золотую Корону, реквизиты дам", "off_platform_payment"),
    # Refusing to pay on the platform says where the money goes.
    ("no quiero pagar por la app, mejor te hago una transferencia", "off_platform_payment"),
    ("I'd rather wire it to your company account, my own bank", "off_platform_payment"),
    # Other marketplaces with the seller's shop there.
    ("en Wallapop tengo mi tienda, mismo nombre", "link"),
    ("nossa loja na Shopee tem frete grátis", "link"),
    ("我们在1688上也有店，批发找那边", "link"),
    # Read backwards, said in words.
    ("search for us on nozama, read it backwards", "link"),
    ("付款请用宝付支，便宜", "off_platform_payment"),
    # Nicknames and slang for apps.
    ("agrégame al face, sale mi foto con gorra", "messaging_app"),
    ("u have snap? sending a vid", "messaging_app"),
    ("加我卫星，我发你实拍", "messaging_app"),
    ("sigamos por la app verde que aquí no llegan las fotos", "messaging_app"),
    ("WhΛtsApp me, same number", "messaging_app"),
])
def test_a_new_wording_of_each_fixed_kind_is_caught(text, category):
    assert category in categories(text), check(text)


@pytest.mark.parametrize("text", [
    "Option (a) or (b)? I prefer (a), the blue one.",
    "wise choice, I'll take the blue one",
    "The strap is reversible and the reverse side is black.",
    "Can you reverse the order of sizes in the table? It reads backwards.",
    "I paid in the app, the order says paid. When do you ship?",
    "The face of the watch is scratched, can you send another one?",
    "Do these jackets have snap buttons or a zip?",
    "Does the watch receive messages from Telegram?",
    "La montre reçoit les messages WhatsApp ?",
    "纸飞机发射器几岁的孩子能玩？",
    "I saw it on Wallapop cheaper, can you match the price?",
    "¿El modelo v1.2 funciona con Google Assistant?",
    "The Google Pixel case fits model pixel_8a?",
    "Se eu pagar pelo site hoje, quando chega?",
])
def test_ordinary_messages_near_the_new_rules_pass(text):
    assert not check(text).blocked, check(text)
