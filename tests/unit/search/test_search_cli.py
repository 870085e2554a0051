"""`buzon search`: JSON formats, --stdin, the catalogue, exit codes and hostile input."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from desktop.cli import main

MESSAGE_KEYS = {"conversation", "message", "sent_at", "sender", "snippet", "snippet_start", "spans", "matched"}


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:              # argparse's usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_a_query_as_json(data_dir, capsys):
    code, out, err = run(capsys, "search", "aduanas", "--json")
    assert code == 0, err
    (hit,) = json.loads(out)
    assert set(hit) == MESSAGE_KEYS
    assert hit["conversation"] == 1 and hit["message"] == 7 and hit["sender"] == "lucia"
    assert hit["matched"] == "original" and hit["sent_at"].endswith("Z")
    start, end = hit["spans"][0]
    assert hit["snippet"][start:end] == "aduanas"


def test_a_query_for_people_marks_the_matches(data_dir, capsys):
    code, out, _ = run(capsys, "search", "aduanas")
    assert code == 0 and "[aduanas]" in out and "CONVERSATION" in out


def test_conversation_and_limit(data_dir, capsys):
    code, out, _ = run(capsys, "search", "您", "--conversation", "1", "--limit", "2", "--json")
    assert code == 0 and [h["message"] for h in json.loads(out)] == [8, 5]
    code, out, _ = run(capsys, "--user", "james", "search", "hola", "--json")
    assert code == 0 and json.loads(out) == []                     # Lucía's conversations are not James's


def test_stdin_one_array_per_line_whatever_the_line(data_dir, capsys, monkeypatch):
    lines = ["hola", "", "快递", '"unbalanced', "NEAR AND OR NOT * ^ : ( ) { }", "¡¿!?…", "x" * 10_000,
             "hola\x00mundo", "-", "in:99999999999999999999 hola", "order:0104"]
    raw = ("\n".join(lines) + "\n").encode() + b"\xff\xfe hola \xc3\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    code, out, err = run(capsys, "search", "--stdin")
    assert code == 0 and "Traceback" not in err
    arrays = [json.loads(line) for line in out.splitlines()]
    assert len(arrays) == len(lines) + 1
    assert [h["message"] for h in arrays[0]] == [15, 2] and arrays[1] == [] and arrays[-2][0]["message"] == 6
    assert [h["message"] for h in arrays[-1]] == [15, 2]            # undecodable bytes are separators


def test_products_and_orders(data_dir, capsys):
    code, out, _ = run(capsys, "search", "--products", "bluetooth", "--json")
    products = json.loads(out)
    assert code == 0 and products and set(products[0]) == {"id", "title", "store", "spans"}
    code, out, _ = run(capsys, "search", "--products", "bluetooth", "--store", "yiwu-home", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "search", "--orders", "0104", "--json")
    (order,) = json.loads(out)
    assert code == 0 and order["number"] == "8190000000000104" and order["field"] == "number"
    assert set(order) == {"id", "number", "created_at", "field", "text", "spans"}


def test_check_and_rebuild(data_dir, capsys):
    code, out, _ = run(capsys, "search", "--check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True and json.loads(out)["pending"] == 0
    code, out, err = run(capsys, "search", "--rebuild")
    assert code == 0 and "rebuilt" in out and "Building the search index" in err


def test_usage_errors_exit_2(data_dir, capsys):
    for argv in (["search"], ["search", "x", "--limit", "0"], ["search", "x", "--limit", "99999999999999999999"],
                 ["search", "x", "--conversation", "99999999999999999999"], ["search", "x", "--conversation", "-1"],
                 ["search", "x", "--conversation", "4"], ["search", "x", "--stdin"], ["search", "--check", "--rebuild"]):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "Traceback" not in err, (argv, err)


def test_a_real_process_with_binary_input(data_dir):
    result = subprocess.run([sys.executable, "-m", "desktop", "search", "--stdin"],
                            input=b"hola\n\x00\x00\n\xff\xff\xff\n" + b'"' * 10_001 + b"\n",
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [len(json.loads(line)) for line in result.stdout.decode().splitlines()] == [2, 0, 0, 0]
