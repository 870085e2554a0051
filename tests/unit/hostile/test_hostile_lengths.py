"""Text longer than any message can be (the top of `max_message_chars`, 20,000) is refused at
the command line's edge before the content policy reads it: the policy is linear but takes
about 3 s a megabyte, so a hostile paste must not reach it."""

from __future__ import annotations

import pytest
from hostile_cli import run_in_process

from desktop.commands import args as arg_types
from desktop.commands import policy as policy_command
from desktop.core import outbox, settings

LONGEST = arg_types.LONGEST_MESSAGE


@pytest.fixture
def checked(monkeypatch) -> list[int]:
    """The length of each text the content policy was asked about, by these commands."""
    lengths: list[int] = []
    for module in (policy_command, outbox.policy):
        real = module.check

        def counting(text, *a, _real=real, **kw):
            lengths.append(len(text))
            return _real(text, *a, **kw)

        monkeypatch.setattr(module, "check", counting)
    return lengths


def test_the_cap_is_the_top_of_the_message_limit_setting():
    assert LONGEST == settings.DECLARED["max_message_chars"].maximum == 20_000


def test_policy_check_takes_a_line_as_long_as_a_message_can_be(case_dir, checked):
    outcome = run_in_process(["policy", "check", "--json"], stdin=b"a" * LONGEST + b"\n")
    assert outcome.code == 0 and '"blocked": false' in outcome.stdout, outcome.report([])
    assert checked == [LONGEST]


@pytest.mark.parametrize("tail, said", [
    (b"x" * (LONGEST + 1) + b"\n", "Line 2 was not checked: it is 20,001 characters long"),
    ("é".encode() * (LONGEST + 1), "Line 2 was not checked: it is 20,001 characters long"),
    (b"a@b.c" * 200_000, "Line 2 was not checked: it is over 20,000 characters long"),
    (b"\xff" * 4 * LONGEST + b"\xff\xff", "Line 2 was not checked: it is over 20,000 characters long"),
])
def test_policy_check_stops_at_a_line_longer_than_any_message_with_exit_2(case_dir, checked, tail, said):
    """It checked a megabyte in about 3 s (and an endless line without bound): now the verdicts
    before it are printed and the long line is refused, naming the limit, unchecked."""
    outcome = run_in_process(["policy", "check", "--json"], stdin=b"mi wasap 612345678\n" + tail + b"\nhola\n")
    assert outcome.code == 2 and said in outcome.stderr and "20,000" in outcome.stderr, outcome.report([])
    assert outcome.stdout.count("\n") == 1 and '"blocked": true' in outcome.stdout, outcome.report([])
    assert checked == [len("mi wasap 612345678")]


def test_advice_refusal_refuses_a_text_longer_than_any_message(case_dir, checked):
    outcome = run_in_process(["advice", "refusal", "--text", "x" * (LONGEST + 1), "--json"])
    assert outcome.code == 2 and "20,001 characters long" in outcome.stderr and "20,000" in outcome.stderr, \
        outcome.report([])
    assert checked == []
    fits = run_in_process(["advice", "refusal", "--text", "hola", "--json"])
    assert fits.code == 0 and '"blocked": false' in fits.stdout, fits.report([])


def test_send_with_a_picture_refuses_a_long_text_before_the_policy(case_dir, specials, checked):
    """With an attachment the length was checked only after the policy had read the text."""
    outcome = run_in_process(["send", "--conversation", "1", "--attach", str(specials / "given.png"),
                              "--text", "x" * 100_000, "--json"])
    assert outcome.code != 0 and "the limit is 2000" in outcome.stderr, outcome.report([])
    assert checked == []


# --- what PostgreSQL's columns would refuse, refused on both backends first ---------------------

def test_a_client_id_longer_than_its_column_is_exit_2(case_dir):
    """On PostgreSQL a 100,000-character --client-id overflowed varchar(64): exit 70; on SQLite it
    was stored as it came."""
    outcome = run_in_process(["send", "--conversation", "1", "--text", "hola", "--client-id", "c" * 65, "--json"])
    assert outcome.code == 2 and "at most 64 characters" in outcome.stderr, outcome.report([])
    fits = run_in_process(["send", "--conversation", "1", "--text", "hola", "--client-id", "c" * 64, "--json"])
    assert fits.code == 0, fits.report([])


def test_a_batch_id_whose_client_ids_would_not_fit_is_exit_2(case_dir):
    outcome = run_in_process(["--user", "wei", "batch-reply", "--conversations", "1", "--reply", "thanks",
                              "--batch-id", "b" * 33, "--json"])
    assert outcome.code == 2 and "at most 32 characters" in outcome.stderr, outcome.report([])
    fits = run_in_process(["--user", "wei", "batch-reply", "--conversations", "1", "--reply", "thanks",
                           "--batch-id", "b" * 32, "--json"])
    assert fits.code == 0 and '"sent"' in fits.stdout, fits.report([])
