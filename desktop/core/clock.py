"""The one clock of the core: every deadline, timestamp and "how long ago" reads it.

By default it is the system's UTC time. Tests and the command line can set it, so that
deadlines (a 48-hour cancellation, a 5-day dispute answer, a 24-hour response target) are
tried without waiting:

- `BUZON_NOW=2026-12-02T10:00:00Z buzon …` or `buzon --now 2026-12-02T10:00:00Z …`;
- `with clock.frozen(at): …` in a test, or `clock.set_now(at)` / `clock.set_now(None)`.

Times are naive datetimes in UTC, as the schema stores them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.core.errors import ExitCode, KnownError

_fixed: dt.datetime | None = None

# The times the clock may be set to (naive UTC).
EARLIEST = dt.datetime(1970, 1, 1)
LATEST = dt.datetime(3000, 1, 1)


def parse(text: str) -> dt.datetime:
    """An ISO-8601 time as naive UTC ("2026-12-02T10:00:00Z", "…+08:00", or naive = UTC)."""
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    except (ValueError, OverflowError):     # OverflowError: an offset past year 1 or 9999
        raise KnownError(f"not a time: {text!r}",
                         hint="write it as ISO 8601, e.g. 2026-12-02T10:00:00Z",
                         exit_code=ExitCode.USAGE) from None
    if not EARLIEST <= value < LATEST:
        # Deadlines and the demo's two years of history are counted from it: far out, they
        # would leave the calendar.
        raise KnownError(f"{text.strip()} is out of range",
                         hint=f"give a time from {EARLIEST:%Y} to {LATEST.year - 1}, e.g. 2026-12-02T10:00:00Z",
                         exit_code=ExitCode.USAGE)
    return value


def now() -> dt.datetime:
    """The current time (naive UTC): the set time if there is one, else BUZON_NOW, else the system's."""
    if _fixed is not None:
        return _fixed
    env = os.environ.get("BUZON_NOW")
    if env:
        return parse(env)
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def set_now(value: dt.datetime | None) -> None:
    """Fix the clock at `value` (naive UTC), or give it back to the system with None."""
    global _fixed
    if value is not None and value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    _fixed = value


@contextmanager
def frozen(value: dt.datetime) -> Iterator[None]:
    """The clock stands at `value` inside the block."""
    before = _fixed
    set_now(value)
    try:
        yield
    finally:
        set_now(before)
