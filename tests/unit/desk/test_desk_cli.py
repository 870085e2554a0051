"""`buzon conversations --filter/--label`, `label`, `archive`, `pin`, `no-response`, `store-settings`."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main

NOW = ["--now", "2026-11-20T09:00:00Z"]


def run(capsys, *argv):
    code = main([*NOW, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def rows(capsys, *argv):
    code, out, err = run(capsys, "--user", "wei", "conversations", *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_rows_carry_the_desk_fields(data_dir, capsys):
    got = rows(capsys)
    assert {"awaiting_since", "labels", "pinned", "archived", "no_response_needed"} <= set(got[0])
    assert [r["id"] for r in rows(capsys, "--filter", "awaiting")] == [4]
    assert rows(capsys, "--filter", "awaiting")[0]["awaiting_since"] == "2026-11-20T07:48:00Z"


def test_label_archive_pin_and_no_response(data_dir, capsys):
    assert run(capsys, "--user", "wei", "label", "add", "--conversation", "4", "Urgent")[0] == 0
    assert [r["id"] for r in rows(capsys, "--label", "Urgent")] == [4]
    assert "Urgent" in rows(capsys, "--label", "Urgent")[0]["labels"]
    assert run(capsys, "--user", "wei", "label", "remove", "--conversation", "4", "Urgent")[0] == 0
    assert rows(capsys, "--label", "Urgent") == []
    assert run(capsys, "--user", "wei", "pin", "--conversation", "1")[0] == 0
    assert rows(capsys)[0]["id"] == 1 and rows(capsys)[0]["pinned"] is True
    assert run(capsys, "--user", "wei", "unpin", "--conversation", "1")[0] == 0
    assert run(capsys, "--user", "wei", "archive", "--conversation", "4")[0] == 0
    assert [r["id"] for r in rows(capsys, "--filter", "archived")] == [4]
    assert [r["id"] for r in rows(capsys)] == [1]
    assert run(capsys, "--user", "wei", "no-response", "--conversation", "4")[0] == 0
    assert rows(capsys, "--filter", "awaiting") == []
    assert rows(capsys, "--filter", "archived")[0]["no_response_needed"] is True


@pytest.mark.parametrize("argv, words", [
    (["label", "add", "--conversation", "2", "Urgent"], "not in it"),               # lucia's with another store
    (["label", "add", "--conversation", "4", ""], "needs a name"),
    (["label", "remove", "--conversation", "4", "Nope"], "no label"),
    (["conversations", "--label", "Nope"], "no label"),
    (["archive", "--conversation", "999"], "does not exist"),
    (["store-settings", "--hours", "mon=18:00-09:00"], "not a span"),
    (["store-settings", "--hours", "mon=09:00-24:30"], "not a span"),     # was taken: 24:00 ends a day
    (["store-settings", "--time-zone", "Mars/Olympus"], "not a time zone"),
    (["store-settings", "--response-target-hours", "0"], "out of range"),
    (["store-settings", "--away-reply", "nope"], "no quick reply"),
    (["store-settings", "--return-address", "Calle\tMayor 1"], "control character at character 6"),
    (["store-settings", "--return-address", "x" * 501], "the limit is 500"),
    (["store-settings", "--return-address", "\n".join("abcdefghi")], "9 lines; the limit is 8"),
])
def test_bad_input_is_a_usage_error(data_dir, capsys, argv, words):
    code, _out, err = run(capsys, "--user", "wei", *argv)
    assert code == 2 and words in err


def test_store_settings_round_trip(data_dir, capsys):
    code, out, err = run(capsys, "--user", "wei", "store-settings", "--response-target-hours", "12",
                         "--hours", "mon=09:00-18:00", "--hours", "sat=closed", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown.pop("return_address").startswith("Shenzhen Tech")     # the demo's, unchanged
    assert shown == {"response_target_hours": 12.0, "time_zone": "Asia/Shanghai",
                     "office_hours": {"mon": "09:00-18:00"}, "away_reply": ""}
    code, out, _ = run(capsys, "--user", "wei", "store-settings", "--json")
    assert json.loads(out)["response_target_hours"] == 12.0
    assert run(capsys, "--user", "lucia", "store-settings")[0] == 2        # a buyer has no store


def test_store_settings_sets_the_return_address_a_return_is_then_asked_to(data_dir, capsys):
    """`--return-address` is the only way a store gives one (it had no command): lines kept,
    spaces and empty lines dropped, in --json and printed line by line; "" removes it."""
    code, out, err = run(capsys, "--user", "wei", "store-settings", "--json",
                         "--return-address", "  Wei Returns \r\n\n88 Huaqiang Rd\nShenzhen 518000 ")
    assert code == 0, err
    assert json.loads(out)["return_address"] == "Wei Returns\n88 Huaqiang Rd\nShenzhen 518000"
    code, out, _ = run(capsys, "--user", "wei", "store-settings")
    assert "return_address:\n  Wei Returns\n  88 Huaqiang Rd\n  Shenzhen 518000\n" in out
    # the other settings are untouched by it, and it by them
    code, out, _ = run(capsys, "--user", "wei", "store-settings", "--response-target-hours", "6", "--json")
    assert json.loads(out)["return_address"].startswith("Wei Returns")
    code, out, _ = run(capsys, "--user", "wei", "store-settings", "--return-address", "", "--json")
    assert code == 0 and json.loads(out)["return_address"] == ""
    assert json.loads(out)["response_target_hours"] == 6.0


def test_store_settings_help_names_the_return_address(capsys):
    with pytest.raises(SystemExit) as info:
        main(["store-settings", "--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0 and "--return-address TEXT" in out and '"return_address"' in out
