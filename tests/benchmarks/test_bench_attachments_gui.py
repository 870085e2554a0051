"""A 12-megapixel photo sent from the chat: the ingest time, and the longest GUI-thread stall
meanwhile (goal <= 16 ms), against the same window idle in the same run."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from bench_helpers import longest_stall_ms, open_session, record
from PIL import Image

from desktop.core import outbox


def twelve_megapixels(path):
    rng = np.random.default_rng(12)
    base = np.linspace(0, 255, 4000, dtype=np.float32)[None, :, None]
    noise = rng.normal(0, 18, (3000, 4000, 3)).astype(np.float32)
    pixels = np.clip(base + noise + [[[40, 10, -20]]], 0, 255).astype(np.uint8)
    Image.fromarray(pixels, "RGB").save(path, "JPEG", quality=90)
    return path


def test_ingest_stall(benchmark, qtbot, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    photo = twelve_megapixels(tmp_path / "photo.jpg")
    session = open_session(qtbot, data)
    # Start the picture process once (as the first attachment of a session does).
    session.op(lambda backend: backend.pictures()).run()
    qtbot.waitUntil(lambda: not session.busy, timeout=60000)
    results = []

    def send(n):
        req = outbox.SendRequest(text=f"foto {n}", conversation_id=1,
                                 files=(outbox.OutgoingFile(f"photo{n}.jpg", photo),), client_id=f"bench-photo-{n}")

        def run(backend):
            t = time.perf_counter()
            outbox.deliver(backend.db, backend.ctx, backend.user, req, ingest=backend.pictures().ingest_image)
            return (time.perf_counter() - t) * 1000

        session.op(run).on_success(results.append).run()

    # One photo first, not measured: the first send of a session loads the outbox, the content
    # policy and the language detector (the window's warm-up does it after the first screen;
    # this session has no window), which is not the cost of sending a photo.
    send("warm-up")
    qtbot.waitUntil(lambda: len(results) == 1, timeout=60000)
    results.clear()
    idle = longest_stall_ms(qtbot, seconds=1.0)
    stalls = []
    for n in range(3):
        # Different bytes each round, so nothing is deduplicated away.
        Image.open(photo).rotate(n * 90 + 90, expand=True).save(photo, "JPEG", quality=90)
        count = len(results)
        stalls.append(longest_stall_ms(qtbot, lambda n=n: send(n), done=lambda c=count: len(results) > c))
    benchmark.pedantic(lambda: None, rounds=1)
    record("Longest GUI stall while a 12 MP photo is sent (worst of 3 photos)", ours=max(stalls), baseline=idle,
           baseline_name="the same window idle", unit="ms", goal="≤ 16 ms", met=max(stalls) <= 16,
           detail=f"Stalls per photo {', '.join(f'{s:.1f}' for s in stalls)} ms; each photo took "
                  f"{', '.join(f'{r:.0f}' for r in results)} ms to send (decode, checks, re-encode, store, "
                  f"thumbnail in the picture process, then the message).")
    benchmark.extra_info.update(ingest_ms=results, stall_ms=max(stalls), baseline_ms=idle)
    session.close()
