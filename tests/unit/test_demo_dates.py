"""Every dated row of the demo is in the past of the demo's time (`buzon --now` at its
base_time, the time the docs and the screenshots use): no order placed, message sent or
tracking event scanned after "now"."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import DateTime

from desktop.core import clock, demo, demo_cases
from desktop.core import schema as m
from desktop.core.db import Database

# Times to come by their nature: a step's deadline, a typing lease.
AHEAD = {("cancellation_requests", "deadline_at"), ("disputes", "deadline_at"), ("presence", "until")}
BASE_TIME = dt.datetime.fromisoformat(json.loads(demo.marketplace_file().read_text("utf-8"))["base_time"])


def future_rows(db: Database, now: dt.datetime) -> list[str]:
    """`table.column = value` for each date after `now`, in every table (deadlines aside)."""
    found = []
    with db.engine.connect() as conn:
        for table in m.Base.metadata.sorted_tables:
            for col in table.columns:
                if not isinstance(col.type, DateTime) or (table.name, col.name) in AHEAD:
                    continue
                for (value,) in conn.execute(table.select().with_only_columns(col).where(col > now)):
                    found.append(f"{table.name}.{col.name} = {value}")
    return found


def test_the_demo_is_all_before_its_time(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    with clock.frozen(BASE_TIME):
        demo.ensure_demo(db, cases=True)
    assert future_rows(db, BASE_TIME) == []
    db.close()


def test_the_demo_made_today_is_all_before_today(tmp_path):
    """Made at another time (`buzon demo` without --now): its cases, dated from then, stay in the past too."""
    now = BASE_TIME + dt.timedelta(days=13, hours=5)
    db = Database.open(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    with clock.frozen(now):
        demo.ensure_demo(db)
        demo_cases.seed(db)
    assert future_rows(db, now) == []
    db.close()


def test_every_open_dispute_of_the_demo_has_its_deadline_ahead(tmp_path):
    """A dispute waiting on someone has the deadline of that step, after the demo's time: the
    first-start demo's (…107) had none, so it waited on the seller for ever."""
    db = Database.open(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    with clock.frozen(BASE_TIME):
        demo.ensure_demo(db, cases=True)
    waiting = db.read(lambda s: [(d.order_id, d.state, d.deadline_at) for d in s.query(m.Dispute)
                                 if d.state not in ("closed", "escalated")])
    assert waiting and all(deadline is not None and deadline > BASE_TIME for _o, _s, deadline in waiting), waiting
    db.close()
