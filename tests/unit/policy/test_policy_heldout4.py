"""Held-out set 4 (issue 13 §1): 480 disguised attempts and 960 clean messages (at least
half of them hard: they name apps, e-mail, phones, payments, order and tracking numbers
without asking to leave the platform) in eight languages, 60 + 120 per language, written
blind by a writer who saw neither the filter nor any corpus, split in two by line parity
(even lines: development half, odd lines: held-out half) before anyone looked:

- `heldout_4dev_*`: the development half, which may be read and tuned on.
- `heldout_4hold_*`: the held-out half. **Do not open it while changing the filter**;
  measure it with `scripts/policy_heldout.py` (counts only).

The writer notes that each language has one phone number split over two consecutive
blocked lines (so each half holds half of it), and that many clean lines are loose
translations of each other across languages.

Measured by the lead before any change made from this set (2026-12-02): dev 171/240
caught (71.2%), 14/480 clean refused (2.92%); held-out 157/240 (65.4%), 18/480 (3.75%).
After the seventh round (tuned on the development half; the held-out half measured once by
the lead, counts only): dev 229/240 and 0/480; held-out 180/240 (75.0%) and 12/480 (2.50%).
These tests only keep the filter from sliding back; docs/policy.md has the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import policy

HERE = Path(__file__).resolve().parent
MEASURED = {"4dev": (229, 0), "4hold": (186, 11)}


def _rows(name: str) -> list[list[str]]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("part", sorted(MEASURED))
def test_no_worse_than_measured(part):
    blocked, clean = _rows(f"heldout_{part}_blocked.tsv"), _rows(f"heldout_{part}_clean.tsv")
    assert len(blocked) == 240 and all(len(r) == 3 for r in blocked)
    assert len(clean) == 480 and all(len(r) == 2 for r in clean)
    caught = sum(policy.check(text).blocked for _lang, _cls, text in blocked)
    refused = sum(policy.check(text).blocked for _lang, text in clean)
    least_caught, most_refused = MEASURED[part]
    # Counts only: the held-out half's texts must not be printed by a failing test either.
    assert caught >= least_caught, f"set {part}: {caught}/240 caught, was {least_caught}"
    assert refused <= most_refused, f"set {part}: {refused}/480 clean refused, was {most_refused}"
