"""What the marketplace (role arbiter) may read to decide a dispute, on both backends.

The arbiter sees an order once its dispute is the marketplace's to decide: a dispute of the
order is escalated now, or its history has an escalation or a decision (so a decided case stays
readable after it is closed). Nothing else of the buyers' or the stores'. The same rule is
written twice: here as a SQLAlchemy condition (the core's listing and checks, SQLite and
PostgreSQL alike) and in `access.FUNCTIONS` as `buzon_arbiter_order` (row-level security);
`ARBITER_ACTIONS` is shared by both. docs/postgresql.md lists what the arbiter reads and writes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from desktop.core import schema as m
from desktop.core.kinds import CaseAction, DisputeState

# A step in an order's dispute history that makes it the marketplace's case.
ARBITER_ACTIONS = (CaseAction.ESCALATED.value, CaseAction.AUTO_ESCALATED.value, CaseAction.DECIDED.value)
DISPUTE_SUBJECT = "dispute"


def decides(order_id: Any) -> ColumnElement[bool]:
    """True for an order the marketplace decides (or decided): the condition on `order_id`."""
    d, e = m.Dispute, m.OrderEvent
    return or_(exists().where(d.order_id == order_id, d.state == DisputeState.ESCALATED.value),
               exists().where(e.order_id == order_id, e.subject == DISPUTE_SUBJECT, e.action.in_(ARBITER_ACTIONS)))


def decides_order(s: Session, order_id: int) -> bool:
    return s.scalar(select(m.Order.id).where(m.Order.id == order_id, decides(m.Order.id))) is not None
