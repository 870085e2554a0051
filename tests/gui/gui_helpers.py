"""Helpers shared by the GUI tests (a module of its own: conftest files cannot be imported by name)."""

from __future__ import annotations

from desktop.core.context import AppContext
from desktop.gui.app import create_app
from desktop.gui.session import Session


def wait_idle(qtbot, session, timeout=10000):
    qtbot.waitUntil(lambda: not session.busy, timeout=timeout)


def wait_changes_seen(qtbot, session, timeout=10000):
    """Until the session has told its views of every change written so far (its poll may be
    one tick behind a write that `wait_idle` saw end), then until what they asked is done."""
    from desktop.core import changes

    newest = changes.latest_id(session.db)
    qtbot.waitUntil(lambda: session.last_change >= newest, timeout=timeout)
    wait_idle(qtbot, session, timeout)


def open_session(qtbot, data_dir, handle=None, poll_ms=50):
    create_app("en")
    s = Session(AppContext(data_dir=data_dir, user_handle=handle), poll_ms=poll_ms)
    s.start()
    qtbot.waitUntil(lambda: s.user is not None, timeout=15000)
    return s
