"""Language packs: list, install (checked, atomic), remove.

A pack is an argos package: a zip (`.argosmodel`) holding exactly one folder with
`metadata.json` (`from_code`, `to_code`, `package_version`), a CTranslate2 model in
`model/` and `sentencepiece.model`. Installed packs live in `<data_dir>/argos/packages`
so that argostranslate sees the same ones.

An archive is checked completely before a byte is written (see `pack_archive`), is
extracted into a staging folder beside the packages folder, and only then renamed into
place; whatever happens before the rename (a corrupt member, a full disk, a crash)
leaves no pack behind, and a replaced pack is swapped, not deleted first.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import threading
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import UsageError
from desktop.core.translation.argos_env import packages_dir, staging_dir
from desktop.core.translation.pack_archive import (
    MAX_ARCHIVE_BYTES, MAX_METADATA_BYTES, ArchiveManifest, PackError, inspect_zip, member_path, open_zip,
    parse_metadata, valid_lang_code,
)

__all__ = ["MAX_ARCHIVE_BYTES", "ArchiveManifest", "PackError", "PackExists", "PackInfo", "available", "download",
           "find", "inspect_archive", "install", "installed", "remove", "valid_lang_code"]

log = logging.getLogger(__name__)

DISK_MARGIN_BYTES = 16 * 1024 * 1024
STALE_STAGING_SECONDS = 3600

Progress = Callable[[int, int], None]


class PackExists(PackError):
    """The pair is already installed; install again with `replace=True` to swap it."""

    def __init__(self, existing: PackInfo, offered_version: str):
        super().__init__(
            f"A pack {existing.from_code}→{existing.to_code} is already installed "
            f"(version {existing.version}; this file has version {offered_version}).",
            hint="Replace it (buzon packs install --replace FILE) or keep the installed one.",
            text_id="pack_exists", args={"pair": f"{existing.from_code}→{existing.to_code}",
                                         "installed": existing.version, "offered": offered_version},
        )
        self.existing = existing
        self.offered_version = offered_version


@dataclass(frozen=True)
class PackInfo:
    """An installed pack: its language pair, version and folder."""

    from_code: str
    to_code: str
    version: str
    path: Path

    def to_json(self) -> dict:
        return {"from": self.from_code, "to": self.to_code, "version": self.version}


def read_metadata(folder: Path) -> dict | None:
    """An installed folder's metadata.json, or None if it is missing or not a pack's."""
    try:
        with open(folder / "metadata.json", "rb") as f:
            return parse_metadata(f.read(MAX_METADATA_BYTES + 1), folder.name)
    except (OSError, PackError):
        return None


def installed(data_dir: Path) -> list[PackInfo]:
    """The installed packs, sorted by pair; folders that are not packs are skipped."""
    root = packages_dir(data_dir)
    try:
        entries = list(root.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise PackError(f"The packs folder {root} cannot be read ({exc.strerror}).",
                        text_id="packs_folder_unreadable", args={"folder": root}, detail=exc.strerror or str(exc)) from exc
    packs = []
    for entry in entries:
        if not entry.is_dir():
            continue
        meta = read_metadata(entry)
        if meta is None or not valid_lang_code(meta.get("from_code")) or not valid_lang_code(meta.get("to_code")):
            log.warning("skipping %s: not a language pack", entry)
            continue
        packs.append(PackInfo(meta["from_code"], meta["to_code"], str(meta.get("package_version", "")), entry))
    return sorted(packs, key=lambda p: (p.from_code, p.to_code, p.path.name))


def find(data_dir: Path, from_code: str, to_code: str) -> PackInfo | None:
    """The installed pack for a pair, if any."""
    for pack in installed(data_dir):
        if pack.from_code == from_code and pack.to_code == to_code:
            return pack
    return None


@contextlib.contextmanager
def _zip_errors_refused(label: str) -> Iterator[None]:
    """What a damaged archive raises while it is read, as the PackError a user can act on."""
    try:
        yield
    except (zipfile.BadZipFile, zlib.error, UnicodeDecodeError) as exc:
        raise PackError(f"The pack file {label} is corrupt ({exc}); nothing was installed.",
                        hint="Download it again.",
                        text_id="pack_corrupt", args={"file": label}, detail=str(exc)) from exc
    except EOFError as exc:
        raise PackError(f"The pack file {label} is truncated; nothing was installed.",
                        hint="Download it again.",
                        text_id="pack_truncated", args={"file": label}) from exc
    except NotImplementedError as exc:
        raise PackError(f"The pack file {label} uses an unsupported compression ({exc}).",
                        text_id="pack_corrupt", args={"file": label}, detail=str(exc)) from exc


def inspect_archive(file: Path) -> ArchiveManifest:
    """Check a pack file without extracting it; raise `PackError` with the reason."""
    file = Path(file)
    with _zip_errors_refused(file.name), open_zip(file) as zf:
        return inspect_zip(zf, file.name)


def disk_error(exc: OSError, what: str) -> PackError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return PackError("The disk is full: the pack was not installed.",
                         hint="Free some space and try again.", text_id="pack_disk_full", detail=str(exc))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return PackError(f"Cannot write {what} ({exc.strerror}).", hint="Check the data folder's permissions.",
                         text_id="pack_write_denied", args={"path": what}, detail=exc.strerror or str(exc))
    return PackError(f"Cannot write {what} ({exc.strerror or exc}).",
                     text_id="pack_write_failed", args={"path": what}, detail=exc.strerror or str(exc))


def _clear_stale_staging(root: Path) -> None:
    """Remove what an install killed half-way left behind (older than an hour, so that a
    concurrent install in another process is never disturbed)."""
    try:
        entries = list(root.iterdir())
    except OSError:
        return
    now = time.time()
    for entry in entries:
        try:
            if now - entry.stat().st_mtime > STALE_STAGING_SECONDS:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            pass


def _extract(zf: zipfile.ZipFile, manifest: ArchiveManifest, dest: Path,
             progress: Progress | None, cancel: threading.Event | None) -> None:
    """Write every member under `dest`, never trusting the sizes the archive claims."""
    done = 0
    total = manifest.unpacked_bytes
    if progress:
        progress(0, total)
    for info in manifest.members:
        if cancel is not None and cancel.is_set():
            raise PackError("The installation was cancelled.",
                            text_id="install_cancelled")
        target = dest.joinpath(*member_path(info).parts)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with zf.open(info) as src, open(target, "xb") as out:
            while chunk := src.read(1024 * 1024):
                written += len(chunk)
                if written > info.file_size:
                    raise PackError(f"{info.filename!r} is larger than the archive says: refused.",
                                    text_id="pack_member_unsafe")
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, total)
                if cancel is not None and cancel.is_set():
                    raise PackError("The installation was cancelled.",
                                    text_id="install_cancelled")
            out.flush()
            os.fsync(out.fileno())


def install(data_dir: Path, file: Path, *, progress: Progress | None = None, replace: bool = False,
            cancel: threading.Event | None = None) -> PackInfo:
    """Check and install a `.argosmodel` file; return the installed pack.

    `progress(done_bytes, total_bytes)` is called while extracting. Raises `PackExists`
    when the pair is installed and `replace` is False, `PackError` for anything else.
    """
    file = Path(file)
    with _zip_errors_refused(file.name), open_zip(file) as zf:
        # One open file from the checks to the last byte extracted: what was checked is
        # what is installed, even if the path is replaced meanwhile.
        manifest = inspect_zip(zf, file.name)
        dest = _install_from(zf, data_dir, manifest, progress=progress, replace=replace, cancel=cancel)
    return PackInfo(manifest.from_code, manifest.to_code, manifest.version, dest)


def _install_from(zf: zipfile.ZipFile, data_dir: Path, manifest: ArchiveManifest, *, progress: Progress | None,
                  replace: bool, cancel: threading.Event | None) -> Path:
    """Extract a checked archive into staging and rename it into place; the pack's folder."""
    root = packages_dir(data_dir)
    existing = find(data_dir, manifest.from_code, manifest.to_code)
    if existing is not None and not replace:
        raise PackExists(existing, manifest.version)
    dest = root / manifest.folder
    if dest.exists() and (existing is None or dest != existing.path):
        raise PackError(
            f"The pack's folder {manifest.folder!r} is already used by another installed pack; "
            "it was not installed.",
            text_id="pack_folder_taken", args={"folder": manifest.folder})
    staging_root = staging_dir(data_dir)
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging_root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise disk_error(exc, str(root)) from exc
    _clear_stale_staging(staging_root)
    free = shutil.disk_usage(staging_root).free
    if free < manifest.unpacked_bytes + DISK_MARGIN_BYTES:
        raise PackError(
            f"Not enough disk space: the pack needs {manifest.unpacked_bytes // 2**20} MB, "
            f"{free // 2**20} MB are free.",
            hint="Free some space and try again.",
            text_id="disk_full", args={"needed": manifest.unpacked_bytes // 2**20, "free": free // 2**20})
    work = staging_root / f"install-{uuid.uuid4().hex}"
    try:
        work.mkdir()
        _extract(zf, manifest, work, progress, cancel)
        _check_loadable(work / manifest.folder)
        _move_into_place(work / manifest.folder, dest, existing, staging_root)
    except OSError as exc:
        raise disk_error(exc, str(dest)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dest


def _check_loadable(folder: Path) -> None:
    """Load the extracted models once, so that a pack whose files are intact but whose
    model is not (wrong format, truncated before zipping) is refused, not installed."""
    import ctranslate2
    import sentencepiece

    try:
        sentencepiece.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
        ctranslate2.Translator(str(folder / "model"), device="cpu", intra_threads=1)
    except (RuntimeError, OSError, ValueError) as exc:
        raise PackError(f"The pack's model cannot be loaded ({exc}); nothing was installed.",
                        text_id="pack_model_broken", detail=str(exc)) from exc


def _move_into_place(new: Path, dest: Path, existing: PackInfo | None, staging_root: Path) -> None:
    """Rename the extracted folder into the packages folder; a replaced pack is first
    renamed aside and put back if the second rename fails."""
    aside = None
    if existing is not None:
        aside = staging_root / f"replaced-{uuid.uuid4().hex}"
        os.rename(existing.path, aside)
    try:
        # rename() refuses a non-empty destination, so a pack installed meanwhile by
        # another process is never overwritten.
        os.rename(new, dest)
    except OSError as exc:
        if aside is not None and existing is not None:
            os.rename(aside, existing.path)
        if exc.errno in (errno.EEXIST, errno.ENOTEMPTY) or isinstance(exc, FileExistsError):
            raise PackError(f"A pack appeared in {dest.name!r} meanwhile; nothing was replaced.",
                            text_id="pack_appeared", args={"folder": dest.name}) from exc
        raise
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)


def remove(data_dir: Path, from_code: str, to_code: str) -> PackInfo:
    """Uninstall the pack for a pair; it disappears at once (a rename), then is deleted."""
    pack = find(data_dir, from_code, to_code)
    if pack is None:
        raise UsageError(f"No pack {from_code}→{to_code} is installed.",
                         hint="See the installed packs with: buzon packs list",
                         text_id="pack_not_installed", args={"pair": f"{from_code}→{to_code}"})
    staging_root = staging_dir(data_dir)
    aside = staging_root / f"removed-{uuid.uuid4().hex}"
    try:
        staging_root.mkdir(parents=True, exist_ok=True)
        os.rename(pack.path, aside)
    except OSError as exc:
        raise PackError(f"Cannot remove {pack.path} ({exc.strerror or exc}).",
                        text_id="pack_unremovable", args={"path": pack.path}, detail=exc.strerror or str(exc)) from exc
    shutil.rmtree(aside, ignore_errors=True)
    return pack


def available(*, timeout: float | None = None, index_url: str | None = None):
    """The packs the argos index offers (online); see `packindex.available`."""
    from desktop.core.translation import packindex

    kwargs = {} if timeout is None else {"timeout": timeout}
    return packindex.available(index_url=index_url, **kwargs)


def download(data_dir: Path, from_code: str, to_code: str, **kwargs) -> PackInfo:
    """Download a pack from the argos index and install it; see `packindex.download`."""
    from desktop.core.translation import packindex

    return packindex.download(data_dir, from_code, to_code, **kwargs)
