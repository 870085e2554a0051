"""The large demo: the shape of a real seller's inbox, identical for the same N, and every
derived value (newest message, activity, unread counters) in step at the end."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from desktop.core import clock, demo_scale, inbox, users
from desktop.core import schema as m
from desktop.core.db import Database
from test_demo import dump

N = 30_000


@pytest.fixture(scope="module")
def scaled(tmp_path_factory):
    database = Database.open(f"sqlite:///{tmp_path_factory.mktemp('scale') / 'buzon.sqlite3'}")
    lines: list[str] = []
    summary = demo_scale.generate(database, N, progress=lines.append)
    yield database, summary, lines
    database.close()


def scalar(db, sql):
    return db.read(lambda s: s.execute(text(sql)).scalar())


def test_the_shape_of_a_busy_sellers_inbox(scaled):
    db, summary, lines = scaled
    wei = users.resolve(db, "wei")
    assert (summary.messages, summary.conversations, summary.orders, summary.products) == (N, N // 50, N // 100,
                                                                                          N // 200)
    generated = "SELECT count(*) FROM messages WHERE client_id LIKE 'scale-%'"
    assert scalar(db, generated) == N
    sizes = db.read(lambda s: [n for (n,) in s.execute(text(
        "SELECT count(*) FROM messages WHERE client_id LIKE 'scale-%' GROUP BY conversation_id"))])
    assert len(sizes) == N // 50
    assert sum(10 <= n <= 60 for n in sizes) / len(sizes) > 0.6            # most are 10-60 messages
    big = sorted(sizes)[-min(10, len(sizes) // 100):]
    assert all(N // 200 <= n <= N // 50 for n in big)                        # the wholesale buyers'
    totals = inbox.totals(db, wei)
    assert totals.conversations == N // 50 + 2                                # and the demo's two
    unread = scalar(db, f"SELECT count(*) FROM conversation_members WHERE user_id = {wei.id} AND unread_count > 0")
    assert 0.25 < unread / totals.conversations < 0.35
    first, last = db.read(lambda s: s.execute(select(func.min(m.Message.sent_at), func.max(m.Message.sent_at))).one())
    assert last - first > dt.timedelta(days=700)
    langs = db.read(lambda s: dict(s.execute(text(
        "SELECT lang, count(*) FROM messages WHERE kind = 'text' GROUP BY lang")).all()))
    assert {"es", "en", "zh"} <= set(langs) and min(langs[k] for k in ("es", "en", "zh")) > N // 20
    kinds = db.read(lambda s: dict(s.execute(text("SELECT kind, count(*) FROM messages GROUP BY kind")).all()))
    assert kinds["product_card"] > N // 100 and kinds["order_card"] > N // 200
    assert any(line.startswith("messages") for line in lines) and lines[-1].startswith("done in")


def test_the_texts_talk_like_buyers_and_a_seller(scaled):
    db, _, _ = scaled
    def count(pattern):
        return scalar(db, f"SELECT count(*) FROM messages WHERE text LIKE '%{pattern}%'")
    for words in ("no tracking information", "talla", "fotos reales", "退款", "运单号", "refund", "customs",
                  "aduanas", "real photos"):
        assert count(words) > 0, words
    numbers = db.read(lambda s: set(s.scalars(select(m.Order.number))))
    with_number = db.read(lambda s: list(s.scalars(select(m.Message.text).where(m.Message.text.like("%81%")).limit(200))))
    assert any(any(n in t for n in numbers) for t in with_number)             # order numbers in the text
    tracking = db.read(lambda s: set(s.scalars(select(m.Order.tracking_number).where(m.Order.tracking_number != ""))))
    texts = db.read(lambda s: list(s.scalars(select(m.Message.text).where(m.Message.text.like("%运单号%")))))
    assert any(any(t in x for t in tracking) for x in texts)                  # and tracking numbers


def test_everything_kept_per_write_is_in_step(scaled):
    db, _, _ = scaled
    assert scalar(db, """SELECT count(*) FROM conversations c
                         WHERE c.last_message_id IS NOT (SELECT max(id) FROM messages WHERE conversation_id = c.id)
                            OR c.last_activity_at != (SELECT sent_at FROM messages WHERE id = c.last_message_id)""") == 0
    assert scalar(db, """SELECT count(*) FROM conversation_members cm JOIN conversations c ON c.id = cm.conversation_id
                         WHERE cm.last_activity_at != c.last_activity_at""") == 0

    def mismatched(s):
        return [(mem.conversation_id, mem.user_id) for mem in s.scalars(select(m.ConversationMember))
                if mem.unread_count != inbox.unread_of(s, mem.user_id, mem.conversation_id,
                                                        mem.last_read_message_id, mem.cleared_before_message_id)]
    assert db.read(mismatched) == []
    assert db.read(lambda s: s.execute(text("PRAGMA integrity_check")).scalar()) == "ok"
    assert db.read(lambda s: s.execute(text("PRAGMA foreign_key_check")).all()) == []


def test_the_same_n_makes_the_same_database(tmp_path):
    a = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    b = Database.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    with clock.frozen(dt.datetime(2026, 12, 3, 12, 0)):     # the demo's open dispute is a day old when made
        demo_scale.generate(a, 2_000)
        demo_scale.generate(b, 2_000)
        assert dump(a) == dump(b)
        demo_scale.generate(b, 2_001)
        assert dump(a) != dump(b)
    a.close()
    b.close()


@pytest.mark.parametrize("n", [1, 49, 50, 51, 4_999])
def test_small_scales_add_exactly_n_messages(tmp_path, n):
    db = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    summary = demo_scale.generate(db, n)
    assert scalar(db, "SELECT count(*) FROM messages WHERE client_id LIKE 'scale-%'") == n
    assert summary.conversations == max(1, n // 50)
    db.close()


def test_the_command_prints_progress_and_refuses_to_overwrite_without_reset(data_dir, capsys):
    from desktop.cli import main

    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["demo", "--scale", "500"]) == 2
    assert "--reset" in capsys.readouterr().err
    assert main(["demo", "--reset", "--scale", "500"]) == 0
    out = capsys.readouterr().out
    assert "messages 500 / 500" in out and "500 more messages in 10 conversations" in out
    with pytest.raises(SystemExit) as exit_:
        main(["demo", "--reset", "--scale", "0"])
    assert exit_.value.code == 2


def test_every_order_in_dispute_has_its_dispute(scaled):
    """An order "in dispute" had no dispute at all (the page showed nothing to answer): each has
    one, escalated (months old: past every deadline but the marketplace's, which has none)."""
    db, _summary, _lines = scaled
    in_dispute = set(db.read(lambda s: s.scalars(select(m.Order.id).where(
        m.Order.status == m.OrderStatus.IN_DISPUTE)).all()))
    disputed = db.read(lambda s: {d.order_id: (d.state, d.deadline_at) for d in s.scalars(select(m.Dispute))})
    assert in_dispute and in_dispute <= set(disputed)
    demos = set(db.read(lambda s: s.scalars(select(m.Order.id).where(m.Order.number.like("81900000000001%"))).all()))
    assert all(disputed[o] == ("escalated", None) for o in in_dispute - demos)      # the demo's own are live
    waiting = [o for o, (state, deadline) in disputed.items() if state not in ("closed", "escalated")]
    assert all(disputed[o][1] is not None for o in waiting)
