"""The model of intent's fast reading (`IntentModel.judge`: each token's features looked up once,
pairs' CRC-32 carried on from the left token's) against the reference reading the model was
trained with (`intent.features(intent.tokens(...))`): the same score to the bit, so the same
verdict, on every message of every corpus file and on random text that stresses the tokeniser
(digits, dotted names, number words, Chinese, marks, lone surrogates, non-ASCII spaces)."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from desktop.config import resources_dir
from desktop.core.policy import PolicyChecker, intent
from desktop.core.policy.checker import default_checker
from desktop.core.policy.normalise import skeleton

HERE = Path(__file__).parent
FILES = sorted(p.name for p in HERE.glob("*.tsv"))


class ReferenceModel(intent.IntentModel):
    def judge(self, skeleton: str, digits: bool = True) -> float | None:
        toks = intent.tokens(skeleton, self.numbers)
        if sum(map(len, toks)) < intent.MIN_CHARS:
            return None
        return self.bias + sum(map(self.weights.__getitem__, intent.features(toks)))


def _reference() -> PolicyChecker:
    fast = default_checker()
    assert fast.model is not None
    model = ReferenceModel(**{f.name: getattr(fast.model, f.name) for f in dataclasses.fields(fast.model)
                              if f.init and not f.name.startswith("_")})
    return PolicyChecker(fast.rules, model)


def _texts(name: str) -> list[str]:
    return [line for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


# The held-out halves are compared too (only a count is ever shown), under ids with "hold" in
# them, so that `-k "not hold"` leaves them out with the other held-out tests.
@pytest.mark.parametrize("name", FILES)
def test_the_fast_reading_gives_the_same_scores_and_verdicts(name):
    fast, reference = default_checker(), _reference()
    assert fast.model is not None and reference.model is not None
    texts = _texts(name)
    differ = sum(fast.model.judge(s, d) != reference.model.judge(s)
                 for s, d in ((skeleton(t)[0], True) for t in texts))
    differ += sum(fast.model.judge(s, False) != reference.model.judge(s)
                  for s in (skeleton(t)[0] for t in texts) if not any(c.isdigit() and c.isascii() for c in s))
    verdicts = sum(fast.check(t).to_json() != reference.check(t).to_json() for t in texts)
    assert (differ, verdicts) == (0, 0), f"{name}: {differ} scores and {verdicts} verdicts differ"


_PIECES = ["whatsapp", "escríbeme", "por", "fuera", "te", "llamo", "微信", "加我", "电话", "номер",
           "телеграм", "ruf", "mich", "an", "chiamami", "seis", "uno", "nine", "juan.perez", "tienda.com",
           "123", "4 5", "6.7", ".", ",", "!", "?", "@", "—", "\u00a0", "\u2003", "\t", "\ud800", "é", "ß",
           "ＡＢ", "😀", "a", "b", "x9y", "１２", "l2", "3a", "zéro", "cinq", "пять", "七", "八九"]


def test_the_fast_reading_matches_on_random_text():
    fast, reference = default_checker().model, _reference().model
    assert fast is not None and reference is not None
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice(["", " ", "  ", "."]) for _ in range(rng.randint(1, 30)))
        s = skeleton(text)[0]
        assert fast.judge(s) == reference.judge(s), repr(text)


def test_the_token_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(intent, "TOKEN_CACHE_SIZE", 5)
    model = intent.load(resources_dir() / "policy")
    assert model is not None
    reference = ReferenceModel(**{f.name: getattr(model, f.name) for f in dataclasses.fields(model)
                                  if f.init and not f.name.startswith("_")})
    text = skeleton("escríbeme por fuera de la plataforma y te paso mi número de otra aplicación")[0]
    assert model.judge(text) == reference.judge(text) == model.judge(text)
    assert len(model._known) == 5
