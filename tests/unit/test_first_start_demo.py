"""The window's first start makes the demo with its orders that went wrong (a new user of
`make run` saw no cancellation or dispute: only `buzon demo --reset` made them); a command's
first start and the tests' folders make it without them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop import cli
from desktop.core import schema as m
from desktop.core.context import AppContext

PENDING_CANCELLATION = "8190000000000111"       # demo_cases: a request awaiting the store


def _has_cases(ctx: AppContext) -> bool:
    with ctx.db().session() as s:
        return s.scalar(select(m.Order.id).where(m.Order.number == PENDING_CANCELLATION)) is not None


@pytest.mark.sqlite_only
def test_only_the_window_seeds_the_cases(tmp_path):
    assert not _has_cases(AppContext(data_dir=tmp_path / "command"))
    assert _has_cases(AppContext(data_dir=tmp_path / "window", demo_cases=True))


@pytest.mark.sqlite_only
def test_opening_the_window_asks_for_them(tmp_path, monkeypatch):
    import desktop.gui.app as app

    seen: list[AppContext] = []
    monkeypatch.setattr(app, "run_gui", lambda ctx, view: seen.append(ctx) or 0)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert seen and seen[0].demo_cases and _has_cases(seen[0])
