"""Fixtures for the attachment tests: default limits and a fresh store per test."""

from __future__ import annotations

import pytest

from desktop.core.attachments import Limits


@pytest.fixture
def limits() -> Limits:
    return Limits()


@pytest.fixture
def store(tmp_path):
    return tmp_path / "attachments"


@pytest.fixture
def thumbs(tmp_path):
    return tmp_path / "thumbnails"
