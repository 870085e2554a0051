"""The side panel about the buyer beside a seller's chat (issue 17 §6): name, local time and
language, the orders with this store (a click opens the order), earlier problems, labels;
toggled and remembered per account; a buyer has none."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import Qt

from desktop.core import buyer_profile, clock, demo_cases, desk

NOW = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture(autouse=True)
def frozen():
    with clock.frozen(NOW):
        yield


def main_window(qtbot, session):
    from desktop.gui.views.main_window import MainWindow

    w = MainWindow(session, start_view="messages")
    qtbot.addWidget(w)
    session.ready.emit(session.user)
    w.show()
    w.resize(1180, 760)       # room for the panel: a first window opens within its screen (offscreen: 800 px)
    wait_idle(qtbot, session)
    return w


def open_chat(qtbot, w, cid):
    w.messages.open_conversation(cid)
    qtbot.waitUntil(lambda: w.messages.open_conversation_id == cid, timeout=10_000)


def test_the_panel_shows_the_buyer_and_opens_an_order(qtbot, seller_session):
    s = seller_session
    demo_cases.seed(s.db)
    w = main_window(qtbot, s)
    panel = w.messages.buyer_panel
    assert panel is not None and panel.isHidden()
    open_chat(qtbot, w, 1)
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=10_000)
    want = buyer_profile.buyer_profile(s.db, s.user, 1)
    assert panel.isVisible() and panel.name.text() == "Lucía García"
    assert "Spanish" in panel.where.text() and "Madrid" in panel.where.text() and "@lucia" in panel.where.text()
    texts = [panel.orders.item(n).text() for n in range(panel.orders.count())]
    assert len(texts) == len(want.orders) > 1 and all(o.number in t for o, t in zip(want.orders, texts))
    tracked = next(o for o in want.orders if o.tracking_number)
    assert any(tracked.tracking_number in t for t in texts)
    problems = [panel.problems.item(n).text() for n in range(panel.problems.count())]
    assert any(t.startswith("Cancellation") and "8190000000000112" in t for t in problems)
    assert any(t.startswith("Dispute") and "8190000000000114" in t for t in problems)
    # A label put on the conversation (here, by the command line) shows after its change notice.
    desk.add_label(s.db, s.user, 1, "Return")
    qtbot.waitUntil(lambda: "Return" in panel.labels.text(), timeout=10_000)
    # A click on an order opens its page.
    n = [o.id for o in want.orders].index(tracked.id)
    item = panel.orders.item(n)
    rect = panel.orders.visualItemRect(item)
    qtbot.mouseClick(panel.orders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.current_view() == "orders"
    qtbot.waitUntil(lambda: tracked.number in w.orders.page.title.text(), timeout=10_000)


def test_the_panel_is_toggled_and_remembered(qtbot, seller_session):
    w = main_window(qtbot, seller_session)
    panel = w.messages.buyer_panel
    open_chat(qtbot, w, 4)
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=10_000)
    assert panel.toggle in w.conversations_menu.actions() and panel.toggle.isChecked()
    w.resize(800, 560)                                          # the smallest window: the chat keeps the room
    qtbot.waitUntil(lambda: panel.isHidden(), timeout=5000)
    # The action says the truth: no check mark beside a panel that is not there, and why.
    assert not panel.toggle.isChecked() and not panel.toggle.isEnabled()
    assert "wider window" in panel.toggle.text() and "widen the window" in panel.toggle.toolTip()
    panel.toggle.trigger()                                      # disabled: nothing happens
    assert panel.isHidden() and panel.wanted
    w.resize(1180, 760)
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=5000)
    assert panel.toggle.isChecked() and panel.toggle.isEnabled() and panel.toggle.text() == "&Buyer panel"
    panel.toggle.trigger()
    assert panel.isHidden()
    again = main_window(qtbot, seller_session)                 # the next window of this account
    assert not again.messages.buyer_panel.toggle.isChecked()
    open_chat(qtbot, again, 4)
    assert again.messages.buyer_panel.isHidden()
    again.messages.buyer_panel.toggle.trigger()
    qtbot.waitUntil(lambda: again.messages.buyer_panel.isVisible(), timeout=5000)


def test_a_buyer_has_no_panel(qtbot, session):
    w = main_window(qtbot, session)
    open_chat(qtbot, w, 1)
    assert w.messages.buyer_panel is None


def test_a_short_panel_shares_its_height_without_overlap(qtbot, seller_session):
    """Many orders and problems in a short window: the lists shrink (each keeps a row and
    scrolls) and the "Earlier problems" title sits between them, never over the orders."""
    s = seller_session
    demo_cases.seed(s.db)
    w = main_window(qtbot, s)
    w.resize(1100, 600)
    panel = w.messages.buyer_panel
    open_chat(qtbot, w, 1)
    qtbot.waitUntil(lambda: panel.profile is not None and panel.isVisible(), timeout=10_000)
    assert panel.orders.count() > 3 and panel.problems.count() >= 2
    qtbot.waitUntil(lambda: panel.problems.geometry().bottom() <= panel.contentsRect().bottom(), timeout=5000)
    orders, title, problems = panel.orders.geometry(), panel.problems_title.geometry(), panel.problems.geometry()
    assert orders.bottom() < title.top() and title.bottom() < problems.top()
    first = panel.orders.visualItemRect(panel.orders.item(0))
    assert panel.orders.height() >= first.height()


@pytest.mark.parametrize(("kind", "state", "said"), [
    ("dispute", "open", "Dispute open: waiting for your answer"),
    ("cancellation", "pending", "Cancellation requested: waiting for your answer"),
])
def test_a_problem_waiting_on_the_store_says_your_answer(qtbot, seller_session, kind, state, said):
    """The panel is the store's: a dispute waiting on it read "waiting for the seller" (the
    order page already said "your answer" to the store)."""
    w = main_window(qtbot, seller_session)
    problem = buyer_profile.BuyerProblem(order_id=1, order_number="8190000000000114", kind=kind, state=state,
                                         reason="not_received", at=NOW)
    text = w.messages.buyer_panel.problem_text(problem)
    assert text.splitlines()[-1] == said
