"""SIGKILL in the middle of writes (the short run; `make soak` kills 1,000 senders): every
acknowledged send is stored exactly once, a send cut short and retried with its client id
is never doubled, the file stays intact, and the draft of an interrupted send comes back.

The first version of this test killed each `buzon send` process before its first write
(start-up takes about a second), so it proved nothing; the sender here stays alive and
sends continuously, and its phase log shows where each kill landed."""

from __future__ import annotations

import sqlite3

import pytest

from crash_loop import CONVERSATION, CrashFigures, RunLog, _check, make_database, run_crash_loop

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
KILLS = 20


def test_sigkill_inside_writes_loses_nothing(tmp_path):
    figures = run_crash_loop(tmp_path / "crash.sqlite3", tmp_path, kills=KILLS, seed=20261202)
    print(figures.summary())
    assert figures.problems == []
    assert figures.kills == KILLS and figures.integrity_ok == KILLS
    assert figures.acknowledged_missing == 0 and figures.duplicates == 0
    assert figures.acknowledged >= 1
    # The point of the loop: the kills reach the writes, the message's own included.
    assert figures.kills_inside_write >= KILLS // 4, figures.summary()
    assert figures.kills_inside_send_write >= 1, figures.summary()


def test_the_checks_catch_a_lost_message_a_double_and_a_lost_draft(tmp_path):
    """The checker is not a check that cannot fail: fed a database that lost an
    acknowledged message, holds a message twice and lost a draft, it says so."""
    path = tmp_path / "bad.sqlite3"
    make_database(path)
    con = sqlite3.connect(path)
    lucia = con.execute("SELECT id FROM users WHERE handle = 'lucia'").fetchone()[0]
    con.execute("INSERT INTO messages (store_id, conversation_id, sender_id, kind, text, lang, client_id, created_at, "
                "sent_at) SELECT store_id, conversation_id, sender_id, kind, 'mensaje r0-0', lang, 'dup-' || id, "
                "created_at, sent_at "
                "FROM messages WHERE conversation_id = ? LIMIT 2", (CONVERSATION,))
    con.commit()
    figures = CrashFigures(kills=1)
    log = RunLog(("ready", "D r0-1", "B", "C", "d r0-1", "S r0-1", "B"))
    _check(con, {"r0-0": 12345}, log, lucia, figures)
    con.close()
    assert figures.acknowledged_missing == 1 and figures.duplicates == 1
    assert any("acknowledged but missing" in p for p in figures.problems)
    assert any("duplicated" in p for p in figures.problems)
    assert any("draft ''" in p for p in figures.problems)


def test_a_draft_whose_send_never_started_may_stay(tmp_path):
    """Killed between saving a draft and sending it, a sender leaves that draft; the next
    sender, killed while saving its own, may leave it there too. Not a loss."""
    path = tmp_path / "left.sqlite3"
    make_database(path)
    con = sqlite3.connect(path)
    lucia = con.execute("SELECT id FROM users WHERE handle = 'lucia'").fetchone()[0]
    con.execute("INSERT INTO drafts (store_id, user_id, conversation_id, text, updated_at) "
                "SELECT store_id, ?, id, 'borrador r0-0', '2026-12-02 00:00:00' FROM conversations WHERE id = ?",
                (lucia, CONVERSATION))
    con.commit()
    figures = CrashFigures(kills=2)
    _check(con, {}, RunLog(("ready", "D r1-0", "B")), lucia, figures, previous_draft="borrador r0-0")
    assert figures.problems == []
    _check(con, {}, RunLog(("ready", "D r1-0", "B", "C", "d r1-0")), lucia, figures, previous_draft="borrador r0-0")
    con.close()
    assert figures.problems == ["kill 2: draft 'borrador r0-0', expected one of ['borrador r1-0']"]
