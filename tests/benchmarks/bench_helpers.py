"""Printing a benchmark's figure next to its baseline (measured in the same run) and the ratio."""

from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path

RESULTS = Path(os.environ.get("BUZON_BENCH_RESULTS", Path(__file__).resolve().parents[2] / "bench-results.json"))


def record(name: str, *, ours: float, baseline: float | None, baseline_name: str, unit: str, goal: str,
           met: bool | None, floor: float | None = None, floor_name: str = "", lower_is_better: bool = True) -> None:
    """Add one figure to bench-results.json (one JSON object per line, appended): ours, the
    baseline measured in the same run and what it is, the ratio, the goal and whether it was met."""
    ratio = (ours / baseline) if baseline else None
    entry = {"name": name, "ours": ours, "baseline": baseline, "baseline_name": baseline_name, "ratio": ratio,
             "goal": goal, "unit": unit, "met": met, "floor": floor, "floor_name": floor_name,
             "lower_is_better": lower_is_better}
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    shown = f"ratio {ratio:.2f}" if ratio is not None else "no ratio"
    print(f"\n[{name}] ours {ours:.1f} {unit} | {baseline_name} {baseline if baseline is not None else '-'} {unit} "
          f"| {shown} | goal {goal}: {'met' if met else 'not met' if met is not None else '-'}")


def report(name: str, ours: float, baseline: float, unit: str, goal: str, *, lower_is_better: bool = True) -> float:
    ratio = ours / baseline if baseline else float("inf")
    print(f"\n[{name}] ours {ours:.1f} {unit} | baseline {baseline:.1f} {unit} | ratio {ratio:.2f} | goal {goal}")
    return ratio


def median(values) -> float:
    return statistics.median(values)


def percentile(values, p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def longest_stall_ms(qtbot, start=None, *, done=None, seconds: float = 0.0) -> float:
    """The longest gap between ticks of a 1 ms GUI timer (what a user feels as a freeze) while
    `start()` sets work going, until `done()` is true (then 200 ms more) or for `seconds`."""
    from PySide6.QtCore import QTimer

    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    if start is not None:
        start()
    if done is not None:
        qtbot.waitUntil(done, timeout=120000)
        qtbot.wait(200)
    else:
        qtbot.wait(int(seconds * 1000))
    timer.stop()
    return max(gaps) * 1000


def open_session(qtbot, data_dir):
    """A real session (worker, database) on a data folder, opened."""
    from desktop.core.context import AppContext
    from desktop.gui.session import Session

    session = Session(AppContext(data_dir=data_dir))
    session.start()
    qtbot.waitUntil(lambda: session.user is not None, timeout=20000)
    return session


def open_window(qtbot, session, conversation_id=None):
    """The real main window on a session, 1280x800, optionally with a conversation open."""
    from desktop.gui.views.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    session.ready.emit(session.user)
    qtbot.waitUntil(lambda: not session.busy, timeout=60000)    # the start-up warm-up is over
    if conversation_id is not None:
        window.show_conversation(conversation_id)
        chat = window.messages.chat
        qtbot.waitUntil(lambda: chat.model is not None and chat.model.rowCount() > 0, timeout=20000)
    return window
