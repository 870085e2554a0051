"""A conversation of 10,000 messages: the time to its first screen (the model loads one
page), against loading the whole conversation as a naive model would (goal <= 50 ms)."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_helpers import median, open_session, open_window, report
from sqlalchemy import insert

from desktop.core import conversations, demo, messaging, schema as m, users
from desktop.core.db import Database

N = 10_000


def build(data):
    db = Database.open(f"sqlite:///{data / 'buzon.sqlite3'}")
    demo.ensure_demo(db)
    lucia, wei = users.resolve(db, "lucia"), users.resolve(db, "wei")
    now = m.utcnow()
    rows = [dict(conversation_id=1, sender_id=(lucia.id if n % 2 else wei.id), kind=m.MessageKind.TEXT,
                 text=f"Mensaje número {n}: ¿cuándo llega el paquete?", lang="es", client_id=f"bench-{n}",
                 created_at=now, sent_at=now) for n in range(N)]
    db.write(lambda s: s.execute(insert(m.Message), rows))
    db.close()


def test_first_screen_of_10k_messages(benchmark, qtbot, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    build(data)
    session = open_session(qtbot, data)
    window = open_window(qtbot, session)
    window.show_view("messages")
    row = conversations.list_conversations(session.db, session.user, [1])[0]
    chat = window.messages.chat

    def open_first_screen():
        chat.model = None
        chat.conversation_id = None
        start = time.perf_counter()
        chat.open(row)
        qtbot.waitUntil(lambda: chat.model.rowCount() > 0, timeout=20000)
        chat.list.viewport().repaint()
        return (time.perf_counter() - start) * 1000

    ours = [open_first_screen() for _ in range(7)]

    def whole_conversation():
        start = time.perf_counter()
        ids = messaging.visible_ids(session.db, session.user, 1)
        messaging.rows_by_id(session.db, session.user, 1, ids)
        return (time.perf_counter() - start) * 1000

    naive = [whole_conversation() for _ in range(3)]
    benchmark.pedantic(lambda: None, rounds=1)
    ratio = report("10,000-message conversation, first screen", median(ours), median(naive), "ms",
                   "<= 50 ms (baseline: reading the whole conversation)")
    benchmark.extra_info.update(ours_ms=median(ours), baseline_ms=median(naive), ratio=ratio)
    window.close()
    session.close()
