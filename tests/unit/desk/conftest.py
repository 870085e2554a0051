"""The desk's tests run commands in process with `--now`, which sets the core's clock for the
process: it is given back to the system after each test."""

from __future__ import annotations

import pytest

from desktop.core import clock


@pytest.fixture(autouse=True)
def system_clock_after():
    yield
    clock.set_now(None)
