"""The corpus goals of issue 4: recall >= 97% per disguise class and per category, false
positives <= 0.5% on ordinary messages, computed here on the TSV files."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from desktop.core.policy import CATEGORIES, check

HERE = Path(__file__).resolve().parent
DISGUISES = {"plain", "spacing", "case", "leetspeak", "confusables", "invisible", "nickname",
             "written_digits", "at_dot", "mixed", "number_words", "letter_digits", "vv_for_w", "spaced_domain",
             # issue 13's round: the classes an adversarial run got through
             "address_after_word", "payment_words", "backwards", "split_number", "letter_names", "number_words_ru",
             "cjk_digits", "app_slang",
             # held-out set 1's classes, as its writer named them (and round_4, new wordings of them)
             "email_at_word", "email_disguised", "phone_plain", "phone_split", "phone_words", "app_spelled",
             "app_disguised", "payment_plain", "payment_brand", "link"}
LANGUAGES = {"es", "en", "pt", "fr", "ru", "zh"}


def _rows(name: str) -> list[dict]:
    with (HERE / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


BLOCKED = _rows("corpus_blocked.tsv")
ORDINARY = _rows("corpus_ordinary.tsv")


def test_the_corpus_is_large_and_covers_every_class():
    assert len(BLOCKED) >= 300 and len(ORDINARY) >= 500
    assert {r["category"] for r in BLOCKED} == set(CATEGORIES)
    assert {r["disguise"] for r in BLOCKED} == DISGUISES
    assert set(Counter(r["lang"] for r in ORDINARY)) == LANGUAGES
    assert min(Counter(r["lang"] for r in ORDINARY).values()) >= 60
    # Unique within a batch (held-out set 1 happens to repeat two rows of earlier rounds word for word).
    assert len({(r["batch"], r["text"]) for r in BLOCKED}) == len(BLOCKED)
    # The third round names each row's language: every language has refused and ordinary rows.
    third = [r for r in BLOCKED if r["batch"] == "round_3"]
    assert {r["lang"] for r in third} == LANGUAGES
    assert min(Counter(r["lang"] for r in ORDINARY if r["batch"] == "round_3").values()) >= 30
    # Held-out set 1 is there whole, as it was handed over.
    assert sum(r["batch"] == "heldout_set_1" for r in BLOCKED) == 327
    assert sum(r["batch"] == "heldout_set_1" for r in ORDINARY) == 638


def _recall(key: str) -> dict[str, float]:
    total, caught = Counter(), Counter()
    for row in BLOCKED:
        verdict = check(row["text"])
        total[row[key]] += 1
        caught[row[key]] += verdict.blocked and row["category"] in verdict.categories
    return {k: caught[k] / total[k] for k in total}


@pytest.mark.parametrize("key", ["disguise", "category"])
def test_recall_per_class_is_at_least_97_percent(key):
    low = {k: f"{v:.1%}" for k, v in _recall(key).items() if v < 0.97}
    assert not low


def test_false_positives_are_at_most_half_a_percent():
    blocked = [(r["lang"], r["text"], check(r["text"]).to_json()["matches"]) for r in ORDINARY
               if check(r["text"]).blocked]
    assert len(blocked) / len(ORDINARY) <= 0.005, blocked


def test_every_span_is_the_original_text():
    for row in BLOCKED + ORDINARY:
        text = row["text"]
        for m in check(text).matches:
            assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
