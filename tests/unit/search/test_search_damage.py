"""A damaged index: detected by the integrity check, never a traceback, never in the way of a
send, rebuilt with progress, and nothing else in the database touched."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.cli import main
from desktop.core import messaging, users
from desktop.core.db import Database
from desktop.core.search import build
from desktop.core.search import index as ix
from desktop.core.search.messages import search_messages
from desktop.core.search.results import SearchIndexDamaged

from conftest import all_postings


def other_tables(path) -> dict:
    """Every row of every table that is not the index's."""
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall()
                for n in names if not ix.is_index_table(n)}
    finally:
        con.close()


def damage(path, how: str) -> None:
    con = sqlite3.connect(path)
    if how == "structure":               # the record every read and write of the index starts from
        con.execute("UPDATE search_messages_data SET block = zeroblob(40) WHERE id = 10")
        con.commit()
        con.close()
        return
    rowid, block = con.execute("SELECT id, block FROM search_messages_data WHERE length(block) > 200 "
                               "ORDER BY length(block) DESC LIMIT 1").fetchone()
    b = bytearray(block)
    if how == "zeros":
        b[4:180] = bytes(176)
    else:
        b[20:60] = b"\xff" * 40                  # sizes that make FTS5 ask for absurd memory (SQLITE_NOMEM)
    con.execute("UPDATE search_messages_data SET block = ? WHERE id = ?", (bytes(b), rowid))
    con.commit()
    con.close()


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def big(data_dir):
    """The demo with enough messages for the index to have real data blocks."""
    path = data_dir / "buzon.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    from desktop.core import demo

    demo.ensure_demo(db)
    lucia = users.resolve(db, "lucia")
    for i in range(300):
        messaging.send(db, lucia, 1 + i % 3, f"hola mensaje {i} envío pedido número {8190000000000000 + i} 快递{i % 7}")
    db.close()
    return path


@pytest.mark.parametrize("how", ["zeros", "ff", "structure"])
def test_damage_is_detected_reported_and_rebuilt_touching_nothing_else(big, capsys, how):
    kept = all_postings(big)
    damage(big, how)
    code, out, err = run(capsys, "search", "--check", "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and report["damaged"] == ["messages"]
    code, _, err = run(capsys, "search", "--check")
    assert code == 1 and "damaged" in err and "buzon search --rebuild" in err
    for query in ("hola", "envi*", "快", "0104", "in:1 pedido"):
        code, out, err = run(capsys, "search", query, "--json")
        assert code in (0, 1) and "Traceback" not in err, (query, err)
        if code == 1:
            assert "search index" in err and "--rebuild" in err
    # a send goes through whatever the index's state
    code, out, err = run(capsys, "send", "--conversation", "1", "--text", "sigue funcionando", "--json")
    assert code == 0, err
    before = other_tables(big)
    code, out, err = run(capsys, "search", "--rebuild")
    assert code == 0 and "Building the search index: messages" in err and "rebuilt" in out
    assert other_tables(big) == before
    code, out, _ = run(capsys, "search", "--check")
    assert code == 0 and "complete and undamaged" in out
    code, out, _ = run(capsys, "search", "sigue funcionando", "--json")
    assert [h["snippet"] for h in json.loads(out)] == ["sigue funcionando"]
    rebuilt = all_postings(big)
    assert len(rebuilt["messages"]) > len(kept["messages"])        # the new message is in, the rest as before


def test_a_write_that_meets_damage_sets_the_index_aside(big):
    damage(big, "structure")
    db = Database.open(f"sqlite:///{big}")
    lucia = users.resolve(db, "lucia")
    con = sqlite3.connect(big)
    # the write meets the damage; it must still happen
    from sqlalchemy import delete

    from desktop.core import schema as m

    db.write(lambda s: s.execute(delete(m.Message).where(m.Message.id > 27)))
    assert con.execute("SELECT count(*) FROM messages").fetchone() == (27,)
    version = con.execute("SELECT value FROM search_state WHERE name = 'version'").fetchone()[0]
    con.close()
    assert version == 0                             # the damage was met: searches now ask for a rebuild
    with pytest.raises(SearchIndexDamaged):
        search_messages(db, lucia, "hola")
    assert not build.check(db).current
    sent = messaging.send(db, lucia, 1, "hola de nuevo").message_id   # later writes leave the index alone
    build.rebuild(db)
    assert [h.message_id for h in search_messages(db, lucia, "hola").hits] == [sent, 15, 2]
    db.close()
