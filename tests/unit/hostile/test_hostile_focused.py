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


def _zip_listing(path: Path, members: int) -> None:
    """A ZIP whose central directory lists `members` entries (all one empty local file), with
    ZIP64 end records: 47 bytes a member."""
    import struct

    name = b"a"
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0) + name
    record = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0, 0, 0,
                         0) + name
    with open(path, "wb") as out:
        out.write(local)
        start = out.tell()
        out.write(record * members)
        size = out.tell() - start
        end64 = out.tell()
        out.write(struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, members, members, size, start))
        out.write(struct.pack("<4sLQL", b"PK\x06\x07", 0, end64, 1))
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0))


def test_an_evidence_pack_listing_too_many_members_is_refused_before_zipfile_reads_it(tmp_path, monkeypatch):
    """`evidence verify` of a 47 MB file listing a million members took 450 MB and 7 s (at the
    4 GB size cap, tens of GB) before saying it is not a pack: the packs' attack (issue 13 §3)."""
    from desktop.core import evidence

    pack = tmp_path / "pack.zip"
    _zip_listing(pack, evidence.MAX_MEMBERS + 1)

    def never(*_args, **_kwargs):
        raise AssertionError("zipfile parsed the directory")

    monkeypatch.setattr(evidence.zipfile, "ZipFile", never)
    with pytest.raises(UsageError, match="lists more files than an evidence pack holds"):
        evidence.verify(pack)


# --- a command's own `--lang` beside the window's (found attacking the quick replies' languages) ---


@pytest.mark.parametrize("lang", ["fr", "pt", "ru"])
def test_policy_check_takes_any_message_language(data_dir, lang):
    """`policy check --lang fr` was refused by the window's `--lang` (es, en, zh only), exit 2,
    although the policy checks messages in six languages."""
    outcome = run_in_process(["policy", "check", "--lang", lang, "--json"], stdin=b"bonjour\n")
    assert outcome.code == 0 and '"blocked": false' in outcome.stdout, outcome.report([])


def test_a_command_s_lang_does_not_replace_the_window_s():
    """`buzon --lang zh policy check` lost the window's language (the command's --lang, unset,
    overwrote it), and its errors and guide were no longer in Chinese."""
    from desktop.cli import parse_args

    args = parse_args(["--lang", "zh", "policy", "check", "--lang", "es"])
    assert (args.lang, args.text_lang) == ("zh", "es")
    args = parse_args(["--lang", "zh", "--user", "wei", "replies", "add", "hi", "--title", "T", "--text", "x"])
    assert (args.lang, args.reply_lang) == ("zh", None)
    assert parse_args(["--lang", "en"]).lang == "en"


@pytest.mark.parametrize("lang", ["", "es\n", "nope", "../es", "zh_Hans_CN_x"])
def test_policy_check_refuses_what_is_no_language_code(data_dir, lang):
    outcome = run_in_process(["policy", "check", f"--lang={lang}", "--json"], stdin=b"hola\n")
    assert outcome.code == 2 and "is not a language code" in outcome.stderr, outcome.report([])


def test_the_language_code_pattern_at_the_edge_is_the_packs_one():
    from desktop.core.translation import pack_archive

    assert arg_types.LANG_CODE.pattern == pack_archive.LANG_CODE.pattern


def test_the_reply_languages_at_the_edge_are_the_quick_replies_own():
    from desktop.commands.replies import REPLY_LANGS
    from desktop.core import quick_replies

    assert REPLY_LANGS == quick_replies.LANGS


@pytest.mark.parametrize("action", ["add", "edit"])
def test_a_quick_reply_in_a_language_it_has_no_version_for_is_exit_2_naming_its_languages(data_dir, action):
    argv = {"add": ["replies", "add", "hello", "--title", "Hola", "--text", "Bonjour {buyer_name}", "--lang", "fr"],
            "edit": ["replies", "edit", "thanks", "--text", "Merci {buyer_name}", "--lang", "fr"]}[action]
    outcome = run_in_process(["--user", "wei", *argv, "--json"])
    assert outcome.code == 2 and "buzon replies" in outcome.stderr and "'es', 'en', 'zh'" in outcome.stderr, \
        outcome.report(["not the reply command's refusal"])
    listed = run_in_process(["--user", "wei", "replies", "list", "--json"])
    assert "Bonjour" not in listed.stdout and "Merci" not in listed.stdout, listed.report(["stored"])
    done = run_in_process(["--user", "wei", "replies", "add", "hello", "--title", "Hi", "--text", "Hi {buyer_name}",
                           "--lang", "en", "--json"])
    assert done.code == 0 and '"lang": "en"' in done.stdout, done.report([])


# --- `send --reply`: one message, so one exit code per cause, as `send --text` ---------------------


def test_send_reply_to_a_conversation_one_is_not_in_is_exit_2(data_dir):
    """It printed a "failed" item and exited 1 (the environment), where `send --text` says 2."""
    outcome = run_in_process(["--user", "wei", "send", "--conversation", "987654321", "--reply", "photos", "--json"])
    assert outcome.code == 2 and "Conversation 987654321" in outcome.stderr, outcome.report([])


def test_send_reply_on_a_locked_database_is_exit_4(data_dir, monkeypatch):
    """The lock's KnownError became a "failed" item, exit 1: the database's faults are exit 4."""
    import sqlite3

    import desktop.core.db as dbmod

    assert run_in_process(["users", "--json"]).code == 0          # the demo made
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(dbmod, "WRITE_ATTEMPTS", 1)
    other = sqlite3.connect(data_dir / "buzon.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        outcome = run_in_process(["--user", "wei", "send", "--conversation", "1", "--reply", "photos", "--json"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert outcome.code == 4 and "locked" in outcome.stderr, outcome.report([])


def test_send_reply_reusing_a_client_id_for_another_reply_is_exit_2(data_dir):
    """`--reply size` under the client id of an earlier `--reply photos` answered "sent before",
    exit 0, and the size chart was never sent (issue 13 §2: another text under a used id is 2)."""
    first = run_in_process(["--user", "wei", "send", "--conversation", "1", "--reply", "photos", "--client-id", "k2",
                            "--json"])
    assert first.code == 0, first.report([])
    again = run_in_process(["--user", "wei", "send", "--conversation", "1", "--reply", "photos", "--client-id", "k2",
                            "--json"])
    import json

    sent, retried = json.loads(first.stdout), json.loads(again.stdout)
    assert again.code == 0 and retried["message"] == sent["message"] and retried["lang"] == sent["lang"] == "es", \
        again.report(["the retry is not the first message"])
    other = run_in_process(["--user", "wei", "send", "--conversation", "1", "--reply", "size", "--client-id", "k2",
                            "--json"])
    assert other.code == 2 and "already used for another message" in other.stderr, other.report([])
    listed = run_in_process(["--user", "wei", "messages", "--conversation", "1", "--json"])
    assert [m["id"] for m in json.loads(listed.stdout)].count(sent["message"]) == 1


def test_a_batch_dry_run_refuses_a_reply_too_long_once_filled(data_dir):
    """A reply of 90 `{product|x}` fills to 3,780 characters: the dry run said "ready", the batch
    then failed on every conversation."""
    import json

    template = "{product|x}" * 90
    added = run_in_process(["--user", "wei", "replies", "add", "big", "--title", "T", "--text", template, "--lang", "es"])
    assert added.code == 0, added.report([])
    dry = run_in_process(["--user", "wei", "batch-reply", "--conversations", "1", "--reply", "big", "--dry-run", "--json"])
    [item] = json.loads(dry.stdout)
    assert dry.code == 1 and item["state"] == "refused" and "the limit is 2000" in item["reason"], dry.report([])
    sent = run_in_process(["--user", "wei", "batch-reply", "--conversations", "1", "--reply", "big", "--json"])
    [item] = json.loads(sent.stdout)
    assert sent.code == 1 and item["state"] == "failed" and "the limit is 2000" in item["reason"], sent.report([])
    alone = run_in_process(["--user", "wei", "send", "--conversation", "1", "--reply", "big", "--json"])
    assert alone.code == 2 and "the limit is 2000" in alone.stderr, alone.report([])
