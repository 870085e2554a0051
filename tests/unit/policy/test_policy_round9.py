"""The ninth round (docs/policy.md): why clean messages of blind sets 6 and 7 were refused, by
family (a report of another seller's offer, a refusal to pay outside, an app's name describing a
product, one's e-mail refused, case numbers, "paquete" read as "pag", a quoted "dot"), and what
got through, by mechanism (a number sent over two messages, a search's first result, a contact
card in the parcel, agreeing between us, another marketplace where the seller has the same
article, the seller's shop paid on the spot, a number typed with letters and its key). Every
sentence here was written for this file; none is a line of a blind set."""

from __future__ import annotations

import pytest

from desktop.core.policy.checker import PolicyChecker, default_checker

RULES = PolicyChecker(default_checker().rules)     # the rules alone: each case is a rule's


@pytest.mark.parametrize("text", [
    # A report of what someone else asked: the writer is not offering it.
    "A different seller told me to pay him by bank transfer outside the site, I reported him.",
    "Otro vendedor me ofreció hablar por WhatsApp y lo denuncié enseguida.",
    "Un vendeur m'a proposé un paiement hors plateforme, je l'ai signalé.",
    "Un altro venditore voleva spostarsi su Telegram, l'ho segnalato subito.",
    "Ein anderer Verkäufer wollte auf WhatsApp wechseln, ich habe ihn gemeldet.",
    "Um vendedor queria que eu pagasse por fora, denunciei na hora.",
    "Другой продавец звал меня в телеграм, я пожаловался.",
    "别的卖家让我加微信私下付款，我已经举报了。",
    # The writer refuses to pay outside, or pays only here.
    "I won't pay outside the platform, please just send the order as usual.",
    "No pienso pagar fuera de la plataforma, lo siento.",
    "Je ne paierai jamais hors de la plateforme.",
    "Non pago fuori dalla piattaforma, mandami la fattura qui.",
    "Außerhalb der Plattform zahle ich nicht, tut mir leid.",
    "Não vou pagar por fora, prefiro pelo app.",
    "Я не буду платить вне площадки, оформлю заказ как обычно.",
    "我不会在平台外付款，只在平台下单。",
    "I only pay through the app, that's safer for both of us.",
    # An app's name describing a product: its colour, style, print, a device certified for it.
    "Is the 'WhatsApp green' colour of the backpack brighter in real life?",
    "Habt ihr den Becher im Telegram-Stil auch in Rot?",
    "La funda con el logo de Instagram, ¿viene en talla XL?",
    "Le coloris 'violet Viber' est-il plus foncé sur la photo 2 ?",
    "Il portachiavi a forma di aereo stile Telegram è in metallo?",
    "Esse fone é certificado para chamadas no Skype?",
    "Наушники сертифицированы для Skype?",
    "这个微信表情包图案的杯子有大号吗？",
    # An app used by someone else, a courier's message, not having an app.
    "My son only uses Instagram, would this ring light suit him?",
    "Il corriere mi ha scritto su WhatsApp che passa domani, è normale?",
    "Je n'ai pas WhatsApp, on peut continuer ici sans problème.",
    "У меня нет телеграма, пишите здесь.",
    # One's own e-mail refused.
    "You asked for my email, I won't share it here, sorry.",
    # Case, dispute and return numbers.
    "Mi reclamo RC-2025-88412 sigue abierto, ¿lo podéis revisar?",
    "Rücksendung 4471 2290 3318, wann kommt das Geld?",
    # A q before u is the letter q, not a g.
    "¿Cuándo sale el paquete directamente del almacén?",
    # A quoted dot word is the word talked about.
    "What does 'dot' in the size chart mean, a polka dot?",
    # A refund to one's own PayPal, Pix among the checkout's options.
    "Will my refund go to my PayPal or to the card?",
    "No checkout aparece cartão ou Pix, qual é melhor?",
])
def test_passes(text):
    assert not RULES.check(text).blocked, RULES.check(text)


@pytest.mark.parametrize(("text", "category"), [
    # A number sent over two messages.
    ("the first part is 612 34, the rest comes in my next message", "phone"),
    ("los primeros son 655 12, el resto en el siguiente mensaje", "phone"),
    ("…45 67 89, put it together with what I sent before and call", "phone"),
    ("…88 77, склей с тем, что я писал раньше", "phone"),
    # A search engine's first result offered as the seller's own site.
    ("search 'Marta Ceramics Porto' on Google, the first site is ours and cheaper", "link"),
    ("погугли «Кожа Мастер Тула», первый сайт наш", "link"),
    # A contact card in the parcel for next time.
    ("I'll slip a card with my details in the parcel, next time we deal direct", "messaging_app"),
    ("metto il mio biglietto nel pacco, la prossima volta ci sentiamo", "messaging_app"),
    # Agreeing between us, finding the seller outside this app.
    ("the fees here are crazy, let's settle the deal between us", "messaging_app"),
    ("búscame fuera de esta app, uso el mismo nombre", "messaging_app"),
    # Another marketplace where the seller has the same article or another account.
    ("Auf Kleinanzeigen hab ich den gleichen Artikel günstiger drin", "link"),
    ("no Mercado Livre tenho o mesmo produto, procura lá", "link"),
    ("take it on Amazon instead, I sell it there with my other account", "link"),
    # The seller's shop or market, paid on the spot.
    ("come by my shop on Main Street, no commission there", "off_platform_payment"),
    ("passe au marché de Rungis, tu paies sur place", "off_platform_payment"),
    # A number typed with letters, its key given.
    ("mobile O6 I2 E4 S6 78 (O=0, I=1, E=3, S=5)", "phone"),
    # Nicknames of networks.
    ("add me on feisbuk, page 'Casa Lina'", "messaging_app"),
])
def test_refused(text, category):
    verdict = RULES.check(text)
    assert verdict.blocked and category in verdict.categories, verdict


@pytest.mark.parametrize("text", [
    # What the passes above must not let through: offers with the same words.
    "Otro vendedor? Olvídalo, escríbeme por WhatsApp al 612 345 678",
    "pay me outside the platform, it's cheaper",
    "nicht über die Plattform, zahl mir direkt per Überweisung",
    "não quero pagar pelo site, me passa sua conta",
    "tel-612 345 678",
    "My son handles orders, he will contact you on WhatsApp",
])
def test_still_refused(text):
    assert RULES.check(text).blocked, text


def test_the_key_of_letters_is_read_only_with_two_pairs_and_inside_numbers():
    assert not RULES.check("Size M=38, L=40, order 12345").blocked
    assert not RULES.check("If x=1 and y=2, then 3x + 2y = 7").blocked
