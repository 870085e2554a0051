"""GUI fixtures: a session (worker + database) on a fresh data folder, per test."""

from __future__ import annotations

import pytest

from desktop.core.context import AppContext
from desktop.gui.app import create_app
from desktop.gui.session import Session


def wait_idle(qtbot, session, timeout=10000):
    qtbot.waitUntil(lambda: not session.busy, timeout=timeout)


def open_session(qtbot, data_dir, handle=None, poll_ms=50):
    create_app("en")
    s = Session(AppContext(data_dir=data_dir, user_handle=handle), poll_ms=poll_ms)
    s.start()
    qtbot.waitUntil(lambda: s.user is not None, timeout=15000)
    return s


@pytest.fixture
def session(qtbot, data_dir):
    s = open_session(qtbot, data_dir)
    yield s
    s.close()


@pytest.fixture
def seller_session(qtbot, data_dir, session):
    s = open_session(qtbot, data_dir, "wei")
    yield s
    s.close()


@pytest.fixture
def window(qtbot, session):
    from desktop.gui.views.main_window import MainWindow

    w = MainWindow(session)
    qtbot.addWidget(w)
    session.ready.emit(session.user)   # the session opened before the window: replay its start
    w.show()
    wait_idle(qtbot, session)
    return w
