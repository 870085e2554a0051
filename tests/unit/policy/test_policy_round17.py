"""The seventeenth round (docs/policy.md): what round 16 left needing code. Refused: a digit or a
pair said more than once in a dictated number ("2x", "deux fois", "due volte", "double",
"дважды", "два нуля"); an address whose at sign is a symbol read as a letter ("🅰️", "ⓐ") and whose
dot may be a round symbol ("⚫"). Clean: the same words of repeating in quantities, doses and
"double check"; symbols alone; a part number with its label after it or "CI" in capitals before
it. And a model file whose thresholds were edited to NaN, infinity or an absurd value is a broken
one (the rules alone, as for any other broken model file).

Every sentence here was written for this file; none is a line of a blind set. The refusals are
checked by the rules alone (the model of intent would hide whether the rule works); the clean
ones by the rules alone and by the whole filter."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.config import resources_dir
from desktop.core.policy import check, intent
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


@pytest.mark.parametrize("field,value", [
    ("mention_threshold", "NaN"),
    ("threshold", "Infinity"),
    ("strict_threshold", "-Infinity"),
    ("caution_threshold", "1e300"),
    ("bias", "-1e9"),
    ("mention_threshold", "500"),
])
def test_a_model_file_with_a_non_finite_or_absurd_value_is_broken(tmp_path, field, value):
    folder = tmp_path / "policy"
    shutil.copytree(resources_dir() / "policy", folder)
    assert intent.load(folder) is not None
    path = folder / "intent_model.json"
    text = path.read_text(encoding="utf-8")
    meta = json.loads(text)
    # Edited by hand in the file's text: json.dumps would write the same NaN and Infinity.
    path.write_text(text.replace(f'"{field}": {json.dumps(meta[field])}', f'"{field}": {value}'), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))[field] != meta[field]
    assert intent.load(folder) is None
    assert PolicyChecker.from_folder(folder).model is None


def test_a_category_bias_out_of_range_is_broken_too(tmp_path):
    folder = tmp_path / "policy"
    shutil.copytree(resources_dir() / "policy", folder)
    path = folder / "intent_model.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["category_bias"][0] = float("nan")
    path.write_text(json.dumps(meta), encoding="utf-8")
    assert intent.load(folder) is None
