"""The matrix's PostgreSQL leg: every command, on a real server (tests/pg_server.py), connected
as the login role of the person it runs as (row-level security on, `admin init`, one role per
demo user, as on a store's server; `admin` as the database's owner), given the hostile values of
its ids, texts and words. A representative subset, not every value: the other kinds (numbers,
paths, choices) are refused by the parser before any database is opened, on either backend.

One database per command (copied from a template holding the matrix's demo), shared by that
command's hostile values; a command that can be done only once (its valid invocation fails when
run a second time: `admin create-user`, `dispute open`) gets a fresh copy after each value that
succeeded, so the next one meets the state the first met.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_cli import DEMO_NOW, argv_for, leaves, run_in_process
from hostile_demo import fill_template
from hostile_values import values_for
from sqlalchemy.engine import make_url
from test_hostile_arguments import FREE_WORDS, MUST_NOT_SUCCEED, SUBPROCESS

from desktop.core import access, clock
from desktop.core.db import Database

# The hostile values thrown on PostgreSQL, by kind: those the parser lets through (what it refuses
# never opens a database, on either backend), chosen for what a server reads differently from
# SQLite: the bigint's last value, an id that names nothing, text with control characters, LIKE's
# wildcards and quotes, a length past every column's.
LABELS = {
    "id": ("unknown", "id-newline", "max"),
    "ids": ("unknown", "repeated"),
    "text": ("empty", "control", "long-100k", "trailing-newline", "rtl"),
    "word": ("empty", "control", "long-100k", "unknown", "quote", "percent", "like", "handle-newline"),
}
EXTRA = {"id": {"max": str(2**63 - 1)}}
# PostgreSQL's text cannot hold the character 0 (SQLite's can). A real argv cannot carry one (the
# kernel's strings end there): it arrives through standard input, a paste or a file.
STDIN = b"hola \xff\xfe mundo\x00\r\na\x00b\n"

LEAVES = {leaf.name: leaf for leaf in leaves() if leaf.path[0] not in SUBPROCESS}


def _values(kind: str) -> dict[str, str]:
    every = values_for(kind, Path("/nowhere"))
    every = {**every, **EXTRA.get(kind, {})}
    return {label: every[label] for label in LABELS[kind] if label in every}


CASES = {name: [(option, label, value) for option in leaf.options if option.kind in LABELS
                for label, value in _values(option.kind).items()]
         for name, leaf in LEAVES.items()}


@pytest.fixture(scope="session")
def pg_matrix_template(pg_server):
    """The matrix's demo (hostile conftest's `fill_template`) on the server, with row-level
    security and a login role per user (password: the handle)."""
    name = pg_server.new_name("hostile")
    db = Database.open(pg_server.create_database(name))
    try:
        with clock.frozen(clock.parse(DEMO_NOW)):
            fill_template(db)
        access.init(db)
        access.demo_roles(db)
    finally:
        db.close()
    yield name
    pg_server.drop_database(name)


@pytest.fixture
def pg_case_dir(tmp_path, pg_server, pg_matrix_template, closed_port, monkeypatch):
    """A data folder with no database in it (the commands reach the server), and the name of a
    fresh copy of the matrix's database."""
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("BUZON_DATA_DIR", str(data))
    monkeypatch.setenv("BUZON_NOW", DEMO_NOW)
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", f"http://127.0.0.1:{closed_port}/index.json")
    monkeypatch.chdir(tmp_path)
    name = pg_server.new_name()
    pg_server.create_database(name, template=pg_matrix_template)
    yield data, name
    pg_server.drop_database(name)


def _url_for(pg_server, dbname: str, leaf) -> str:
    """The command's connection: the owner for `admin`, else the login role of whom it runs as."""
    if leaf.path[0] in ("admin", "demo"):
        return pg_server.url(dbname)
    handle = leaf.user[1] if leaf.user else "lucia"
    return pg_server.url(dbname, user=handle, password=handle)


@pytest.mark.logs_errors
@pytest.mark.parametrize("command", sorted(LEAVES))
def test_hostile_ids_and_texts_on_postgresql_end_in_a_documented_exit(command, pg_server, pg_case_dir, specials,
                                                                      pg_matrix_template, monkeypatch, logged_errors):
    data, dbname = pg_case_dir
    leaf = LEAVES[command]
    monkeypatch.setenv("BUZON_DATABASE_URL", _url_for(pg_server, dbname, leaf))
    found = []
    argv = argv_for(leaf, specials / "given.png", data.parent)
    if leaf.path == ("search",):
        argv = [a for a in argv if a not in ("--", "hola")] + ["--stdin"]
    baseline = run_in_process(argv, stdin=STDIN)
    problems = baseline.problems(json_out=leaf.has_json)
    if problems:
        found.append(baseline.report(["the valid invocation, NUL on standard input: " + "; ".join(problems)]))
    once = baseline.code == 0 and run_in_process(argv, stdin=STDIN).code != 0
    changed = once
    for option, label, value in CASES[command]:
        if changed:
            pg_server.drop_database(dbname)
            pg_server.create_database(dbname, template=pg_matrix_template)
        logged_errors.clear()
        outcome = run_in_process(argv_for(leaf, specials / "given.png", data.parent, replace=option, value=value))
        outcome.errors_logged = [r.getMessage()[:300] for r in logged_errors]
        problems = outcome.problems(json_out=leaf.has_json)
        changed = once and outcome.code == 0
        if outcome.code == 0 and label in MUST_NOT_SUCCEED.get(option.kind, ()) and option.dest not in FREE_WORDS:
            problems.append("silently accepted: exit 0 for what names nothing")
        if problems:
            found.append(f"[{option.name}={label}] " + outcome.report(problems))
    assert not found, "\n\n".join(found)


def test_the_leg_runs_as_the_roles_not_as_the_owner(pg_server, pg_case_dir):
    """The commands above connect as login roles under row-level security: a buyer's role sees
    nothing of another buyer's, and `--user` naming another is refused naming the login (it was
    exit 0 with an empty list)."""
    _data, dbname = pg_case_dir
    assert make_url(_url_for(pg_server, dbname, LEAVES["read"])).username == "lucia"
    assert make_url(_url_for(pg_server, dbname, LEAVES["dispute decide"])).username == "marketplace"
    as_james = pg_server.url(dbname, user="james", password="james")
    outcome = run_in_process(["--database", as_james, "--user", "lucia", "conversations", "--json"])
    assert outcome.code == 2 and outcome.stdout == "", outcome.report(["another's rows, or a silent empty list"])
    assert "logs in as james" in outcome.stderr, outcome.report(["the login is not named"])
    own = run_in_process(["--database", as_james, "--user", "james", "conversations", "--json"])
    assert own.code == 0 and json.loads(own.stdout), own.report(["the role sees nothing of its own"])


def test_a_nul_character_on_postgresql_is_a_usage_error_not_a_bug(pg_server, pg_case_dir):
    """A draft or a message pasted with the character 0 in the window: `psycopg.DataError`, a
    BugError (exit 70) on PostgreSQL. Now a refusal naming it (SQLite stores it)."""
    from desktop.core import drafts, messaging, users
    from desktop.core.errors import UsageError

    _data, dbname = pg_case_dir
    db = Database.open(pg_server.url(dbname, user="lucia", password="lucia"))
    try:
        lucia = users.resolve(db, "lucia")
        with pytest.raises(UsageError, match="NUL character"):
            messaging.send(db, lucia, 1, "hola\x00")
        with pytest.raises(UsageError, match="NUL character"):
            drafts.save(db, lucia, 1, "hola\x00")
    finally:
        db.close()


@pytest.mark.parametrize("option, value, said", [
    ("--language", "es\n", "not a language code"),
    ("--language", "x" * 9, "not a language code"),
    ("--name", "n" * 201, "at most 200 printable characters"),
    ("--name", "Ana\x1b[31m", "at most 200 printable characters"),
])
def test_admin_create_user_checks_the_language_and_the_name(pg_server, pg_case_dir, monkeypatch, option, value, said):
    """`--language 'wei\\n'` made a user (exit 0) whose language no window reads; a longer one
    overflowed the column (exit 70)."""
    _data, dbname = pg_case_dir
    monkeypatch.setenv("BUZON_DATABASE_URL", pg_server.url(dbname))
    outcome = run_in_process(["admin", "create-user", "ana", "--role", "buyer", option, value, "--json"])
    assert outcome.code == 2 and said in outcome.stderr, outcome.report([])
    users_now = run_in_process(["users", "--json"])
    assert '"ana"' not in users_now.stdout, users_now.report(["the user was made"])
