"""The installed program against a bare PySide6 hello-world bundled the same way, in the
same run: bundle size (goal <= 2x) and start-up to the first painted window (goal <= 1.5x).

Both are built by PyInstaller into a temporary folder with the same options (one folder,
windowed, no UPX, no blanket strip; Buzón from app.spec, which also drops unused Qt
plugins and the CTranslate2 wheel's debug sections). Start-up is measured from process start to the first
paint event of the top-level window, offscreen, on an existing demo database (the second
and later starts a user sees), median of interleaved runs. The first start, which also
creates the demo database, is printed as well.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

from bench_helpers import record
from bundle_build import (
    build_app, build_hello, clean_env, executable, first_paint_s, median_first_paint, tree_bytes,
)

ROUNDS = 9
MB = 1024 * 1024


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    root = tmp_path_factory.mktemp("bundles")
    return build_app(root / "buzon"), build_hello(root / "hello")


@pytest.mark.timeout(1200)
def test_bundle_size(benchmark, bundles):
    ours, hello = bundles
    sizes = benchmark.pedantic(lambda: (tree_bytes(ours), tree_bytes(hello)), rounds=1)
    ratio = sizes[0] / sizes[1]
    record("Installer bundle size (dist/buzon, one folder)", ours=sizes[0] / MB, baseline=sizes[1] / MB,
           baseline_name="PySide6 hello-world bundled the same way", unit="MB", goal="≤ 2x", met=ratio <= 2)
    benchmark.extra_info.update(ours_mb=sizes[0] / MB, baseline_mb=sizes[1] / MB, ratio=ratio)


@pytest.mark.timeout(1200)
def test_bundle_start_up(benchmark, bundles, tmp_path):
    ours, hello = bundles
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(home, BUZON_DATA_DIR=str(home / "data"))
    first_start = first_paint_s(executable(ours), env)       # creates the demo database
    first_paint_s(executable(hello), env)                     # and warms the file cache for both
    medians = benchmark.pedantic(
        lambda: median_first_paint({"ours": executable(ours), "hello": executable(hello)}, env, ROUNDS), rounds=1)
    ratio = medians["ours"] / medians["hello"]
    record("Installed bundle, start to the first painted window (demo database exists)",
           ours=medians["ours"] * 1000, baseline=medians["hello"] * 1000,
           baseline_name="PySide6 hello-world bundle", unit="ms", goal="≤ 1.5x", met=ratio <= 1.5,
           detail=f"Median of {ROUNDS} interleaved starts each; the very first start, which also creates the "
                  f"demo database, took {first_start * 1000:.0f} ms.")
    benchmark.extra_info.update(ours_ms=medians["ours"] * 1000, baseline_ms=medians["hello"] * 1000, ratio=ratio)
