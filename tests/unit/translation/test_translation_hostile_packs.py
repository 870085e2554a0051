"""Pack files that must be refused before anything is written."""

from __future__ import annotations

import json
import stat
import zipfile

import pytest

from desktop.core.translation import pack_archive, packs
from desktop.core.translation.argos_env import packages_dir, staging_dir

META = json.dumps({"from_code": "es", "to_code": "en", "package_version": "1.0"})


def make_zip(path, members, *, compression=zipfile.ZIP_DEFLATED):
    """`members`: (name, bytes) or (ZipInfo, bytes)."""
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def good_members(top="pack"):
    return [
        (f"{top}/metadata.json", META),
        (f"{top}/model/model.bin", b"\0" * 100),
        (f"{top}/sentencepiece.model", b"sp"),
    ]


def assert_refused(data_dir, archive, match):
    with pytest.raises(packs.PackError, match=match):
        packs.install(data_dir, archive)
    root = packages_dir(data_dir)
    assert not root.exists() or list(root.iterdir()) == [] or all(
        (p / "metadata.json").exists() for p in root.iterdir())
    staging = staging_dir(data_dir)
    assert not staging.exists() or list(staging.iterdir()) == []


def test_a_well_formed_minimal_archive_passes_inspection(tmp_path):
    manifest = packs.inspect_archive(make_zip(tmp_path / "ok.argosmodel", good_members()))
    assert (manifest.folder, manifest.from_code, manifest.to_code, manifest.version) == ("pack", "es", "en", "1.0")


@pytest.mark.parametrize("name", ["pack/../evil.txt", "../evil.txt", "pack/model/../../evil"])
def test_dot_dot_members_are_refused(data_dir, tmp_path, name):
    archive = make_zip(tmp_path / "x.argosmodel", good_members() + [(name, b"x")])
    assert_refused(data_dir, archive, "leaves its folder")
    assert not (data_dir / "argos" / "evil.txt").exists()


@pytest.mark.parametrize("name", ["/etc/evil", "C:/evil", "pack\\..\\evil"])
def test_absolute_and_backslash_members_are_refused(data_dir, tmp_path, name):
    archive = make_zip(tmp_path / "x.argosmodel", good_members() + [(name, b"x")])
    assert_refused(data_dir, archive, "absolute|unsafe")


def test_symlink_members_are_refused(data_dir, tmp_path):
    link = zipfile.ZipInfo("pack/model/link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    link.create_system = 3
    archive = make_zip(tmp_path / "x.argosmodel", good_members() + [(link, "/etc/passwd")])
    assert_refused(data_dir, archive, "link")


def test_a_zip_bomb_is_refused(data_dir, tmp_path):
    bomb = good_members() + [("pack/model/padding.bin", b"\0" * (20 * 1024 * 1024))]
    archive = make_zip(tmp_path / "bomb.argosmodel", bomb)
    assert archive.stat().st_size < 1024 * 1024
    assert_refused(data_dir, archive, "zip bomb")


def test_total_unpacked_size_is_capped(data_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(pack_archive, "MAX_UNPACKED_BYTES", 150)
    archive = make_zip(tmp_path / "big.argosmodel", good_members(), compression=zipfile.ZIP_STORED)
    assert_refused(data_dir, archive, "bytes unpacked")


def test_too_many_members_are_refused(data_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(pack_archive, "MAX_MEMBERS", 5)
    extra = [(f"pack/extra{i}", b"x") for i in range(5)]
    assert_refused(data_dir, make_zip(tmp_path / "many.argosmodel", good_members() + extra), "members")


def test_missing_metadata_is_refused(data_dir, tmp_path):
    archive = make_zip(tmp_path / "x.argosmodel", good_members()[1:])
    assert_refused(data_dir, archive, "metadata.json is missing")


@pytest.mark.parametrize("meta", ["not json", "[1, 2]", '{"from_code": "es"}', '{"from_code": "../x", "to_code": "en"}',
                                  '{"from_code": "es", "to_code": "en", "type": "sbd"}'])
def test_bad_metadata_is_refused(data_dir, tmp_path, meta):
    members = [("pack/metadata.json", meta)] + good_members()[1:]
    assert_refused(data_dir, make_zip(tmp_path / "x.argosmodel", members), "metadata|translation pack")


def test_missing_model_is_refused(data_dir, tmp_path):
    archive = make_zip(tmp_path / "x.argosmodel", [good_members()[0], good_members()[2]])
    assert_refused(data_dir, archive, "model/model.bin is missing")


def test_two_top_level_folders_are_refused(data_dir, tmp_path):
    archive = make_zip(tmp_path / "x.argosmodel", good_members("a") + [("b/readme", b"x")])
    assert_refused(data_dir, archive, "exactly one top-level folder")


def test_files_at_the_top_level_are_refused(data_dir, tmp_path):
    archive = make_zip(tmp_path / "x.argosmodel", good_members() + [("README.md", b"x")])
    assert_refused(data_dir, archive, "outside its one top-level folder")


def test_a_pack_that_would_overwrite_another_pack_is_refused(data_dir, tmp_path, pack_file):
    installed = packs.install(data_dir, pack_file("en", "zh"))
    before = (installed.path / "metadata.json").read_text()
    # An es→en pack whose folder name is the en→zh pack's folder.
    archive = make_zip(tmp_path / "x.argosmodel", good_members(installed.path.name))
    with pytest.raises(packs.PackError, match="already used by another installed pack"):
        packs.install(data_dir, archive)
    with pytest.raises(packs.PackError, match="already used by another installed pack"):
        packs.install(data_dir, archive, replace=True)
    assert (installed.path / "metadata.json").read_text() == before


def test_a_truncated_zip_is_refused(data_dir, tmp_path, pack_file):
    whole = pack_file("es", "en").read_bytes()
    truncated = tmp_path / "truncated.argosmodel"
    truncated.write_bytes(whole[: len(whole) * 2 // 3])
    assert_refused(data_dir, truncated, "truncated or corrupt")


def test_a_corrupt_member_is_refused_and_cleaned_up(data_dir, tmp_path, pack_file):
    data = bytearray(pack_file("es", "en").read_bytes())
    with zipfile.ZipFile(pack_file("es", "en")) as zf:
        info = zf.getinfo("translate-es_en-1_0/model/model.bin")
    # Flip bytes inside the compressed model: the central directory stays valid.
    start = info.header_offset + 30 + len(info.filename.encode()) + 100
    for i in range(start, start + 50):
        data[i] ^= 0xFF
    corrupt = tmp_path / "corrupt.argosmodel"
    corrupt.write_bytes(bytes(data))
    assert_refused(data_dir, corrupt, "corrupt|truncated|larger")
    assert packs.installed(data_dir) == []


def test_a_file_that_is_not_a_zip_is_refused(data_dir, tmp_path):
    other = tmp_path / "photo.argosmodel"
    other.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    assert_refused(data_dir, other, "not a zip archive")


def test_a_missing_file_is_a_clear_error(data_dir, tmp_path):
    with pytest.raises(packs.PackError, match="does not exist"):
        packs.install(data_dir, tmp_path / "nope.argosmodel")


def test_an_oversized_file_is_refused_before_opening(data_dir, tmp_path, monkeypatch, pack_file):
    monkeypatch.setattr(pack_archive, "MAX_ARCHIVE_BYTES", 1000)
    assert_refused(data_dir, pack_file("es", "en"), "too large")


def test_a_member_larger_than_declared_is_refused(data_dir, tmp_path, pack_file, monkeypatch):
    """The sizes in the central directory are a claim; the extractor counts for itself."""
    real_inspect = packs.inspect_zip

    def lying_inspect(zf, label):
        manifest = real_inspect(zf, label)
        for info in manifest.members:
            if info.filename.endswith("model.bin"):
                info.file_size = 10
        return manifest

    monkeypatch.setattr(packs, "inspect_zip", lying_inspect)
    assert_refused(data_dir, pack_file("es", "en"), "larger than the archive says|corrupt")


def test_a_pack_whose_model_does_not_load_is_refused(data_dir, tmp_path):
    """Well-formed zip, all files present, but model.bin is not a model."""
    archive = make_zip(tmp_path / "x.argosmodel", good_members())
    assert_refused(data_dir, archive, "model cannot be loaded")
    assert packs.installed(data_dir) == []


def test_a_pack_appearing_meanwhile_is_not_overwritten(data_dir, pack_file, monkeypatch):
    """Another process installs into the same folder between our checks and our rename."""
    real_extract = packs._extract

    def racing_extract(zf, manifest, dest, progress, cancel):
        real_extract(zf, manifest, dest, progress, cancel)
        other = packages_dir(data_dir) / manifest.folder
        other.mkdir(parents=True)
        (other / "metadata.json").write_text(META)

    monkeypatch.setattr(packs, "_extract", racing_extract)
    with pytest.raises(packs.PackError, match="appeared"):
        packs.install(data_dir, pack_file("es", "en"))
    assert (packages_dir(data_dir) / "translate-es_en-1_0" / "metadata.json").read_text() == META
    assert list(staging_dir(data_dir).iterdir()) == []
