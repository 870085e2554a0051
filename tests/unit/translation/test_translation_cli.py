"""`buzon packs`, `buzon translate` and `buzon lang detect`, in-process and in one subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile

import pytest

from desktop.cli import main
from desktop.core.translation import packs


def run(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_packs_install_list_remove(data_dir, capsys, pack_file):
    code, out, err = run(capsys, "packs", "list", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, err = run(capsys, "packs", "install", str(pack_file("es", "en")))
    assert code == 0 and "Installed es→en (version 1.0)" in out
    code, out, err = run(capsys, "packs", "install", str(pack_file("en", "zh")), "--json")
    assert code == 0 and json.loads(out) == {"from": "en", "to": "zh", "version": "1.0"}
    code, out, err = run(capsys, "packs", "list", "--json")
    assert json.loads(out) == [{"from": "en", "to": "zh", "version": "1.0"}, {"from": "es", "to": "en", "version": "1.0"}]
    code, out, err = run(capsys, "packs", "list")
    assert "FROM" in out and "es" in out
    code, out, err = run(capsys, "packs", "remove", "es", "en")
    assert code == 0 and "Removed es→en" in out
    assert [p.from_code for p in packs.installed(data_dir)] == ["en"]


def test_packs_install_refusals_exit_non_zero_with_the_reason(data_dir, capsys, pack_file, tmp_path):
    code, out, err = run(capsys, "packs", "install", str(tmp_path / "missing.argosmodel"))
    assert code == 1 and "does not exist" in err
    bad = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("../evil", b"x")
    code, out, err = run(capsys, "packs", "install", str(bad))
    assert code == 1 and "leaves its folder" in err
    run(capsys, "packs", "install", str(pack_file("es", "en")))
    code, out, err = run(capsys, "packs", "install", str(pack_file("es", "en")))
    assert code == 1 and "already installed" in err and "--replace" in err
    code, out, err = run(capsys, "packs", "install", "--replace", str(pack_file("es", "en")))
    assert code == 0
    code, out, err = run(capsys, "packs", "remove", "fr", "de")
    assert code == 2 and "No pack fr→de" in err


def test_packs_available_offline_is_a_clear_error(data_dir, capsys, monkeypatch):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", f"http://127.0.0.1:{port}/")
    code, out, err = run(capsys, "packs", "available")
    assert code == 1 and "Cannot reach 127.0.0.1" in err


def test_translate_text_and_json(installed_packs, capsys):
    code, out, err = run(capsys, "translate", "--from", "es", "--to", "en", "Hola, ¿tienen talla M?")
    assert code == 0 and out.strip()
    plain = out.strip()
    code, out, err = run(capsys, "translate", "--from", "es", "--to", "zh", "--json", "Hola,", "¿tienen", "talla", "M?")
    row = json.loads(out)
    assert code == 0 and row["from"] == "es" and row["to"] == "zh" and row["text"] == "Hola, ¿tienen talla M?"
    assert row["pack_version"] == "1.0+1.0" and row["translation"]
    code, out, err = run(capsys, "translate", "--from", "es", "--to", "en", "--json", "Hola, ¿tienen talla M?")
    assert json.loads(out)["translation"] == plain


def test_translate_stdin_lines_with_detection(installed_packs, capsys, monkeypatch):
    code, out, err = run(capsys, "translate", "--to", "en", "--json",
                         stdin="¿Cuándo llega mi pedido? Lo pagué hace diez días.\n👍\n\nQuiero cancelar el pedido, por favor.\n",
                         monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["from"] for r in rows] == ["es", "und", "und", "es"]
    assert rows[1]["translation"] == "👍" and rows[2]["translation"] == ""
    assert rows[0]["translation"] and rows[0]["translation"] != rows[0]["text"]


def test_translate_without_a_pack_names_the_missing_packs(installed_packs, capsys):
    code, out, err = run(capsys, "translate", "--from", "zh", "--to", "es", "你好")
    assert code == 1 and "No language pack translates zh→es" in err and "zh→en and en→es" in err


def test_lang_detect_lines(data_dir, capsys, monkeypatch):
    code, out, err = run(capsys, "lang", "detect", "--json",
                         stdin="¿Cuándo llega mi pedido?\nWhen will my order arrive?\n我的订单什么时候到？\n\n",
                         monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["lang"] for r in rows] == ["es", "en", "zh", "und"]
    assert all(set(r) == {"lang", "confidence"} for r in rows)
    code, out, err = run(capsys, "lang", "detect", "--fallback", "it", stdin="OK\n", monkeypatch=monkeypatch)
    assert out.split()[0] == "it"


def test_commands_do_not_open_the_database(installed_packs, capsys, monkeypatch):
    from desktop.core.context import AppContext

    def no_db(self, *args, **kwargs):
        raise AssertionError("the database was opened")

    monkeypatch.setattr(AppContext, "db", no_db)
    assert run(capsys, "packs", "list", "--json")[0] == 0
    assert run(capsys, "translate", "--from", "es", "--to", "en", "Hola.")[0] == 0
    assert run(capsys, "lang", "detect", stdin="Hola\n", monkeypatch=monkeypatch)[0] == 0
    assert not (installed_packs / "buzon.sqlite3").exists()


@pytest.mark.slow
def test_a_real_process_translates(installed_packs):
    proc = subprocess.run([sys.executable, "-m", "desktop", "translate", "--from", "es", "--to", "en", "--json", "Gracias."],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["translation"]


@pytest.mark.timeout(120)
def test_lang_detect_answers_a_one_megabyte_line_and_goes_on(data_dir, capsys, monkeypatch):
    """The report's line that never finished: a megabyte without a blank (with an @ and a
    dot near its end, the worst case for an e-mail pattern)."""
    line = "a" * 1_000_000 + "@b.c"
    code, out, err = run(capsys, "lang", "detect", "--json", stdin=f"{line}\nGracias por todo, hasta mañana\n",
                         monkeypatch=monkeypatch)
    rows = [json.loads(row) for row in out.splitlines()]
    assert code == 0 and len(rows) == 2 and rows[1]["lang"] == "es"


def test_long_lines_are_cut_to_their_head():
    from desktop.commands.lang import line_heads

    stream = io.BytesIO(b"x" * 100_000 + b"\n" + "ñandú\n".encode() + b"last")
    assert [len(h) for h in line_heads(stream, 10)] == [10, 5, 4]
    stream = io.BytesIO("ñ".encode() * 10 + b"\n")
    assert next(line_heads(stream, 5)) == "ññ\udcc3"     # a character cut in two stays an escape
