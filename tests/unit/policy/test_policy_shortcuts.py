"""The shortcuts taken for speed (issue 13: 20,000 messages a second) never change a verdict.

Each is a cheap look for something the full pattern cannot match without: where the look
finds nothing, the full pattern finds nothing either. Checked on every text of every corpus of
this folder (`verdict_corpus.corpus_texts`) and on generated text built from the pieces the
patterns are about, and the whole check is compared with one whose shortcuts always say
"look further" (the full patterns run on every message, as before). The held-out sets are
among the texts: a failure says how many texts differ, never which."""

from __future__ import annotations

import random
import re

import pytest

from desktop.core.policy import backwards, intent
from desktop.core.policy.checker import PolicyChecker, default_checker
from desktop.core.policy.normalise import skeleton
from verdict_corpus import corpus_texts, verdicts

ALWAYS = re.compile("")       # a look that always says "look further"

_PIECES = ["revers", "reverse", "al revés", "del reves", "ao contrário", "de trás pra frente", "à l'envers",
           "a l envers", "наоборот", "задом наперёд", "справа налево", "倒着", "倒过来", "反过来", "反着",
           "backward", "backwards", "xbackwards", "yrevers", "juan.perez", "tienda.com", "a.b", "1.a", "_.a",
           "a._", "a.1", "x.é", "3.5", ". ", ".", "..", "whatsapp", "wh4ts4pp", "vvhatsapp", "telegram",
           "te1egram", "微信", "薇信", "pay", "p4y", "@", "$", "!", "|", "+", "6", "0", "7", "-", "_", " ",
           "  ", "\n", "\t", "é", "ß", "Я", "ж", "😀", "\u00a0", "a", "b", "w", "v", "z", "9"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    rng = random.Random(13)
    generated = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25))) for _ in range(4000)]
    return corpus_texts() + generated


def test_the_look_for_backwards_words_misses_none(texts):
    skeletons = [skeleton(text)[0] for text in texts]
    found = [s for s in skeletons if backwards._SAID_BACKWARDS.search(s)]
    assert found                                    # the pattern is exercised
    assert sum(not backwards._SAID_BACKWARDS_HINT.search(s) for s in found) == 0


def test_the_look_for_a_dotted_name_misses_none(texts):
    found = [s for text in texts for s in (text, skeleton(text)[0]) if intent._DOTTED_NAME.search(s)]
    assert found
    assert sum(not intent._DOT_IN_NAME.search(s) for s in found) == 0


def _without_first_look(source: str) -> str:
    """The term regex's source without the look at the next character (`rules.compile_terms`)."""
    start = source.index("](?=[") + 1
    end = source.index(")(?:", start) + 1
    return source[:start] + source[end:]


def test_the_term_regex_matches_as_without_its_first_look(texts):
    regex = default_checker().rules.term_regex
    plain = re.compile(_without_first_look(regex.pattern), regex.flags)
    assert plain.pattern != regex.pattern
    differ = 0
    for text in texts:
        padded = " " + skeleton(text)[0]
        for pos in range(len(padded)):              # every place a search can start from
            m, p = regex.search(padded, pos), plain.search(padded, pos)
            if (m and (m.span(), m.lastgroup)) != (p and (p.span(), p.lastgroup)):
                differ += 1
                break
            if m is None:
                break
    assert differ == 0, f"{differ} texts"


def test_every_verdict_is_the_one_without_shortcuts(texts, monkeypatch):
    fast = default_checker()
    ours = verdicts(fast.check, texts)
    monkeypatch.setattr(backwards, "_SAID_BACKWARDS_HINT", ALWAYS)
    monkeypatch.setattr(intent, "_DOT_IN_NAME", ALWAYS)
    rules = fast.rules
    plain = re.compile(_without_first_look(rules.term_regex.pattern), rules.term_regex.flags)
    monkeypatch.setattr(rules, "term_regex", plain)
    full = PolicyChecker(rules, fast.model)
    theirs = verdicts(full.check, texts)
    assert sum(ours[t] != theirs[t] for t in texts) == 0
