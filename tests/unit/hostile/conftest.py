"""Fixtures of the hostile-input matrix: one demo database made once and copied for each case,
the odd files thrown at file arguments, and an environment that reaches no network."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest
from hostile_cli import DEMO_NOW
from hostile_demo import fill_template

from desktop.core import clock
from desktop.core.db import Database


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo as made at DEMO_NOW, with its orders that went wrong (a cancellation pending, a
    partial offer, an escalated dispute, the marketplace's account: `demo_cases`), a return
    asked for and the store's quick reply `thanks`, so that commands get past their first check
    (hostile_cli.LEAF_VALUES names what each acts on)."""
    path = tmp_path_factory.mktemp("hostile-demo") / "buzon.sqlite3"
    with clock.frozen(clock.parse(DEMO_NOW)):
        db = Database.open(f"sqlite:///{path}")
        try:
            fill_template(db)
        finally:
            db.close()
    return path


@pytest.fixture(scope="session")
def specials(tmp_path_factory) -> Path:
    """A folder of things that are not the regular file an argument expects, and one that is."""
    d = tmp_path_factory.mktemp("hostile-files")
    os.mkfifo(d / "fifo")
    (d / "folder").mkdir()
    shutil.copyfile(Path(__file__).resolve().parents[3] / "resources" / "icons" / "buzon-64.png", d / "given.png")
    shutil.copyfile(d / "given.png", d / "unreadable.png")
    (d / "unreadable.png").chmod(0)
    (d / "given\n.png").write_bytes(b"x")
    return d


@pytest.fixture(scope="session")
def closed_port() -> int:
    """A local port nothing listens on: the pack index "reached" there refuses at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def case_dir(tmp_path, demo_template, closed_port, monkeypatch) -> Path:
    """A data folder holding a copy of the demo, used by the command under test."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(demo_template, data / "buzon.sqlite3")
    monkeypatch.setenv("BUZON_DATA_DIR", str(data))
    monkeypatch.delenv("BUZON_DATABASE_URL", raising=False)
    monkeypatch.setenv("BUZON_NOW", DEMO_NOW)
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", f"http://127.0.0.1:{closed_port}/index.json")
    monkeypatch.chdir(tmp_path)
    return data
