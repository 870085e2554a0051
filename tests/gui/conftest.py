"""GUI fixtures: a session (worker + database) on a fresh data folder, per test."""

from __future__ import annotations

import pytest

from conftest_attachments import att_db_session, att_session  # noqa: F401 - fixtures of the attachment tests
from gui_helpers import open_session, wait_idle


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


@pytest.fixture
def english_locale():
    """Numbers written as an English reader's (the process's default locale depends on the machine)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def wei_window(qtbot, data_dir, session):
    """The main window of Wei, a seller of the demo's first store, and his session."""
    from desktop.gui.views.main_window import MainWindow

    s = open_session(qtbot, data_dir, "wei")
    w = MainWindow(s)
    qtbot.addWidget(w)
    s.ready.emit(s.user)
    w.show()
    wait_idle(qtbot, s)
    yield w, s
    s.close()
