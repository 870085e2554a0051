"""Held-out set 5 (issue 13 §1): 400 disguised attempts and 800 clean messages (at least 60
of each language's 100 hard: apps, phones as products, payment methods at the checkout, order,
tracking and model numbers, scams reported to the platform) in eight languages, written blind
by a writer who saw neither the filter nor any corpus. **The whole set is held out**: nobody
changing the filter has read it; it is measured with `scripts/policy_heldout.py` (counts only).

Measured by the lead (2026-12-02), counts only: after round 7, 333/400 caught (83.2%) and 30/800
clean refused (3.75%); after round 8, 337/400 (84.2%) and 29/800 (3.62%). The goal (97% and
0.5%) is not met. These tests only keep the filter from sliding back; docs/policy.md has the
figures.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core import policy

HERE = Path(__file__).resolve().parent
LEAST_CAUGHT, MOST_REFUSED = 337, 29


def _rows(name: str) -> list[list[str]]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip()]


def test_no_worse_than_measured():
    blocked, clean = _rows("heldout_5_blocked.tsv"), _rows("heldout_5_clean.tsv")
    assert len(blocked) == 400 and all(len(r) == 3 for r in blocked)
    assert len(clean) == 800 and all(len(r) == 2 for r in clean)
    caught = sum(policy.check(text).blocked for _lang, _cls, text in blocked)
    refused = sum(policy.check(text).blocked for _lang, text in clean)
    # Counts only: the texts must not be printed by a failing test either.
    assert caught >= LEAST_CAUGHT, f"set 5: {caught}/400 caught, was {LEAST_CAUGHT}"
    assert refused <= MOST_REFUSED, f"set 5: {refused}/800 clean refused, was {MOST_REFUSED}"
