"""The content-addressed attachment store: `<store>/<sha[:2]>/<sha>.<ext>`, written atomically.

A file is named by the SHA-256 of its stored bytes, so the same picture sent twice is
kept once and a name can never collide or be chosen by a sender. Every write goes to a
temporary file in the destination folder, is fsynced, then renamed into place: a crash
leaves either the whole file or none (a stray `.part` at worst, which `sweep_partial`
removes).
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.attachments.sniff import EXTENSIONS
from desktop.core.errors import KnownError

CHUNK = 1024 * 1024
_PART_PREFIX = ".incoming-"


def store_dir(data_dir: Path) -> Path:
    """The attachment store inside a data folder."""
    return Path(data_dir) / "attachments"


def thumbnail_dir(data_dir: Path) -> Path:
    """The thumbnail cache inside a data folder (safe to delete: thumbnails are remade)."""
    return Path(data_dir) / "cache" / "thumbnails"


def stored_path(store: Path, sha256: str, mime: str) -> Path:
    """Where the file with this hash and type lives (e.g. for an `Attachment` row)."""
    return Path(store) / sha256[:2] / f"{sha256}.{EXTENSIONS.get(mime, 'bin')}"


@dataclass(frozen=True)
class StoredAttachment:
    """A file in the store and what the database keeps about it (schema `Attachment`)."""

    sha256: str
    mime: str
    width: int | None
    height: int | None
    bytes: int
    path: Path
    safe_name: str
    thumbnail: Path | None = None

    def to_json(self) -> dict:
        """The shape `buzon messages --json` lists attachments in."""
        return {"sha256": self.sha256, "mime": self.mime, "width": self.width,
                "height": self.height, "bytes": self.bytes, "path": str(self.path)}


def _write_failed(folder: Path, exc: OSError) -> KnownError:
    return KnownError(
        f"The attachment could not be saved in {folder} ({exc.strerror or exc}).",
        hint="Check that the disk is not full and that the data folder is writable.",
        text_id="attachment_unsaved", args={"folder": folder}, detail=exc.strerror or str(exc))


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the directory entry is; Windows has no directory fsync.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(tmp: Path, final: Path, size: int) -> Path:
    """Rename a finished temporary file into place, or drop it if an identical file is there."""
    try:
        if final.is_file() and final.stat().st_size == size:
            tmp.unlink()
            return final
    except OSError:
        pass
    os.replace(tmp, final)
    _fsync_dir(final.parent)
    return final


class _Incoming:
    """A temporary file in the store being filled and hashed; `commit` names it by its hash."""

    def __init__(self, store: Path):
        self.store = Path(store)
        self.hash = hashlib.sha256()
        self.size = 0
        try:
            self.store.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=_PART_PREFIX, suffix=".part", dir=self.store)
        except OSError as exc:
            raise _write_failed(self.store, exc) from exc
        self.path = Path(name)
        self.file = os.fdopen(fd, "wb")

    def write(self, chunk: bytes) -> None:
        try:
            self.file.write(chunk)
        except OSError as exc:
            self.abort()
            raise _write_failed(self.store, exc) from exc
        self.hash.update(chunk)
        self.size += len(chunk)

    def abort(self) -> None:
        try:
            self.file.close()
        finally:
            self.path.unlink(missing_ok=True)

    def commit(self, mime: str) -> tuple[str, Path]:
        sha = self.hash.hexdigest()
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            final = stored_path(self.store, sha, mime)
            final.parent.mkdir(exist_ok=True)
            # The temporary file is in the store root: same file system, so the rename is atomic.
            return sha, _place(self.path, final, self.size)
        except OSError as exc:
            self.abort()
            raise _write_failed(self.store, exc) from exc


def put_bytes(store: Path, data: bytes, mime: str) -> tuple[str, Path]:
    """Store `data`; returns its SHA-256 and path (an existing identical file is reused)."""
    incoming = _Incoming(store)
    incoming.write(data)
    return incoming.commit(mime)


def put_stream(store: Path, source: BinaryIO | io.RawIOBase, mime: str, *, max_bytes: int,
               on_too_large) -> tuple[str, Path, int]:
    """Copy a stream into the store chunk by chunk, hashing as it goes.

    Stops and calls `on_too_large(size)` (which raises) as soon as more than `max_bytes`
    arrive, so a file that grows while it is copied cannot fill the disk.
    """
    incoming = _Incoming(store)
    try:
        while True:
            chunk = source.read(CHUNK)
            if not chunk:
                break
            if incoming.size + len(chunk) > max_bytes:
                on_too_large(incoming.size + len(chunk))
            incoming.write(chunk)
    except BaseException:
        incoming.abort()
        raise
    sha, path = incoming.commit(mime)
    return sha, path, incoming.size


def write_atomic(path: Path, data: bytes) -> Path:
    """Write a file that readers see whole or not at all (used for the thumbnail cache)."""
    folder = Path(path).parent
    name = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=_PART_PREFIX, suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(name, path)
    except OSError as exc:
        if name is not None:
            Path(name).unlink(missing_ok=True)
        raise _write_failed(folder, exc) from exc
    return Path(path)


def sweep_partial(store: Path, *, older_than: float = 3600.0) -> int:
    """Remove temporary files a crash left behind; returns how many. Call at start-up.

    Only files untouched for `older_than` seconds go: another process sharing the data
    folder may be writing the younger ones right now.
    """
    removed = 0
    now = time.time()
    for tmp in Path(store).glob(f"{_PART_PREFIX}*.part"):
        try:
            if now - tmp.stat().st_mtime < older_than:
                continue
            tmp.unlink()
            removed += 1
        except OSError:
            pass
    return removed
