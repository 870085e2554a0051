"""Response times: the store's figures from its waits, and the auto-reply when away."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.cli import main
from desktop.core import clock, desk, desk_settings, messaging, quick_replies, stats, users
from desktop.core.context import AppContext
from desktop.core.errors import UsageError
from desktop.core.outbox import SendRequest, deliver

NOW = dt.datetime(2026, 11, 20, 9, 0)


def test_figures_of_the_demo_store(db, wei):
    with clock.frozen(NOW):
        got = stats.store_stats(db, wei, days=3)
    # Waits (UTC): 11-18 09:00 → 21:00, 11-18 18:36 → 11-19 04:12, 11-19 23:24 → 11-20 06:36, 11-20 07:48 open.
    assert got.answered_within_target == 1.0
    assert got.median_first_response_s == int(9.6 * 3600)
    assert (got.awaiting, got.overdue) == (1, 0)
    # days in Shanghai time: the open wait counts as received, not (yet) as answered
    assert [(d.date.isoformat(), d.received, d.answered_within_target) for d in got.days] == [
        ("2026-11-18", 1, 1), ("2026-11-19", 1, 1), ("2026-11-20", 2, 1)]


def test_a_wait_past_the_target_counts_against_and_no_response_removes_it(db, wei):
    with clock.frozen(NOW + dt.timedelta(days=1)):
        assert stats.store_stats(db, wei, days=7).answered_within_target == 0.75
        assert stats.store_stats(db, wei).overdue == 1
        desk.no_response(db, wei, 4)
        assert stats.store_stats(db, wei, days=7).answered_within_target == 1.0
        assert stats.store_stats(db, wei).awaiting == 0


def test_a_shorter_target_changes_the_share(db, wei):
    desk_settings.update(db, wei, response_target_minutes=8 * 60)
    with clock.frozen(NOW):
        assert stats.store_stats(db, wei, days=7).answered_within_target == pytest.approx(1 / 3, abs=1e-4)


def test_bad_days_and_a_buyer_are_refused(db, wei, lucia):
    with pytest.raises(UsageError):
        stats.store_stats(db, wei, days=0)
    with pytest.raises(UsageError):
        stats.store_stats(db, lucia)


@pytest.fixture
def ctx(tmp_path):
    c = AppContext(data_dir=tmp_path / "data")
    from desktop.core import demo

    demo.ensure_demo(c.db())
    db = c.db()
    wei = users.resolve(db, "wei")
    quick_replies.install_defaults(db, wei)
    desk_settings.update(db, wei, hours={d: "09:00-18:00" for d in desk_settings.WEEKDAYS}, away_reply="away")
    yield c
    c.close()


def _send(ctx, handle, text, at):
    db = ctx.db()
    with clock.frozen(at):
        return deliver(db, ctx, users.resolve(db, handle), SendRequest(text=text, conversation_id=4)).result


def _texts(ctx):
    db = ctx.db()
    return [(r.sender_handle, r.text) for r in messaging.page(db, users.resolve(db, "wei"), 4)]


def test_the_away_reply_answers_once_a_day_in_the_buyers_language(ctx):
    away_en = quick_replies.DEFAULTS["away"][1]["en"]
    _send(ctx, "james", "Still there?", NOW)                     # 17:00 in Shenzhen, and already awaiting
    assert away_en not in [t for _, t in _texts(ctx)]
    _send(ctx, "wei", "Yes, it leaves tomorrow.", NOW + dt.timedelta(minutes=30))
    _send(ctx, "james", "Great, thanks a lot!", NOW + dt.timedelta(hours=2))          # 19:00: away
    assert _texts(ctx)[-1] == ("wei", away_en)
    db = ctx.db()
    wei = users.resolve(db, "wei")
    with clock.frozen(NOW + dt.timedelta(hours=2)):
        assert [r.id for r in desk.iter_rows(db, wei, "awaiting")] == [4]     # not counted as a response
    _send(ctx, "wei", "You are welcome.", NOW + dt.timedelta(hours=3))
    _send(ctx, "james", "One more thing please", NOW + dt.timedelta(hours=4))   # the same local day
    assert [t for _, t in _texts(ctx)].count(away_en) == 1
    _send(ctx, "wei", "Sure.", NOW + dt.timedelta(hours=5))
    _send(ctx, "james", "Good morning to you", NOW + dt.timedelta(hours=15))    # 08:00 the next day there
    assert [t for _, t in _texts(ctx)].count(away_en) == 2


def test_no_auto_reply_in_hours_or_without_one_set(ctx):
    away_en = quick_replies.DEFAULTS["away"][1]["en"]
    _send(ctx, "wei", "Hello", NOW - dt.timedelta(hours=3))
    _send(ctx, "james", "Hello back to you", NOW - dt.timedelta(hours=2))        # 15:00 there: open
    db = ctx.db()
    desk_settings.update(db, users.resolve(db, "wei"), away_reply="")
    _send(ctx, "wei", "Hi", NOW + dt.timedelta(hours=1))
    _send(ctx, "james", "Are you there now?", NOW + dt.timedelta(hours=2))
    assert away_en not in [t for _, t in _texts(ctx)]


def test_stats_from_the_command_line(data_dir, capsys):
    code = main(["--now", "2026-11-20T09:00:00Z", "--user", "wei", "stats", "--days", "3", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    got = json.loads(out)
    assert set(got) == {"answered_within_target", "median_first_response_s", "awaiting", "overdue", "days"}
    assert len(got["days"]) == 3 and set(got["days"][0]) == {"date", "received", "answered_within_target"}
    assert main(["--user", "lucia", "stats"]) == 2
