"""Every file of Pillow's own test images (broken and hostile ones included) through
`buzon attach check`: each ends accepted or refused with a reason, none crashes, hangs
past its budget or exceeds the memory cap."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.attachments import ACCEPTED_IMAGES, REASONS

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO.parent / "shared" / "corpora" / "pillow-test-images"
RUNNER = Path(__file__).with_name("attachment_corpus_runner.py")
SECONDS_PER_FILE = 5
EXTRA_MEMORY = 2 * 1024 ** 3
BATCHES = 2

pytestmark = [
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the robustness corpus {CORPUS} is not on this machine"),
    pytest.mark.skipif(sys.platform == "win32", reason="the runner uses SIGALRM and RLIMIT_AS"),
]


def _run_batches(files: list[str]) -> tuple[list[dict], str]:
    paths = [str(REPO)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    procs = []
    for i in range(BATCHES):
        batch = files[i::BATCHES]
        proc = subprocess.Popen([sys.executable, str(RUNNER), str(SECONDS_PER_FILE), str(EXTRA_MEMORY)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=env)
        procs.append((proc, "".join(f + "\n" for f in batch)))
    rows, errors = [], []
    for proc, stdin in procs:
        # A backstop only: a hang inside C code would not see the per-file alarm.
        out, err = proc.communicate(stdin, timeout=300)
        assert proc.returncode == 0, err[-2000:]
        rows += [json.loads(line) for line in out.splitlines()]
        errors.append(err)
    return rows, "".join(errors)


def test_every_corpus_file_is_accepted_or_refused_with_a_reason(data_dir):
    files = sorted(str(p) for p in CORPUS.rglob("*") if p.is_file())
    assert files, "the corpus folder is empty"
    rows, stderr = _run_batches(files)
    problems = [r for r in rows if "timed_out" in r or "exit" in r]
    assert problems == [], stderr[-2000:]
    by_file = {r["file"]: r for r in rows}
    assert len(by_file) == len(rows) and sorted(by_file) == files
    for row in rows:
        if row["accepted"]:
            assert row["reason"] is None and row["mime"] in ACCEPTED_IMAGES, row
            assert row["width"] > 0 and row["height"] > 0 and row["bytes"] > 0, row
        else:
            assert row["reason"] in REASONS, row
    expected = {"decompression_bomb.gif": "decompression_bomb", "truncated_jpeg.jpg": "corrupt",
                "truncated_image.png": "corrupt", "hopper.jpg": None, "hopper.webp": None,
                "hopper.tif": "unsupported_type", "README.md": "not_an_image"}
    for name, reason in expected.items():
        path = str(CORPUS / name)
        if path in by_file:
            assert by_file[path]["reason"] == reason, by_file[path]
    assert "Traceback" not in stderr
