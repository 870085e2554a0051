"""Held-out set 2 (issue 13 §1): 432 disguised attempts and 921 clean messages written blind by
a person who had seen neither the filter nor any of its corpora, kept byte for byte as handed
over (`heldout_2_blocked.tsv`: language, class, text; `heldout_2_clean.tsv`: language, text).

Measured once by the lead on the code of the fourth round, which never saw it: 388/432 caught
(89.8%, any rule) and 6/921 clean refused (0.65%); docs/policy.md lists what passed. The goal
(97% / 0.5%) is not met. From then on the set was development data: the fifth round was made
from its misses (in-sample after it: 426/432 and 0/921, see docs/policy.md), and this test
only keeps the filter from sliding back below that.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core import policy

HERE = Path(__file__).resolve().parent
MEASURED_CAUGHT = 426
MEASURED_REFUSED_CLEAN = 0


def _rows(name: str) -> list[list[str]]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip()]


def test_files_are_as_handed_over():
    blocked, clean = _rows("heldout_2_blocked.tsv"), _rows("heldout_2_clean.tsv")
    assert len(blocked) == 432 and all(len(r) == 3 for r in blocked)
    assert len(clean) == 921 and all(len(r) == 2 for r in clean)


def test_no_worse_than_measured():
    caught = sum(policy.check(text).blocked for _lang, _cls, text in _rows("heldout_2_blocked.tsv"))
    refused = [text for _lang, text in _rows("heldout_2_clean.tsv") if policy.check(text).blocked]
    assert caught >= MEASURED_CAUGHT, f"held-out set 2: {caught}/432 caught, was {MEASURED_CAUGHT}"
    assert len(refused) <= MEASURED_REFUSED_CLEAN, refused
