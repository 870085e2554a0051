"""Ingesting a 12-megapixel photo: our whole pipeline against plain Pillow, in the same run.

Ours: sniff, checks, decode (DCT-scaled), orientation, downscale to 2560 px, re-encode,
store atomically with fsync, and the 256 px thumbnail. Baseline: `Image.open` + `save`
of the same file at full size, no checks (what a naive "strip EXIF by re-saving" costs).
Also printed: the longest time another Python thread (standing in for the GUI thread)
waited for the interpreter lock while ingest ran on a worker thread; the issue's goal
for the GUI thread is 16 ms.
"""

from __future__ import annotations

import io
import statistics
import threading
import time

import pytest
from bench_helpers import record
from PIL import Image

from desktop.core.attachments import Limits, ingest_image
from desktop.core.attachments.process import AttachmentProcess

ROUNDS = 5
STALL_GOAL_MS = 16.0


@pytest.fixture(scope="module")
def photo(tmp_path_factory):
    """A 4000x3000 JPEG with photographic texture (gradients plus noise), about 3-5 MB."""
    width, height = 4000, 3000
    coarse = Image.effect_noise((80, 60), 64).convert("RGB").resize((width, height), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((width, height), 30).convert("RGB")
    im = Image.blend(coarse, grain, 0.3)
    path = tmp_path_factory.mktemp("bench") / "photo.jpg"
    im.save(path, "JPEG", quality=92)
    return path


def _baseline(path) -> float:
    start = time.perf_counter()
    with Image.open(path) as im:
        im.load()
        im.save(io.BytesIO(), "JPEG", quality=88)
    return time.perf_counter() - start


def _fresh_dirs(tmp_path, counter=iter(range(10_000))):
    n = next(counter)
    return (), {"store_dir": tmp_path / f"store{n}", "thumbnail_dir": tmp_path / f"thumbs{n}"}


def _longest_stall(work) -> float:
    """Run `work` on a thread while this one ticks every millisecond; the longest late tick, in ms."""
    done = threading.Event()
    worker = threading.Thread(target=lambda: (work(), done.set()))
    longest = 0.0
    last = time.perf_counter()
    worker.start()
    while not done.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        longest = max(longest, now - last - 0.001)
        last = now
    worker.join()
    return longest * 1000


def test_bench_ingest_12_megapixel_jpeg(benchmark, photo, tmp_path):
    limits = Limits()

    def ingest(store_dir, thumbnail_dir):
        return ingest_image(photo, store_dir=store_dir, limits=limits, thumbnail_dir=thumbnail_dir)

    stored = benchmark.pedantic(ingest, setup=lambda: _fresh_dirs(tmp_path), rounds=ROUNDS, iterations=1)
    assert (stored.width, stored.height) == (2560, 1920) and stored.thumbnail.is_file()

    ours = benchmark.stats.stats.median
    base = statistics.median(_baseline(photo) for _ in range(ROUNDS))
    in_thread = [_longest_stall(lambda: ingest(**_fresh_dirs(tmp_path)[1])) for _ in range(3)]
    with AttachmentProcess() as child:
        child.ingest_image(photo, limits=limits, **_fresh_dirs(tmp_path)[1])     # start-up, not measured
        timings, in_child = [], []
        for _ in range(3):
            start = time.perf_counter()
            in_child.append(_longest_stall(
                lambda: child.ingest_image(photo, limits=limits, **_fresh_dirs(tmp_path)[1])))
            timings.append(time.perf_counter() - start)
    size_mb = photo.stat().st_size / 1e6
    record("12 MP photo ingest in the picture process (decode, checks, re-encode, store, thumbnail)",
           ours=statistics.median(timings) * 1000, baseline=base * 1000,
           baseline_name="Pillow open + save of the same file, full size, no checks", unit="ms", goal="", met=None,
           detail=f"A {size_mb:.1f} MB 4000x3000 JPEG, median of 3 (the baseline: of {ROUNDS}); ours downscales to "
                  f"2560 px and also writes the 256 px thumbnail, with fsync; the same pipeline on a thread of "
                  f"this process took {ours * 1000:.0f} ms.")
    record("Longest wait of another Python thread while a 12 MP photo is ingested", ours=max(in_child),
           baseline=max(in_thread), baseline_name="the same ingest on a worker thread of the same process",
           unit="ms", goal=f"≤ {STALL_GOAL_MS:.0f} ms", met=max(in_child) <= STALL_GOAL_MS,
           detail="Worst of 3 photos each. Pillow holds the interpreter lock while it decodes, which is why "
                  "pictures are ingested in a child process; the window's own stall is measured in the chat.")
