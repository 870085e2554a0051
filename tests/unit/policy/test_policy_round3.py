"""Issue 13's round: each class an adversarial run got through, by its mechanism, with the
ordinary messages that look like it."""

from __future__ import annotations

import random

import pytest

from desktop.core.policy import check
from desktop.core.policy.detectors import Candidate, Hit, candidates, strongest


def categories(text: str) -> set[str]:
    return {m.category for m in check(text).matches}


def spans(text: str, category: str) -> list[str]:
    return [m.text for m in check(text).matches if m.category == category]


# ------------------------------------------------------------ overlapping candidates

@pytest.mark.parametrize("text, address", [
    ("Contact us at ventas@mi-tienda.com", "ventas@mi-tienda.com"),
    ("Контакт at opt-prodazhi@rambler.ru", "opt-prodazhi@rambler.ru"),
    ("El correo es arroba: atencion@zapatos-lola.es", "atencion@zapatos-lola.es"),
    ("contact at ventas at mi-tienda dot com", "ventas at mi-tienda dot com"),
    # A spelled "at" that makes an address of its own ("owner@owner.shop") loses to the real one.
    ("Reach the owner at: Owner.Shop@Outlook.com", "Owner.Shop@Outlook.com"),
])
def test_the_real_address_wins_over_a_candidate_that_shares_its_letters(text, address):
    assert spans(text, "email") == [address]


def test_candidates_overlap_and_the_strongest_wins_whatever_the_order():
    import re
    assert [m.group() for m in candidates(re.compile(r"\w+ at \w+"), "a at b at c")] == ["a at b", "b at c"]
    found = [Candidate(Hit("email", 0, 12), 1), Candidate(Hit("email", 8, 30), 2), Candidate(Hit("email", 31, 40), 1)]
    expected = [Hit("email", 8, 30), Hit("email", 31, 40)]
    rng = random.Random(1)
    for _ in range(20):
        rng.shuffle(found)
        assert strongest(found) == expected


def test_visit_us_at_a_domain_is_a_link_not_an_address():
    assert [(m.category, m.text) for m in check("Visit us at tienda.com").matches] == [("link", "tienda.com")]


# ------------------------------------------------------------ one's own e-mail, talked about

@pytest.mark.parametrize("text", [
    "I changed my email in the app", "My email address changed last week", "I'll check my email tonight",
    "The invoice was sent to my email by the app", "Cambié mi correo en la app", "Mudei meu e-mail no app",
    "Mon e-mail a changé la semaine dernière", "Я поменял почту, моя почта изменилась", "我的邮箱上周换了",
])
def test_talking_about_ones_email_is_not_asking_to_be_emailed(text):
    assert not check(text).blocked, check(text)


@pytest.mark.parametrize("text", [
    "Can I give you my email?", "write to my email", "my email is in my profile", "te paso mi correo",
    "mi correo es el mismo que el usuario", "моя почта есть в профиле",
])
def test_offering_ones_email_is_refused(text):
    assert "email" in categories(text)


# ------------------------------------------------------------ payment in plain words

@pytest.mark.parametrize("text", [
    "je préfère un virement direct, sans la plateforme", "Pay me directly and save the fees",
    "Hazme un ingreso en el banco y te lo envío hoy", "Me faz um depósito na conta que eu envio hoje",
    "Переведите деньги мне напрямую, без площадки", "你直接转账给我，不走平台", "transfer the money to me",
    "On peut régler ça entre nous, sans passer par le site",
])
def test_paying_outside_said_in_plain_words(text):
    assert "off_platform_payment" in categories(text)


@pytest.mark.parametrize("text", [
    "I paid directly in the app", "Paid, please ship it directly to my address", "Do I have to pay customs fees?",
    "Tenho que pagar taxa de importação?", "Pagué y está fuera de plazo", "付款后多久到我这里",
    "The refund will go directly to your card", "Деньги вернутся на карту в течение 15 дней",
    "Buen trato, directo y rápido",            # praise for the service, not "trato directo"
    "The payment is still pending in my bank", "Pagué con el saldo en mi cuenta de AliExpress",
])
def test_payment_talk_that_stays_on_the_platform(text):
    assert not check(text).blocked, check(text)


# ------------------------------------------------------------ backwards

@pytest.mark.parametrize("text, category", [
    ("margeleT no em dda", "messaging_app"), ("ppA5tahW no em txet", "messaging_app"), ("信微我加", "messaging_app"),
    ("moc.liamg@88nauj ta em liame", "email"), ("moc.atabradneit.www ta su tisiv", "link"),
    ("noinU nretseW yb em yap", "off_platform_payment"),
])
def test_text_written_backwards(text, category):
    assert category in categories(text)


@pytest.mark.parametrize("text", [
    "La paz de saber que llegó", "https://es.aliexpress.us/p/orders", "Reversed polarity on the cable?",
    "El margen es pequeño", "juan.perez es mi nombre",
])
def test_ordinary_text_read_backwards_is_still_ordinary(text):
    assert not check(text).blocked, check(text)


def test_a_backwards_span_is_where_it_was_typed():
    text = "hola! margeleT no em dda"
    assert spans(text, "messaging_app") == ["margeleT"]


# ------------------------------------------------------------ a phone number said in parts

@pytest.mark.parametrize("text", [
    "it starts 655 12 and ends 34 56", "empieza por 655 12 y termina en 34 56", "前面是138，后面是0013 8000",
    "ça commence par 06 12 et finit par 34 56 78", "первые цифры 8 912, потом 345, потом 67 89",
    "手机号一五〇，一二三四，五六七八",
])
def test_phone_numbers_split_across_words(text):
    assert "phone" in categories(text)


@pytest.mark.parametrize("text", [
    "My order number starts with 8123 and ends with 4567", "I'm 165 cm tall and weigh 58 kg, usually wear 38 or 40",
    "The total was 1299 then they charged 350 and then 120", "I live at number 25, floor 3, door 12, postcode 28013",
    "The serial number starts 4412 and ends 9931 12", "First I ordered 100 pieces, then 250 more, then 500",
    "Sizes first 38 then 40 then 42 then 44 then 46", "Llegó el 15, luego el 22 y el resto el 30 de junio",
    "Первая посылка 123 456, потом вторая 789 012",
])
def test_numbers_in_parts_that_are_not_a_phone(text):
    assert not check(text).blocked, check(text)


# ------------------------------------------------------------ letter names

@pytest.mark.parametrize("text", [
    "te, e, ele, e, ge, erre, a, eme", "add me on double-u, aitch, ay, tee, ess, ay, pee, pee",
    "whiskey hotel alpha tango sierra alpha papa papa", "пишите в тэ, е, эль, е, гэ, эр, а, эм",
    "добавьте меня: вэ, а, тэ, эс, а, пэ", "find me on vee, eye, bee, ee, are",
])
def test_app_names_spelled_with_letter_names(text):
    assert "messaging_app" in categories(text)


@pytest.mark.parametrize("text", [
    "Una talla ese, una eme y una ele, por favor", "The letters on the box say A, B, C, D",
    "a, e, i, o, u son las vocales", "Буквы А, Б, В, Г на коробке что значат?",
])
def test_letters_named_in_ordinary_text(text):
    assert not check(text).blocked, check(text)


# ------------------------------------------------------------ Russian number words, Chinese numerals

@pytest.mark.parametrize("text", [
    "мой номер восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять",
    "звоните: восемь, девять, один, два, три, четыре, пять, шесть, семь, восемь, девять",
    "我的手机六五五一二三四五六七", "电话：陆伍伍壹贰叁肆伍陆柒", "号码是幺三九 幺二三四 五六七八",
])
def test_phone_numbers_in_russian_words_and_chinese_numerals(text):
    assert "phone" in categories(text)


@pytest.mark.parametrize("text", [
    "Мне нужно пять штук по сорок два и три по сорок четыре", "Гарантия двенадцать или двадцать четыре месяца?",
    "二〇二四年五月十二日下单", "一二三四五件都收到了", "我要三十八码，我妹妹要四十码",
])
def test_counts_and_dates_in_words_and_numerals(text):
    assert not check(text).blocked, check(text)


# ------------------------------------------------------------ chat slang

@pytest.mark.parametrize("text", [
    "пиши в телегу, там быстрее", "давайте в тг, ник @optom_shop", "加薇信详聊", "加我V芯，给你优惠",
    "加个微❤，我发你图片", "➕V：lucky_store", "飞机联系我 @shopcn", "加企鹅 88886666", "加个v，私聊价格",
    "hit me up on WA, same number", "my tele is @gadget_deals", "add me on the gram", "écris-moi sur whats stp",
])
def test_chat_slang_for_the_apps(text):
    assert "messaging_app" in categories(text)


@pytest.mark.parametrize("text", [
    "Садовая телега на двух колёсах есть в наличии?", "卫星定位很准", "这个飞机模型适合几岁的孩子？",
    "我对质量很有信心", "Wassup! Did the parcel leave yet?", "What's up? Any news?", "La tele no enciende",
    "Voltage V: 220", "V neck, size M",
])
def test_slang_lookalikes_in_ordinary_text(text):
    assert not check(text).blocked, check(text)


# ------------------------------------------------------------ hostile input for the new readers

@pytest.mark.parametrize("text", [
    "te, e, " * 15_000, "alpha bravo " * 10_000, "ppastahw " * 11_000, "moc.x@ " * 14_000, ".www " * 20_000,
    "starts 655 12 and ends " * 4_000, "восемь " * 14_000, "六" * 100_000, "薇❤" * 50_000, "us at x.shop@y.com " * 5_000,
    "trato, directo " * 7_000,
])
def test_hostile_input_for_the_new_readers_gets_a_verdict(text):
    verdict = check(text)
    for m in verdict.matches:
        assert text[m.start:m.end] == m.text
