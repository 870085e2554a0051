"""The one normaliser search uses, for the text it indexes and for the queries it reads.

Folding: compatibility forms (full-width letters, ligatures, circled digits) become their
plain characters, case is folded and accents are dropped, so `ENVÍO`, `envio` and
`ｅｎｖｉｏ` are one word. Tokens, from the folded text:

- a word of letters and digits is one token; `t-shirt` and `LP-2024-0001` (words joined by
  hyphens) are kept whole, and their parts are also indexed as extra tokens;
- a code (ASCII letters and digits with at least one digit, 8 or more long: order and
  tracking numbers) is a token, and its 4-character substrings are extra tokens, so any
  substring of 4 or more characters finds it;
- a run of Chinese or Japanese characters becomes its overlapping character pairs plus its
  last character (我的快递 -> 我的 的快 快递 递), so a 1-character query (a prefix of one
  token), a 2-character word (one pair) and a longer phrase (consecutive pairs) all match
  exactly, and 款退 does not match 退款.

Primary tokens keep the order of the text (phrases match on them); extra tokens go to a
column of their own, so they never break a phrase.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

# Bump when the tokens change: an index made by another version must be rebuilt, since
# removing a document from it needs exactly the tokens it was given.
VERSION = 1

CODE_MIN = 8           # a code this long is also findable by its substrings...
GRAM = 4               # ...of this many characters or more
CODE_GRAMS_MAX = 40    # longer "codes" (hashes, pasted blobs) are indexed whole only
TOKEN_MAX = 64         # longer words are cut, the same way in the index and in queries

# Chinese (CJK ideographs, extensions and compatibility forms) and Japanese kana.
_CJK = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_ALNUM = rf"[^\W_{_CJK}]"
_UNITS = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<word>{_ALNUM}+(?:-{_ALNUM}+)*)")

# Stands for "this character folds to zero or several characters"; private use, so no real text folds to it.
_SENTINEL = "\U0010fffd"
# Kana voicing marks are part of the letter (か and が differ), unlike accents.
_KEEP_MARKS = {"\u3099", "\u309a"}
# Letters that NFKD leaves alone but a Spanish or English reader writes without the stroke.
_EXTRA_FOLDS = {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ħ": "h", "ı": "i"}


def fold_char(ch: str) -> str:
    """What one character becomes: "", one character or several (`ß` -> `ss`, `ﬁ` -> `fi`)."""
    if 0xD800 <= ord(ch) <= 0xDFFF:
        return " "           # an undecodable byte kept as a lone surrogate: a separator
    out = []
    for c in unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", ch).casefold()):
        if unicodedata.combining(c) and c not in _KEEP_MARKS:
            continue
        out.append(_EXTRA_FOLDS.get(c, c))
    return unicodedata.normalize("NFC", "".join(out))       # が stays one letter


def _compose_kana(folded: str, offsets: list[int] | None = None) -> str:
    """Join a voicing mark written as a separate character (half-width ｶﾞ) to its letter, as in ガ."""
    chars: list[str] = []
    keep: list[int] = []
    for i, ch in enumerate(folded):
        if ch in _KEEP_MARKS and chars and len(unicodedata.normalize("NFC", chars[-1] + ch)) == 1:
            chars[-1] = unicodedata.normalize("NFC", chars[-1] + ch)
            continue
        chars.append(ch)
        keep.append(i)
    if offsets is not None:
        offsets[:] = [offsets[i] for i in keep] + offsets[len(folded):]
    return "".join(chars)


class _FoldTable(dict):
    """A `str.translate` table filled on demand, one character the first time it is seen."""

    def __missing__(self, cp: int) -> str:
        folded = fold_char(chr(cp))
        value = folded if len(folded) == 1 else _SENTINEL
        self[cp] = value
        return value


class _Expansions(dict):
    def __missing__(self, ch: str) -> str:
        value = fold_char(ch)
        self[ch] = value
        return value


_TABLE = _FoldTable()
_EXPANSIONS = _Expansions()


def fold(text: str) -> str:
    """The folded text (never raises on any `str`)."""
    folded = text.translate(_TABLE)
    if _SENTINEL in folded:
        folded = "".join(_EXPANSIONS[ch] for ch in text)
    if "\u3099" in folded or "\u309a" in folded:
        folded = _compose_kana(folded)
    return folded


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the index of the original character
    it came from (plus one entry for the end), so spans found on the folded text map back."""
    folded = text.translate(_TABLE)
    if _SENTINEL not in folded:
        offsets = list(range(len(text) + 1))
    else:
        parts: list[str] = []
        offsets = []
        for i, ch in enumerate(text):
            f = _EXPANSIONS[ch]
            parts.append(f)
            offsets.extend([i] * len(f))
        offsets.append(len(text))
        folded = "".join(parts)
    if "\u3099" in folded or "\u309a" in folded:
        folded = _compose_kana(folded, offsets)
    return folded, offsets


class UnitKind(enum.Enum):
    WORD = "word"            # letters and digits
    COMPOUND = "compound"    # words joined by hyphens, kept whole
    CJK = "cjk"              # a run of Chinese or Japanese characters


class Unit(NamedTuple):
    """A piece of folded text that becomes tokens: its kind, text and place in the folded text."""

    kind: UnitKind
    text: str
    start: int
    end: int


def units(folded: str) -> Iterator[Unit]:
    for m in _UNITS.finditer(folded):
        if m.lastgroup == "cjk":
            yield Unit(UnitKind.CJK, m.group(), m.start(), m.end())
        else:
            word = m.group()
            yield Unit(UnitKind.COMPOUND if "-" in word else UnitKind.WORD, word, m.start(), m.end())


def is_code(word: str) -> bool:
    """Order numbers, tracking numbers, model codes: ASCII letters and digits with a digit, 8 or more."""
    return len(word) >= CODE_MIN and word.isascii() and word.isalnum() and not word.isalpha()


def is_code_fragment(word: str) -> bool:
    """A query word that may be part of a code: 4 or more ASCII letters and digits with a digit."""
    return len(word) >= GRAM and word.isascii() and word.isalnum() and not word.isalpha()


def grams(code: str) -> list[str]:
    return [code[i:i + GRAM] for i in range(len(code) - GRAM + 1)]


def cjk_tokens(run: str) -> list[str]:
    """Overlapping pairs plus the last character: what a run is indexed as."""
    return [run[i:i + 2] for i in range(len(run) - 1)] + [run[-1]]


def cjk_pairs(run: str) -> list[str]:
    """What a query run of two or more characters looks for: its pairs, in order."""
    return [run[i:i + 2] for i in range(len(run) - 1)]


def cut(word: str) -> str:
    return word[:TOKEN_MAX]


@dataclass(frozen=True)
class IndexedText:
    """The tokens of one text, as space-separated strings for the index's two columns."""

    primary: str
    extra: str


def index_text(text: str) -> IndexedText:
    """The tokens a text is indexed under (the build's hot loop: kept flat on purpose)."""
    if not text:
        return _NOTHING
    primary: list[str] = []
    extra: list[str] = []
    for run, word in _UNITS.findall(fold(text)):
        if run:
            if len(run) > 1:
                primary += [run[i:i + 2] for i in range(len(run) - 1)]
            primary.append(run[-1])
            continue
        primary.append(word if len(word) <= TOKEN_MAX else word[:TOKEN_MAX])
        if "-" in word:
            parts = word.split("-")
            extra += [cut(p) for p in parts]
            for part in parts:
                if len(part) >= CODE_MIN and is_code(part) and len(part) <= CODE_GRAMS_MAX:
                    extra += grams(part)
        elif len(word) >= CODE_MIN and is_code(word) and len(word) <= CODE_GRAMS_MAX:
            extra += grams(word)
    return IndexedText(" ".join(primary), " ".join(extra))


_NOTHING = IndexedText("", "")
