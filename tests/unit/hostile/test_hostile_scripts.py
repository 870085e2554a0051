"""The project's own scripts given what they do not expect: a usage error (exit 2) with one
line naming the file, never a traceback or a hang (a real process each, as they are run)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
HELDOUT = ROOT / "scripts" / "policy_heldout.py"


def _heldout(*argv, cwd=None):
    return subprocess.run([sys.executable, str(HELDOUT), *argv], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)


def _pair(folder: Path, blocked, clean) -> Path:
    for suffix, content in (("blocked", blocked), ("clean", clean)):
        path = folder / f"set_{suffix}.tsv"
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif callable(content):
            content(path)
    return folder / "set"


ONE_BLOCKED = b"es\tapp\thablame por wasap\n"
ONE_CLEAN = b"es\thola, \xc2\xbftienen talla M?\n"

CASES = {
    "both empty": (b"", b"", "no rows"),
    "no clean row": (ONE_BLOCKED, b"\n\n", "no rows"),
    "no blocked row": (b"", ONE_CLEAN, "no rows"),
    "a FIFO": (lambda p: os.mkfifo(p), ONE_CLEAN, "not a regular file"),
    "/dev/zero": (lambda p: p.symlink_to("/dev/zero"), ONE_CLEAN, "not a regular file"),
    "a folder": (lambda p: p.mkdir(), ONE_CLEAN, "not a regular file"),
    "not UTF-8": (b"es\tapp\t\xff\xfe\n", ONE_CLEAN, "not UTF-8"),
    "a column short": (b"es\thola\n", ONE_CLEAN, "2 columns, expected 3"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_policy_heldout_refuses_a_set_it_cannot_count_with_exit_2(tmp_path, case):
    """Empty sets ended in ZeroDivisionError, a FIFO hung, /dev/zero in MemoryError."""
    blocked, clean, said = CASES[case]
    done = _heldout(str(_pair(tmp_path, blocked, clean)))
    assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr, done
    assert done.stderr.count("\n") == 1 and ("set_blocked.tsv" in done.stderr or "set_clean.tsv" in done.stderr)


@pytest.mark.parametrize("argv", [[], ["--bogus"], ["a", "b"], ["/nowhere/set"], ["\udcff"]])
def test_policy_heldout_bad_arguments_are_exit_2(tmp_path, argv):
    done = _heldout(*argv, cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done


def test_policy_heldout_counts_a_set(tmp_path):
    done = _heldout(str(_pair(tmp_path, ONE_BLOCKED, ONE_CLEAN)))
    assert done.returncode == 0 and "caught 1/1" in done.stdout and "clean refused 0/1" in done.stdout, done


def test_policy_heldout_counts_the_misses_by_class_never_their_text(tmp_path):
    blocked = ONE_BLOCKED + "es\tlink\tbuenos días, ¿cuándo llega?\nes\tlink\tgracias por todo\n".encode()
    done = _heldout(str(_pair(tmp_path, blocked, ONE_CLEAN)))
    assert done.returncode == 0 and "caught 1/3" in done.stdout and "missed by class: link 2" in done.stdout, done
    assert "buenos" not in done.stdout and "gracias" not in done.stdout


TRAIN = ROOT / "scripts" / "train_policy_intent.py"


@pytest.mark.parametrize("argv", [
    ["--target", "nan"], ["--target", "-1"], ["--target", "2"], ["--target", "1"], ["--target", "x"],
    ["--strict-target", "1e309"], ["--caution-target", "inf"], ["--clean-weight", "inf"],
    ["--clean-weight", "-5"], ["--clean-weight", "0"], ["--clean-weight", "nan"],
    ["--mention-target", "1"], ["--mention-target", "nan"], ["--mention-target", "-0.1"],
])
def test_training_refuses_a_target_or_weight_out_of_range_before_writing_the_model(argv):
    """--target 2 trained a model refusing 30% of ordinary messages and wrote it over the
    shipped one; nan and 1e309 ended in tracebacks. Refused by the parser: nothing is trained."""
    model = ROOT / "resources" / "policy" / "intent_model.bin"
    before = model.stat().st_mtime_ns
    out = subprocess.run([sys.executable, str(TRAIN), *argv], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert out.returncode == 2, out.stderr[-500:]
    assert "Traceback" not in out.stderr
    assert argv[0] in out.stderr
    assert model.stat().st_mtime_ns == before
