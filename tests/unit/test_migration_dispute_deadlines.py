"""Migration 0013_dispute_deadlines on SQLite and PostgreSQL: an open dispute with no deadline
and no refund asked (as 0006 left the disputes before it, and the first-start demo made its
own until today) gets the seller's deadline, 5 days after it opened, and the order's total;
disputes that have their own keep them."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import select

from desktop.core import schema as m
from desktop.core.migrations import current_revision, head_revision, run


def test_an_open_dispute_without_a_deadline_gets_one(db):
    def rows(s):
        return {d.order_id: (d.state, d.deadline_at, d.amount_cents, d.created_at) for d in s.scalars(select(m.Dispute))}

    before = db.read(rows)
    assert before
    run(db, command.downgrade, "0012_return_address")
    opened = dt.datetime(2026, 10, 30, 9, 0)
    oid = next(iter(before))
    db.write(lambda s: s.execute(m.Dispute.__table__.update().where(m.Dispute.order_id == oid)
                                 .values(deadline_at=None, amount_cents=0, created_at=opened, state="open",
                                         refund_kind="full")))
    run(db, command.upgrade, "head")
    assert current_revision(db) == head_revision()
    after = db.read(rows)
    total = db.read(lambda s: s.get(m.Order, oid).total_cents)
    assert after[oid] == ("open", opened + dt.timedelta(days=5), total, opened)
    assert {k: v for k, v in after.items() if k != oid} == {k: v for k, v in before.items() if k != oid}
