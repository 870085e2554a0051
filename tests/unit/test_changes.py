"""The change log speaks `ChangeKind`: written from the enum, read back as it, and a kind
this version does not know (a newer Buzón on the same file) is read as None, not an error."""

from __future__ import annotations

import pytest

from desktop.core import changes
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.kinds import ChangeKind


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'buzon.sqlite3'}")
    yield database
    database.close()


def test_kinds_round_trip(db):
    db.write(lambda s: changes.record(s, ChangeKind.ORDER, order_id=7, user_id=1))
    db.write(lambda s: changes.record(s, "read", conversation_id=3, user_id=2, message_id=9))
    rows = changes.since(db, 0)
    assert [c.kind for c in rows] == [ChangeKind.ORDER, ChangeKind.READ]
    assert all(isinstance(c.kind, ChangeKind) for c in rows)
    assert (rows[1].conversation_id, rows[1].message_id, rows[1].user_id) == (3, 9, 2)


def test_a_kind_from_a_newer_version_is_none_and_the_log_moves_on(db):
    db.write(lambda s: s.add(m.ChangeLog(kind="reaction")))
    db.write(lambda s: changes.record(s, ChangeKind.MESSAGE, conversation_id=1, message_id=1))
    rows = changes.since(db, 0)
    assert [c.kind for c in rows] == [None, ChangeKind.MESSAGE]
    assert changes.since(db, rows[-1].id) == []


def test_parse():
    assert ChangeKind.parse("delete") is ChangeKind.DELETE
    assert ChangeKind.parse("no such kind") is None
    assert ChangeKind.MESSAGE == "message"          # a str enum: old string comparisons keep working
