"""How a benchmark run behaves: a fresh bench-results.json with a header (date, cores, load)
when the run starts, a generous time limit per benchmark, a benchmark that runs out of time
recorded as "did not finish" (a figure with no value, not a failed run), and the table of
every figure printed at the end.

BUZON_BENCH_NOTE, if set, is a sentence about the conditions of the run that the table
shows (say, another process loading the machine).

The time limit is BENCH_TIMEOUT_S (15 min; BUZON_BENCH_TIMEOUT overrides it); a benchmark
that needs more says so with its own `@pytest.mark.timeout(...)`. Each benchmark sizes its
work so that it fits well within that on a loaded two-core machine; the limit is what stops
a hang, not a schedule. A benchmark that crashes (an exception, a failed check of its own
output) is recorded as "did not finish" too, and fails the run: that is a bug, not a figure.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import bench_helpers
import bench_results
import pytest

HERE = Path(__file__).resolve().parent
BENCH_TIMEOUT_S = float(os.environ.get("BUZON_BENCH_TIMEOUT", "900"))
TIMEOUT_MESSAGE = "from pytest-timeout"          # pytest-timeout's failure text ends with it

_started: list[float] = []


def _is_benchmark(item) -> bool:
    return HERE in Path(str(item.path)).resolve().parents


def _timeout_of(item) -> float:
    marker = item.get_closest_marker("timeout")
    if marker is not None:
        if marker.args:
            return float(marker.args[0])
        if "timeout" in marker.kwargs:
            return float(marker.kwargs["timeout"])
    return BENCH_TIMEOUT_S


def pytest_collection_modifyitems(config, items):
    for item in items:
        if _is_benchmark(item) and item.get_closest_marker("timeout") is None:
            # SIGALRM: the test is interrupted and the run goes on (the thread method ends the process).
            item.add_marker(pytest.mark.timeout(BENCH_TIMEOUT_S, method="signal"))


def pytest_collection_finish(session):
    if session.config.option.collectonly or not any(_is_benchmark(item) for item in session.items):
        return
    _started.append(time.monotonic())
    selection = session.config.getoption("keyword") or ""
    bench_helpers.start_run(
        started=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        cores=os.cpu_count() or 0,
        load_average=_load_average(),
        timeout_s=BENCH_TIMEOUT_S,
        selection=selection,
        platform=f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
        argv=sys.argv[1:],
        note=os.environ.get("BUZON_BENCH_NOTE", ""),
    )


def _load_average() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except (OSError, AttributeError):     # not on Windows
        return None


def _figure_name(item) -> str:
    """What a benchmark measures, for a row with no value: its docstring's first line, or its
    test name."""
    function = getattr(item, "function", None)
    doc = (function.__doc__ or "").strip() if function is not None else ""
    name = doc.splitlines()[0].rstrip(".") if doc else item.name
    callspec = getattr(item, "callspec", None)
    if doc and callspec is not None:
        name += f" [{callspec.id}]"
    return name


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if not _is_benchmark(item) or report.passed or report.skipped or call.excinfo is None:
        return report
    message = str(call.excinfo.value)
    if call.excinfo.errisinstance(pytest.fail.Exception) and TIMEOUT_MESSAGE in message:
        reason = f"stopped after {_timeout_of(item):.0f} s, its time limit"
        bench_helpers.did_not_finish(_figure_name(item), reason=reason)
        # A figure with no value, shown in the table; the run goes on and does not fail for it.
        report.outcome = "skipped"
        report.longrepr = (str(item.path), item.location[1] or 0, f"did not finish: {reason}")
    elif report.when != "teardown":
        first_line = message.strip().splitlines()[0][:160] if message.strip() else ""
        bench_helpers.did_not_finish(_figure_name(item),
                                     reason=f"crashed: {call.excinfo.typename}: {first_line}".rstrip(": "))
    return report


def pytest_sessionfinish(session, exitstatus):
    if _started and bench_helpers.RESULTS.exists():
        bench_helpers.end_run(duration_s=round(time.monotonic() - _started[0], 1), load_average=_load_average())


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not _started:
        return
    try:
        run = bench_results.load(bench_helpers.RESULTS)
    except bench_results.ResultsError as exc:
        terminalreporter.write_line(f"No benchmark figures to show: {exc}")
        return
    terminalreporter.section("benchmark figures")
    terminalreporter.write(bench_results.markdown(run, aligned=True))
    terminalreporter.write_line("")
    terminalreporter.write_line(f"{bench_results.summary(run)}; written to {bench_helpers.RESULTS}")
