"""NumPy's BLAS in a Buzón process (cli.main): one thread, since its only NumPy work is the
language detector's small products; a pool of a thread per core cost 0.1 s of CPU a `send`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import os, sys
from desktop.cli import main
code = main(["lang", "detect"])
print(len(os.listdir("/proc/self/task")), os.environ.get("OPENBLAS_NUM_THREADS"), code)
"""


def _threads_after_detecting(tmp_path: Path, **env: str) -> tuple[int, str, int]:
    environ = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    environ.update(XDG_CACHE_HOME=str(tmp_path / "cache"), BUZON_DATA_DIR=str(tmp_path / "data"), **env)
    out = subprocess.run([sys.executable, "-c", PROBE], input="¿Cuándo llega mi pedido a Madrid?\n", text=True,
                         capture_output=True, env=environ, timeout=300, check=True)
    assert out.stdout.startswith("es "), out.stdout          # the classifier ran: NumPy was loaded
    threads, setting, code = out.stdout.splitlines()[-1].split()
    return int(threads), setting, int(code)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts the threads in /proc")
def test_a_process_that_detects_a_language_runs_numpy_on_one_thread(tmp_path):
    threads, setting, code = _threads_after_detecting(tmp_path)
    assert (threads, setting, code) == (1, "1", 0)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts the threads in /proc")
def test_the_users_own_setting_wins(tmp_path):
    threads, setting, code = _threads_after_detecting(tmp_path, OPENBLAS_NUM_THREADS="2")
    assert (threads, setting, code) == (2, "2", 0)       # the probe sees a pool where there is one
