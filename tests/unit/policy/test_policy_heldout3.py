"""Held-out set 3 (issue 13 §1): 450 disguised attempts and 900 clean messages in eight
languages (es, en, zh, ru, fr, pt, de, it), written blind by a writer who saw neither the
filter nor any corpus, split in two by line parity before anyone looked:

- `heldout_3dev_*`: the development half. Its misses were read and the sixth round was made
  from them (by mechanism, with new wordings in test_policy_round6.py).
- `heldout_3hold_*`: the held-out half. **Do not open it while changing the filter**: it is
  the only measure of the sixth round on text it was not tuned on. Measure it with
  `scripts/policy_heldout.py`, which prints counts only.

Measured by the lead (docs/policy.md): before the fifth round the whole set was 303/450
caught and 11/900 refused; after the sixth, dev 213/225 and 0/450, held-out 157/225 (69.8%)
and 4/450 (0.89%) — the goal (97% / 0.5%) is not met on the held-out half. After the seventh
round (the model of intent a refuser): dev 223/225 and 0/450, held-out 187/225 (83.1%) and
3/450 (0.67%). These tests only keep the filter from sliding back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import policy

HERE = Path(__file__).resolve().parent
# 3hold: the lowest of the seventh round's three looks (184 caught at the second, 4 refused at
# the first two; 187 and 3 at the third); the shipped model was retrained once after them.
MEASURED = {"3dev": (223, 0), "3hold": (191, 3)}


def _rows(name: str) -> list[list[str]]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("part", sorted(MEASURED))
def test_no_worse_than_measured(part):
    blocked, clean = _rows(f"heldout_{part}_blocked.tsv"), _rows(f"heldout_{part}_clean.tsv")
    assert len(blocked) == 225 and all(len(r) == 3 for r in blocked)
    assert len(clean) == 450 and all(len(r) == 2 for r in clean)
    caught = sum(policy.check(text).blocked for _lang, _cls, text in blocked)
    refused = sum(policy.check(text).blocked for _lang, text in clean)
    least_caught, most_refused = MEASURED[part]
    # Counts only: the held-out half's texts must not be printed by a failing test either.
    assert caught >= least_caught, f"set {part}: {caught}/225 caught, was {least_caught}"
    assert refused <= most_refused, f"set {part}: {refused}/450 clean refused, was {most_refused}"
