"""Held-out set 1 (issue 13 §1): 327 disguised attempts and 638 clean messages written blind
by another person, who had seen neither the filter nor its corpus. `heldout_1_blocked.tsv`
(`language<TAB>class<TAB>text`) and `heldout_1_clean.tsv` (`language<TAB>text`) are the files
as they were handed over, byte for byte; only the category each refused row should be
refused for is added here (its class says it, except for the backwards and link rows,
named one by one below).

Measured before it was used (the code of the first round of issue 13): 291/327 refused
(89.0%) and 6/638 clean refused (0.94%). It has since been used to develop the filter, so
its figures are in-sample now; the figure that counts is the lead's, on a second set.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

CLASS_CATEGORY = {
    "email_at_word": "email", "email_disguised": "email",
    "phone_plain": "phone", "phone_split": "phone", "phone_words": "phone",
    "app_spelled": "messaging_app", "app_slang": "messaging_app", "app_disguised": "messaging_app",
    "payment_plain": "off_platform_payment", "payment_brand": "off_platform_payment",
}

# The classes that mix categories: what each row asks for.
ROW_CATEGORY = {
    "Háblame por ppAstahW y te doy mejor precio": "messaging_app",
    "al revés 😉: margelet rop emebircse": "messaging_app",
    "mi correo al revés: moc.liamg@zeravla.ogeid": "email",
    "págame por laPyaP y te lo mando hoy": "off_platform_payment",
    "emamall 654 321 556 oremun im": "phone",
    "hit me up on margeleT, same username as here": "messaging_app",
    "ppastahw no em dda": "messaging_app",
    "read it backwards: moc.liamg@trebor.nosaj": "email",
    "text me: 4321-555-202 1+ (flip it)": "phone",
    "pay via lapyaP and I'll ship it tonight": "off_platform_payment",
    "DM me on margatsnI, same name as my shop": "messaging_app",
    "me chama no ppAstahW que te passo o preço": "messaging_app",
    "1234 56789 11 paz on amahc em": "phone",
    "paga por xiP e eu envio hoje": "off_platform_payment",
    "meu email de trás pra frente: rb.moc.lou@oinotna": "email",
    "ajoute-moi sur ppastahw, je t'envoie les photos": "messaging_app",
    "à lire à l'envers : margelet rus iom sirce": "messaging_app",
    "mon numéro à l'envers : 87 65 43 21 60": "phone",
    "paie-moi par lapyaP, c'est plus simple": "off_platform_payment",
    "пиши в маргелет, ник тот же": "messaging_app",
    "пастав в енм ишипан": "messaging_app",
    "номер наоборот: 76-54-321 619 7+": "phone",
    "почта задом наперёд: ur.liam@vonavi": "email",
    "倒着读：聊信微我加": "messaging_app",
    "加我 tahceW，号是 6688gnaw": "messaging_app",
    "号码倒着写：8765 4321 831": "phone",
    "倒过来看：款付下私宝付支": "off_platform_payment",
    "estamos como @mitienda.oficial en insta, escríbenos": "messaging_app",
    "follow @lily_handmade on IG and DM me for the price": "messaging_app",
    "t.me/cheapsneakers — join the channel": "messaging_app",
    "segue a gente no insta @modafit.oficial e chama no direct": "messaging_app",
    "link do catálogo: wa.me/5511987654321": "messaging_app",
    "suis-nous sur insta : @atelier.cuir.paris": "messaging_app",
    "наш канал t.me/optom_odezhda, подписывайтесь": "messaging_app",
    "мы в инсте @krasota_shop, пишите в директ": "messaging_app",
    "关注抖音号 xiaowang888，直播间有优惠": "messaging_app",
}


def _lines(name: str) -> list[list[str]]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip()]


def heldout_blocked() -> list[tuple[str, str, str, str]]:
    """(category, class, language, text) for every refused row, in the file's order."""
    rows = []
    for lang, kind, text in _lines("heldout_1_blocked.tsv"):
        category = ROW_CATEGORY.get(text) or CLASS_CATEGORY.get(kind, "link" if kind == "link" else "")
        assert category, f"no category for {kind}: {text}"
        rows.append((category, kind, lang, text))
    return rows


def heldout_clean() -> list[tuple[str, str]]:
    """(language, text) for every clean row, in the file's order."""
    return [(lang, text) for lang, text in _lines("heldout_1_clean.tsv")]
