"""`buzon demo` on PostgreSQL (issue 18 §2, §4): row-level security on and a login role per
demo user, the agent Mei included; each connects as themselves and sees the team's demo
(Lucía's conversation is Mei's, with Mei's note), which the buyer's own role cannot read."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.core import desk, team, users
from desktop.core.db import Database


def test_the_demo_on_postgresql_gives_each_person_a_login(pg_server, pg_url, data_dir, capsys):
    from desktop.cli import main

    assert main(["--database", pg_url, "demo", "--reset"]) == 0
    out = capsys.readouterr().out
    assert "login roles" in out and "mei" in out
    name = make_url(pg_url).database
    mei_db = Database.open(pg_server.url(name, user="mei", password="mei"))
    lucia_db = Database.open(pg_server.url(name, user="lucia", password="lucia"))
    try:
        mei = users.resolve(mei_db, "mei")
        assert team.conversation_ids(mei_db, mei, "mine") == [1]
        assert [(n.author, n.text[:9]) for n in team.notes(mei_db, mei, 1)] == [("mei", "VIP buyer")]
        assert {r.id: r.assignee for r in desk.desk_page(mei_db, mei).rows} == {1: "mei", 4: None}
        # The buyer's own role: no note, no assignment, whatever SQL she sends.
        assert lucia_db.read(lambda s: s.execute(text("SELECT count(*) FROM internal_notes")).scalar()) == 0
        assert lucia_db.read(lambda s: s.execute(text("SELECT count(*) FROM assignments")).scalar()) == 0
    finally:
        mei_db.close()
        lucia_db.close()


def test_the_demo_on_sqlite_makes_no_roles(data_dir, capsys):
    from desktop.cli import main

    assert main(["demo", "--reset"]) == 0
    assert "login roles" not in capsys.readouterr().out
