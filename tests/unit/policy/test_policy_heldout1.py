"""The fourth round (issue 13 §1, after held-out set 1): each mechanism held-out set 1 got
through, tested on wordings of its own and on the ordinary messages that look like it."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from desktop.config import resources_dir
from desktop.core.policy import PolicyChecker, check
from desktop.core.policy.letter_digits import LetterDigits
from desktop.core.policy.pattern_text import _letter_first, by_first_letter


def categories(text: str) -> set[str]:
    return {m.category for m in check(text).matches}


def passes(text: str) -> None:
    assert not check(text).blocked, check(text)


# ------------------------------------------------------------ an app named as a feature, not as a channel

@pytest.mark.parametrize("text", [
    "Does the smartwatch show WhatsApp notifications or only calls and texts?",
    "¿El reloj muestra las notificaciones de WhatsApp o solo las llamadas?",
    "Часы поддерживают уведомления Telegram?", "手表能显示微信消息通知吗？", "这款平板可以装微信吗？",
    "Is this phone compatible with WhatsApp and Google Pay?", "On peut installer WhatsApp sur ce téléphone ?",
    "Can the smart band display Telegram and Messenger messages?", "Will the headset work for WhatsApp video calls?",
    "La pulsera muestra los mensajes de WeChat pero no los de Line",
    "My wife uses WeChat Pay in China, can she pay for my order here?",
    "I got a WhatsApp message saying I won a prize, is it a scam?",
    # a report of someone pretending to be the seller is no offer either
    "Someone messaged me on WhatsApp pretending to be the seller, was that you?",
    "Мне написали в WhatsApp от имени продавца, это вы?", "有人用微信冒充卖家联系我，是你们吗？",
    # a buyer who follows the seller's account
    "My daughter follows you on Instagram, she loves your stuff", "Je vous suis sur Instagram depuis longtemps",
    "The phone came with WeChat preinstalled, how do I remove it?", "I don't need WhatsApp on it, just calls",
    "El reloj se sincroniza con WhatsApp y te dice quién llama?", "The Instagram photos of this dress look different",
])
def test_an_app_named_as_a_feature_or_a_topic_passes(text):
    passes(text)


@pytest.mark.parametrize("text", [
    "write me on WhatsApp", "Does the watch show WhatsApp notifications? Anyway, write me on WhatsApp",
    "Can I install WeChat? Add me there: lily_shop", "手表支持微信，加我微信聊", "Часы с WhatsApp? Пишите в WhatsApp",
    "Mándame un mensaje de WhatsApp", "We can continue this on WhatsApp if you prefer",
])
def test_an_app_offered_as_a_channel_is_refused_even_near_a_feature_word(text):
    assert "messaging_app" in categories(text)


# ------------------------------------------------------------ paying outside, in more words and through more services

@pytest.mark.parametrize("text", [
    "I'll give you my account details, just wire it and it goes out tomorrow",
    "No need to order here, pay the courier cash when it arrives, I'll arrange it myself",
    "Let's settle this outside the site, the fees here are killing me",
    "Annulez la commande et faites-moi un virement, je vous fais -10 %",
    "Можно наличными при встрече, не через сайт, я в Москве",
    "mejor me lo pagas en efectivo cuando te lo lleve", "let's do the deal outside of AliExpress",
    "Payez-moi par PayPal entre proches, sinon il y a des frais", "PayPal me the 30 dollars as a gift, not goods",
    "Tu peux me payer par Revolut directement ? Je te donne mon identifiant",
    "Можно через ЮMoney, так дешевле, чем через сайт", "支付宝转我就行，不用在平台下单", "微信支付给我就行，不用下单",
    "Envoie-moi l'argent par Lydia, je te fais un prix", "I take litecoin or monero",
    # a longer term refused in its place no longer hides the paying word it starts with
    "Si me haces una transferencia bancaria te lo mando hoy mismo, sin pasar por la app",
])
def test_paying_outside_in_other_words_and_services(text):
    assert "off_platform_payment" in categories(text)


@pytest.mark.parametrize("text", [
    "I had to pay the courier customs fees in cash, is that right?", "Tuve que pagar la aduana al repartidor en efectivo",
    "I cancelled the order by mistake, can you help me reorder it?", "Cancela o pedido, por favor, comprei errado",
    "I paid with PayPal at checkout and got the confirmation", "¿Puedo pagar con PayPal al hacer el pedido?",
    "My Revolut card was charged twice for this order", "Paguei com Pix pelo aplicativo e ainda não confirmou.",
    "我用支付宝在APP里付款了，显示成功", "Оплатил через ЮMoney в приложении, деньги списались",
    "Деньги вернули на карту, спасибо", "Is cash on delivery available in my country through the app?",
    "Cash back coupon didn't apply to my order", "wise choice, I'll take the blue one", "Does AliExpress accept bitcoin?",
    "O motoboy pediu dinheiro da taxa, paguei em mãos", "银行卡付款失败了，晚上再在APP里试一下。",
    "If I cancel the order now, do I get the money back directly?", "¿Si cancelo el pedido me devuelven el dinero directamente?",
    "L'argent a été prélevé sur mon compte mais la commande est impayée.",
])
def test_paying_talk_that_stays_on_the_platform(text):
    passes(text)


# ------------------------------------------------------------ backwards inside an ordinary sentence

@pytest.mark.parametrize("text", [
    "págame por laPyaP y te lo mando hoy", "pay via lapyaP and I'll ship it tonight", "paga por xiP e eu envio hoje",
    "mándamelo por omneV y listo", "just send it on lapyap, friends and family",
])
def test_a_payment_name_backwards_in_a_forward_sentence(text):
    assert "off_platform_payment" in categories(text)


@pytest.mark.parametrize("text", ["hit me up on langis, it's safer", "escríbeme al ppastahw que aquí no puedo"])
def test_an_app_name_backwards_in_a_forward_sentence(text):
    assert "messaging_app" in categories(text)


@pytest.mark.parametrize("text", ["I use iOS on my iPad", "Bought it on eBay once", "The xiaomi is fine", "pH of 7"])
def test_words_with_capitals_inside_are_not_read_backwards(text):
    passes(text)


def test_pairs_after_a_phone_word_are_a_number_unless_in_order():
    assert "phone" in categories("mon numéro à l'envers : 87 65 43 21 60")
    passes("Tallas 38 39 40 41 42")
    passes("mon numéro de taille : 38 40 42 44")


# ------------------------------------------------------------ a phone number in parts

@pytest.mark.parametrize("text", [
    "apunta: seis cinco cinco... luego 123... y al final 456, llámame",
    "my cell starts with 415, then 555, and the last four are 0199",
    "area code 312, rest is 555-01-88, you figure it out lol", "anota aí: 912 / 345 / 678, liga depois das 18h",
    "indicatif 06, ensuite 12 34, et les quatre derniers 5678",
])
def test_phone_numbers_in_parts_with_more_words_between(text):
    assert "phone" in categories(text)


@pytest.mark.parametrize("text", [
    "Mi número de pedido empieza por 8123 y termina en 4567.", "Sizes first 38 then 40 then 42 then 44 then 46",
    "Llegó el 15... luego el 22 y el resto el 30", "I'd like 3 in black, 2 in white and 1 in red please",
])
def test_numbers_in_parts_that_are_still_no_phone(text):
    passes(text)


# ------------------------------------------------------------ letters typed for digits

@pytest.mark.parametrize("text", [
    "tel 06.l2.34.56.78 envoie un sms", "appelle 07.8l.23.45.67 après 18h", "电话 l38 OOl3 8OOO 有事打",
    "手机 l39 l234 5678 随时打", "liga 2l-9876S-432l", "ring me 07911 l23456",
])
def test_letters_for_digits_in_groups_of_one_length_or_after_a_phone_word(text):
    assert "phone" in categories(text)


@pytest.mark.parametrize("text", [
    "The box says SN: 4OO2-1l23-9987", "The serial is 1O2-3O4-5O6 on the sticker", "The pants are W32 L34",
    "My phone model is SM-G991B, does it fit?", "Phone: iPhone 13 Pro, case size?",
])
def test_codes_with_letters_are_no_phone(text):
    passes(text)


def test_a_group_on_the_line_above_is_not_the_same_numbers():
    """_GROUP_BEFORE is searched with the chunk's start as its end: "$" also matched before a
    line break there, so "609 " on the line above made "l23" the middle of one number."""
    letters = LetterDigits({"l": "1"})
    assert letters.swap("609 \nl23 456", "609 \nl23 456", None) is None
    swapped = letters.swap("609 l23 456", "609 l23 456", None)
    assert swapped is not None and swapped.text == "609 123 456"


# ------------------------------------------------------------ app names spelled with letter names

@pytest.mark.parametrize("text", [
    "háblame por ese-i-ge-ene-a-ele, es más seguro que esto", "búscame en ese, ene, a, pe: modas.lu",
    "message me on ess eye gee en ay el, it's private", "just double-u ay me, I'll drop my digits",
    "manda direct no i-ene-esse-tê-a, mesmo nome da loja", "me chama no zê-a-pê 😉",
    "дабл ю, эйч, эй, ти, эс, эй, пи, пи — туда пиши", "agrégame en uve doble, e, che, a, te",
    "escríbeme al double-u, h, a, t, s, a, p, p", "пиши в ти, и, эл, и, джи, ар, эй, эм",
])
def test_letter_names_with_hyphens_other_languages_and_the_message_for_context(text):
    assert "messaging_app" in categories(text)


@pytest.mark.parametrize("text", [
    "La talla es la ese, la eme o la ele", "te-e-quiero mucho, es para mi novia", "Plan A, B, C or D: which is cheaper?",
    "Tamanhos P, M, G e GG disponíveis?", "please double-check the color before shipping",
])
def test_letters_and_names_in_ordinary_text(text):
    passes(text)


# ------------------------------------------------------------ slang, other shops, social networks, "at" and "dot"

@pytest.mark.parametrize("text, category", [
    ("есть тг? кинь ник, скину фото", "messaging_app"), ("有飞机吗？飞机上联系", "messaging_app"),
    ("hit me up on tele, same @ as here", "messaging_app"), ("me chama na DM do insta", "messaging_app"),
    ("扣🐧 123456789", "messaging_app"), ("加个微，发你图", "messaging_app"), ("关注抖音号 xiaowang888，直播间有优惠", "messaging_app"),
    ("tenho loja no Mercado Livre também, procura LOJADABIA e compra por lá mais barato", "link"),
    ("淘宝搜店铺“小王潮牌”，价格更低", "link"), ("У нас магазин на Wildberries, ищите Текстиль-Опт", "link"),
    ("shop点szled点com 可以看到全部产品", "link"), ("m.dubois chez free point fr, je réponds le soir", "email"),
    ("邮件发到 lili2020 小老鼠 sina 点 com", "email"), ("QQ邮箱 123456789 圈a qq 点 com，发我邮件", "email"),
    ("пиши на olga_opt собачка yandex точка ру", "email"),
])
def test_slang_shops_and_spelled_addresses(text, category):
    assert category in categories(text)


@pytest.mark.parametrize("text", [
    "Складная тележка выдержит 50 кг?", "飞机模型有现货吗？", "加微波炉的那款有货吗？", "Is the tele remote included?",
    "I saw it cheaper on Amazon, can you match the price?", "淘宝上更便宜，能便宜点吗？", "Vi no TikTok e vim comprar aqui",
    "Je suis chez moi après 18h, livrez quand vous voulez", "快点发货吧，我等了很久了",
    "Moro fora da cidade, dá pra entregar num ponto de retirada?", "Lo dejo en el punto de recogida",
    "У меня маленький магазин на Etsy, бусины хорошего качества?",
])
def test_their_look_alikes_pass(text):
    passes(text)


# ------------------------------------------------------------ the rules' machinery

def test_feature_words_right_before_or_after_come_from_the_rules(tmp_path):
    folder = tmp_path / "policy"
    shutil.copytree(resources_dir() / "policy", folder)
    path = folder / "messaging_app.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert not PolicyChecker.from_folder(folder).check("WhatsApp business is cute").blocked
    data["term_defaults"]["feature"]["after"] = []
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert PolicyChecker.from_folder(folder).check("WhatsApp business is cute").blocked


@pytest.mark.parametrize("patterns", [
    ["account", "amount\\b", "(my|our) shop", "a|b", "xs?y", "x", "банк", "[ab]c", "(my |the )?(bank|card) details"],
    ["(when|once|if) we meet", "(no need|don'?t) (to )?order", "cancel+\\w* (the |your )?order"],
])
def test_patterns_grouped_by_first_letter_match_what_they_matched(patterns):
    grouped = re.compile(by_first_letter(patterns))
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    for text in ["my account", "amount", "our shop", "b", "xy", "xsy", "банк", "bc", "the card details", "card details",
                 "if we meet", "don't order", "no need to order", "cancelled your order", "nothing", "my bank"]:
        assert bool(grouped.search(text)) == bool(plain.search(text)), text


def test_a_group_of_plain_words_is_written_out_and_others_are_left_alone():
    assert _letter_first("(my |the )?shop") == ("my shop", "the shop", "shop")
    assert _letter_first("(x|y)+z") is None and _letter_first("(?:x)z") is None
    # Wildcards and quantifiers inside an option are written out with it; a class, a group or an
    # escape (which could hide a "|" or a ")") is not, nor an option that does not open with a letter.
    assert _letter_first("(x|y.)z") == ("xz", "y.z") and _letter_first("(don.?t|do not) ask") == ("don.?t ask", "do not ask")
    assert _letter_first("(x|[ab])z") is None and _letter_first("(x|y\\|)z") is None and _letter_first("(x|.y)z") is None
