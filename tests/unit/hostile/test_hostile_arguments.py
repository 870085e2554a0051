"""Every command's every argument, given each hostile value of its kind (hostile_values.py),
run in this process through the real entry point: a documented exit code with a message,
never a traceback, a hang or JSON that does not parse. Commands listed in SUBPROCESS are
run as real processes instead (test_hostile_processes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_cli import REACHES_THE_END, argv_for, leaves, run_in_process
from hostile_values import values_for

# The window's renderer loads Qt and waits on its event loop: a real process each.
SUBPROCESS = {"screenshot"}

# Values that name nothing: a command that "succeeds" with one did nothing, or something else.
MUST_NOT_SUCCEED = {"id": ("unknown",), "ids": ("unknown",), "word": ("handle-newline", "code-newline")}
# Words that are free text or the caller's own keys, where any value is one.
FREE_WORDS = {"client_id", "batch_id", "query", "products", "orders", "name"}

LEAVES = {leaf.name: leaf for leaf in leaves()}
# Values whose echo in a table for people (not JSON) could break the printing too.
PRINTED = {"undecodable", "control"}

CASES = [pytest.param(leaf.name, option.name, label, json_out, id=f"{leaf.name}|{option.name}|{label}"
                      + ("" if json_out else "|plain"))
         for leaf in LEAVES.values() if leaf.path[0] not in SUBPROCESS
         for option in leaf.options
         for label in values_for(option.kind, Path("/nowhere"))
         for json_out in ((True, False) if label in PRINTED and leaf.has_json else (True,))]


def option_of(leaf, name):
    return next(o for o in leaf.options if o.name == name)


@pytest.mark.logs_errors
@pytest.mark.parametrize("command, option, label, json_out", CASES)
def test_a_hostile_argument_ends_in_a_documented_exit(command, option, label, json_out, case_dir, specials,
                                                      logged_errors):
    leaf = LEAVES[command]
    target = option_of(leaf, option)
    value = values_for(target.kind, specials)[label]
    argv = argv_for(leaf, specials / "given.png", case_dir.parent, replace=target, value=value, json_out=json_out)
    outcome = run_in_process(argv)
    outcome.errors_logged = [r.getMessage()[:300] for r in logged_errors]
    problems = outcome.problems(json_out=leaf.has_json and json_out)
    if outcome.code == 0 and label in MUST_NOT_SUCCEED.get(target.kind, ()) and target.dest not in FREE_WORDS:
        problems.append("silently accepted: exit 0 for what names nothing")
    assert not problems, outcome.report(problems)


@pytest.mark.parametrize("command", sorted(LEAVES))
def test_the_valid_invocation_of_each_command_runs(command, case_dir, specials):
    """The matrix's baseline: each command with valid arguments gets past the parser, so the
    hostile values above reach the code behind it (2: a refusal that is not about the syntax)."""
    leaf = LEAVES[command]
    if leaf.path[0] in SUBPROCESS:
        pytest.skip("run as a process in test_hostile_processes.py")
    outcome = run_in_process(argv_for(leaf, specials / "given.png", case_dir.parent))
    assert outcome.code in (0, 1, 2, 3, 4), outcome.report(["baseline"])
    assert "usage:" not in outcome.stderr, outcome.report(["the valid invocation is not valid"])
    if command in REACHES_THE_END:
        assert outcome.code == 0, outcome.report(["stops at its first check: the hostile values never get past it"])


def test_every_command_that_must_reach_the_end_exists():
    assert REACHES_THE_END <= set(LEAVES), REACHES_THE_END - set(LEAVES)
