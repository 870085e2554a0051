"""The seventeenth round (docs/policy.md): what round 16 left needing code. Refused: a digit or a
pair said more than once in a dictated number ("2x", "deux fois", "due volte", "double",
"дважды", "два нуля"); an address whose at sign is a symbol read as a letter ("🅰️", "ⓐ") and whose
dot may be a round symbol ("⚫"). Clean: the same words of repeating in quantities, doses and
"double check"; symbols alone; a part number with its label after it or "CI" in capitals before
it.

Every sentence here was written for this file; none is a line of a blind set. The refusals are
checked by the rules alone (the model of intent would hide whether the rule works); the clean
ones by the rules alone and by the whole filter."""

from __future__ import annotations

import pytest

from desktop.core.policy import check
from desktop.core.policy.checker import PolicyChecker, default_checker


def _rules_alone() -> PolicyChecker:
    return PolicyChecker(default_checker().rules, None)


@pytest.mark.parametrize("text", [
    # A digit or a pair said twice or three times, in one dictation with slashes or commas.
    "abends unter null-eins-sechs-zwei / 2x acht / vier vier drei eins",
    "ruf an: null eins fünf zwei, zweimal sieben, drei drei vier eins",
    "raggiungimi al tre-quattro-sette / due volte nove / uno-due-tre-quattro",
    "llámame: seis uno uno, doble cero, siete ocho dos tres",
    "text me six one double five, two three four double oh",
    "mon tel : zéro six, deux fois sept, trois quatre cinq six",
    "по вечерам восемь-девять-один-шесть / два нуля / три-четыре-пять-шесть",
    "номер: восемь девять один, три семерки, два два один ноль",
    "пиши: восемь девять ноль три, дважды пять, один два три четыре",
])
def test_a_digit_said_more_than_once_counts_as_its_digits(text):
    verdict = _rules_alone().check(text)
    assert verdict.blocked and verdict.categories == ("phone",), text


@pytest.mark.parametrize("text", [
    # The same words with quantities, sizes, doses and times: no number dictated.
    "Ich brauche 2x 500 ml und 3x 250 ml, geht das?",
    "Nehmen Sie 2x vier Tabletten am Tag, steht auf der Packung",
    "à prendre deux fois par jour, trois fois par semaine",
    "ho ordinato due volte per sbaglio, annullate il secondo ordine 4471 2210",
    "Please double check the order, two times one kit and one cable",
    "La talla doble cero no existe, pido la 36 o la 38",
    "Беру два набора и три ножки, итого пять позиций",
    "I paid twice, order 3047781140, please refund one",
])
def test_words_of_repeating_alone_make_no_phone(text):
    assert not _rules_alone().check(text).blocked, text
    assert not check(text).blocked, text


@pytest.mark.parametrize("text", [
    "schreib an werkstatt 🅰️ web ⚫ de, da antworte ich schneller",
    "envíalo a tallerpro ⓐ taller ⚫ es",
    "write to shopfix ⓐ fixparts.com",      # a link before; an address with its at sign
    "пиши remont77 🅰️ remont ⚫ ru",
    "发到 repairking🅰️163⚫com 就行",
    "manda para loja.fix 🅰️ uol 🔴 com 🔴 br",
])
def test_an_at_sign_drawn_as_a_symbol_in_an_address_is_an_email(text):
    verdict = _rules_alone().check(text)
    assert verdict.blocked and "email" in verdict.categories, text


@pytest.mark.parametrize("text", [
    "Blutgruppe 🅰️, und das Gehäuse in ⚫ bitte",
    "plan 🅰️ o plan b ⚫ decidimos mañana",
    "vote ⓐ or ⓑ in the poll, both are fine",
    "team 🅰️ vs team b ⚫ com on guys",
    "la opción ⓐ me gusta más ⚫",
])
def test_symbols_alone_are_no_address(text):
    assert not _rules_alone().check(text).blocked, text
    assert not check(text).blocked, text


@pytest.mark.parametrize("text", [
    "343S00289这颗IC在哪里能买到？",
    "is 343S00289 IC the same on the 8 plus?",
    "o CI 343S00289 serve no iPhone 8?",
    "O CI 339S00199 é o do wifi?",
])
def test_a_part_number_with_its_label_after_or_in_capitals_is_no_phone(text):
    assert not _rules_alone().check(text).blocked, text
    assert not check(text).blocked, text


@pytest.mark.parametrize("text", [
    "chiamami, o ci sentiamo al 338 5I2 4S67",      # "ci" in lower case: Italian, no label
    "my cell 6I2S4S7B9 this chip is fine",          # a phone word before it wins over the label
    "612345678 chip",                               # digits alone: a phone, label or not
])
def test_a_label_does_not_hide_a_phone(text):
    assert _rules_alone().check(text).blocked, text
