"""The window on PostgreSQL acts as the login role's user (docs/postgresql.md "Who acts"): opened
as `james` with `--user lucia` it used to show an empty inbox under Lucía's name; now it stops
with the window's message naming the login (in the window's language), and without `--user` it
opens James's own inbox."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from desktop.core import access
from desktop.core.context import AppContext
from desktop.core.db import Database
from desktop.gui.app import create_app
from desktop.gui.errors import explain
from desktop.gui.session import Session


def _session(qtbot, folder, url, handle):
    s = Session(AppContext(data_dir=folder, database_url=url, user_handle=handle))
    failures: list[BaseException] = []
    s.fatal.connect(failures.append)
    s.start()
    qtbot.waitUntil(lambda: s.user is not None or bool(failures), timeout=15000)
    return s, failures


def test_the_window_acts_as_the_login_and_refuses_another_user(qtbot, data_dir, pg_server, pg_url):
    owner = Database.open(pg_url)
    access.init(owner)
    access.demo_roles(owner)
    owner.close()
    as_james = pg_server.url(make_url(pg_url).database, user="james", password="james")
    create_app("es")
    other, failures = _session(qtbot, data_dir, as_james, "lucia")
    try:
        assert other.user is None and len(failures) == 1
        said = explain(failures[0])
        assert said.reason.startswith("Esta conexión inicia sesión como james") and "lucia" in said.reason
        assert "postgresql://lucia@HOST/DB" in said.hint
    finally:
        other.close()
    own, failures = _session(qtbot, data_dir, as_james, None)
    try:
        assert not failures and own.user is not None and own.user.handle == "james"
    finally:
        own.close()
