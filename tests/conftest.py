"""Shared fixtures. The offscreen platform is set here, before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

import pytest

REPO = __import__("pathlib").Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh data folder, also exported so child processes and the CLI use it."""
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("BUZON_DATA_DIR", str(d))
    monkeypatch.delenv("BUZON_DATABASE_URL", raising=False)
    return d
