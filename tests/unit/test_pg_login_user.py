"""On PostgreSQL the acting user is the login role's user (issue 18 §2; docs/postgresql.md "Who
acts"): connected as `james`, `--user lucia` used to exit 0 with an empty list (row-level
security hid Lucía's rows, and nothing said why). Now it is exit 2 naming the login; without
`--user` the login's user acts; the owner (here the test's superuser) acts as `--user` says, as
before. Through the CLI's real entry point, on the real server (tests/pg_server.py)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.engine import make_url

from desktop.cli import main


@pytest.fixture
def server_db(pg_server, pg_url, data_dir, capsys):
    """The demo database with row-level security on and a login role per demo user, set up by
    the owner through `buzon admin`; (the database's name, the owner's URL)."""
    assert main(["--database", pg_url, "admin", "init"]) == 0
    assert main(["--database", pg_url, "admin", "demo-roles"]) == 0
    capsys.readouterr()
    return make_url(pg_url).database, pg_url


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_another_persons_user_on_ones_own_login_is_refused_naming_the_login(pg_server, server_db, capsys):
    name, _owner = server_db
    as_james = pg_server.url(name, user="james", password="james")
    code, out, err = _run(capsys, "--database", as_james, "--user", "lucia", "conversations", "--json")
    assert code == 2 and out == ""
    assert "logs in as james" in err and "lucia" in err and "--user" in err
    # every command resolves the user the same way: a write too, with nothing written
    code, _out, err = _run(capsys, "--database", as_james, "--user", "lucia", "send", "--conversation", "1",
                           "--text", "hola")
    assert code == 2 and "logs in as james" in err
    code, out, _err = _run(capsys, "--database", pg_server.url(name, user="lucia", password="lucia"),
                           "messages", "--conversation", "1", "--json")
    assert code == 0 and "hola" not in [m["text"] for m in json.loads(out)]


def test_without_user_the_login_roles_user_acts(pg_server, server_db, capsys):
    name, _owner = server_db
    as_james = pg_server.url(name, user="james", password="james")
    code, implied, err = _run(capsys, "--database", as_james, "conversations", "--json")
    assert code == 0, err
    code, named, err = _run(capsys, "--database", as_james, "--user", "james", "conversations", "--json")
    assert code == 0, err
    assert implied == named and json.loads(implied)          # James's own, not the demo buyer's (empty)
    # a seller's login without --user: the store's inbox
    code, out, err = _run(capsys, "--database", pg_server.url(name, user="wei", password="wei"), "users")
    assert code == 0, err
    code, out, err = _run(capsys, "--database", pg_server.url(name, user="wei", password="wei"),
                          "conversations", "--json")
    assert code == 0 and len(json.loads(out)) > 1, err


def test_the_owner_still_acts_as_user_says(pg_server, server_db, capsys):
    """The owner sees past row-level security: `--user` picks whom it acts for, as on SQLite."""
    _name, owner = server_db
    code, out, err = _run(capsys, "--database", owner, "--user", "lucia", "conversations", "--json")
    assert code == 0 and json.loads(out), err
    code, _out, err = _run(capsys, "--database", owner, "--user", "nobody", "conversations")
    assert code == 2 and "Unknown user 'nobody'" in err


def test_a_login_role_that_is_no_user_is_told_so(pg_server, server_db, capsys):
    """A role with the group's rights but no user row saw nothing and acted as the demo buyer."""
    name, _owner = server_db
    pg_server.admin_execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'buzon_stranger') THEN "
        "CREATE ROLE buzon_stranger LOGIN PASSWORD 'stranger' IN ROLE buzon_users; END IF; END $$")
    url = pg_server.url(name, user="buzon_stranger", password="stranger")
    code, out, err = _run(capsys, "--database", url, "conversations", "--json")
    assert code == 2 and out == ""
    assert "logs in as buzon_stranger" in err and "admin create-user buzon_stranger" in err
