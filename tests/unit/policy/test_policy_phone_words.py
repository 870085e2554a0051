"""The phone detector scans a message for number words once (`PhoneDetector.number_words`):
`_too_few` counts them from it, in `find` and again in `_find` without scanning again, and
`_word_tokens` looks for their places only when there are some. The same answers as each
scanning on its own (the references below, the code as it was), so the same verdicts
(docs/policy.md, "Throughput: scans shared with the rules")."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.policy.checker import default_checker
from desktop.core.policy.normalise import skeleton
from desktop.core.policy.phones import _CONTINUED, _merge, _opening

HERE = Path(__file__).parent
FILES = ("corpus_ordinary.tsv", "corpus_blocked.tsv", "round13_clean.tsv", "round7_blocked.tsv")
# Phones said in words (test_policy_check.py's), then words that say no phone.
SPOKEN = ["seis uno dos tres cuatro cinco seis siete ocho",
          "seiscientos doce, trescientos cuarenta y cinco, seiscientos setenta y ocho",
          "six twelve thirty-four fifty-six seventy-eight",
          "zéro sept quatre-vingt-douze quarante-cinq soixante et onze vingt-trois",
          "seiscientos doce, treinta y cuatro", "…der Rest ist acht acht vier drei", "", "uno", "  dos  ",
          "tres\ncuatro"]


def _skeletons() -> list[str]:
    out = [skeleton(t)[0] for t in SPOKEN]
    for name in FILES:
        out += [skeleton(line)[0] for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def _too_few_with_its_own_scan(phones, s: str, digits: int) -> bool:
    """`_too_few` as it was, scanning the message itself: the reference."""
    least = phones.min_continued if _CONTINUED.match(s) else phones.min_with_keyword
    if digits >= least:
        return False
    words = phones.word.findall(" " + s)
    return digits + len(words) < least and digits + sum(len(str(phones.word_value[w])) for w in words) < least


def _word_tokens_with_its_own_scan(phones, s: str) -> list[tuple[int, int, int]]:
    """`_word_tokens` as it was, always scanning for the words' places: the reference."""
    out: list[list] = []
    for m in phones.word.finditer(" " + s):
        start, end = m.start(), m.end() - 1
        value = phones.word_value[m.group("w")]
        if out and phones.joint.fullmatch(s, out[-1][1], start):
            merged = _merge(out[-1][2], out[-1][3], value)
            if merged is not None:
                out[-1][1:] = [end, *merged]
                continue
        out.append([start, end, value, _opening(value)])
    return [(a, b, v) for a, b, v, _ in out]


def test_numbers_in_words_are_placed_and_joined_as_by_their_own_scan():
    phones = default_checker()._phones
    skeletons = _skeletons()
    assert len(skeletons) > 1000
    spoken = 0
    for s in skeletons:
        joined = phones._word_tokens(s, phones.number_words(s))
        assert joined == _word_tokens_with_its_own_scan(phones, s), s
        spoken += bool(joined)
    assert spoken > 50            # the corpus says numbers in words: not only empty lists compared


@pytest.mark.parametrize("digits", [0, 3, 5, 6, 7, 12])
def test_counting_from_the_shared_scan_decides_as_its_own_scan_did(digits):
    phones = default_checker()._phones
    decided = {True: 0, False: 0}
    for s in _skeletons():
        few = phones._too_few(s, digits, phones.number_words(s))
        assert few == _too_few_with_its_own_scan(phones, s, digits), s
        decided[few] += 1
    if digits < phones.min_with_keyword:
        assert decided[True] and decided[False]     # both answers given, so both were compared


def test_numbers_said_in_words_are_still_joined_and_found():
    check = default_checker().check
    for text in SPOKEN[:4]:
        assert "phone" in check(text).categories, text
    assert not check(SPOKEN[4]).blocked                 # too short for a phone
    assert not check("tengo dos perros y tres gatos").blocked
