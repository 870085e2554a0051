"""A model of intent beside the rules: does this message try to move the conversation or the
payment off the marketplace, in words no rule names?

The rules catch what they name and say which words broke them; every blind test showed a
new writer's wordings getting past them. This model, a logistic regression over hashed
features of the same skeleton the rules read, generalises from everything the project has
seen (`scripts/train_policy_intent.py`). It is **advice, not a rule**: tried as a second
refuser it caught far more of a blind set's held-out half but refused the hand-made hard
ordinary messages the rules' contexts let through (docs/policy.md), so it only shows a
caution (`policy.looks_off_platform`): under a message being typed, and on a received one,
"deals outside this chat are not protected". It speaks only when no rule's word is in the
message at all: where a rule's word stands and the rule let it pass, the rule decided.

Run time needs no numpy: the weights are a flat array of 2^18 float32 read once
(`resources/policy/intent_model.bin`, 1 MB) and a message costs a few hundred CRC-32s.
"""

from __future__ import annotations

import array
import functools
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.config import resources_dir

BUCKETS = 1 << 18
_MASK = BUCKETS - 1
MIN_CHARS = 8           # shorter than this, a message says too little for a model to judge
MAX_CHARS = 4000        # a longer one is judged on its start (the rules read all of it)


_DIGITS = str.maketrans("", "", "0123456789")


def features(skeleton: str) -> Iterator[int]:
    """The hashed features of a skeleton, each once: byte 4-grams, words, word pairs. Digits
    are left out: numbers are the phone detector's (with its exemptions for orders, sizes and
    prices), and the model judges the words."""
    b = b" " + skeleton[:MAX_CHARS].translate(_DIGITS).encode("utf-8", "surrogatepass") + b" "
    crc = zlib.crc32
    seen = {crc(b[i:i + 4]) & _MASK for i in range(len(b) - 3)}
    words = b.split()
    seen.update(crc(b"w:" + w) & _MASK for w in words)
    seen.update(crc(b"b:" + w + b" " + v) & _MASK for w, v in zip(words, words[1:]))
    return iter(seen)


@dataclass(frozen=True)
class IntentModel:
    weights: array.array
    bias: float
    threshold: float

    def score(self, skeleton: str) -> float:
        """The model's log-odds that the message moves things off the platform."""
        w = self.weights
        return self.bias + sum(map(w.__getitem__, features(skeleton)))

    def suspects(self, skeleton: str) -> bool:
        return len(skeleton.strip()) >= MIN_CHARS and self.score(skeleton) >= self.threshold


def load(folder: Path) -> IntentModel | None:
    """The model kept in `folder`, or None when it is missing or does not match its record
    (the rules then work alone, as before the model existed)."""
    try:
        meta = json.loads((folder / "intent_model.json").read_text(encoding="utf-8"))
        raw = (folder / "intent_model.bin").read_bytes()
        bias, threshold = float(meta["bias"]), float(meta["threshold"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if len(raw) != 4 * BUCKETS:
        return None
    weights = array.array("f")
    weights.frombytes(raw)
    if sys.byteorder != "little":
        weights.byteswap()
    return IntentModel(weights, bias, threshold)


@functools.cache
def default_model() -> IntentModel | None:
    return load(resources_dir() / "policy")
