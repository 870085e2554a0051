"""Core fixtures: a real SQLite file with the demo in a temporary folder."""

from __future__ import annotations

import pytest

from desktop.core import demo, users
from desktop.core.db import Database


@pytest.fixture
def db(tmp_path):
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
