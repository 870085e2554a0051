"""Messages written backwards ("margeleT no em dda", "moc.liamg@nauj", "信微我加"): the same
detectors on the reversed skeleton.

Only terms of five letters or two Chinese characters or more count there: a shorter term
reversed is often a word ("paz" is "zap" backwards). The reversed pass runs only when a
word opens with the last five letters of such a term reversed ("ppast" of "whatsapp",
"marge" of "telegram", also with digits for letters: "ppa5t"), when the reversed last two
characters of a Chinese term show ("信微"), or when something of a reversed address or
link does ("//:", ".www", "moc.", "moc.liamg@"): nearly no ordinary message pays for it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from desktop.core.policy.detectors import Hit, ShapeDetector, context_ok, find_terms
from desktop.core.policy.normalise import fold_literal
from desktop.core.policy.rules import Rules

MIN_LETTERS = 5
MIN_WIDE = 2          # CJK characters: one is a syllable, two are often a word
_SEEN = MIN_LETTERS   # letters of a term's end that must open a word, reversed
_DIGIT_FOR = {"a": "4", "b": "8", "e": "3", "g": "9", "i": "1", "l": "1", "o": "0", "s": "5", "t": "7", "z": "2"}
# The first letters of each word long enough.
_OPENING = re.compile(rf"(?<![^\W_])[^\W_]{{{_SEEN}}}")
# What shows only of an address or a link written backwards: the "//:" of "https://", a
# ".www" ending a name, ".com" and the like reversed (top-level domains that are no word
# backwards), and an address whose first label is a reversed top-level domain
# ("moc.liamg@", "ur.liam@"). A forward link has "//" and "www." but none of these.
_STRONG = ("moc", "gro", "pohs", "erots", "ofni", "enilno", "etis", "zyx")
_SCHEME = re.compile(r"//\s?:")
_WWW = re.compile(r"\.www(?![a-z0-9])")
# Words that tell the reader to read backwards ("reverse the word", "lê ao contrário",
# "lis à l'envers", "倒着读"): then any word of three letters or more that is a term read
# backwards counts, however short the term ("yabe").
_SAID_WORDS = (r"revers|backwards?\b|al reves|del reves|ao contrario|de tras pra frente|a l.envers|наоборот"
               r"|задом наперед|справа налево")
_SAID_WIDE = "倒着|倒过来|反过来|反着"
_SAID_BACKWARDS = re.compile(rf"(?<![a-z])(?:{_SAID_WORDS})|{_SAID_WIDE}")
# The same words without the look before them, looked for first: a match of `_SAID_BACKWARDS`
# is a match of this one at the same place, so a message without one has neither. A pattern
# whose every alternative opens with a plain character lets the engine skip to those characters
# in C (one opening with a look-behind is tried at every position): half the cost, and almost
# every message stops here.
_SAID_BACKWARDS_HINT = re.compile(f"{_SAID_WORDS}|{_SAID_WIDE}")
_WORD = re.compile(r"[^\W\d_]{3,}")
MIN_WIDE_ALONE = 3    # CJK characters of a term read backwards that need no other sign ("宝付支")


def _opening_word(pattern: re.Pattern, s: str) -> bool:
    """Whether `pattern` matches at the start of a word of `s`."""
    m = pattern.search(s)
    while m is not None:
        i = m.start()
        if i == 0 or not (s[i - 1].isascii() and s[i - 1].isalnum()):
            return True
        m = pattern.search(s, i + 1)
    return False


def _wide(c: str) -> bool:
    return c >= "\u2e80"


# A word of small letters ending in a capital (Latin or Cyrillic): how a name typed with its
# capital reads backwards ("lapyaP", "xiP", "margeleT"); ordinary words never end so ("iPhone").
# The pattern opens with the capital, so the engine skips to capitals in C; where the word
# starts is looked at on the rare match.
_SMALL = "a-z\u00df-\u00f6\u00f8-\u00ff\u0430-\u045f"
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0400-\u042f"
_CAPITAL_LAST = re.compile(f"[{_CAPITAL}](?![^\\W\\d_])(?<=[{_SMALL}].)")


def _word_start(text: str, i: int) -> int:
    """Where the word whose letter `text[i]` is starts."""
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


def _whole_word(r: str, a: int, b: int) -> bool:
    """Whether `r[a:b]` is a whole word of five letters or more (not part of a longer one)."""
    return (b - a >= MIN_LETTERS and not _wide(r[a]) and (a == 0 or not r[a - 1].isalpha())
            and (b == len(r) or not r[b].isalpha()))


def _skeleton_span(offsets, start: int, end: int) -> tuple[int, int]:
    """The skeleton's span for the original text's span `start:end` (`offsets` maps the other way)."""
    if offsets is None:
        return start, end
    return bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)


def long_enough(span: str) -> bool:
    return sum(c.isalnum() for c in span) >= MIN_LETTERS or sum(map(_wide, span)) >= MIN_WIDE


class Backwards:
    """Finds what the other detectors find, in a message written backwards."""

    def __init__(self, rules: Rules, shapes: ShapeDetector) -> None:
        self.rules, self.shapes = rules, shapes
        # Both open with a letter of their words, so the engine skips in C; whether the word
        # starts there is looked at on the rare match (a lookbehind first would stop the skipping).
        self.tld_ends = rules.compile(rf"(?:{'|'.join(_STRONG)}) ?\.[a-z0-9]")
        tlds = rules.settings.get("tlds", [])
        labels = sorted({re.escape(t[::-1]) for t in tlds if t.isalpha()}, key=lambda t: (-len(t), t))
        self.address_ends = rules.compile(rf"(?:{'|'.join(labels)})\.[a-z0-9.-]{{1,200}}@") if labels else None
        self.openings: set[str] = set()      # reversed ends of long Latin and Cyrillic terms, and leetspeak
        wide: set[str] = set()               # reversed ends of long CJK terms
        for term in rules.terms:
            chars = [c for c in fold_literal(term.text) if c.isalnum()]
            if not long_enough("".join(chars)):
                continue
            if _wide(chars[-1]):
                wide.add("".join(chars[-MIN_WIDE:][::-1]))
            elif len(chars) >= _SEEN:
                end = chars[-_SEEN:][::-1]
                self.openings.update(map("".join, itertools.product(*((c, _DIGIT_FOR[c]) if c in _DIGIT_FOR else c
                                                                       for c in end))))
        # Each alternative opens with its character: one scan in C, whatever their number.
        self.wide_ends = rules.compile("|".join(sorted(map(re.escape, wide)))) if wide else None

    def find(self, s: str, text: str | None = None, offsets=None) -> list[Hit]:
        """What is written backwards in the skeleton `s` of `text` (`offsets` as `normalise.skeleton`
        gives them; without `text`, words capitalised at their end are not looked at)."""
        found: list[Hit] = []
        shapes = self._shape_shows(s)
        if shapes or self._shows(s):
            r, n = s[::-1], len(s)

            def context(term, a: int, b: int) -> bool:
                # The words around it read backwards too, or forwards (a reversed name in an
                # ordinary sentence); a whole word that is a term backwards needs no other sign.
                return (context_ok(term, r, a, b) or context_ok(term, s, n - b, n - a) or _whole_word(r, a, b)
                        or (b - a >= MIN_WIDE_ALONE and all(map(_wide, r[a:b]))))

            found = [Hit(h.category, n - h.end, n - h.start) for h in find_terms(self.rules, r, context)
                     if long_enough(r[h.start:h.end])]
            if shapes:
                found.extend(Hit(h.category, n - h.end, n - h.start) for h in self.shapes.find(r, r, None))
        if text is not None and _CAPITAL_LAST.search(text):
            found.extend(self._capitalised_at_the_end(s, text, offsets))
        if _SAID_BACKWARDS_HINT.search(s) and _SAID_BACKWARDS.search(s):
            found.extend(self._words_said_backwards(s))
        return found

    def _words_said_backwards(self, s: str) -> Iterator[Hit]:
        """Each word that is a whole term read backwards, in a message that says to read so."""
        for m in _WORD.finditer(s):
            word = m.group()[::-1]
            for hit in find_terms(self.rules, word, lambda term, a, b: True):
                if hit.start == 0 and hit.end == len(word):
                    yield Hit(hit.category, m.start(), m.end())

    def _capitalised_at_the_end(self, s: str, text: str, offsets) -> Iterator[Hit]:
        """Short names reversed with their capital ("xiP" for Pix, "lapyaP"): a word of three
        letters or more, small letters then a capital last, that is a term read backwards."""
        for m in _CAPITAL_LAST.finditer(text):
            begin = _word_start(text, m.start())
            if m.end() - begin < 3 or not text[begin].islower():
                continue
            start, end = _skeleton_span(offsets, begin, m.end())
            word = s[start:end][::-1]
            for hit in find_terms(self.rules, word, lambda term, a, b: True):
                if hit.start == 0 and hit.end == len(word):
                    yield Hit(hit.category, start, end)

    def _shape_shows(self, s: str) -> bool:
        if "//" in s and _SCHEME.search(s):
            return True
        if ".www" in s and _WWW.search(s):
            return True
        if _opening_word(self.tld_ends, s):
            return True
        return "@" in s and self.address_ends is not None and _opening_word(self.address_ends, s)

    def _shows(self, s: str) -> bool:
        if not self.openings.isdisjoint(_OPENING.findall(s)):
            return True
        return self.wide_ends is not None and not s.isascii() and self.wide_ends.search(s) is not None
