"""Pack files made to hurt: devices, central directories with a million entries, lying
end records, metadata nested 200,000 levels, language codes with a newline.

Memory is measured where it can be: in a child process of its own (`pack_probe.py`),
whose peak resident size must stay under 100 MB whatever the file; the children run
under an address-space limit and a timeout, so a regression fails the test instead of
taking the machine down.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import hostile_zips
from desktop.cli import main
from desktop.core.translation import bounded_json, pack_archive, packs
from desktop.core.translation.argos_env import packages_dir

PROBE = str(Path(__file__).with_name("pack_probe.py"))
MEMORY_BUDGET_MB = 100
ADDRESS_SPACE_LIMIT = 1536 * 1024 * 1024
GOOD_META = {"from_code": "es", "to_code": "en", "package_version": "1.0"}


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))


def probe(data_dir: Path, file: Path | str) -> dict:
    """Install `file` in a fresh process; its verdict, peak memory and time."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the probe reads its peak memory from /proc")
    done = subprocess.run([sys.executable, PROBE, str(data_dir), str(file)], capture_output=True, text=True,
                          timeout=120, preexec_fn=_limited, cwd=Path(__file__).parent)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def zip_with_metadata(path: Path, metadata: str | bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("pack/metadata.json", metadata)
        zf.writestr("pack/model/model.bin", b"\0" * 100)
        zf.writestr("pack/sentencepiece.model", b"sp")
    return path


# -- files that are not regular files --------------------------------------------------

@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_before_reading(data_dir, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    result = probe(data_dir, device)
    assert result["outcome"] == "refused", result
    assert "not a language pack file" in result["message"] and device in result["message"]
    assert result["peak_rss_mb"] < MEMORY_BUDGET_MB


def test_a_fifo_is_refused_without_blocking(data_dir, tmp_path):
    fifo = tmp_path / "pack.argosmodel"
    os.mkfifo(fifo)
    result = probe(data_dir, fifo)         # nobody writes to it: opening it for reading would block
    assert result["outcome"] == "refused" and "pipe" in result["message"], result


def test_a_folder_is_refused(data_dir, tmp_path):
    with pytest.raises(packs.PackError, match="is a folder"):
        packs.install(data_dir, tmp_path)


def test_packs_install_dev_zero_exits_1_naming_it(data_dir):
    done = subprocess.run([sys.executable, "-m", "desktop", "packs", "install", "/dev/zero"], capture_output=True,
                          text=True, timeout=120, preexec_fn=_limited)
    assert done.returncode == 1, done.stderr
    assert "/dev/zero is a device" in done.stderr and "Traceback" not in done.stderr


# -- central directories that would cost gigabytes -------------------------------------

@pytest.mark.parametrize("build, reason", [
    # the report's attack at an eighth of its size: a real directory of a million entries
    (lambda p: hostile_zips.many_entries(p, 1_000_000), "1000000 members"),
    # the classic record says 3 members, the ZIP64 record a million
    (lambda p: hostile_zips.many_entries(p, 1_000_000, classic_entries=3), "1000000 members"),
    # no ZIP64: the record says 3 members, but zipfile walks the directory by its size
    (lambda p: hostile_zips.many_entries(p, 1_000_000, zip64=False, classic_entries=3), "central directory of"),
    # the report's 8 million entries in 376 MB, as a claim over a sparse file
    (lambda p: hostile_zips.claims_only(p, 8_000_000, 376_000_000), "8000000 members"),
], ids=["zip64-million", "zip64-classic-lies", "classic-count-lies", "claimed-8-million"])
def test_a_huge_central_directory_is_refused_in_bounded_memory(data_dir, tmp_path, build, reason):
    archive = build(tmp_path / "many.argosmodel")
    result = probe(data_dir, archive)
    assert result["outcome"] == "refused", result
    assert reason in result["message"]
    assert result["peak_rss_mb"] < MEMORY_BUDGET_MB, result
    assert not packages_dir(data_dir).exists()


def test_an_unchecked_directory_still_cannot_be_read_into_memory(data_dir, tmp_path, monkeypatch):
    """Belt and braces: if zipfile found another directory than our check did, the file
    it reads through refuses the oversized read."""
    monkeypatch.setattr(pack_archive, "check_directory_claims", lambda fp, size, label: None)
    archive = hostile_zips.many_entries(tmp_path / "many.argosmodel", 200_000)
    with pytest.raises(packs.PackError, match="asks for a read of 9400000 bytes"):
        packs.install(data_dir, archive)


def test_the_end_records_of_a_real_pack_pass(pack_file):
    archive = pack_file("es", "en")
    with open(archive, "rb") as fp:
        pack_archive.check_directory_claims(fp, archive.stat().st_size, archive.name)


def test_a_pack_with_zip64_end_records_installs(data_dir, tmp_path, pack_file):
    """The ZIP64 records an archiver writes for big archives are read, not refused."""
    archive = hostile_zips.as_zip64(pack_file("es", "en"), tmp_path / "zip64.argosmodel")
    assert b"PK\x06\x06" in archive.read_bytes()[-200:]
    assert packs.install(data_dir, archive).from_code == "es"


# -- metadata.json -----------------------------------------------------------------------

@pytest.mark.parametrize("metadata, reason", [
    ("[" * 200_000, "oversized"),                     # the report's file: refused by its size
    ("[" * 60_000, "unreadable metadata.json .*nested"),   # under the size cap: by its depth
])
def test_deeply_nested_metadata_is_refused_not_a_crash(data_dir, tmp_path, metadata, reason):
    archive = zip_with_metadata(tmp_path / "nested.argosmodel", metadata)
    with pytest.raises(packs.PackError, match=reason):
        packs.install(data_dir, archive)


def test_packs_install_of_nested_metadata_exits_1(data_dir, tmp_path, capsys):
    archive = zip_with_metadata(tmp_path / "nested.argosmodel", '{"a": ' * 10_000)
    assert main(["packs", "install", str(archive)]) == 1
    assert "metadata.json" in capsys.readouterr().err


def test_oversized_metadata_is_refused(data_dir, tmp_path):
    meta = json.dumps({**GOOD_META, "padding": "x" * (pack_archive.MAX_METADATA_BYTES + 1)})
    with pytest.raises(packs.PackError, match="oversized metadata.json"):
        packs.install(data_dir, zip_with_metadata(tmp_path / "big.argosmodel", meta))


@pytest.mark.parametrize("code", ["es\n", "es\n\n", "\nes", "es ", "es\r", "es\x00", "ES", "e"])
def test_language_codes_are_matched_whole(data_dir, tmp_path, code):
    meta = json.dumps({**GOOD_META, "from_code": code})
    with pytest.raises(packs.PackError, match="no valid from_code"):
        packs.install(data_dir, zip_with_metadata(tmp_path / "code.argosmodel", meta))


@pytest.mark.parametrize("code", ["es", "zho", "pt_BR", "zh-Hant", "pb", "zt"])
def test_real_language_codes_are_valid(code):
    assert pack_archive.valid_lang_code(code)


def test_a_pack_folder_with_a_newline_code_does_not_break_packs_list(data_dir, capsys, pack_file):
    """A folder left by an older Buzón (or put there by hand) with "es\\n" is skipped."""
    packs.install(data_dir, pack_file("en", "zh"))
    bad = packages_dir(data_dir) / "translate-bad"
    bad.mkdir()
    (bad / "metadata.json").write_text(json.dumps({**GOOD_META, "from_code": "es\n"}))
    (packages_dir(data_dir) / "nested").mkdir()
    (packages_dir(data_dir) / "nested" / "metadata.json").write_text("[" * 200_000)
    assert main(["packs", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"from": "en", "to": "zh", "version": "1.0"}]


# -- the bounded JSON reader ---------------------------------------------------------------

@pytest.mark.parametrize("text, depth", [
    ("{}", 1), ("[[]]", 2), ('{"a": [1, {"b": []}]}', 4), ('"[[["', 0),
    ('{"a": "[[[\\"[[", "b": ["\\\\"]}', 2), ('["\\\\", "[["]', 1), ("42", 0),
])
def test_nesting_depth_ignores_brackets_in_strings(text, depth):
    assert bounded_json.nesting_depth(text) == depth


def test_bounded_json_refuses_size_and_depth_before_parsing():
    with pytest.raises(bounded_json.JsonRefused, match="nested"):
        bounded_json.loads("[" * 33 + "]" * 33, max_bytes=1000)
    assert bounded_json.loads("[" * 32 + "]" * 32, max_bytes=1000) == [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
    with pytest.raises(bounded_json.JsonRefused, match="more than"):
        bounded_json.loads(b"[]" * 600, max_bytes=1000)
    with pytest.raises(ValueError):
        bounded_json.loads(b'{"a": "\xff"}', max_bytes=1000)


def test_nesting_depth_is_linear_on_hostile_strings():
    """Unterminated strings of escaped quotes: a backtracking pattern would be quadratic
    here (hours for this size); a hang ends at pytest's timeout."""
    assert bounded_json.nesting_depth('"' + '\\"[' * 1_000_000) == 0
    assert bounded_json.nesting_depth("[" * 2_000_000) == 2_000_000
