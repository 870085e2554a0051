"""A process of the live-delivery benchmark (test_bench_pg_live.py).

listen URL MODE COUNT SECONDS: MODE `notify` (PostgreSQL: desktop.core.live.Listener) or `poll`
(the window's change-log poll every 150 ms, as on SQLite); prints "ready", then waits until it
has COUNT message changes (or SECONDS pass) and prints one JSON line: [[message id, seen at], ...].

send URL HANDLE CONVERSATION COUNT GAP_MS: sends COUNT messages, printing one JSON line:
[[message id, acknowledged at], ...] (wall-clock times: all processes run on one machine).
"""

from __future__ import annotations

import json
import sys
import threading
import time

from desktop.core import changes, live, messaging, users
from desktop.core.db import Database
from desktop.core.kinds import ChangeKind

POLL_MS = 150


def listen(url: str, mode: str, count: int, seconds: float) -> None:
    db = Database.open(url)
    seen: list[tuple[int, float]] = []
    done = threading.Event()

    def take(rows) -> None:
        now = time.time()
        seen.extend((c.message_id, now) for c in rows if c.kind is ChangeKind.MESSAGE)
        if len(seen) >= count:
            done.set()

    if mode == "notify":
        listener = live.Listener(db, take).start()
        listener.wait_connected()
        print("ready", flush=True)
        done.wait(seconds)
        listener.stop()
    else:
        last = changes.latest_id(db)
        print("ready", flush=True)
        end = time.monotonic() + seconds
        while not done.is_set() and time.monotonic() < end:
            rows = changes.since(db, last)
            if rows:
                last = rows[-1].id
                take(rows)
            time.sleep(POLL_MS / 1000)
    print(json.dumps(seen), flush=True)
    db.close()


def send(url: str, handle: str, conversation: int, count: int, gap_ms: float) -> None:
    db = Database.open(url)
    user = users.resolve(db, handle)
    acked = []
    for n in range(count):
        mid = messaging.send(db, user, conversation, f"en vivo {handle} {n}").message_id
        acked.append((mid, time.time()))
        time.sleep(gap_ms / 1000)
    print(json.dumps(acked), flush=True)
    db.close()


if __name__ == "__main__":
    if sys.argv[1] == "listen":
        listen(sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]))
    else:
        send(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6]))
