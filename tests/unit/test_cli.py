"""The CLI: JSON formats, exit codes, and bad input (run in-process, one real subprocess)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from desktop.cli import main


@pytest.fixture(params=["sqlite", "postgresql"])
def data_dir(request, data_dir, monkeypatch):
    """The data folder (tests/conftest.py), with the commands' database on each backend: the
    folder's SQLite file, or a fresh PostgreSQL database holding the demo (BUZON_DATABASE_URL)."""
    if request.param == "postgresql":
        monkeypatch.setenv("BUZON_DATABASE_URL", request.getfixturevalue("pg_url"))
    return data_dir


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_users_products_orders_conversations(data_dir, capsys):
    users = run_json(capsys, "users")
    assert {"handle", "name", "role", "language", "store"} == set(users[0])
    assert {u["role"] for u in users} == {"buyer", "seller"}
    assert any(u["store"] == "shenzhen-tech" for u in users)
    products = run_json(capsys, "products")
    assert len(products) >= 30 and {"id", "title", "price", "store"} <= set(products[0])
    orders = run_json(capsys, "orders")
    assert {o["status"] for o in orders} == {"awaiting_payment", "awaiting_shipment", "shipped", "delivered",
                                             "cancelled", "in_dispute"}
    convs = run_json(capsys, "conversations")
    assert all({"id", "unread"} <= set(c) for c in convs)
    seller_orders = run_json(capsys, "--user", "wei", "orders")
    assert seller_orders and all(o["store"] == "shenzhen-tech" for o in seller_orders)


def test_unknown_user_exits_2_listing_handles(data_dir, capsys):
    code, out, err = run(capsys, "--user", "nobody", "conversations")
    assert code == 2
    assert "nobody" in err and "lucia" in err and "wei" in err


def test_unsupported_database_scheme(data_dir, capsys):
    code, _, err = run(capsys, "--database", "mysql://x@y/z", "users")
    assert code == 2 and "Unsupported database URL" in err


def test_not_a_database_exit_4_and_untouched(tmp_path, capsys):
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not a database at all" * 10)
    before = bad.read_bytes()
    code, _, err = run(capsys, "--database", f"sqlite:///{bad}", "users")
    assert code == 4 and str(bad) in err and "untouched" in err
    assert bad.read_bytes() == before


def test_send_messages_read_delete(data_dir, capsys):
    sent = run_json(capsys, "send", "--store", "yiwu-home", "--product", "31", "--text", "¿La tapa es de metal?")
    assert set(sent) == {"conversation", "message", "state"} and sent["state"] == "sent"
    cid = sent["conversation"]
    msgs = run_json(capsys, "messages", "--conversation", str(cid))
    assert {"id", "sender", "kind", "text", "lang", "sent_at", "read", "attachments"} <= set(msgs[-1])
    assert msgs[-1]["text"] == "¿La tapa es de metal?" and msgs[-1]["read"] is False
    assert msgs[-2]["kind"] == "product_card"
    code, _, _ = run(capsys, "--user", "chen", "read", "--conversation", str(cid))
    assert code == 0
    msgs = run_json(capsys, "messages", "--conversation", str(cid))
    assert msgs[-1]["read"] is True
    code, _, _ = run(capsys, "delete", "--conversation", str(cid), "--message", str(msgs[-1]["id"]))
    assert code == 0
    assert msgs[-1]["id"] not in [m["id"] for m in run_json(capsys, "messages", "--conversation", str(cid))]
    assert msgs[-1]["id"] in [m["id"] for m in run_json(capsys, "--user", "chen", "messages",
                                                        "--conversation", str(cid))]
    code, _, _ = run(capsys, "delete", "--conversation", str(cid))
    assert cid not in [c["id"] for c in run_json(capsys, "conversations")]


def test_send_is_idempotent_on_client_id(data_dir, capsys):
    a = run_json(capsys, "send", "--conversation", "1", "--text", "hola", "--client-id", "k1")
    b = run_json(capsys, "send", "--conversation", "1", "--text", "hola", "--client-id", "k1")
    assert a == b


@pytest.mark.parametrize("argv, fragment", [
    (["send", "--conversation", "1", "--text", "  "], "empty"),
    (["send", "--conversation", "1", "--text", "x" * 2001], "limit is 2000"),
    (["--user", "james", "send", "--conversation", "1", "--text", "hi"], "not in it"),
    (["send", "--store", "no-such-store", "--text", "hi"], "Unknown store"),
    (["messages", "--conversation", "999"], "does not exist"),
])
def test_bad_sends_exit_2(data_dir, capsys, argv, fragment):
    code, _, err = run(capsys, *argv)
    assert code == 2 and fragment in err


def test_usage_error_from_argparse(data_dir):
    out = subprocess.run([sys.executable, "-m", "desktop", "send", "--text", "x"], capture_output=True, text=True)
    assert out.returncode == 2 and "one of the arguments" in out.stderr


def test_version(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0 and "buzon" in capsys.readouterr().out


def test_demo_reset(data_dir, capsys):
    run_json(capsys, "send", "--conversation", "1", "--text", "algo nuevo")
    code, out, _ = run(capsys, "demo", "--reset")
    assert code == 0
    msgs = run_json(capsys, "messages", "--conversation", "1")
    assert "algo nuevo" not in [m["text"] for m in msgs]


def test_send_refused_by_policy_exits_3_and_stores_nothing(data_dir, capsys):
    before = run_json(capsys, "messages", "--conversation", "1")
    code, out, _ = run(capsys, "send", "--conversation", "1", "--text", "mi w h a t s a p p es 612 345 678",
                       "--json")
    assert code == 3
    verdict = json.loads(out)
    assert verdict["blocked"] is True
    assert {m["category"] for m in verdict["matches"]} >= {"messaging_app", "phone"}
    assert run_json(capsys, "messages", "--conversation", "1") == before


HUGE = "99999999999999999999"


@pytest.mark.parametrize("argv", [
    ["read", "--conversation", HUGE],
    ["unread", "--conversation", HUGE],
    ["delete", "--conversation", HUGE],
    ["delete", "--conversation", "1", "--message", HUGE],
    ["messages", "--conversation", HUGE],
    ["messages", "--conversation", "-" + HUGE],
    ["read", "--conversation", "-1"],
    ["read", "--conversation", "0"],
    ["send", "--conversation", HUGE, "--text", "hola"],
    ["send", "--store", "shenzhen-tech", "--product", HUGE, "--text", "hola"],
    ["send", "--store", "shenzhen-tech", "--order", "-" + HUGE, "--text", "hola"],
    ["messages", "--conversation", "1" * 5000],
])
def test_ids_out_of_range_are_usage_errors(data_dir, capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "is not an id" in err


def test_text_that_was_not_utf8_in_argv_exits_2(data_dir):
    out = subprocess.run([sys.executable, "-m", "desktop", "send", "--conversation", "1", "--text",
                          b"hola \xff\xfe mundo"], capture_output=True)
    assert out.returncode == 2, out.stderr
    assert b"not valid UTF-8" in out.stderr and b"Traceback" not in out.stderr


@pytest.mark.parametrize("argv, fragment", [
    (["products", "--store", "nope"], "Known stores: guangzhou-style, shenzhen-tech, yiwu-home"),
    (["send", "--store", "yiwu-home", "--product", "1", "--text", "hola"], "belongs to shenzhen-tech"),
])
def test_unknown_or_mismatched_choices_exit_2_naming_the_valid_ones(data_dir, capsys, argv, fragment):
    code, out, err = run(capsys, *argv)
    assert code == 2 and fragment in err and out == ""


@pytest.mark.parametrize("command", ["conversations", "users", "products", "advice"])
def test_a_user_that_cannot_be_a_handle_is_refused_by_every_command(data_dir, capsys, command):
    """`--user ''` used to act as the default user, and a command that never looks the user
    up (advice tips) took anything."""
    for bad in ("", "wei\n", "Wei Zhang"):
        with pytest.raises(SystemExit) as exit_:
            main(["--user", bad, command, "--help"])
        assert exit_.value.code == 2 and "is not a handle" in capsys.readouterr().err


def test_a_product_of_another_store_stores_nothing(data_dir, capsys):
    before = run_json(capsys, "--user", "chen", "conversations")
    code, _, _ = run(capsys, "send", "--store", "yiwu-home", "--product", "1", "--text", "¿Es de metal?")
    assert code == 2
    assert run_json(capsys, "--user", "chen", "conversations") == before


def test_a_reused_client_id_with_other_text_or_conversation_exits_2(data_dir, capsys):
    first = run_json(capsys, "send", "--conversation", "1", "--text", "hola", "--client-id", "k7")
    code, _, err = run(capsys, "send", "--conversation", "1", "--text", "adiós", "--client-id", "k7")
    assert code == 2 and "already used for another message" in err
    # a client id is unique per store (0009_store_keys): in another store's conversation it names another message
    other = run_json(capsys, "send", "--conversation", "3", "--text", "hola", "--client-id", "k7")
    assert other["conversation"] == 3 and other["message"] != first["message"]
    assert run_json(capsys, "send", "--conversation", "1", "--text", "hola", "--client-id", "k7") == first
    texts = [m["text"] for m in run_json(capsys, "messages", "--conversation", "1")]
    assert texts.count("hola") == 1 and "adiós" not in texts
    # within one store, another conversation under it is refused (Wei answers conversations 1 and 4)
    run_json(capsys, "--user", "wei", "send", "--conversation", "1", "--text", "vale", "--client-id", "k8")
    code, _, err = run(capsys, "--user", "wei", "send", "--conversation", "4", "--text", "vale", "--client-id", "k8")
    assert code == 2 and "already used for another message" in err


def test_help_lists_every_command_without_importing_any(capsys):
    from desktop import cli

    out = subprocess.run([sys.executable, "-c", "import sys; from desktop.cli import main\n"
                          "try: main(['--help'])\nexcept SystemExit: pass\n"
                          "print(sorted(m for m in sys.modules if m.startswith('desktop.commands.')))\n"
                          "print('sqlalchemy' in sys.modules)"],
                         capture_output=True, text=True)
    lines = out.stdout.splitlines()
    # The argument types and the printing every command shares are checked at the edge (cli.main).
    assert lines[-2] == "['desktop.commands.args', 'desktop.commands.output']" and lines[-1] == "False"
    for name, command in cli.COMMANDS.items():
        assert any(line.split()[:1] == [name] and command.summary[:30] in " ".join(line.split())
                   for line in out.stdout.splitlines()), name


def test_a_command_imports_only_its_own_module():
    out = subprocess.run([sys.executable, "-c", "import sys; from desktop.cli import parse_args\n"
                          "parse_args(['--user', 'wei', 'conversations', '--json'])\n"
                          "print(sorted(m for m in sys.modules if m.startswith('desktop.commands.')))"],
                         capture_output=True, text=True)
    assert out.stdout.split("\n")[0] == "['desktop.commands.args', 'desktop.commands.chat', 'desktop.commands.output']"


def test_the_command_table_matches_the_modules(capsys):
    from desktop import cli

    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == set(cli.COMMANDS)
    shown = {c.dest: c.help for c in commands._choices_actions}
    assert shown == {name: c.summary for name, c in cli.COMMANDS.items()}


@pytest.mark.parametrize("name", ["send", "conversations", "messages", "orders", "products", "demo", "delete"])
def test_each_command_has_help_with_options_and_an_example(capsys, name):
    from desktop import cli

    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    assert f"usage: buzon {name}" in out and "options:" in out
    assert f"example:\n  {cli.COMMANDS[name].example}" in out


def test_retrying_a_send_to_a_store_about_a_product_posts_its_card_once(data_dir, capsys):
    argv = ["send", "--store", "yiwu-home", "--product", "31", "--text", "¿Es de metal?", "--client-id", "k9"]
    first = run_json(capsys, *argv)
    after_first = run_json(capsys, "messages", "--conversation", str(first["conversation"]))
    assert [m["kind"] for m in after_first[-2:]] == ["product_card", "text"]
    assert run_json(capsys, *argv) == first
    assert run_json(capsys, "messages", "--conversation", str(first["conversation"])) == after_first


def test_a_client_id_retried_to_a_store_is_looked_for_in_that_store(data_dir, capsys):
    """A client id is unique per store (0009_store_keys), but `send --store H` looked for it among
    all the buyer's messages: the same text to another store under it returned the first store's
    message (nothing sent to the second), another text was refused as a reuse."""
    first = run_json(capsys, "send", "--store", "shenzhen-tech", "--text", "hola", "--client-id", "k10")
    other = run_json(capsys, "send", "--store", "yiwu-home", "--text", "hola", "--client-id", "k10")
    assert other["conversation"] != first["conversation"] and other["message"] != first["message"]
    assert run_json(capsys, "send", "--store", "yiwu-home", "--text", "hola", "--client-id", "k10") == other
    third = run_json(capsys, "send", "--store", "guangzhou-style", "--text", "adiós", "--client-id", "k10")
    assert third["message"] not in (first["message"], other["message"])
    code, _, err = run(capsys, "send", "--store", "yiwu-home", "--text", "otra cosa", "--client-id", "k10")
    assert code == 2 and "already used for another message" in err
    code, _, err = run(capsys, "send", "--store", "no-such-store", "--text", "hola", "--client-id", "k10")
    assert code == 2 and "no-such-store" in err
