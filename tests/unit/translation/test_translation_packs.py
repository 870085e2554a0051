"""Installing, listing and removing language packs, with the real archive code."""

from __future__ import annotations

import errno
import json
import zipfile

import pytest

from desktop.core.errors import UsageError
from desktop.core.translation import packs
from desktop.core.translation.argos_env import packages_dir, staging_dir


def leftovers(data_dir):
    """Everything an install may leave in the staging folder."""
    root = staging_dir(data_dir)
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def test_install_lists_and_returns_the_pack(data_dir, pack_file):
    seen = []
    info = packs.install(data_dir, pack_file("es", "en"), progress=lambda done, total: seen.append((done, total)))
    assert (info.from_code, info.to_code, info.version) == ("es", "en", "1.0")
    assert info.path == packages_dir(data_dir) / "translate-es_en-1_0"
    assert (info.path / "model" / "model.bin").is_file()
    assert (info.path / "sentencepiece.model").is_file()
    assert packs.installed(data_dir) == [info]
    assert info.to_json() == {"from": "es", "to": "en", "version": "1.0"}
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert leftovers(data_dir) == []


def test_installed_is_empty_without_a_packs_folder(data_dir):
    assert packs.installed(data_dir) == []


def test_installed_skips_folders_that_are_not_packs(data_dir, pack_file):
    packs.install(data_dir, pack_file("es", "en"))
    (packages_dir(data_dir) / "junk").mkdir()
    (packages_dir(data_dir) / "loose.txt").write_text("x")
    assert [(p.from_code, p.to_code) for p in packs.installed(data_dir)] == [("es", "en")]


def test_same_pair_again_raises_pack_exists_and_keeps_the_old_one(data_dir, pack_file):
    first = packs.install(data_dir, pack_file("es", "en"))
    model_before = (first.path / "model" / "model.bin").read_bytes()
    with pytest.raises(packs.PackExists) as err:
        packs.install(data_dir, pack_file("es", "en"))
    assert err.value.existing == first and err.value.offered_version == "1.0"
    assert "already installed" in err.value.message
    assert (first.path / "model" / "model.bin").read_bytes() == model_before


def test_replace_swaps_the_pack(data_dir, tmp_path, tiny_pack_folders, pack_builder):
    packs.install(data_dir, pack_builder.zip_folder(tiny_pack_folders[("es", "en")], tmp_path / "a.argosmodel"))
    # Version 2.0 of es→en, with the weights of another pack, in another folder name.
    newer = tmp_path / "newer"
    import shutil

    shutil.copytree(tiny_pack_folders[("en", "es")], newer)
    meta = json.loads((newer / "metadata.json").read_text())
    meta.update(from_code="es", to_code="en", package_version="2.0")
    (newer / "metadata.json").write_text(json.dumps(meta))
    archive = pack_builder.zip_folder(newer, tmp_path / "b.argosmodel", arcname="translate-es_en-2_0")
    info = packs.install(data_dir, archive, replace=True)
    assert [(p.from_code, p.to_code, p.version, p.path.name) for p in packs.installed(data_dir)] == [
        ("es", "en", "2.0", "translate-es_en-2_0")
    ]
    assert (info.path / "model" / "model.bin").read_bytes() == (
        tiny_pack_folders[("en", "es")] / "model" / "model.bin").read_bytes()
    assert leftovers(data_dir) == []


def test_remove_deletes_the_folder(data_dir, pack_file):
    info = packs.install(data_dir, pack_file("es", "en"))
    packs.install(data_dir, pack_file("en", "zh"))
    removed = packs.remove(data_dir, "es", "en")
    assert removed == info and not info.path.exists()
    assert [(p.from_code, p.to_code) for p in packs.installed(data_dir)] == [("en", "zh")]
    assert leftovers(data_dir) == []


def test_remove_of_a_missing_pair_is_a_usage_error(data_dir):
    with pytest.raises(UsageError, match="No pack es→en"):
        packs.remove(data_dir, "es", "en")


def test_argos_sees_the_same_packs(data_dir, pack_file):
    from desktop.core.translation.argos_env import load_argos

    packs.install(data_dir, pack_file("es", "en"))
    packs.install(data_dir, pack_file("en", "zh"))
    package, _ = load_argos(data_dir)
    found = sorted((p.from_code, p.to_code, p.package_version) for p in package.get_installed_packages())
    assert found == [("en", "zh", "1.0"), ("es", "en", "1.0")]


def test_full_disk_during_extraction_leaves_no_pack(data_dir, pack_file, monkeypatch):
    real_open = open
    calls = {"n": 0}

    def failing_open(path, mode="r", *args, **kwargs):
        if "x" in mode:
            calls["n"] += 1
            if calls["n"] == 3:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing_open)
    with pytest.raises(packs.PackError, match="disk is full"):
        packs.install(data_dir, pack_file("es", "en"))
    monkeypatch.undo()
    assert packs.installed(data_dir) == []
    assert list(packages_dir(data_dir).iterdir()) == []
    assert leftovers(data_dir) == []


def test_too_little_free_space_is_refused_before_writing(data_dir, pack_file, monkeypatch):
    monkeypatch.setattr(packs.shutil, "disk_usage", lambda path: type("U", (), {"free": 1024})())
    with pytest.raises(packs.PackError, match="Not enough disk space"):
        packs.install(data_dir, pack_file("es", "en"))
    assert packs.installed(data_dir) == []


def test_interrupted_install_leaves_nothing(data_dir, pack_file, monkeypatch):
    real_write = zipfile.ZipExtFile.read
    state = {"n": 0}

    def interrupted(self, n=-1):
        state["n"] += 1
        if state["n"] == 4:
            raise KeyboardInterrupt
        return real_write(self, n)

    monkeypatch.setattr(zipfile.ZipExtFile, "read", interrupted)
    with pytest.raises(KeyboardInterrupt):
        packs.install(data_dir, pack_file("es", "en"))
    monkeypatch.undo()
    assert packs.installed(data_dir) == [] and leftovers(data_dir) == []
    # ...and the same file installs cleanly afterwards.
    assert packs.install(data_dir, pack_file("es", "en")).from_code == "es"


def test_cancel_stops_the_install(data_dir, pack_file):
    import threading

    cancel = threading.Event()
    with pytest.raises(packs.PackError, match="cancelled"):
        packs.install(data_dir, pack_file("es", "en"), cancel=cancel,
                      progress=lambda done, total: cancel.set() if done else None)
    assert packs.installed(data_dir) == [] and leftovers(data_dir) == []


def test_failed_replace_keeps_the_old_pack(data_dir, pack_file, monkeypatch):
    old = packs.install(data_dir, pack_file("es", "en"))
    real_rename = packs.os.rename

    def rename(src, dst):
        if "install-" in str(src):
            raise OSError(errno.EIO, "I/O error")
        return real_rename(src, dst)

    monkeypatch.setattr(packs.os, "rename", rename)
    with pytest.raises(packs.PackError):
        packs.install(data_dir, pack_file("es", "en"), replace=True)
    monkeypatch.undo()
    assert packs.installed(data_dir) == [old] and (old.path / "model" / "model.bin").is_file()
    assert leftovers(data_dir) == []
