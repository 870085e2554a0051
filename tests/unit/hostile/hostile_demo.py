"""What the matrix's database holds, on SQLite (conftest's `demo_template`) and on PostgreSQL
(test_hostile_postgresql's template): made once, at the frozen DEMO_NOW."""

from __future__ import annotations

from hostile_cli import RETURN_ASKED

from desktop.core import demo, dispute_steps, quick_replies, users
from desktop.core.db import Database


def fill_template(db: Database) -> None:
    """What the matrix's database holds, on SQLite or PostgreSQL, made at the frozen DEMO_NOW."""
    demo.ensure_demo(db, cases=True)
    quick_replies.add(db, users.resolve(db, "wei"), "thanks", "Thanks", "¡Gracias, {buyer_name|amigo}!")
    dispute_steps.respond(db, users.resolve(db, "wei"), RETURN_ASKED, "return", text="请退回商品")
