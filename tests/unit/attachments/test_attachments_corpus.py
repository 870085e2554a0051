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


def _run_batches(files: list[str], action: str, data_dir: Path) -> tuple[list[dict], str]:
    paths = [str(REPO)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths), BUZON_DATA_DIR=str(data_dir))
    env.pop("BUZON_DATABASE_URL", None)
    procs = []
    for i in range(BATCHES):
        batch = files[i::BATCHES]
        proc = subprocess.Popen([sys.executable, str(RUNNER), str(SECONDS_PER_FILE), str(EXTRA_MEMORY), action],
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


def _corpus_files() -> list[str]:
    files = sorted(str(p) for p in CORPUS.rglob("*") if p.is_file())
    assert files, "the corpus folder is empty"
    return files


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> dict[str, dict]:
    """`buzon attach check --json` on the whole corpus, once for this module."""
    rows, stderr = _run_batches(_corpus_files(), "check", tmp_path_factory.mktemp("data"))
    problems = [r for r in rows if "timed_out" in r or "exit" in r]
    assert problems == [], stderr[-2000:]
    assert "Traceback" not in stderr
    by_file = {r["file"]: r for r in rows}
    assert len(by_file) == len(rows)
    return by_file


def test_every_corpus_file_is_accepted_or_refused_with_a_reason(checked):
    assert sorted(checked) == _corpus_files()
    for row in checked.values():
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
        if path in checked:
            assert checked[path]["reason"] == reason, checked[path]


@pytest.mark.slow
def test_ingest_agrees_with_check_on_every_corpus_file(checked, tmp_path):
    """What `check` accepts, `ingest` stores as a clean JPEG or PNG; what it refuses, ingest refuses."""
    files = _corpus_files()
    rows, stderr = _run_batches(files, "ingest", tmp_path)
    problems = [r for r in rows if "timed_out" in r or "exit" in r]
    assert problems == [], stderr[-2000:]
    assert sorted(r["file"] for r in rows) == files
    for row in rows:
        verdict = checked[row["file"]]
        assert (row["accepted"], row["reason"]) == (verdict["accepted"], verdict["reason"]), row
        if row["accepted"]:
            assert row["mime"] in ("image/jpeg", "image/png") and Path(row["path"]).is_file(), row
    assert not list((tmp_path / "attachments").glob(".incoming-*"))
