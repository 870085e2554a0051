"""The bugs the matrix found where its generic cases cannot reach (a dispute inside its
window, a message id from another conversation), and a guard over the code base's own
validation patterns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hostile_cli import run_in_process

from desktop.commands import args as arg_types
from desktop.core import access, order_history
from desktop.core.errors import UsageError

DESKTOP = Path(__file__).resolve().parents[3] / "desktop"
DEMO_NOW = "2026-11-20T09:00Z"      # the demo made at this time has order 5 inside its dispute window


@pytest.mark.parametrize("amount", ["inf", "-inf", "nan", "1e309"])
def test_a_refund_amount_that_is_not_finite_is_exit_2(data_dir, amount):
    """`--amount inf` reached `round(inf * 100)`: OverflowError, exit 70."""
    outcome = run_in_process(["--now", DEMO_NOW, "dispute", "open", "--order", "5", "--reason", "damaged",
                              "--text", "Llegó roto", "--refund", "partial", f"--amount={amount}", "--json"])
    assert outcome.code == 2 and "is not an amount" in outcome.stderr, outcome.report([])
    shown = run_in_process(["--now", DEMO_NOW, "dispute", "show", "--order", "5", "--json"])
    assert shown.code == 0 and shown.stdout.strip() == "null", shown.report(["a dispute was opened"])


@pytest.mark.parametrize("amount", [float("inf"), float("-inf"), float("nan"), 1e300])
def test_cents_refuses_what_is_not_an_amount(amount):
    with pytest.raises(UsageError):
        order_history.cents(amount)


def test_check_reply_with_a_message_not_in_the_conversation_is_exit_2(data_dir):
    """It answered `{"newer": []}`, exit 0: "nothing new" about a message never seen."""
    for seen in ("987654321", "20"):           # no such message; a message of another conversation
        outcome = run_in_process(["--user", "wei", "team", "check-reply", "--conversation", "1", "--seen", seen])
        assert outcome.code == 2 and f"Message {seen} is not in conversation 1" in outcome.stderr, outcome.report([])
    mine = run_in_process(["--user", "wei", "team", "check-reply", "--conversation", "1", "--seen", "1", "--json"])
    assert mine.code == 0 and '"newer"' in mine.stdout, mine.report([])


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///", "sqlite:///:memory:"])
def test_an_in_memory_database_is_refused(data_dir, url):
    """A send "succeeded" (exit 0) into a database that vanished with the process."""
    outcome = run_in_process(["--database", url, "send", "--conversation", "1", "--text", "hola"])
    assert outcome.code == 2 and "names no file" in outcome.stderr, outcome.report([])


@pytest.mark.parametrize("now", ["nan", "0001-01-01T00:00+14:00", "9999-12-31T23:59-14:00"])
def test_a_bad_buzon_now_is_exit_2_even_for_a_command_that_never_reads_the_clock(data_dir, monkeypatch, now):
    monkeypatch.setenv("BUZON_NOW", now)
    outcome = run_in_process(["users", "--json"])
    assert outcome.code == 2 and "not a time" in outcome.stderr, outcome.report([])


def test_the_handle_pattern_at_the_edge_is_the_one_roles_are_made_with():
    assert arg_types.HANDLE.pattern == access.HANDLE.pattern
    assert access.HANDLE.fullmatch("ana") and not access.HANDLE.fullmatch("ana\n")


# Patterns ending in `$` on purpose: they find something at the end of text, they do not validate it.
END_OF_TEXT = {
    r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|data:)\S*$",     # gui/views/drop_target.py: a dropped text that is one URL
    r"(?:^|(?<=\s))/([^\s/]*)$",                       # gui/views/quick_reply_popup.py: the "/code" being typed
}
_LITERAL = re.compile(r"""re\.(?:compile|match|search)\(\s*r?(["'])((?:\\.|(?!\1).)*)\1""")


def test_no_validation_pattern_ends_in_a_dollar():
    """`$` matches before a final newline: "es\\n" passed the language-code check and "ana\\n" the
    handle's. Validation uses `fullmatch` (or `\\Z`)."""
    found = []
    for path in DESKTOP.rglob("*.py"):
        for match in _LITERAL.finditer(path.read_text(encoding="utf-8")):
            pattern = match.group(2)
            if pattern.endswith("$") and not pattern.endswith("\\$") and pattern not in END_OF_TEXT:
                found.append(f"{path.relative_to(DESKTOP)}: {pattern}")
    assert not found, "validation with `$`:\n" + "\n".join(found)
