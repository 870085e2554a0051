"""The crash loop at full length: 1,000 senders killed with SIGKILL at random moments
(see tests/e2e/crash_loop.py). Its figures go to out/soak-results.json and the README."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from crash_loop import run_crash_loop

RESULTS = Path(__file__).resolve().parents[2] / "out" / "soak-results.json"


@pytest.mark.timeout(4 * 3600)
def test_soak_sigkill_inside_writes(tmp_path):
    kills = int(os.environ["BUZON_SOAK_KILLS"])
    figures = run_crash_loop(tmp_path / "soak.sqlite3", tmp_path, kills=kills, seed=int.from_bytes(os.urandom(4), "big"), max_delay_s=0.2,
                             progress_every=100)
    summary = figures.summary()
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(summary, indent=2) + "\n")
    print(f"soak: {json.dumps(summary)}")
    assert figures.problems == [], figures.problems[:20]
    assert figures.kills == kills and figures.integrity_ok == kills
    assert figures.acknowledged_missing == 0 and figures.duplicates == 0
    # Most kills must land inside a write transaction, or the loop proves little.
    assert figures.kills_inside_write >= kills // 2, summary
