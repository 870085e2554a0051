"""Letters typed for digits inside a phone number ("6l2 345 6O8", "138OO138OOO"), read back as
the digits they imitate, but only where a letter cannot be part of a word or a code.

Judged on the letter as typed (small l, capital I and "|" look like 1; O and o like 0;
capital S like 5; capital B like 8; capital L like nothing): the table is `digit_letters`
in phone.json.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple

from desktop.core.errors import KnownError
from desktop.core.policy.normalise import fold_literal
from desktop.core.policy.rules import LETTER

# Characters of a "chunk": a group of digits with look-alike letters typed among them.
_CHUNK_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789|")
# A plain group of digits right before or after a chunk, in the same number ("9876S-4321").
# \Z, not $: searched with the chunk's start as the end, "$" would also match before a line
# break there, and a group on the line above would count as the same number's.
_GROUP_BEFORE = re.compile(r"(?<![a-z0-9|])(?P<group>\d{1,12})[ .\-()]{1,2}\Z")
_GROUP_AFTER = re.compile(r"[ .\-()]{1,2}(?P<group>\d{1,12})(?![a-z0-9|])")
# After a phone word ("tel", "电话", "liga"): the groups of a number, each of digits and
# look-alike letters ("电话 l38 OOl3 8OOO").
_ANCHORED_GROUP = re.compile(r"[a-z0-9|]{1,8}")
_ANCHORED_GAP = re.compile(r"[\W_]{0,3}")
_GROUP_GAP = re.compile(r"[ .\-()/]{1,3}")


class Swapped(NamedTuple):
    """The skeleton with look-alike letters read as digits, and where."""

    text: str
    positions: list[int]     # every position read as a digit, sorted
    edges: list[int]         # chunks read at a group's edge only because plain groups stand either side
    anchored: list[int]      # positions read because a phone word stands right before the number

is_letter = re.compile(f"[{LETTER}]").match


class LetterDigits:
    """Reads look-alike letters inside numbers as digits; `table` maps a character as typed to its digit."""

    def __init__(self, table: dict, compile: Callable[[str], re.Pattern] = re.compile) -> None:
        # Case matters: a letter stands for the digit it looks like as typed (capital I and
        # small l look like 1, capital L does not).
        self.table = {str(k): str(v) for k, v in table.items()}
        if any(len(k) != 1 or len(v) != 1 or not v.isdigit() for k, v in self.table.items()):
            raise KnownError("The policy rules file phone.json: digit_letters maps one character to one digit.",
                             hint="For example \"O\": \"0\".",
                             text_id="policy_file_broken", args={"path": "phone.json"})
        self.chunk_letters = frozenset(fold_literal(k) for k in self.table) | frozenset("0123456789")
        letters = re.escape("".join(sorted(self.chunk_letters - frozenset("0123456789")))) or "#"
        self.letter_hint = compile(rf"\d[{letters}]|[{letters}]\d")
        # A letter for 1 alone between two single digits: "7 0 0 l 2 3". Not a lone "o",
        # which is "or" in Spanish ("talla 8 o 9").
        lone = re.escape("".join(sorted({fold_literal(k) for k, v in self.table.items()
                                          if k.isalpha() and v == "1"}))) or "#"
        self.lone_letter = compile(rf"(?<=\d)[ .\-]{{1,2}}([{lone}])(?=[ .\-]{{1,2}}\d(?![a-z0-9|]))")

    def swap(self, s: str, original: str, offsets, anchors: Iterable[int] = ()) -> Swapped | None:
        """The skeleton with look-alike letters inside numbers read as digits ("6l2" -> "612");
        None when there are none. `anchors`: where a phone word ends, right before a number
        whose every group may be typed with letters ("tel l38 OOl3 8OOO")."""
        chunks = []
        done = -1
        for m in self.letter_hint.finditer(s):
            if m.start() < done:
                continue
            lo, hi = m.start(), m.end()
            while lo > 0 and s[lo - 1] in _CHUNK_CHARS:
                lo -= 1
            while hi < len(s) and s[hi] in _CHUNK_CHARS:
                hi += 1
            done = hi
            # Other letters in it make a word or a code ("S21x", "cainiao123"); glued to a word
            # of another letter ("número6l2", "é6l2") it is not a number either.
            if self.chunk_letters.issuperset(s[lo:hi]) and not (
                    (lo > 0 and is_letter(s[lo - 1])) or (hi < len(s) and is_letter(s[hi]))):
                seen = [ch if ch.isdigit() else self._looks_like(s, i, original, offsets)
                        for i, ch in enumerate(s[lo:hi], lo)]
                digits = [d for d in seen if d is not None]
                if len(digits) == len(seen):
                    chunks.append((lo, hi, digits))
        swapped: dict[int, str] = {}
        edges: list[int] = []
        # Twice: a chunk read the first time is a plain group of digits for its neighbours
        # the second time ("6O9 l23 456").
        for _ in range(2 if chunks else 0):
            text, unread = _apply(s, swapped), []
            for lo, hi, looks in chunks:
                group_before, group_after = _GROUP_BEFORE.search(text, max(0, lo - 16), lo), _GROUP_AFTER.match(text, hi)
                inside = group_before is not None and group_after is not None
                # Groups of one length either side, as the chunk's ("06.l2.34", "07.8l.23"): a
                # number written in pairs or triples, any of its letters a digit.
                even = (group_before is not None and group_after is not None
                        and len(group_before["group"]) == len(group_after["group"]) == hi - lo >= 2)
                reading = _reading(s[lo:hi], looks, inside, even)
                if reading is None:
                    unread.append((lo, hi, looks))
                    continue
                swapped.update((i, d) for i, d in enumerate(reading, lo) if d != s[i])
                if inside and _reading(s[lo:hi], looks, False, False) is None:
                    edges.append(lo)
            if len(unread) == len(chunks):
                break
            chunks = unread
        for m in self.lone_letter.finditer(s):
            i = m.start(1)
            before = m.start() - 2     # the single digit before sits at m.start() - 1
            digit = self._looks_like(s, i, original, offsets)
            if digit is not None and (before < 0 or s[before] not in _CHUNK_CHARS):
                swapped[i] = digit
        anchored = [i for a in anchors for i in self._anchored(s, a, original, offsets) if i not in swapped]
        swapped.update((i, self._looks_like(s, i, original, offsets) or s[i]) for i in anchored)
        if not swapped:
            return None
        return Swapped(_apply(s, swapped), sorted(swapped), sorted(edges), sorted(anchored))

    def _anchored(self, s: str, at: int, original: str, offsets) -> list[int]:
        """The letters of the number right after a phone word ending at `at`, when every group
        of it is digits and look-alike letters with a real digit in it, 7 to 15 of them in all."""
        gap = _ANCHORED_GAP.match(s, at)
        pos = gap.end() if gap else at
        letters: list[int] = []
        length = 0
        while length <= 15:
            group = _ANCHORED_GROUP.match(s, pos)
            if group is None or (group.end() < len(s) and is_letter(s[group.end()])):
                break
            text = group.group()
            if not any(c.isdigit() for c in text):
                break
            found = [i for i in range(group.start(), group.end()) if not s[i].isdigit()]
            if any(self._looks_like(s, i, original, offsets) is None for i in found):
                break
            letters.extend(found)
            length += len(text)
            sep = _GROUP_GAP.match(s, group.end())
            if sep is None:
                break
            pos = sep.end()
        return letters if 7 <= length <= 15 and letters else []

    def _looks_like(self, s: str, i: int, original: str, offsets) -> str | None:
        """The digit that skeleton character `i` imitates, judged on the character as typed."""
        typed = unicodedata.normalize("NFKC", original[i if offsets is None else offsets[i]])
        if typed.isascii():
            return self.table.get(typed)
        # A look-alike from another script ("О" in Cyrillic) stands for the Latin letter it folded to.
        return self.table.get(s[i]) or self.table.get(s[i].upper())



def _apply(s: str, swapped: dict[int, str]) -> str:
    if not swapped:
        return s
    chars = list(s)
    for i, digit in swapped.items():
        chars[i] = digit
    return "".join(chars)


def _reading(chunk: str, looks: list[str], inside: bool, even: bool) -> str | None:
    """The chunk as digits when its letters can only be digits in disguise, else None;
    `looks` holds the digit each character is or imitates.

    Letters between digits ("6l2", "6OO8", "2S4") are read as digits. Outside the digits
    a zero is read when it opens the group ("O6") or is doubled at its end ("6OO"), since
    "3o" is an ordinal ("3º"); another digit only when the chunk sits between two plain
    groups of one number (`inside`): one letter before two digits or more ("609 l23 456"),
    or after three or more that are not a round number ("21 9876S-4321"); any letter when the
    groups either side have the chunk's length (`even`: "06.l2.34", "07.8l.23"). "S21", "B12",
    "200l", "1990s" and "3B" stay names, units, decades and flats. A "|" between two
    groups of two or more digits is a separator ("38|39").
    """
    where = [k for k, ch in enumerate(chunk) if ch.isdigit()]
    if not where or len(where) == len(chunk):
        return None
    if even and "|" not in chunk:
        return "".join(looks)
    first, last = where[0], where[-1]
    for k, ch in enumerate(chunk):
        if ch.isdigit():
            continue
        if k < first:
            if looks[k] != "0" and not (inside and first == 1 and len(where) >= 2):
                return None
        elif k > last:
            if looks[k] == "0":
                if len(chunk) - 1 - last < 2:
                    return None
            elif not (inside and last == len(chunk) - 2 and len(where) >= 3 and chunk[last] != "0"):
                return None
        elif ch == "|" and _digits_left(chunk, k) >= 2 and _digits_right(chunk, k) >= 2:
            return None
    return "".join(looks)


def _digits_left(chunk: str, k: int) -> int:
    n = 0
    while k - n - 1 >= 0 and chunk[k - n - 1].isdigit():
        n += 1
    return n


def _digits_right(chunk: str, k: int) -> int:
    n = 0
    while k + n + 1 < len(chunk) and chunk[k + n + 1].isdigit():
        n += 1
    return n
