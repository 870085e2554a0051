"""The tenth round (docs/policy.md): clean messages refused by the rules, fixed by family rather
than by sentence: the platform's rules quoted or obeyed, thanks for not being asked to pay
outside, video-call apps and webcams, an app crashing, a shade "like Viber", the platform's
checkout named beside a payment service, codes of the checkout (coupons, vouchers, gift cards,
receipts) and barcodes that are no phone numbers, a mail provider named as a service, the
marketplace's own address, one's e-mail the order already has, a digit read as a letter inside a
longer number. And the other side of each family: what must still be refused. Every sentence
here was written for this file; none is a line of a blind set."""

from __future__ import annotations

import pytest

from desktop.core.policy.checker import PolicyChecker, default_checker
from desktop.core.policy.phones import _ean13

RULES = PolicyChecker(default_checker().rules)     # the rules alone: each case is a rule's


@pytest.mark.parametrize("text", [
    # The platform's rules quoted or obeyed: a prohibition word beside the term.
    "The chat rules forbid contact info outside the app, so I'll wait for your answer here.",
    "Das Paket bitte ohne Visitenkarte, Kontaktdaten im Paket sind hier verboten.",
    "C'est interdit d'échanger les WhatsApp ici, donc je pose ma question ici.",
    "Здесь запрещено давать контакты в посылке, так что пишу тут.",
    "平台禁止交换联系方式，那就在这儿说吧",
    # Thanks for not asking, don't ask me, the previous seller did.
    "Thank you for not asking me to pay outside the site, the last seller did.",
    "Gracias, el vendedor anterior me pidió pagar por fuera y tú no.",
    "Obrigado por não pedir pra pagar por fora como o último vendedor.",
    "Ne me demande pas de payer en dehors, s'il te plaît, je règle ici.",
    "Спасибо, что не просите платить мимо площадки, как прошлый продавец.",
    # Video-call apps and webcams; an app that crashes; a shade like an app's.
    "Does this webcam work with Zoom and Skype on a laptop?",
    "Il microfono va bene per le riunioni su Teams e Skype?",
    "Веб-камера подойдёт для Скайпа и созвонов в Зуме?",
    "My Telegram keeps crashing since the update, is it the phone or the app?",
    "Tenés esa funda en el tono violeta tipo Viber? me encanta esa teinte... digo, ese tono",
    "The Snapchat Spectacles, are they the second generation?",
    # The platform's checkout beside a payment service.
    "Does the checkout take PayPal, or only cards?",
    "¿Qué métodos de pago hay además de PayPal?",
    "Welche Zahlungsarten gibt es, auch Klarna oder PayPal?",
    "Какие способы оплаты есть, можно через ЮMoney?",
    "结账的时候能用支付宝吗？",
    "Do you sell the WeChat Pay QR stand for a counter?",
    "¿Se puede pagar en cuotas sin intereses con la tarjeta del banco?",
    # Codes of the checkout and barcodes, not phone numbers.
    "The voucher 4821 3390 1277 says expired at the checkout.",
    "Mi cupón 5512 7788 3391 no funciona en el pago.",
    "Le code promo 3345 9981 2207 est refusé.",
    "Промокод 7741 2290 5583 не принимается.",
    "优惠码 8812 4470 9935 显示无效",
    "Gift card 6021 5544 8897 0012, how do I redeem it here?",
    "The barcode under the box reads 4006381333931, is it the EU version?",
    "Bestellnr. 5512 3390 7781, es fehlt ein Teil.",
    # A mail provider as a service, the marketplace's address, one's e-mail the order has.
    "My Gmail account is linked to the app, is that why notifications come twice?",
    "I got an email from service@aliexpress.com about my refund, is it real?",
    "Pode mandar a nota fiscal pro meu e-mail do cadastro?",
    "Отправьте чек на мою почту из профиля, пожалуйста.",
    # A digit read as a letter inside a longer number is a number.
    "Lamp GU10, 7 W, 4000 K, do you have it in warm white?",
])
def test_clean_messages_of_the_tenth_round_pass(text):
    assert not RULES.check(text).blocked, RULES.check(text).to_json()


@pytest.mark.parametrize("text", [
    # A prohibition named, and then the channel offered anyway.
    "It's forbidden here, so write me on WhatsApp and we sort it out.",
    "Aqui é proibido, me chama no zap 11 91234-5678",
    # Thanks said, and still an offer.
    "Thanks for not asking, but add me on Telegram: @shop_anna",
    # The checkout named, and the money sent to the seller or outside anyway.
    "Skip the checkout and pay me by PayPal friends and family.",
    "Nada de métodos de pago de la app, pásame el dinero por Bizum a mi número.",
    "Ohne Kasse: überweis mir das Geld direkt auf mein Konto.",
    "Forget the checkout, send it to my PayPal as friends and family.",
    "PayPal F n F bitte, nicht über die Kasse hier",
    # A code word, and a phone word or a bare phone beside it.
    "Code promo? Appelle-moi au 06 12 34 56 78",
    "area code 312, rest is 555 0188",
    # A mail provider with a handle or a word of writing.
    "escríbeme a mi gmail, juanp87",
    "Fotos per Mail? m-a-x-9-1 Klammeraffe gmail",
    # One's e-mail offered, not the order's.
    "My email is in my profile, write me there.",
    # An address at another domain that merely contains the marketplace's name.
    "write me at juan.aliexpress@gmail.com",
])
def test_still_refused(text):
    assert RULES.check(text).blocked


def test_ean13_check_digit():
    assert _ean13("4006381333931") and _ean13("9780306406157")
    assert not _ean13("4006381333932")
