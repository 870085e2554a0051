"""Shared fixtures. The offscreen platform is set here, before anything imports Qt.

Errors cannot hide in a test either (qutebrowser's "logfail"): a test during which an
ERROR was logged fails, and so one during which an op failed with nothing to show it
(the worker logs that as an error). A bug reaching `sys.excepthook` (an op's function or
a callback raising anything but a KnownError) fails it through pytest-qt's own hook. A
test that provokes an error on purpose says so with `@pytest.mark.logs_errors` and
checks the records itself (the `logged_errors` fixture).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

import pytest

# tests/pg_server.py skips with this reason; under CI=true such a skip fails the run (below).
PG_SKIP_PREFIX = "PostgreSQL unavailable"

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def pytest_configure(config):
    config.addinivalue_line("markers", "logs_errors: the test logs errors on purpose and checks them itself")
    config.addinivalue_line("markers", "sqlite_only: what the test checks exists on SQLite only (files, FTS5, pragmas)")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true a PostgreSQL test that was skipped (no server) fails the run: CI installs
    the server (make system-deps), so a skip there means the backend went untested."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI", "").lower() == "true" and isinstance(report.longrepr, tuple):
        reason = str(report.longrepr[2])
        if PG_SKIP_PREFIX in reason:
            report.outcome = "failed"
            report.longrepr = f"{reason} (CI=true: the PostgreSQL backend must be tested)"


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server for the session (tests/pg_server.py), or a skip with the reason."""
    from pg_server import PgServer          # imported here: this file is also copied alone by a test

    try:
        server = PgServer.start()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_templates(pg_server):
    """Databases migrated to head and holding the demo, copied for each test that needs one: one
    made at the system's time, and one for each time a test had frozen the clock at (the demo's
    orders take their steps at the time they are made, as a SQLite test's demo does)."""
    made: dict = {}
    yield made
    for name in made.values():
        pg_server.drop_database(name)


def _template(pg_server, made: dict) -> str:
    import datetime as dt

    from desktop.core import clock, demo
    from desktop.core.db import Database

    frozen = getattr(clock, "_fixed", None) or os.environ.get("BUZON_NOW")
    if frozen not in made:
        name = pg_server.new_name("template")
        database = Database.open(pg_server.create_database(name))
        try:
            if frozen is None:      # the system's time, whatever it is when a later test copies it
                with clock.frozen(dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)):
                    demo.ensure_demo(database)
            else:
                demo.ensure_demo(database)
        finally:
            database.close()
        made[frozen] = name
    return made[frozen]


@pytest.fixture
def pg_url(pg_server, pg_templates):
    """The URL of a fresh PostgreSQL database holding the demo, dropped after the test."""
    name = pg_server.new_name()
    url = pg_server.create_database(name, template=_template(pg_server, pg_templates))
    yield url
    pg_server.drop_database(name)


class ErrorRecords(logging.Handler):
    """Keeps every record of level ERROR or above."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def logged_errors(request):
    """Fails the test if an ERROR was logged during it, unless it is marked `logs_errors`."""
    handler = ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler.records
    finally:
        root.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("logs_errors") is None:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"errors were logged during the test:\n{lines}", pytrace=False)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh data folder, also exported so child processes and the CLI use it."""
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("BUZON_DATA_DIR", str(d))
    monkeypatch.delenv("BUZON_DATABASE_URL", raising=False)
    return d
