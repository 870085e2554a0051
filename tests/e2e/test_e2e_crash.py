"""SIGKILL in the middle of writes: every acknowledged send is stored exactly once, retried
sends never duplicate, the file stays intact, and the last draft comes back."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.core import demo, drafts, users
from desktop.core.db import Database

PEER = str(Path(__file__).with_name("e2e_peer.py"))
TOTAL = 220
pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def run_until_killed(url, start, count, kill_after_acks, jitter_s):
    """Start a sender; kill it with SIGKILL once it has acknowledged `kill_after_acks` sends,
    plus a random moment (so the kill lands anywhere inside a send); return its acks."""
    proc = subprocess.Popen([sys.executable, PEER, url, "lucia", "send-loop", "3", str(start), str(count)],
                            stdout=subprocess.PIPE, text=True)
    acks, lines = [], []

    def read():
        for line in proc.stdout:
            lines.append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 120
    while (time.monotonic() < deadline and proc.poll() is None and "draft" not in lines
           and sum(x.startswith("ack ") for x in lines) < kill_after_acks):
        time.sleep(0.001)
    time.sleep(jitter_s)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(timeout=10)
    acks = [int(x.split()[1]) for x in lines if x.startswith("ack ")]
    return acks, "draft" in lines


def test_sigkill_during_sends(tmp_path):
    url = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
    db = Database.open(url)
    demo.ensure_demo(db)
    db.close()
    rng = random.Random(20261126)
    acked: set[int] = set()
    next_n, kills, finished = 0, 0, False
    while not finished:
        acks, finished = run_until_killed(url, next_n, TOTAL - next_n, rng.randint(5, 45), rng.uniform(0, 0.02))
        kills += 1
        acked.update(acks)
        # Resume after the last acknowledged send: the unacknowledged one is sent again with
        # the same client id, exactly what a client retrying after a crash does.
        next_n = (max(acks) + 1) if acks else next_n
        assert kills < 200, "the sender never got through"
    assert kills >= 3, "the test must really kill the sender mid-way"
    con = sqlite3.connect(tmp_path / "crash.sqlite3")
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = con.execute("SELECT client_id, count(*) FROM messages WHERE client_id LIKE 'c-%' GROUP BY client_id").fetchall()
    counts = dict(rows)
    assert all(counts.get(f"c-{n}") == 1 for n in acked), "an acknowledged send is missing or doubled"
    assert set(counts) == {f"c-{n}" for n in range(TOTAL)}
    texts = con.execute("SELECT text, count(*) FROM messages WHERE text LIKE 'mensaje %' GROUP BY text "
                        "HAVING count(*) > 1").fetchall()
    assert texts == []
    con.close()
    db = Database.open(url)
    assert drafts.load(db, users.resolve(db, "lucia"), 3) == "el último borrador"
    db.close()
