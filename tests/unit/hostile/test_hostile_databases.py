"""Every command against each damaged database (hostile_databases.py) and a read-only data
folder: exit 4 naming the file (or another documented code for a command that never opens
the database), never a traceback or a hang, and the file left as it was."""

from __future__ import annotations

import hashlib
import os

import pytest
from hostile_cli import argv_for, leaves, run_in_process
from hostile_databases import DAMAGE
from test_hostile_arguments import SUBPROCESS

LEAVES = {leaf.name: leaf for leaf in leaves() if leaf.path[0] not in SUBPROCESS}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


@pytest.mark.logs_errors
@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize("command", sorted(LEAVES))
def test_a_damaged_database_is_refused_and_left_untouched(command, damage, case_dir, demo_template, specials,
                                                          logged_errors):
    db = case_dir / "buzon.sqlite3"
    db.unlink()
    DAMAGE[damage](db, demo_template)
    before = digest(db)
    leaf = LEAVES[command]
    outcome = run_in_process(argv_for(leaf, specials / "given.png", case_dir.parent))
    outcome.errors_logged = [r.getMessage()[:300] for r in logged_errors]
    problems = outcome.problems(json_out=leaf.has_json)
    if damage == "empty" and leaf.path == ("demo",):
        pass                                # `buzon demo` is the one command that may fill it
    elif damage not in ("garbage-pages", "garbage-values") and digest(db) != before:
        problems.append("the database file was changed")     # a command that never reads a bad value may write
    assert not problems, outcome.report(problems)
    if outcome.code == 4:
        assert str(db) in outcome.stderr, outcome.report(["exit 4 without naming the file"])


@pytest.mark.logs_errors
@pytest.mark.parametrize("command", sorted(LEAVES))
def test_a_read_only_data_folder_is_exit_4(command, case_dir, specials, monkeypatch, logged_errors):
    """Permissions as a non-root user sees them (root ignores them: the check is what is tried;
    tests/unit/test_db.py mounts a real read-only file system)."""
    real_access = os.access
    inside = str(case_dir)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p).startswith(inside) and mode & os.W_OK
                        else real_access(p, mode, **kw))
    leaf = LEAVES[command]
    outcome = run_in_process(argv_for(leaf, specials / "given.png", case_dir.parent))
    outcome.errors_logged = [r.getMessage()[:300] for r in logged_errors]
    problems = outcome.problems(json_out=leaf.has_json)
    assert not problems, outcome.report(problems)


# The search index's state table damaged (by hand, another program, a half-copied file): the
# index is "damaged", as when its version is another's; the rest of the database works.
SEARCH_STATE_DAMAGE = {
    "a value that is no number": "UPDATE search_state SET value = 'garbage' WHERE name = 'version'",
    "a watermark that is no number": "UPDATE search_state SET value = x'ff00' WHERE name <> 'version'",
    "other columns": "DROP TABLE search_state; CREATE TABLE search_state (x)",
}


@pytest.mark.logs_errors
@pytest.mark.parametrize("damage", sorted(SEARCH_STATE_DAMAGE))
def test_a_damaged_search_state_is_a_damaged_index_not_an_internal_error(damage, case_dir, logged_errors):
    """Every command that writes a message, and search itself, ended in exit 70 (ValueError:
    invalid literal for int(); OperationalError: no such column: name)."""
    import sqlite3

    with sqlite3.connect(case_dir / "buzon.sqlite3") as con:
        con.executescript(SEARCH_STATE_DAMAGE[damage])
    searched = run_in_process(["search", "hola", "--json"])
    assert searched.code == 1 and "search --rebuild" in searched.stderr, searched.report([])
    checked = run_in_process(["search", "--check", "--json"])
    assert checked.code == 1 and '"ok": false' in checked.stdout, checked.report([])
    sent = run_in_process(["send", "--conversation", "1", "--text", "¿Sigue disponible?", "--json"])
    assert sent.code == 0, sent.report([])
    rebuilt = run_in_process(["search", "--rebuild"])
    assert rebuilt.code == 0, rebuilt.report([])
    found = run_in_process(["search", "disponible", "--json"])
    assert found.code == 0 and "¿Sigue disponible?" in found.stdout, found.report([])
    assert not logged_errors, [r.getMessage() for r in logged_errors]
