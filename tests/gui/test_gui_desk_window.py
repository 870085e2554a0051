"""The desk in the main window (issue 17 §5, §7): a seller's overdue count in the title and
the tray, kept current from the filter bar's counts; the desk's keyboard shortcuts."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import open_session, wait_idle

from desktop.core import clock, desk, messaging, users
from desktop.gui.ops.conversations import InboxFilter

NOW = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture(autouse=True)
def frozen():
    with clock.frozen(NOW):
        yield


@pytest.fixture
def lina_session(qtbot, data_dir, session):
    s = open_session(qtbot, data_dir, "lina")
    yield s
    s.close()


def main_window(qtbot, session):
    from desktop.gui.views.main_window import MainWindow

    w = MainWindow(session, start_view="messages")
    qtbot.addWidget(w)
    session.ready.emit(session.user)
    w.show()
    wait_idle(qtbot, session)
    return w


def test_the_title_and_the_tray_count_overdue_conversations(qtbot, lina_session):
    s = lina_session
    w = main_window(qtbot, s)
    overdue = desk.counts(s.db, s.user)["overdue"]
    assert overdue >= 1
    qtbot.waitUntil(lambda: f"{overdue} overdue)" in w.windowTitle(), timeout=10_000)
    assert w.windowTitle().count("Buzón") == 1 and w.windowTitle().count(s.user.name) == 1
    assert w.tray.summary.endswith(f"{overdue} overdue") and w.tray.overdue_action.isVisible()
    # Answering the overdue conversation takes it out: the title follows the counts.
    cid = desk.view_ids(s.db, s.user, "overdue")[0]
    messaging.send(s.db, s.user, cid, "Lo siento por la espera.")
    left = overdue - 1
    qtbot.waitUntil(lambda: (f"{left} overdue)" in w.windowTitle()) if left else "overdue" not in w.windowTitle(),
                    timeout=10_000)
    assert w.tray.overdue_action.isVisible() == bool(left)


@pytest.mark.qt_log_ignore("This plugin does not support raise")      # offscreen: the window is raised first
def test_the_tray_menu_opens_the_overdue_view(qtbot, lina_session):
    w = main_window(qtbot, lina_session)
    qtbot.waitUntil(lambda: w.tray.overdue_action.isVisible(), timeout=10_000)
    w.show_view("products")
    w.tray.overdue_action.trigger()
    assert w.current_view() == "messages"
    qtbot.waitUntil(lambda: w.messages.model.view == InboxFilter("overdue"), timeout=10_000)
    assert w.messages.filters.buttons["overdue"].isChecked()


def test_a_buyer_title_has_no_overdue(qtbot, session):
    w = main_window(qtbot, session)
    db = session.db
    wei = users.resolve(db, "wei")
    cid = desk.view_ids(db, session.user, "all")[0]
    messaging.send(db, wei, cid, "Hola")
    qtbot.waitUntil(lambda: w.windowTitle().startswith("("), timeout=10_000)
    assert "overdue" not in w.windowTitle() and not w.tray.overdue_action.isVisible()
