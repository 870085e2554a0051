"""What every benchmark shares: recording its figure beside the baseline (and floor) measured
in the same run, and the GUI-side meters and set-up.

bench-results.json holds one JSON object per line: first a run header
(`{"run": {"started", "cores", ...}}`, written by conftest.py when a run starts), then one
figure per line (`record`, `did_not_finish`). bench_results.py reads it back.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(os.environ.get("BUZON_BENCH_RESULTS", Path(__file__).resolve().parents[2] / "bench-results.json"))

# Names recorded by this process, in order: conftest.py tells from it whether a test that
# stopped early had recorded anything.
RECORDED: list[str] = []


def _append(entry: dict) -> None:
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    RECORDED.append(entry["name"])


def record(name: str, *, ours: float, baseline: float | None, baseline_name: str, unit: str, goal: str,
           met: bool | None, floor: float | None = None, floor_name: str = "", lower_is_better: bool = True,
           detail: str = "") -> None:
    """Add one figure to bench-results.json: ours, the baseline measured in the same run and
    what it is, the ratio ours / baseline, the goal and whether it was met (None: no goal),
    and, where one exists, the floor (the least any program could do for the same result)
    with the ratio ours / floor. `detail` is one sentence a reader needs to judge the figure
    (the sample size, what was left out)."""
    ratio = (ours / baseline) if baseline else None
    floor_ratio = (ours / floor) if floor else None
    _append({"name": name, "ours": ours, "baseline": baseline, "baseline_name": baseline_name, "ratio": ratio,
             "goal": goal, "unit": unit, "met": met, "floor": floor, "floor_name": floor_name,
             "floor_ratio": floor_ratio, "lower_is_better": lower_is_better, "detail": detail,
             "did_not_finish": None})
    shown = f"ratio {ratio:.2f}" if ratio is not None else "no ratio"
    floor_shown = f" | floor {floor_name} {floor:.1f} {unit}" if floor is not None else ""
    print(f"\n[{name}] ours {ours:.1f} {unit} | {baseline_name} "
          f"{f'{baseline:.1f}' if baseline is not None else '-'} {unit} | {shown}{floor_shown} "
          f"| goal {goal or '-'}: {'met' if met else 'not met' if met is not None else '-'}")


def did_not_finish(name: str, *, reason: str, baseline_name: str = "", unit: str = "", goal: str = "",
                   floor_name: str = "") -> None:
    """Add a figure with no value: the benchmark stopped before measuring it (its time ran out,
    or it crashed), and `reason` says which."""
    _append({"name": name, "ours": None, "baseline": None, "baseline_name": baseline_name, "ratio": None,
             "goal": goal, "unit": unit, "met": None, "floor": None, "floor_name": floor_name,
             "floor_ratio": None, "lower_is_better": True, "detail": "", "did_not_finish": reason})
    print(f"\n[{name}] did not finish: {reason}")


def start_run(**header) -> None:
    """Start a fresh bench-results.json with the run's header (date, cores, load, timeout...)."""
    RESULTS.write_text(json.dumps({"run": header}, ensure_ascii=False) + "\n", encoding="utf-8")
    RECORDED.clear()


def end_run(**footer) -> None:
    """Close the run with what is known only at its end (duration, load average)."""
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"run_end": footer}, ensure_ascii=False) + "\n")


def median(values) -> float:
    return statistics.median(values)


def percentile(values, p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def longest_stall_ms(qtbot, start=None, *, done=None, seconds: float = 0.0) -> float:
    """The longest gap between ticks of a 1 ms GUI timer (what a user feels as a freeze) while
    `start()` sets work going, until `done()` is true (then 200 ms more) or for `seconds`."""
    return gui_stalls(qtbot, start, done=done, seconds=seconds).wall_ms


@dataclass(frozen=True)
class Stalls:
    """The longest gap between two ticks of the GUI thread's 1 ms timer, by the wall clock (what
    the user sees, the machine's other load included) and by the GUI thread's own CPU time in
    the costliest gap (what the program itself held the thread for)."""

    wall_ms: float
    cpu_ms: float


def gui_stalls(qtbot, start=None, *, done=None, seconds: float = 0.0) -> Stalls:
    """`longest_stall_ms` with the thread's CPU time too: on a loaded machine a gap can be the
    system running another process, which the CPU time tells apart."""
    from PySide6.QtCore import QTimer

    walls, cpus = [], []
    last = [time.perf_counter(), time.thread_time()]

    def tick():
        now, cpu = time.perf_counter(), time.thread_time()
        walls.append(now - last[0])
        cpus.append(cpu - last[1])
        last[0], last[1] = now, cpu

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
    return Stalls(max(walls) * 1000, max(cpus) * 1000)


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
