"""The compiled policy kept on disk (issue 12): built once, loaded by the next process, rebuilt
when the rules or the code change, never trusted when unreadable or damaged."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.config import resources_dir
from desktop.core.errors import KnownError
from desktop.core.policy import PolicyChecker
from desktop.core.policy import pattern_store
from desktop.core.policy.pattern_store import PREFIX, SUFFIX, PatternStore
from desktop.core.policy.rules import read_rules_files

REPO = Path(__file__).resolve().parents[3]
SAMPLES = ["hola, ¿tienen la talla 39?", "wasap 612345678", "Contact us at ventas@mi-tienda.com", "margeleT no em dda",
           "te, e, ele, e, ge, erre, a, eme", "empieza por 655 12 y termina en 34 56", "I changed my email in the app",
           "je préfère un virement direct, sans la plateforme", "我的手机六五五一二三四五六七", "gracias.Me encanta"]


@pytest.fixture
def rules(tmp_path):
    folder = tmp_path / "policy"
    shutil.copytree(resources_dir() / "policy", folder)
    return folder


def kept_file(cache: Path) -> Path:
    files = list(cache.glob(f"{PREFIX}*{SUFFIX}"))
    assert len(files) == 1, files
    return files[0]


def verdicts(checker: PolicyChecker) -> list:
    return [checker.check(t).to_json() for t in SAMPLES]


def test_the_second_build_loads_every_pattern_and_they_are_the_compiled_ones(rules, tmp_path):
    cache = tmp_path / "cache"
    first = PolicyChecker.from_folder(rules, cache)
    assert first.rules.patterns.loaded == 0 and kept_file(cache).stat().st_size > 0
    second = PolicyChecker.from_folder(rules, cache)
    assert second.rules.patterns.loaded > 50
    assert verdicts(second) == verdicts(first) == verdicts(PolicyChecker.from_folder(rules))
    # Equal patterns have the same flags, source and program: the kept program is re.compile's own.
    assert second.rules.term_regex == re.compile(second.rules.term_regex.pattern)
    for term in second.rules.terms:
        for context in (term.before, term.after, term.near, term.unless):
            if context is not None:
                assert context == re.compile(context.pattern)


def test_another_process_loads_the_kept_patterns(rules, tmp_path):
    cache = tmp_path / "cache"
    PolicyChecker.from_folder(rules, cache)
    script = ("import sys, json; from pathlib import Path; from desktop.core.policy import PolicyChecker;"
              "c = PolicyChecker.from_folder(Path(sys.argv[1]), Path(sys.argv[2]));"
              "print(json.dumps([c.rules.patterns.loaded, c.check(sys.argv[3]).blocked]))")
    out = subprocess.run([sys.executable, "-c", script, str(rules), str(cache), "wasap 612345678"],
                         capture_output=True, text=True, cwd=REPO, timeout=120, check=True)
    loaded, blocked = json.loads(out.stdout)
    assert loaded > 50 and blocked


def test_a_rules_edit_builds_another_file_and_forgets_the_old_one(rules, tmp_path):
    cache = tmp_path / "cache"
    PolicyChecker.from_folder(rules, cache)
    old = kept_file(cache)
    path = rules / "messaging_app.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["terms"]["any"].append("chatzilla")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    checker = PolicyChecker.from_folder(rules, cache)
    assert checker.check("escríbeme por chatzilla").blocked
    assert kept_file(cache) != old and not old.exists()


def test_a_code_change_is_another_key(rules, monkeypatch):
    contents = read_rules_files(rules)
    before = pattern_store.source_key(contents)
    monkeypatch.setattr(pattern_store, "_code_sources", lambda: {"detectors.py": b"changed"})
    assert pattern_store.source_key(contents) != before


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty", "another_python", "bad_program",
                                    "directory", "dev_zero", "fifo"])
def test_a_damaged_file_is_never_trusted(rules, tmp_path, damage):
    cache = tmp_path / "cache"
    expected = verdicts(PolicyChecker.from_folder(rules, cache))
    path = kept_file(cache)
    data = path.read_bytes()
    head, _, body = data.partition(b"\n")
    index, _, blob = body.partition(b"\n")
    if damage == "flip":
        path.write_bytes(data[:-100] + bytes([data[-100] ^ 0xFF]) + data[-99:])
    elif damage == "truncate":
        path.write_bytes(data[:len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(5000))
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage in ("another_python", "bad_program"):
        content = json.loads(index)
        if damage == "another_python":
            content["engine"] = "2.7.18"
        else:                                     # a program the engine must refuse, with a valid checksum
            blob = bytes(len(blob))
        body = json.dumps(content).encode() + b"\n" + blob
        path.write_bytes(f"{pattern_store.MAGIC} {hashlib.sha256(body).hexdigest()}\n".encode() + body)
    elif damage == "directory":
        path.unlink()
        path.mkdir()
    elif damage == "dev_zero":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        path.unlink()
        path.symlink_to("/dev/zero")
    elif damage == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no fifos here")
        path.unlink()
        os.mkfifo(path)
    checker = PolicyChecker.from_folder(rules, cache)
    assert checker.rules.patterns.loaded == 0
    assert verdicts(checker) == expected
    if damage not in ("directory", "dev_zero", "fifo"):
        # Rewritten whole: the next process loads it.
        assert PolicyChecker.from_folder(rules, cache).rules.patterns.loaded > 50


def test_a_cache_folder_that_cannot_be_written_only_costs_time(rules, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    checker = PolicyChecker.from_folder(rules, blocker / "cache")
    assert verdicts(checker) == verdicts(PolicyChecker.from_folder(rules))


def test_without_a_cache_folder_nothing_is_kept(rules, tmp_path):
    store = PatternStore()
    assert store.compile("a+b").match("aab") and store.path is None
    store.save()
    assert not list(tmp_path.rglob(f"*{SUFFIX}"))


def test_a_missing_rules_file_is_still_reported_by_name(rules, tmp_path):
    (rules / "phone.json").unlink()
    with pytest.raises(KnownError, match="phone.json"):
        PolicyChecker.from_folder(rules, tmp_path / "cache")
