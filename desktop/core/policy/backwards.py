"""Messages written backwards ("margeleT no em dda", "moc.liamg@nauj", "信微我加"): the same
detectors on the reversed skeleton.

Only terms of five letters or two Chinese characters or more count there: a shorter term
reversed is often a word ("paz" is "zap" backwards). The reversed pass runs only when a
word opens with the last four letters of such a term reversed ("ppas" of "whatsapp", "marg"
of "telegram", also with digits for letters: "ppa5"), when the reversed last two
characters of a Chinese term show ("信微"), or when something of a reversed address or
link does ("//:", ".www", "moc.", "moc.liamg@"): nearly no ordinary message pays for it.
"""

from __future__ import annotations

import itertools
import re

from desktop.core.policy.detectors import Hit, ShapeDetector, find_terms
from desktop.core.policy.normalise import fold_literal
from desktop.core.policy.rules import Rules

MIN_LETTERS = 5
MIN_WIDE = 2          # CJK characters: one is a syllable, two are often a word
_SEEN = 4             # letters of a term's end that must open a word, reversed
_DIGIT_FOR = {"a": "4", "b": "8", "e": "3", "g": "9", "i": "1", "l": "1", "o": "0", "s": "5", "t": "7", "z": "2"}
# The first four letters of each word of four or more.
_OPENING = re.compile(rf"(?<![^\W_])[^\W_]{{{_SEEN}}}")
# What shows only of an address or a link written backwards: the "//:" of "https://", a
# ".www" ending a name, ".com" and the like reversed (top-level domains that are no word
# backwards), and an address whose first label is a reversed top-level domain
# ("moc.liamg@", "ur.liam@"). A forward link has "//" and "www." but none of these.
_STRONG = ("moc", "gro", "pohs", "erots", "ofni", "enilno", "etis", "zyx")


def _reversed_marks(rules: Rules) -> re.Pattern:
    tlds = rules.settings.get("tlds", [])
    labels = "|".join(sorted({re.escape(t[::-1]) for t in tlds if t.isalpha()}, key=lambda t: (-len(t), t)))
    return rules.compile(rf"//\s?:|\.www(?![a-z0-9])|(?<![a-z0-9])(?:{'|'.join(_STRONG)}) ?\.[a-z0-9]"
                      rf"|(?<![a-z0-9])(?:{labels})\.[a-z0-9.-]{{1,200}}@")


def _wide(c: str) -> bool:
    return c >= "\u2e80"


def long_enough(span: str) -> bool:
    return sum(c.isalnum() for c in span) >= MIN_LETTERS or sum(map(_wide, span)) >= MIN_WIDE


class Backwards:
    """Finds what the other detectors find, in a message written backwards."""

    def __init__(self, rules: Rules, shapes: ShapeDetector) -> None:
        self.rules, self.shapes = rules, shapes
        self.marks = _reversed_marks(rules)
        self.openings: set[str] = set()      # reversed ends of long Latin and Cyrillic terms, and leetspeak
        self.wide: set[str] = set()          # reversed ends of long CJK terms
        for term in rules.terms:
            chars = [c for c in fold_literal(term.text) if c.isalnum()]
            if not long_enough("".join(chars)):
                continue
            if _wide(chars[-1]):
                self.wide.add("".join(chars[-MIN_WIDE:][::-1]))
            elif len(chars) >= _SEEN:
                end = chars[-_SEEN:][::-1]
                self.openings.update(map("".join, itertools.product(*((c, _DIGIT_FOR[c]) if c in _DIGIT_FOR else c
                                                                       for c in end))))

    def find(self, s: str) -> list[Hit]:
        shapes = self.marks.search(s) is not None
        if not (shapes or self._shows(s)):
            return []
        r, n = s[::-1], len(s)
        found = [h for h in find_terms(self.rules, r) if long_enough(r[h.start:h.end])]
        if shapes:
            found.extend(self.shapes.find(r, r, None))
        return [Hit(h.category, n - h.end, n - h.start) for h in found]

    def _shows(self, s: str) -> bool:
        if not self.openings.isdisjoint(_OPENING.findall(s)):
            return True
        return not s.isascii() and any(w in s for w in self.wide)
