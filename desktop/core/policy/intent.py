"""A model of intent beside the rules: does this message try to move the conversation or the
payment off the marketplace, in words no rule names?

The rules catch what they name and say which words broke them; every blind test showed a
new writer's wordings getting past them. This model, a logistic regression over hashed
features of the same skeleton the rules read, generalises from everything the project has
seen (`scripts/train_policy_intent.py`), hard ordinary messages included (e-mail, apps,
phones, payments and order numbers talked about, not offered). It refuses a message no rule
refused (`PolicyChecker.check`), and says why in the rules' own terms: a second, smaller
model names the rule the message breaks (one of the five categories, so the warning line is
one the user already knows), and the words that weigh most towards refusing are the span
highlighted.

Run time needs no numpy: the weights are flat arrays of float32 read once
(`resources/policy/intent_model.bin`) and a message costs a few hundred CRC-32s.
"""

from __future__ import annotations

import array
import functools
import itertools
import operator
import json
import math
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.config import resources_dir

BUCKETS = 1 << 18
_MASK = BUCKETS - 1
CATEGORY_BUCKETS = 1 << 16   # the category model's features: the same hashes, fewer buckets
MIN_CHARS = 8           # shorter than this, a message says too little for a model to judge
MAX_CHARS = 4000        # a longer one is judged on its start (the rules read all of it)
MAX_SPAN_WORDS = 6      # the highlighted words around the heaviest one

_DIGITS = str.maketrans("", "", "0123456789")
_DIGIT_RUN = re.compile("[0-9]+")
_WORD = re.compile(r"\S+")
_ALPHA = re.compile(r"[^\W\d_]+")
# A word is a run of letters (ASCII or any character past it), a mark is one other character.
_TOKEN = re.compile(rb"[a-z\x80-\xff]+|[^\sa-z\x80-\xff]")
_DOTTED_NAME = re.compile(r"\S*[^\W_]\.[^\W\d_]\S*")
# The dot between a letter or digit and a letter that every dotted name holds: where it is
# missing, `_DOTTED_NAME` has nothing to replace. Opening with the dot itself, it is found in C;
# `_DOTTED_NAME`, opening with `\S*`, is tried at every character (3 µs for a sentence with a
# full stop, the cost of the whole term scan).
_DOT_IN_NAME = re.compile(r"\.(?<=[^\W_]\.)[^\W\d_]")
_STEM = operator.itemgetter(slice(0, 5))
_ENDING = operator.itemgetter(slice(-4, None))
_HAN_PAIR = re.compile(rb"(?=([\xe3-\xe9][\x80-\xbf]{2}[\xe3-\xe9][\x80-\xbf]{2}))")


class NumberWords:
    """The phone rules' number words (`phone.json`, folded), which the model does not read:
    numbers, in digits or in words, are the phone detector's to judge."""

    def __init__(self, words: set[str]) -> None:
        self.words = frozenset(words)
        self.encoded = frozenset(w.encode("utf-8") for w in words)

    def search(self, s: str) -> bool:
        return not self.words.isdisjoint(_ALPHA.findall(s))


def number_words(folder: Path) -> NumberWords | None:
    from desktop.core.policy.normalise import fold_literal

    try:
        spellings = json.loads((folder / "phone.json").read_text(encoding="utf-8"))["number_words"].values()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return NumberWords({w for spelled in spellings for s in spelled
                        for w in _ALPHA.findall(fold_literal(str(s)))})


def tokens(skeleton: str, numbers: NumberWords | None = None) -> list[bytes]:
    """What the model reads of a skeleton (its start): words and marks, UTF-8, without digits,
    number words and dotted names (addresses, links, "juan.perez"): numbers, addresses and
    links are their detectors' to judge, with their exemptions (order numbers, the
    marketplace's own links), and the model judges the words around them."""
    text = skeleton[:MAX_CHARS].translate(_DIGITS)
    if _DOT_IN_NAME.search(text):
        text = _DOTTED_NAME.sub(" ", text)
    b = text.encode("utf-8", "surrogatepass")
    found = _TOKEN.findall(b)
    return list(itertools.filterfalse(numbers.encoded.__contains__, found)) if numbers is not None else found


# The same tokens read from the str, without encoding the whole text: a run of letters (ASCII
# or any character past it) or one other character, whitespace as the bytes pattern's (ASCII).
# Each str token encodes to the bytes token at the same place, as every character past ASCII
# encodes to bytes past it.
_TOKEN_STR = re.compile(r"[a-z\x80-\U0010ffff]+|[^\sa-z\x80-\U0010ffff]", re.ASCII)
_HAN = re.compile("[\u3000-\u9fff]")        # the characters whose UTF-8 starts with e3..e9
_FIRST, _SECOND, _THIRD, _FOURTH, _FIFTH, _SIXTH = map(operator.itemgetter, range(6))
TOKEN_CACHE_SIZE = 1 << 16


class _TokenFeatures(dict):
    """Each token's own features, worked out once: its bucket, its stem's and its ending's, its
    UTF-8 bytes, the CRC-32 of those bytes and a space (a pair's CRC-32 goes on from there:
    `zlib.crc32(b, zlib.crc32(a + b" ")) == zlib.crc32(a + b" " + b)`) and its length in bytes.
    Bounded: past TOKEN_CACHE_SIZE tokens, a new one is worked out each time it is read."""

    def __missing__(self, tok: str) -> tuple[int, int, int, bytes, int, int]:
        b = tok.encode("utf-8", "surrogatepass")
        entry = (zlib.crc32(b) & _MASK, zlib.crc32(b"p:" + b[:5]) & _MASK, zlib.crc32(b"s:" + b[-4:]) & _MASK,
                 b, zlib.crc32(b + b" "), len(b))
        if len(self) < TOKEN_CACHE_SIZE:
            self[tok] = entry
        return entry


def features(toks: list[bytes]) -> Iterator[int]:
    """The hashed features of a message's tokens: the tokens, pairs of neighbouring tokens, the
    first five bytes of each (a word's stem, whatever its ending), its last four (the ending:
    the pronoun in "escríbeme", "llámame") and pairs of Chinese characters. One chain of
    `map`s, run in C: a message costs a few dozen CRC-32s and no Python step per feature. Each
    feature counts once."""
    return iter(set(map(_MASK.__and__, map(zlib.crc32, itertools.chain(
        toks, map(b" ".join, zip(toks, toks[1:])), map(b"p:".__add__, map(_STEM, toks)),
        map(b"s:".__add__, map(_ENDING, toks)), _HAN_PAIR.findall(b"".join(toks)))))))


# `judge` calls operator's functions through `map`, not bound slots (`weights.__getitem__`,
# `_MASK.__and__`): a slot's wrapper builds a tuple of arguments at every call (measured with
# callgrind, 6% of `judge`; docs/policy.md, "Throughput: the model of intent's calls").
def weight_sum(weights: array.array, found: Iterable[int]) -> float:
    """The sum of the weights of the features `found`, added in their order."""
    return sum(map(operator.getitem, itertools.repeat(weights), found))


def _buckets(hashes: Iterable[int]) -> Iterator[int]:
    """Each CRC-32 as its bucket."""
    return map(operator.and_, hashes, itertools.repeat(_MASK))


@dataclass(frozen=True)
class IntentModel:
    weights: array.array
    bias: float
    threshold: float                 # where no rule looked at anything
    strict_threshold: float = 0.0    # where a rule's word or a number stands and the rules let it pass
    caution_threshold: float = 0.0   # a caution, not a refusal (`policy.looks_off_platform`)
    numbers: NumberWords | None = None
    categories: tuple[str, ...] = ()
    category_weights: array.array | None = None      # len(categories) rows of CATEGORY_BUCKETS
    category_bias: tuple[float, ...] = ()
    # Under it, a message whose only rule hits are messaging apps named plainly passes
    # (`mentions.only_plain_mentions`); None: the rules' hits always refuse.
    mention_threshold: float | None = None
    _known: _TokenFeatures = field(default_factory=_TokenFeatures, compare=False, repr=False)

    def score(self, skeleton: str) -> float:
        """The model's log-odds that the message moves things off the platform."""
        return self.bias + weight_sum(self.weights, features(tokens(skeleton, self.numbers)))

    def judge(self, skeleton: str, digits: bool = True) -> float | None:
        """The score, or None when the message has too few letters (once digits and number
        words are left out) for the model to judge.

        The same features as `features(tokens(skeleton))`, fed to the same `set` in the same
        order (so its sum adds the same floats in the same order: the same score to the bit),
        with each token's own features looked up (`_TokenFeatures`) instead of hashed again.
        `digits` False says the skeleton has none (the checker has counted them)."""
        text = skeleton[:MAX_CHARS]
        if digits:
            text = _DIGIT_RUN.sub("", text)
        if _DOT_IN_NAME.search(text):
            text = _DOTTED_NAME.sub(" ", text)
        found: Iterable[str] = _TOKEN_STR.findall(text)
        if self.numbers is not None:
            found = itertools.filterfalse(self.numbers.words.__contains__, found)
        known = list(map(self._known.__getitem__, found))
        if sum(map(_SIXTH, known)) < MIN_CHARS:
            return None
        pairs = _buckets(map(zlib.crc32, map(_FOURTH, known[1:]), map(_FIFTH, known)))
        chained = itertools.chain(map(_FIRST, known), pairs, map(_SECOND, known), map(_THIRD, known))
        if _HAN.search(text):
            han = _HAN_PAIR.findall(b"".join(map(_FOURTH, known)))
            chained = itertools.chain(chained, _buckets(map(zlib.crc32, han)))
        return self.bias + weight_sum(self.weights, set(chained))

    def suspects(self, skeleton: str, looked: bool = False) -> bool:
        """Whether the model refuses: enough letters to judge, and a score over the threshold,
        the stricter one when the rules `looked` at a word or number of theirs and let it pass."""
        score = self.judge(skeleton)
        return score is not None and score >= (max(self.threshold, self.strict_threshold) if looked
                                               else self.threshold)

    def category(self, skeleton: str) -> str:
        """The rule the message most likely breaks (the category model's best score)."""
        cw = self.category_weights
        if cw is None or not self.categories:
            return "messaging_app"
        buckets = [f & (CATEGORY_BUCKETS - 1) for f in features(tokens(skeleton, self.numbers))]
        scores = [b + sum(cw[k * CATEGORY_BUCKETS + f] for f in buckets)
                  for k, b in enumerate(self.category_bias)]
        return self.categories[max(range(len(scores)), key=scores.__getitem__)]

    def span(self, skeleton: str) -> tuple[int, int]:
        """The words that weigh most towards refusing, in skeleton positions: the heaviest word
        and its neighbours that also weigh towards refusing (at most MAX_SPAN_WORDS)."""
        words = list(_WORD.finditer(skeleton[:MAX_CHARS]))
        if not words:
            return 0, len(skeleton)
        w = self.weights
        weight = []
        for m in words:
            toks = tokens(m.group(), self.numbers)
            weight.append(sum(map(w.__getitem__, features(toks))) if toks else 0.0)
        best = max(range(len(words)), key=weight.__getitem__)
        first = last = best
        while last - first + 1 < MAX_SPAN_WORDS:
            left = weight[first - 1] if first > 0 else 0.0
            right = weight[last + 1] if last + 1 < len(words) else 0.0
            if max(left, right) <= 0:
                break
            if left >= right:
                first -= 1
            else:
                last += 1
        return words[first].start(), words[last].end()


# The largest log-odds a bias or a threshold of the model may have: trained ones are within ±5;
# beyond this one the model would refuse every message or none, and NaN compares false with any score.
MAX_LOG_ODDS = 100.0


def _plausible(value: float) -> bool:
    return math.isfinite(value) and abs(value) <= MAX_LOG_ODDS


def load(folder: Path) -> IntentModel | None:
    """The model kept in `folder`, or None when it is missing or does not match its record
    (the rules then work alone, as before the model existed)."""
    try:
        meta = json.loads((folder / "intent_model.json").read_text(encoding="utf-8"))
        raw = (folder / "intent_model.bin").read_bytes()
        bias, threshold = float(meta["bias"]), float(meta["threshold"])
        strict = float(meta.get("strict_threshold", threshold))
        caution = float(meta.get("caution_threshold", threshold))
        categories = tuple(str(c) for c in meta.get("categories", ()))
        category_bias = tuple(float(b) for b in meta.get("category_bias", ()))
        mention = meta.get("mention_threshold")
        mention = None if mention is None else float(mention)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    kept = (bias, threshold, strict, caution, *category_bias, *(() if mention is None else (mention,)))
    if not all(map(_plausible, kept)):
        return None          # a hand-edited threshold of "NaN", "Infinity" or 1e300: a broken file
    if len(raw) != 4 * (BUCKETS + len(categories) * CATEGORY_BUCKETS) or len(category_bias) != len(categories):
        return None
    values = array.array("f")
    values.frombytes(raw)
    if sys.byteorder != "little":
        values.byteswap()
    weights, rest = values[:BUCKETS], values[BUCKETS:]
    return IntentModel(weights, bias, threshold, strict, caution, number_words(folder), categories,
                       rest if categories else None, category_bias, mention)


@functools.cache
def default_model() -> IntentModel | None:
    return load(resources_dir() / "policy")
