"""The fourteenth round (docs/policy.md): generalising rather than adding rows. A messaging app or
a payment term written plainly, and nothing else found, is judged by the model of intent (the
`mention_threshold`, `mentions.py`); a disguise is a sign of intent and still refuses. The known
gaps of the thirteenth round, each by its mechanism: Chinese numbers said as counts
(一百三十八), two numbers offered as alternatives ("612345678 o 612345679"), well-known sites
named in passing (booking.com), e-mail addresses spelled letter by letter with a provider in
another script, a handle of a name and digits beside a provider, and the provider described
("the one with the G"). Every sentence here was written for this file; none is a line of a
blind set."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from desktop.config import resources_dir
from desktop.core.policy import check, mentions
from desktop.core.policy.checker import PolicyChecker, default_checker
from desktop.core.policy.detectors import Hit
from desktop.core.policy.normalise import skeleton


@pytest.mark.parametrize(("text", "category"), [
    # Chinese numbers said as counts, a group at a time.
    ("我的手机一百三十八，零零一三，八千", "phone"),
    ("手机号一百三十八 零零一三 八千", "phone"),
    ("电话：一百五十九，八八七六，五四三二", "phone"),
    # Two numbers offered as alternatives are phones, not a series of orders.
    ("612345678 o 612345679", "phone"),
    ("ruf 0612345678 oder 0612345679 an", "phone"),
    ("5512093311 или 5512093312", "phone"),
    # E-mail addresses spelled letter by letter, the provider in Cyrillic or Chinese.
    ("м а ш а 8 8 на г м а й л", "email"),
    ("l i n a 8 8 在 谷 歌 邮 箱", "email"),
    ("пиши маша88 на гмайле", "email"),
    # A handle of a name and digits beside a provider named in passing.
    ("напиши на ivanopt77 в гугл почте", "email"),
    # The provider described by its logo, with a word of e-mail.
    ("my mail is lina88 at that mail service with the colourful G logo", "email"),
    ("la mia mail è lina88, quella della G", "email"),
    ("mein Mail ist lina88 bei dem mit dem G-Logo", "email"),
    ("邮箱是lina88，谷歌那家的", "email"),
    ("почта lina88 на гугловской", "email"),
])
def test_known_gaps_are_refused(text, category):
    verdict = check(text)
    assert verdict.blocked and category in verdict.categories, (text, verdict.categories)


@pytest.mark.parametrize("text", [
    # Counts that are sizes, prices, quantities.
    "我穿三十八码的鞋",
    "这个一百五十元，两百件起批",
    "一百五十，两百八十，三百二十，四百",
    "订单一百二十三，四百五十六，七百八十九",
    # A series of orders or parcels is listed, not offered as alternatives.
    "Los pedidos 3047781140 y 3047781141 llegaron",
    "Two parcels: 5512093311 and 5512093312, both stuck in customs",
    "Is it order 3047781140 or 3047781141 that shipped?",
    # Well-known sites named in passing.
    "I booked my hotel on booking.com and need the suitcase before the trip",
    "Vi las fotos del hotel en booking.com, necesito la maleta antes del viaje",
    "Die Maße stehen auch auf wikipedia.org, passt das?",
    # Providers in passing, no handle near.
    "у меня гмайл не работает, пароль забыл",
    "我用谷歌邮箱注册的账号",
    "the big G logo on the box is scratched",
])
def test_clean_look_alikes_pass(text):
    assert not check(text).blocked, (text, check(text).to_json())


@pytest.mark.parametrize(("text", "category"), [
    # A site that is no one's shop is still a link with a name before it, or as an address.
    ("mitiendabooking.com", "link"),
    ("write me at juan@booking.com", "email"),
    ("compra aquí: www.mitienda.com", "link"),
])
def test_known_sites_do_not_open_a_hole(text, category):
    assert category in check(text).categories


# ------------------------------------------------------------- apps named plainly, judged by the model

@pytest.mark.parametrize("text", [
    "Сестра прислала фото платья в Телеграме, есть размер M?",
    "我妹妹在微信上给我看了这条裙子，有M码吗？",
    "telegram hab ich, aber regeln sind regeln, hier weiter",
    "zap não precisa, fica tudo aqui",
])
def test_an_app_named_in_passing_passes_on_the_models_word(text):
    rules_alone = PolicyChecker(default_checker().rules, None)
    assert rules_alone.check(text).blocked            # the rules alone refuse it: the model decides
    assert not check(text).blocked


@pytest.mark.parametrize("text", [
    "add me on WhatsApp for the photos",
    "escríbeme por WhatsApp y te mando fotos",
    "пиши мне в телеграм, там быстрее",
    "加我微信聊",
    # Disguised names never reach the model: the disguise is the sign.
    "w h a t s a p p me for photos",
    "whаtsаpp me for photos",                          # Cyrillic а
    "ᴡʜᴀᴛsᴀᴘᴘ me",
    "My sister sent me the dress on wh4tsapp, add me there",
    # A word of contact near, or a word of contrast before the name: the rules' evidence stands.
    "Does the watch show WhatsApp notifications? Anyway, write me on WhatsApp",
    "I don't want to chat on Telegram but WhatsApp is fine",
])
def test_an_app_offered_or_disguised_is_still_refused(text):
    assert "messaging_app" in check(text).categories


def test_without_a_mention_threshold_the_rules_hits_refuse(tmp_path: Path):
    """A rules folder whose model has no `mention_threshold` (an older model, an operator's)
    refuses every hit of the rules, as before this round."""
    folder = tmp_path / "policy"
    shutil.copytree(resources_dir() / "policy", folder)
    checker = PolicyChecker.from_folder(folder)
    assert checker.model is not None and checker.model.mention_threshold is not None
    text = "Сестра прислала фото платья в Телеграме, есть размер M?"
    assert not checker.check(text).blocked
    older = PolicyChecker(checker.rules, dataclasses.replace(checker.model, mention_threshold=None))
    assert older.check(text).blocked


@pytest.mark.parametrize(("word", "plain"), [
    ("WhatsApp", True), ("Телеграме", True), ("微信", True), ("insta", True),
    ("whаtsаpp", False),          # Cyrillic а inside a Latin name
    ("whátsapp", False),          # an accent typed on it
    ("ᴡʜᴀᴛsᴀᴘᴘ", False),          # small capitals
    ("ｗｈａｔｓａｐｐ", False),    # full-width
    ("wh4tsapp", False), ("whats-app", False),
    ("whats app", True), ("WhatsApp p", True),       # words: the model reads the sentence
    ("w h a t s a p p", False), ("wh ats a p p", False),
])
def test_what_counts_as_written_plainly(word, plain):
    s, offsets = skeleton(word)
    hits = [Hit("messaging_app", 0, len(s))]
    assert mentions.only_plain_mentions(word, s, offsets, hits, forward=1) is plain


def test_a_word_of_contact_or_contrast_keeps_the_rules_hit():
    rules = default_checker().rules
    channel = mentions.channels(rules)
    assert set(channel) == {"messaging_app", "off_platform_payment"}
    for text, plain in (("my sister saw it on WhatsApp", True), ("write me on WhatsApp", False),
                        ("not Telegram but WhatsApp", False), ("pay me directly", False)):
        s, offsets = skeleton(text)
        start = s.rindex(s.split(" ")[-1]) if "directly" not in s else 0
        category = "off_platform_payment" if "pay" in s else "messaging_app"
        hits = [Hit(category, start, len(s))]
        assert mentions.only_plain_mentions(text, s, offsets, hits, 1, channel) is plain, text


def test_only_the_forward_terms_and_only_apps_or_payments():
    text = "WhatsApp"
    s, offsets = skeleton(text)
    app = Hit("messaging_app", 0, len(s))
    assert not mentions.only_plain_mentions(text, s, offsets, [], forward=0)
    assert not mentions.only_plain_mentions(text, s, offsets, [app, app], forward=1)   # another detector's hit
    assert not mentions.only_plain_mentions(text, s, offsets, [Hit("email", 0, len(s))], forward=1)
    text = "pay me directly"
    s, offsets = skeleton(text)
    assert mentions.only_plain_mentions(text, s, offsets, [Hit("off_platform_payment", 0, len(s))], forward=1)
    assert not mentions.only_plain_mentions(text, s, offsets, [Hit("link", 0, len(s))], forward=1)
