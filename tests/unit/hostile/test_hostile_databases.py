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
    elif damage != "garbage-pages" and digest(db) != before:
        problems.append("the database file was changed")
    if outcome.code == 0 and damage not in ("garbage-pages",) and str(db) in outcome.stdout + outcome.stderr:
        pass
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
