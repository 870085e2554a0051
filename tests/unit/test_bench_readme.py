"""The benchmark plumbing, without running a benchmark: figures written by bench_helpers, read
back and rendered by bench_results, put into a README by scripts/bench_readme.py, and a
run's behaviour (time limit, crash, missed goal) in a real pytest process."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "tests" / "benchmarks"
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO / "scripts"))

import bench_helpers  # noqa: E402
import bench_readme  # noqa: E402
import bench_results  # noqa: E402

README = f"# Project\n\nProse before.\n\n{bench_readme.START}\nold table\n{bench_readme.END}\n\nProse after.\n"


@pytest.fixture
def results(tmp_path, monkeypatch):
    path = tmp_path / "bench-results.json"
    monkeypatch.setattr(bench_helpers, "RESULTS", path)
    return path


def full_run(selection: str = "") -> None:
    bench_helpers.start_run(started="2026-12-02 06:00 UTC", cores=2, load_average=3.4, timeout_s=900,
                            selection=selection, platform="Linux x86_64", note="A CPU hog ran beside it")
    bench_helpers.record("Translation", ours=38.2, baseline=3.26, baseline_name="argos, one at a time",
                         floor=14.8, floor_name="one batched call", unit="messages/s", goal="≥ 5x", met=True,
                         lower_is_better=False, detail="200 messages; argos had 40.")
    bench_helpers.record("First screen", ours=60.0, baseline=1204.0, baseline_name="whole conversation",
                         unit="ms", goal="≤ 50 ms", met=False)
    bench_helpers.did_not_finish("Bundle start-up", reason="stopped after 900 s, its time limit")
    bench_helpers.end_run(duration_s=390.0, load_average=4.3)


def test_recorded_run_reads_back_and_renders_every_figure(results, capsys):
    full_run()
    run = bench_results.load(results)
    assert (run.cores, run.load_start, run.load_end, run.timeout_s) == (2, 3.4, 4.3, 900)
    translation, screen, bundle = run.figures
    assert translation.ratio == pytest.approx(38.2 / 3.26) and translation.floor_ratio == pytest.approx(38.2 / 14.8)
    assert screen.met is False and bundle.ours is None and "900 s" in bundle.did_not_finish

    table = bench_results.markdown(run)
    assert "| Translation [1] | 38.2 messages/s | argos, one at a time: 3.26 messages/s | 11.7x | " \
           "one batched call: 14.8 messages/s (ours ÷ floor 2.58x) | ≥ 5x: met |" in table
    assert "| First screen | 60.0 ms | whole conversation: 1,204 ms | 0.05x | — | ≤ 50 ms: NOT met |" in table
    assert "| Bundle start-up | did not finish (stopped after 900 s, its time limit) |" in table
    assert "1. 200 messages; argos had 40." in table
    assert "2 CPU cores" in table and "load average 3.4 at the start and 4.3 at the end" in table
    assert "A CPU hog ran beside it." in table
    assert bench_results.summary(run) == "3 figures: 1 goals met, 1 not met, 1 did not finish"


def test_small_ratios_keep_their_digits():
    assert [bench_results.times(r) for r in (0.0022, 0.13, 2.754, 11.72)] == ["0.0022x", "0.13x", "2.75x", "11.7x"]


def test_a_cell_cannot_break_the_table(results):
    bench_helpers.start_run(started="now", cores=2)
    bench_helpers.record("a | b\nc", ours=1.0, baseline=None, baseline_name="x|y", unit="ms", goal="", met=None)
    row = bench_results.markdown(bench_results.load(results)).splitlines()[-1]
    assert row == "| a \\| b c | 1.00 ms | x\\|y | — | — | — |"


def test_readme_gets_the_table_between_its_markers_and_nothing_else_changes(results, tmp_path, capsys):
    full_run()
    readme = tmp_path / "README.md"
    readme.write_text(README)
    assert bench_readme.main(["--results", str(results), "--readme", str(readme)]) == 0
    text = readme.read_text()
    assert text.startswith("# Project\n\nProse before.\n\n") and text.endswith(f"{bench_readme.END}\n\nProse after.\n")
    assert "old table" not in text and "| Translation [1] |" in text
    assert bench_readme.main(["--results", str(results), "--readme", str(readme), "--check"]) == 0
    assert bench_readme.main(["--results", str(results), "--readme", str(readme)]) == 0
    assert readme.read_text() == text             # a second run changes nothing

    bench_helpers.record("Policy", ours=30_000.0, baseline=388_000.0, baseline_name="naive regex",
                         unit="messages/s", goal="", met=None, lower_is_better=False)
    assert bench_readme.main(["--results", str(results), "--readme", str(readme), "--check"]) == 1
    assert "differs" in capsys.readouterr().err and readme.read_text() == text


def test_a_partial_run_is_refused_unless_asked_for(results, tmp_path, capsys):
    full_run(selection="translation")
    readme = tmp_path / "README.md"
    readme.write_text(README)
    assert bench_readme.main(["--results", str(results), "--readme", str(readme)]) == 1
    assert "only the benchmarks matching `translation`" in capsys.readouterr().err
    assert readme.read_text() == README
    assert bench_readme.main(["--results", str(results), "--readme", str(readme), "--allow-partial"]) == 0
    assert "Only the benchmarks matching `translation` were run." in readme.read_text()


@pytest.mark.parametrize("readme_text, message", [
    ("# no markers\n", "no pair of markers"),
    (f"{bench_readme.END}\n{bench_readme.START}\n", "out of order"),
    (f"{bench_readme.START}\n{bench_readme.START}\n{bench_readme.END}\n", "repeated"),
])
def test_a_readme_without_its_markers_is_left_alone(results, tmp_path, capsys, readme_text, message):
    full_run()
    readme = tmp_path / "README.md"
    readme.write_text(readme_text)
    assert bench_readme.main(["--results", str(results), "--readme", str(readme)]) == 1
    assert message in capsys.readouterr().err and readme.read_text() == readme_text


def test_marker_text_inside_the_results_is_refused(results, tmp_path, capsys):
    bench_helpers.start_run(started="now", cores=2)
    bench_helpers.record(bench_readme.END, ours=1.0, baseline=2.0, baseline_name="b", unit="ms", goal="", met=None)
    readme = tmp_path / "README.md"
    readme.write_text(README)
    assert bench_readme.main(["--results", str(results), "--readme", str(readme)]) == 1
    assert "marker text" in capsys.readouterr().err and readme.read_text() == README


HEADER = json.dumps({"run": {"started": "now", "cores": 2}})
FIGURE = {"name": "n", "ours": 1.0, "baseline": 2.0, "baseline_name": "b", "ratio": 0.5, "goal": "", "unit": "ms",
          "met": None}


@pytest.mark.parametrize("content, message", [
    (b"", "no run header"),
    (json.dumps(FIGURE).encode(), "no run header"),
    (HEADER.encode(), "holds no figures"),
    (HEADER.encode() + b"\n\xff\xfe not utf-8\n", "cannot be read"),
    (HEADER.encode() + b"\n{not json\n", "line 2: not JSON"),
    (HEADER.encode() + b"\n" + b"[" * 100_000 + b"\n", "line 2: not JSON"),
    (HEADER.encode() + b"\n[1, 2]\n", "expected a JSON object"),
    (HEADER.encode() + b"\n" + json.dumps({**FIGURE, "ours": float("nan")}).encode(), "expected a number"),
    (HEADER.encode() + b"\n" + json.dumps({**FIGURE, "ours": "fast"}).encode(), "expected a number"),
    (HEADER.encode() + b"\n" + json.dumps({**FIGURE, "ours": True}).encode(), "expected a number"),
    (HEADER.encode() + b"\n" + json.dumps({**FIGURE, "met": "yes"}).encode(), "expected true, false or null"),
    (HEADER.encode() + b"\n" + json.dumps({**FIGURE, "name": ["x" * 10_000]}).encode(), "expected text"),
    (HEADER.encode() + b"\n" + json.dumps({"name": "n"}).encode(), "a figure without"),
])
def test_malformed_results_end_in_a_message_not_a_traceback(tmp_path, capsys, content, message):
    path = tmp_path / "bench-results.json"
    path.write_bytes(content)
    readme = tmp_path / "README.md"
    readme.write_text(README)
    assert bench_readme.main(["--results", str(path), "--readme", str(readme)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err) < 1000
    assert readme.read_text() == README


@pytest.mark.parametrize("where", ["/dev/zero", "missing", "folder", "huge"])
def test_results_that_are_not_a_run_file_are_refused(tmp_path, capsys, where):
    path = {"/dev/zero": Path("/dev/zero"), "missing": tmp_path / "nothing.json", "folder": tmp_path,
            "huge": tmp_path / "huge.json"}[where]
    if where == "huge":
        with path.open("wb") as f:
            f.truncate(bench_results.MAX_BYTES + 1)
    if where == "/dev/zero" and not path.exists():
        pytest.skip("no /dev/zero here")
    readme = tmp_path / "README.md"
    readme.write_text(README)
    assert bench_readme.main(["--results", str(path), "--readme", str(readme)]) == 1
    assert "bench_readme:" in capsys.readouterr().err and readme.read_text() == README


def test_a_missing_readme_is_a_message(results, tmp_path, capsys):
    full_run()
    assert bench_readme.main(["--results", str(results), "--readme", str(tmp_path / "nope.md")]) == 1
    assert "cannot read" in capsys.readouterr().err


# -- a real run: the conftest's time limit, crash and goal handling, in a pytest process ------

FAKE_BENCHMARKS = '''
import time
import pytest
from bench_helpers import record


def test_missed_goal():
    """A figure that misses its goal"""
    record("Missed", ours=90.0, baseline=30.0, baseline_name="bare", unit="ms", goal="≤ 50 ms", met=False)


@pytest.mark.timeout(1)
def test_out_of_time():
    """A benchmark that needs more than its time"""
    time.sleep(60)
'''

CRASHING_BENCHMARK = '''
def test_crash():
    """A benchmark whose own check fails"""
    raise RuntimeError("the output differs")
'''


def run_fake_bench(tmp_path, *files: tuple[str, str]) -> tuple[subprocess.CompletedProcess, list[dict]]:
    bench = tmp_path / "benchmarks"
    bench.mkdir()
    for name in ("conftest.py", "bench_helpers.py", "bench_results.py"):
        shutil.copy(BENCH / name, bench / name)
    for name, text in files:
        (bench / name).write_text(text)
    results = tmp_path / "bench-results.json"
    results.write_text("stale figures from an earlier run\n")
    env = dict(os.environ, BUZON_BENCH_RESULTS=str(results), BUZON_BENCH_NOTE="fake")
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
                           str(bench)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    lines = [json.loads(line) for line in results.read_text().splitlines()]
    return proc, lines


@pytest.mark.slow
def test_out_of_time_and_missed_goal_are_figures_and_the_run_passes(tmp_path):
    proc, lines = run_fake_bench(tmp_path, ("test_fake.py", FAKE_BENCHMARKS))
    assert proc.returncode == 0, proc.stdout[-3000:]
    header, missed, unfinished, end = lines
    assert header["run"]["note"] == "fake" and header["run"]["cores"] == os.cpu_count()
    assert missed["name"] == "Missed" and missed["met"] is False
    assert unfinished == {**unfinished, "name": "A benchmark that needs more than its time", "ours": None,
                          "did_not_finish": "stopped after 1 s, its time limit"}
    assert end["run_end"]["duration_s"] >= 1
    assert "benchmark figures" in proc.stdout and re.search(r"\| Missed +\| 90.0 ms +\|", proc.stdout)
    assert "2 figures: 0 goals met, 1 not met, 1 did not finish" in proc.stdout


@pytest.mark.slow
def test_a_crashed_benchmark_is_recorded_and_fails_the_run(tmp_path):
    proc, lines = run_fake_bench(tmp_path, ("test_crash.py", CRASHING_BENCHMARK))
    assert proc.returncode == 1, proc.stdout[-3000:]
    crashed = lines[1]
    assert crashed["name"] == "A benchmark whose own check fails"
    assert crashed["did_not_finish"] == "crashed: RuntimeError: the output differs"
    assert "did not finish (crashed: RuntimeError: the output differs)" in proc.stdout
