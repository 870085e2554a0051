"""`buzon policy check` in a real subprocess, with hostile standard input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def _run(stdin: bytes, *args: str, data_dir) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", "policy", "check", *args], input=stdin,
                          capture_output=True, cwd=REPO, timeout=120)


def test_json_lines_for_hostile_input(data_dir):
    lines = [
        "Hola, agrégame al wasap 612 345 678".encode(),
        b"\xff\xfe invalid utf-8 \xc3 then whats\xe2\x80\x8bapp",
        "\u200f\u202eRTL marks עברית and emoji 😀👍🏽".encode(),
        b"",
        ("x" * 19_990 + " telegram").encode(),      # the longest a message can be (a longer line: test_hostile_lengths)
        "¿Aceptan PayPal?".encode(),
        "juan\udcffarroba".encode("utf-8", "surrogatepass"),
    ]
    result = _run(b"\n".join(lines) + b"\n", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(out) == len(lines)
    assert [o["blocked"] for o in out] == [True, True, False, False, True, False, False]
    first = out[0]
    assert {(m["category"], m["text"]) for m in first["matches"]} == {
        ("messaging_app", "wasap"), ("phone", "612 345 678")}
    assert all(set(m) == {"category", "start", "end", "text"} for o in out for m in o["matches"])
    decoded = lines[1].decode("utf-8", errors="surrogateescape")
    match = out[1]["matches"][0]
    assert decoded[match["start"]:match["end"]] == "whats\u200bapp" == match["text"]
    assert out[4]["matches"][0]["start"] == 19_991


def test_human_readable_output(data_dir):
    result = _run(b"bizum\ngracias\n", data_dir=data_dir)
    assert result.returncode == 0
    first, second = result.stdout.decode().splitlines()
    assert first.startswith("refused: off_platform_payment") and "outside the platform" in first
    assert second == "ok"


def test_no_input_no_output(data_dir):
    result = _run(b"", "--json", data_dir=data_dir)
    assert result.returncode == 0 and result.stdout == b""
