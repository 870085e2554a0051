"""The core's one clock: set by a test, by BUZON_NOW, or by `buzon --now`."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from desktop.core import clock
from desktop.core import schema as m
from desktop.core.errors import ExitCode, KnownError

AT = dt.datetime(2026, 12, 2, 10, 0, 0)


def test_frozen_clock_is_what_the_schema_stamps():
    with clock.frozen(AT):
        assert clock.now() == AT
        assert m.utcnow() == AT
    assert clock.now() != AT


def test_environment_sets_the_clock(monkeypatch):
    monkeypatch.setenv("BUZON_NOW", "2026-12-02T18:00:00+08:00")
    assert clock.now() == AT


@pytest.mark.parametrize("text", ["", "yesterday", "2026-13-40T00:00", "\x00", "9" * 400])
def test_a_bad_time_is_refused_as_usage(text):
    with pytest.raises(KnownError) as caught:
        clock.parse(text)
    assert caught.value.exit_code == ExitCode.USAGE


def test_now_option_sets_the_clock_of_a_command(tmp_path):
    # A message sent "at" a given time carries that time in the stored row.
    env_dir = str(tmp_path)
    out = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", env_dir, "--now", "2026-12-02T10:00:00Z",
                          "send", "--conversation", "1", "--text", "hola", "--json"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    shown = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", env_dir, "messages", "--conversation", "1",
                            "--json"], capture_output=True, text=True, timeout=120)
    assert '"2026-12-02T10:00:00' in shown.stdout


def test_bad_now_option_exits_with_usage(tmp_path):
    out = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "--now", "soon",
                          "conversations"], capture_output=True, text=True, timeout=60)
    assert out.returncode == int(ExitCode.USAGE)
    assert "not a time" in out.stderr and "Traceback" not in out.stderr
