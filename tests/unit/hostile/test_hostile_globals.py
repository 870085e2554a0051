"""The global options every command takes (`--now`, `--user`, `--database`, `--data-dir`),
each hostile value in front of every command: a documented exit with a message, never a
traceback or a hang."""

from __future__ import annotations

import os

import pytest
from hostile_cli import argv_for, leaves, run_in_process
from test_hostile_arguments import SUBPROCESS

LEAVES = {leaf.name: leaf for leaf in leaves() if leaf.path[0] not in SUBPROCESS}

GLOBALS = {
    "now-year-1": ["--now", "0001-01-01T00:00Z"],
    "now-year-9999": ["--now", "9999-12-31T23:59:59Z"],
    "now-offset-before-year-1": ["--now", "0001-01-01T00:00+14:00"],
    "now-offset-after-9999": ["--now", "9999-12-31T23:59-14:00"],
    "now-nan": ["--now", "nan"],
    "now-empty": ["--now", ""],
    "user-empty": ["--user", ""],
    "user-newline": ["--user", "wei\n"],
    "user-undecodable": ["--user", os.fsdecode(b"w\xffei")],
    "user-long": ["--user", "w" * 100_000],
    "database-long-path": ["--database", "sqlite:////tmp/" + "d" * 5000 + "/buzon.sqlite3"],
    "database-long-name": ["--database", "sqlite:////tmp/" + "n" * 300 + ".sqlite3"],
    "database-proc": ["--database", "sqlite:////proc/self/status"],
    "database-undecodable": ["--database", os.fsdecode(b"sqlite:////tmp/\xff.sqlite3")],
    "database-no-path": ["--database", "sqlite:///"],
    "database-in-memory": ["--database", "sqlite:///:memory:"],
    "data-dir-empty": ["--data-dir", ""],
    "database-empty": ["--database", ""],
    "data-dir-a-file": ["--data-dir", "{given}"],
    "data-dir-long": ["--data-dir", "/tmp/" + ("d" * 200 + "/") * 30],
    "data-dir-proc": ["--data-dir", "/proc/self"],
    "data-dir-dev-null": ["--data-dir", "/dev/null"],
}


@pytest.mark.logs_errors
@pytest.mark.parametrize("value", sorted(GLOBALS))
@pytest.mark.parametrize("command", sorted(LEAVES))
def test_a_hostile_global_option_ends_in_a_documented_exit(command, value, case_dir, specials, logged_errors):
    leaf = LEAVES[command]
    argv = argv_for(leaf, specials / "given.png", case_dir.parent)
    if value.startswith("user-") and argv[:1] == ["--user"]:
        argv = argv[2:]
    given = [part.replace("{given}", str(specials / "given.png")) for part in GLOBALS[value]]
    outcome = run_in_process(given + argv)
    outcome.errors_logged = [r.getMessage()[:300] for r in logged_errors]
    problems = outcome.problems(json_out=leaf.has_json)
    if value.startswith(("now-", "user-")) or value.endswith("-empty"):
        # Even a command that never reads the clock, the user or the database must not take a value
        # that cannot be one (an empty folder or URL was quietly the current folder or the default).
        if outcome.code == 0:
            problems.append("a value that cannot be one was accepted")
    assert not problems, outcome.report(problems)
