"""The skeleton the detectors match on: NFKC, confusables, case folding, accents removed,
invisible characters dropped, digits of every script (and Chinese numerals) as ASCII; with a way back to the
offsets of the original text.

Most characters fold to exactly one character, so the common path is a single
`str.translate` and offsets are the identity. A character that folds to nothing
(zero-width, bidi marks, combining accents) or to several (ligatures, "ß") is translated
to a private-use sentinel first; seeing the sentinel, `skeleton` rebuilds the string
character by character with an offset table. Either way the per-character work is done
once per distinct character and cached, which is what makes the filter fast.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.policy.confusables import CONFUSABLES

# Stands for "this character needs the slow path"; private use, so no real text folds to it.
_SENTINEL = "\U0010fffd"
# What a lone surrogate (undecodable input byte) becomes: a non-letter, so a separator.
_REPLACEMENT = "\ufffd"

# Unicode Default_Ignorable_Code_Point ranges (DerivedCoreProperties), plus the Braille
# blank and the Hangul fillers people paste as "invisible letters".
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x2800, 0x2800), (0x3164, 0x3164), (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)


def is_ignorable(ch: str) -> bool:
    """True for characters that render as nothing: zero-width, bidi controls, variation selectors, tags."""
    cp = ord(ch)
    for low, high in _IGNORABLE_RANGES:
        if low <= cp <= high:
            return True
    return unicodedata.category(ch) == "Cf"


# Chinese numerals read out one by one, as a phone number is dictated ("六五五…"), with their
# financial forms ("陆伍伍…") and the "幺" said for 1 in phone numbers. Not the words of
# counting (十, 百, 两), which never stand for a digit of a phone number; not 参 ("take part").
CJK_DIGITS = {c: str(d) for d, chars in enumerate(
    ("〇零○", "一壹弌幺", "二贰貳弍", "三叁參叄弎", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖")) for c in chars}


def _fold_one(ch: str) -> str:
    """Fold one character as it appears after NFKC: look-alike, case fold, accents, digits."""
    out = []
    for c in CONFUSABLES.get(ch, ch).casefold():
        c = CONFUSABLES.get(c, c)
        for base in unicodedata.normalize("NFD", c):
            # Combining marks, and enclosing ones too (the keycap of "3️⃣" leaves the 3).
            if unicodedata.combining(base) or is_ignorable(base) or unicodedata.category(base) == "Me":
                continue
            digit = unicodedata.decimal(base, None)
            if digit is None and base in CJK_DIGITS:
                out.append(CJK_DIGITS[base])
                continue
            out.append(str(digit) if digit is not None else CONFUSABLES.get(base, base))
    return "".join(out)


def fold_char(ch: str) -> str:
    """What one original character becomes in the skeleton: "", one character or several."""
    cp = ord(ch)
    if 0xD800 <= cp <= 0xDFFF:
        return _REPLACEMENT
    if is_ignorable(ch):
        return ""
    folded = "".join(_fold_one(c) for c in unicodedata.normalize("NFKC", ch))
    if len(folded) > 1 and not any(c.isalnum() for c in folded):
        # "…" -> "...": punctuation that expands is still just a separator.
        folded = folded[0]
    return folded


class _FoldTable(dict):
    """A `str.translate` table filled on demand: each character is folded the first time it is seen."""

    def __missing__(self, cp: int) -> str:
        folded = fold_char(chr(cp))
        value = folded if len(folded) == 1 else _SENTINEL
        self[cp] = value
        return value


class _ExpansionCache(dict):
    def __missing__(self, ch: str) -> str:
        value = fold_char(ch)
        self[ch] = value
        return value


_TABLE = _FoldTable()
_EXPANSIONS = _ExpansionCache()


def skeleton(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, when it is not 1:1 with `text`, the original offset of each folded character.

    `offsets[i]` is the index in `text` of the character that produced folded character
    `i`; `None` means the identity. Never raises on any `str`.
    """
    folded = text.translate(_TABLE)
    if _SENTINEL not in folded:
        return folded, None
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        f = _EXPANSIONS[ch]
        if f:
            parts.append(f)
            offsets.extend([i] * len(f))
    return "".join(parts), offsets


def fold_literal(text: str) -> str:
    """Fold a rule's term the way messages are folded, so the two always meet."""
    return skeleton(text)[0]


def original_span(offsets: list[int] | None, start: int, end: int, length: int) -> tuple[int, int]:
    """Map a span of the skeleton back to the original text (end exclusive)."""
    if offsets is None:
        return start, end
    if start >= len(offsets):
        return length, length
    return offsets[start], (offsets[end - 1] + 1 if end > start else offsets[start])


# One character (not inside a word), then the same separator between every two of at least five characters:
# "j u a n @ g m a i l . c o m", "w.w.w", "m_4_r_1_a". The separator may also be content
# ("a___b" is a, "_", b with "_" between), which the backreference sorts out.
_SPACED_RUN = re.compile(r"[^\s._*/|\-](?<![a-z0-9].)(?P<sep>[ ._*/|\-]{1,3})(?:\S(?P=sep)){3,}\S(?![a-z0-9])")

# Two single characters between separators: cheap to look for, and rare in ordinary text.
_SPACED_HINT = re.compile(r"[ ._*/|\-]\S[ ._*/|\-]{1,3}\S[ ._*/|\-]")


def collapse_spaced(s: str) -> tuple[str, list[int]] | None:
    """The skeleton with letter-spaced runs written together, and each character's index in
    `s`; None when there is no such run (almost always)."""
    if not _SPACED_HINT.search(s):
        return None
    runs = list(_SPACED_RUN.finditer(s))
    if not runs:
        return None
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in runs:
        parts.append(s[pos:m.start()])
        offsets.extend(range(pos, m.start()))
        step = 1 + len(m.group("sep"))
        for i in range(m.start(), m.end(), step):
            parts.append(s[i])
            offsets.append(i)
        pos = m.end()
    parts.append(s[pos:])
    offsets.extend(range(pos, len(s)))
    return "".join(parts), offsets
