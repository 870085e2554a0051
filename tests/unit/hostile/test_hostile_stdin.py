"""Every command with hostile standard input (the ones that read it: policy check, lang detect,
translate, search --stdin; the others must ignore it): bytes that are not UTF-8, NUL, one
line of megabytes without a space. A documented exit, never a traceback or a hang."""

from __future__ import annotations

import pytest
from hostile_cli import argv_for, leaves, run_in_process
from test_hostile_arguments import SUBPROCESS

LEAVES = {leaf.name: leaf for leaf in leaves() if leaf.path[0] not in SUBPROCESS}

STDIN = {
    "undecodable": b"hola \xff\xfe mundo\x00\r\n\xe4\xbd\n",
    "long-line": b"a@b.c" * 200_000,                    # 1 MB, no space, no newline
    "many-lines": b"hola, mi wasap es 612 345 678\n" * 2_000,
}


@pytest.mark.logs_errors
@pytest.mark.parametrize("payload", sorted(STDIN))
@pytest.mark.parametrize("command", sorted(LEAVES))
def test_hostile_standard_input_ends_in_a_documented_exit(command, payload, case_dir, specials, logged_errors):
    leaf = LEAVES[command]
    argv = argv_for(leaf, specials / "given.png", case_dir.parent)
    if leaf.path == ("search",):
        argv = [a for a in argv if a not in ("--", "hola")] + ["--stdin"]
    outcome = run_in_process(argv, stdin=STDIN[payload])
    outcome.errors_logged = [r.getMessage()[:300] for r in logged_errors]
    problems = outcome.problems(json_out=leaf.has_json)
    assert not problems, outcome.report(problems)
