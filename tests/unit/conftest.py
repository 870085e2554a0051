"""Core fixtures: the demo in a real database, once on each backend: a SQLite file in a
temporary folder, and a fresh PostgreSQL database (tests/pg_server.py)."""

from __future__ import annotations

import pytest

from desktop.core import demo, users
from desktop.core.db import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    if request.param == "postgresql":
        if request.node.get_closest_marker("sqlite_only"):
            pytest.skip("SQLite only")
        database = Database.open(request.getfixturevalue("pg_url"))
    else:
        database = Database.open(f"sqlite:///{tmp_path / 'buzon.sqlite3'}")
        demo.ensure_demo(database)
    yield database
    database.close()


@pytest.fixture
def lucia(db):
    return users.resolve(db, "lucia")


@pytest.fixture
def wei(db):
    return users.resolve(db, "wei")


@pytest.fixture
def james(db):
    return users.resolve(db, "james")
