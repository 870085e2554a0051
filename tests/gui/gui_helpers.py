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


def seed_order_cases(data_dir, at=None):
    """The demo with its orders in every state (`demo_cases`), made at `at` (the clock frozen
    there while they are made) or now."""
    from desktop.core import clock, demo_cases

    def seed():
        ctx = AppContext(data_dir=data_dir)
        demo_cases.seed(ctx.db())
        ctx.close()

    if at is None:
        seed()
    else:
        with clock.frozen(at):
            seed()
    return data_dir


def order_row(session, number):
    """The order row of `number` as the session's user reads it."""
    from sqlalchemy import select

    from desktop.core import orders, users
    from desktop.core import schema as m

    db = session.ctx.db()
    oid = db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == number)))
    return orders.order_rows(db, users.resolve(db, session.user.handle), [oid])[oid]


def order_section(qtbot, session, number, *, show=False):
    """The order page's cancellation and dispute section showing order `number`."""
    from desktop.gui.views.order_problems import OrderProblems

    w = OrderProblems(session)
    qtbot.addWidget(w)
    w.show_order(order_row(session, number))
    if show:
        w.show()
    wait_idle(qtbot, session)
    return w
