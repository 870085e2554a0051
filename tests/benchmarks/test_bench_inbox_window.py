"""The seller's window on the busy inbox of issues 12 and 14 (20,000 conversations,
1,000,000 messages: test_bench_scale_cli's cached database), each figure beside a baseline
measured in the same run:

- window memory with the list loaded and after 5 reloads, against bare_inbox.py's window on
  the same rows (goal <= 300 MB, no growth);
- 100 messages into 100 conversations from another process: the longest GUI-thread stall
  (goal <= 50 ms, baseline the same window idle) and the delivery to the list (goal p50 <=
  300 ms, p95 <= 500 ms); a new buyer's first conversation appearing (same goal);
- search as you type: the longest GUI stall while typing (goal <= 50 ms) and the time from
  the last key to the results in the list, against the same searches called on the core.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from bench_helpers import longest_stall_ms, median, percentile, record

from desktop.core.search import messages as search_core

HERE = Path(__file__).resolve().parent
MEMORY = HERE / "window_memory.py"
ROUNDS = 3
QUERIES = ["envio", "refund", "退款", "快递", "black one", "8329", "pedido", "address"]
KEY_MS = 90           # a steady typist's pause between two keys


@pytest.fixture(scope="module")
def scaled() -> Path:
    from test_bench_scale_cli import scale_database

    return scale_database()


def open_seller_window(qtbot, database: Path, data_dir: Path):
    from desktop.core.context import AppContext
    from desktop.gui.app import create_app
    from desktop.gui.session import Session
    from desktop.gui.views.main_window import MainWindow

    create_app("en")
    session = Session(AppContext(data_dir=data_dir, database_url=f"sqlite:///{database}", user_handle="wei"))
    session.start()
    qtbot.waitUntil(lambda: session.user is not None, timeout=60000)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    session.ready.emit(session.user)
    window.show()
    window.show_view("messages")
    model = window.messages.model
    qtbot.waitUntil(lambda: model.loaded and model.rowCount() > 0 and not session.busy, timeout=120000)
    return session, window


def run_memory(mode: str, database: Path, data: Path) -> dict:
    out = subprocess.run([sys.executable, str(MEMORY), mode, str(database), str(data)], capture_output=True,
                         text=True, timeout=300, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_window_memory(benchmark, tmp_path, scaled):
    ours, bare = [], []
    for n in range(ROUNDS):
        ours.append(run_memory("ours", scaled, tmp_path / f"data{n}"))
        bare.append(run_memory("bare", scaled, tmp_path / f"data{n}"))
    loaded, reloads = median([o["loaded"] for o in ours]), median([o["reloads"] for o in ours])
    floor = median([b["loaded"] for b in bare])
    benchmark.pedantic(lambda: None, rounds=1)
    record("Window memory with the conversation list loaded, 20,000 conversations", ours=loaded, baseline=floor,
           unit="MB", goal="≤ 300 MB", met=loaded <= 300, baseline_name="bare PySide6 + sqlite3 window, same rows",
           detail=f"Resident set (VmRSS), median of {ROUNDS} processes; ours once the list painted and the start-up "
                  "warm-up (policy, language model) is over.")
    record("Window memory after 5 reloads of the conversation list", ours=reloads, baseline=loaded, unit="MB",
           goal="≤ 300 MB, no growth", met=reloads <= 300 and reloads <= loaded + 10,
           baseline_name="the same window before the reloads",
           detail=f"Median of {ROUNDS} processes; peak (VmHWM) {median([o['peak'] for o in ours]):.0f} MB.")
    benchmark.extra_info.update(loaded_mb=loaded, reloads_mb=reloads, bare_mb=floor)


WRITER = r"""
import json, sys, time
from desktop.core.db import Database
from desktop.core import inbox, messaging, users
db = Database.open(sys.argv[1])
wei = users.resolve(db, "wei")
page = inbox.conversation_page(db, wei, limit=400)
targets = list(page.rows)[100:400:3][:100]            # below the first screen: each one moves to the top
buyers = {r.id: users.resolve(db, r.peer_handle) for r in targets}
print(json.dumps([r.id for r in targets]), flush=True)
sys.stdin.readline()
sent = {}
for n, r in enumerate(targets):
    messaging.send(db, buyers[r.id], r.id, f"mensaje de prueba {n}")
    sent[r.id] = time.time()
print(json.dumps(sent), flush=True)
"""

NEW_BUYER = r"""
import json, sys, time
from desktop.core.db import Database
from desktop.core import messaging, users
from desktop.core import schema as m
from desktop.core.kinds import Role
db = Database.open(sys.argv[1])
handle = sys.argv[2]
db.write(lambda s: s.add(m.User(handle=handle, name="Nueva " + handle, role=Role.BUYER, language="es")))
buyer = users.resolve(db, handle)
cid, _ = messaging.contact(db, buyer, store_handle="shenzhen-tech")
messaging.send(db, buyer, cid, "Hola, ¿tenéis este cargador?")
print(json.dumps({"conversation": cid, "sent": time.time()}), flush=True)
"""


def test_messages_arriving_in_100_conversations(benchmark, qtbot, tmp_path, scaled):
    database = tmp_path / "busy.sqlite3"
    shutil.copyfile(scaled, database)
    session, window = open_seller_window(qtbot, database, tmp_path / "data")
    model = window.messages.model
    seen: dict[int, float] = {}
    targets: list[int] = []

    def look() -> None:
        for cid in targets:
            if cid not in seen and model.row_of(cid) >= 0 and model.row_at(model.row_of(cid)).last_text.startswith(
                    "mensaje de prueba"):
                seen[cid] = time.time()

    model.refreshed.connect(look)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, f"sqlite:///{database}"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    targets.extend(json.loads(proc.stdout.readline()))
    idle = longest_stall_ms(qtbot, seconds=2.0)
    busy = longest_stall_ms(qtbot, lambda: (proc.stdin.write("go\n"), proc.stdin.flush()),
                            done=lambda: len(seen) == len(targets))
    sent = {int(k): v for k, v in json.loads(proc.stdout.readline()).items()}
    proc.wait(timeout=60)
    delays = [(seen[cid] - sent[cid]) * 1000 for cid in targets]
    assert [model.row_at(n).id for n in range(3)] == targets[::-1][:3]

    appear = []
    for n in range(5):
        # Waited for from the line the writer prints after its send, not from its exit: the
        # interpreter's teardown of a process with SQLAlchemy loaded (hundreds of ms on a busy
        # machine) is not the window's delay.
        writer = subprocess.Popen([sys.executable, "-c", NEW_BUYER, f"sqlite:///{database}", f"nueva{n}"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = writer.stdout.readline()
        assert line, writer.communicate(timeout=120)[1][-2000:]
        new = json.loads(line)
        qtbot.waitUntil(lambda cid=new["conversation"]: model.row_of(cid) == 0, timeout=20000)
        appear.append((time.time() - new["sent"]) * 1000)
        assert writer.wait(timeout=120) == 0, writer.communicate()[1][-2000:]
    benchmark.pedantic(lambda: None, rounds=1)
    record("Longest GUI stall while 100 messages arrive in 100 conversations, 20,000 conversations",
           ours=busy, baseline=idle, baseline_name="the same window idle", unit="ms", goal="≤ 50 ms",
           met=busy <= 50, detail="Another process sends one message in each of 100 conversations below the "
                                  "first screen as fast as it can; each row moves to the top.")
    record("Delivery of a message from another process to the conversation list (p50), 20,000 conversations",
           ours=median(delays), baseline=None, baseline_name="", unit="ms", goal="p50 ≤ 300 ms, p95 ≤ 500 ms",
           met=median(delays) <= 300 and percentile(delays, 95) <= 500,
           detail=f"100 messages sent back to back; p95 {percentile(delays, 95):.0f} ms (the change log is "
                  f"polled every 150 ms; times are wall clocks of the two processes).")
    record("A new buyer's first message appears at the top of the list (median), 20,000 conversations",
           ours=median(appear), baseline=None, baseline_name="", unit="ms", goal="≤ 300 ms p50", met=median(appear) <= 300,
           detail=f"5 new buyers, each a process that creates the buyer, opens the conversation and sends; "
                  f"worst {max(appear):.0f} ms (includes that process's commit).")
    benchmark.extra_info.update(stall_ms=busy, idle_ms=idle, delivery_p50_ms=median(delays),
                                new_buyer_ms=median(appear))
    window.close()
    session.close()


def test_search_as_you_type(benchmark, qtbot, tmp_path, scaled):
    from desktop.core import users
    from desktop.core.db import Database

    db = Database.open(f"sqlite:///{scaled}")
    wei = users.resolve(db, "wei")
    core_ms = []
    for query in QUERIES:
        search_core.search_messages(db, wei, query)          # warm
        started = time.perf_counter()
        search_core.search_messages(db, wei, query)
        core_ms.append((time.perf_counter() - started) * 1000)
    db.close()

    session, window = open_seller_window(qtbot, scaled, tmp_path / "data")
    centre = window.messages
    results = centre.results
    latencies: list[float] = []

    def type_all() -> None:
        for _ in range(ROUNDS):
            for query in QUERIES:
                centre.close_search()
                centre.focus_search()
                for ch in query[:-1]:
                    centre.search.insert(ch)
                    qtbot.wait(KEY_MS)
                centre.search.insert(query[-1])
                last_key = time.perf_counter()
                qtbot.waitUntil(lambda q=query: results.done and results.text == q, timeout=20000)
                latencies.append((time.perf_counter() - last_key) * 1000)
                assert results.rowCount() > 0, query

    idle = longest_stall_ms(qtbot, seconds=2.0)
    stall = longest_stall_ms(qtbot, type_all, done=lambda: True)
    benchmark.pedantic(lambda: None, rounds=1)
    record("Longest GUI stall while typing searches, 1,000,000 messages", ours=stall, baseline=idle,
           baseline_name="the same window idle", unit="ms", goal="≤ 50 ms", met=stall <= 50,
           detail=f"{len(QUERIES)} queries (es/en/zh, a phrase, an order-number fragment) typed a key every "
                  f"{KEY_MS} ms, {ROUNDS} rounds; results replace the list as they come.")
    record("Search as you type: last key to the results in the window (p50), 1,000,000 messages",
           ours=median(latencies), baseline=median(core_ms), unit="ms", goal="", met=None,
           baseline_name="the same searches called on the core",
           detail=f"Includes the 150 ms pause the field waits for before asking; p95 {percentile(latencies, 95):.0f} "
                  f"ms; the core's p95 {percentile(core_ms, 95):.0f} ms.")
    benchmark.extra_info.update(stall_ms=stall, latency_p50_ms=median(latencies), core_p50_ms=median(core_ms))
    window.close()
    session.close()
