"""Checking a pack file before a byte of it is written anywhere.

A pack file comes from anyone, so it is read as an attacker's file: only a regular file
is opened (a device such as /dev/zero never ends); the end-of-central-directory records
(ZIP64 included) are read here and an archive claiming more members or a larger
directory than a pack has is refused before `zipfile` parses that directory (it would
build an object per entry: 8 million of them took 3 GB); every member name, type and
size is checked; `metadata.json` is parsed with its size and nesting bounded.
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, TypeGuard

from desktop.core.errors import KnownError
from desktop.core.translation import bounded_json

# Real argos packs are 30-250 MB zipped, under 500 MB unzipped, a few dozen members.
MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_DIRECTORY_BYTES = 1024 * 1024       # MAX_MEMBERS entries of ~1 KB: names, extra fields, comments
MAX_RATIO = 100            # uncompressed / compressed, for members big enough to matter
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_METADATA_BYTES = 64 * 1024         # argos's metadata.json is well under 1 KB
# zipfile reads the central directory in one call and members in chunks of about 1 MB
# (`_extract`); anything larger asked of the file is a directory we did not check.
MAX_READ_BYTES = max(MAX_DIRECTORY_BYTES, 4 * 1024 * 1024)

LANG_CODE = re.compile(r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?")
FOLDER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,99}")
REQUIRED_FILES = ("metadata.json", "model/model.bin", "sentencepiece.model")

_END = struct.Struct("<4s4H2LH")                  # end of central directory
_END64 = struct.Struct("<4sQ2H2L4Q")               # ZIP64 end of central directory
_LOCATOR64 = struct.Struct("<4sLQL")               # ZIP64 end of central directory locator
_MAX_COMMENT = 0xFFFF


class PackError(KnownError):
    """A pack cannot be installed, removed or fetched; the message says why."""


@dataclass(frozen=True)
class ArchiveManifest:
    """What `inspect_zip` learnt about a pack file that passed every check."""

    folder: str
    from_code: str
    to_code: str
    version: str
    members: tuple[zipfile.ZipInfo, ...]
    unpacked_bytes: int


def valid_lang_code(code: object) -> TypeGuard[str]:
    # fullmatch: "es\n" is not "es" (a `$` anchor would accept it).
    return isinstance(code, str) and LANG_CODE.fullmatch(code) is not None


def open_pack_file(file: Path) -> BinaryIO:
    """The file opened for reading, if it is a regular file of a plausible size."""
    # O_NONBLOCK: a FIFO must not block us before fstat says what it is.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(file, flags)
    except FileNotFoundError:
        raise PackError(f"The file {file} does not exist.",
                        text_id="file_missing", args={"file": file}) from None
    except IsADirectoryError:
        raise PackError(f"{file} is a folder, not a language pack file.",
                        text_id="pack_is_folder", args={"file": file}) from None
    except (OSError, ValueError) as exc:            # ValueError: a NUL in the name
        raise PackError(f"The file {file} cannot be read ({getattr(exc, 'strerror', None) or exc}).",
                        text_id="file_unreadable", args={"file": file}, detail=getattr(exc, "strerror", None) or str(exc)) from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            what = "a folder" if stat.S_ISDIR(st.st_mode) else "a device, a pipe or a socket"
            raise PackError(f"{file} is {what}, not a language pack file.",
                            hint="Give the path of a .argosmodel file.",
                            text_id="pack_invalid", args={"file": file})
        if st.st_size > MAX_ARCHIVE_BYTES:
            raise PackError(f"The file {file.name} is too large for a language pack ({st.st_size} bytes).",
                            text_id="pack_too_large", args={"file": file.name})
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def directory_claims(fp: BinaryIO, size: int) -> list[tuple[int, int]]:
    """(entries, directory bytes) as claimed by the end record `zipfile` will use and by
    each ZIP64 record it could be pointed at; [] when there is no end record."""
    tail_start = max(size - _END.size - _MAX_COMMENT, 0)
    fp.seek(tail_start)
    tail = fp.read(size - tail_start)
    # zipfile's rule: the record at the very end if it has no comment, else the last
    # signature within the possible comment length.
    at = len(tail) - _END.size
    if not (at >= 0 and tail[at:at + 4] == b"PK\x05\x06" and tail[-2:] == b"\0\0"):
        at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _END.size:
        return []
    _sig, _disk, _start, this_disk, total, cd_size, _offset, _comment = _END.unpack_from(tail, at)
    classic = (max(this_disk, total), cd_size)
    zip64 = _zip64_claims(fp, size, tail_start + at)
    if not zip64:
        return [classic]
    # With ZIP64 records, 0xFFFF and 0xFFFFFFFF in the classic record only say "see
    # there"; other values are claims some reader may still believe.
    return zip64 + [(classic[0] if classic[0] != 0xFFFF else 0, classic[1] if classic[1] != 0xFFFFFFFF else 0)]


def _zip64_claims(fp: BinaryIO, size: int, end_offset: int) -> list[tuple[int, int]]:
    """(entries, directory bytes) of the ZIP64 records an end record at `end_offset` leads to."""
    locator_offset = end_offset - _LOCATOR64.size
    if locator_offset < 0:
        return []
    fp.seek(locator_offset)
    locator = fp.read(_LOCATOR64.size)
    if len(locator) != _LOCATOR64.size or locator[:4] != b"PK\x06\x07":
        return []
    _sig, _disk, pointed, _disks = _LOCATOR64.unpack(locator)
    claims = []
    # zipfile reads the ZIP64 record just before the locator; other readers follow the
    # locator's pointer. Both are checked, so no reader sees an unchecked claim.
    for offset in {locator_offset - _END64.size, pointed}:
        if 0 <= offset <= size - _END64.size:
            fp.seek(offset)
            record = fp.read(_END64.size)
            if record[:4] == b"PK\x06\x06":
                fields = _END64.unpack(record)
                claims.append((max(fields[6], fields[7]), fields[8]))
    return claims


def check_directory_claims(fp: BinaryIO, size: int, label: str) -> None:
    """Refuse an archive whose end records claim more members, or a larger central
    directory, than a pack has, before anything parses that directory."""
    claims = directory_claims(fp, size)
    if not claims:
        raise PackError(f"The file {label} is not a language pack: it is not a zip archive, or it is "
                        "truncated or corrupt.", hint="Download it again.",
                        text_id="pack_not_zip", args={"file": label})
    for entries, directory_bytes in claims:
        if entries > MAX_MEMBERS:
            raise PackError(f"{label} has {entries} members; a language pack has far fewer.",
                            text_id="pack_invalid", args={"file": label})
        if directory_bytes > MAX_DIRECTORY_BYTES:
            raise PackError(f"{label} has a central directory of {directory_bytes} bytes; "
                            "a language pack's is far smaller.",
                            text_id="pack_invalid", args={"file": label})


class CappedReads(io.RawIOBase):
    """A pack file as `zipfile` sees it: any single read larger than `MAX_READ_BYTES` is
    refused, so a zipfile that found a different directory than ours still cannot load
    an unchecked one into memory."""

    def __init__(self, fp: BinaryIO, size: int, label: str):
        super().__init__()
        self._fp, self._size, self._label = fp, size, label

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._fp.seek(offset, whence)

    def tell(self) -> int:
        return self._fp.tell()

    def read(self, n: int | None = -1) -> bytes:
        if n is None or n < 0:
            n = max(self._size - self._fp.tell(), 0)
        if n > MAX_READ_BYTES:
            raise PackError(f"{self._label} asks for a read of {n} bytes; a language pack never does.",
                            text_id="pack_invalid", args={"file": self._label})
        return self._fp.read(n)

    def readinto(self, buffer) -> int:      # io.RawIOBase's contract
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self._fp.close()
        super().close()


def open_zip(file: Path) -> zipfile.ZipFile:
    """The pack file as a ZipFile, after the file type, size and directory claims passed."""
    fp = open_pack_file(file)
    try:
        size = os.fstat(fp.fileno()).st_size
        check_directory_claims(fp, size, file.name)
        fp.seek(0)
        return zipfile.ZipFile(CappedReads(fp, size, file.name))
    except zipfile.BadZipFile as exc:
        fp.close()
        raise PackError(
            f"The file {file.name} is not a language pack: it is not a zip archive, or it is "
            f"truncated or corrupt ({exc}).",
            hint="Download it again.",
            text_id="pack_not_zip", args={"file": file.name}, detail=str(exc)) from exc
    except OSError as exc:
        fp.close()
        raise PackError(f"The file {file} cannot be read ({exc.strerror or exc}).",
                        text_id="file_unreadable", args={"file": file}, detail=exc.strerror or str(exc)) from exc
    except BaseException:
        fp.close()
        raise


def member_path(info: zipfile.ZipInfo) -> PurePosixPath:
    """The member's path, refused if it could land outside the pack folder."""
    name = info.filename
    if not name or "\\" in name or "\x00" in name:
        raise PackError(f"The pack contains a member with an unsafe name: {name!r}.",
                        text_id="pack_member_unsafe")
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        raise PackError(f"The pack contains an absolute path: {name!r}.",
                        text_id="pack_member_unsafe")
    parts = PurePosixPath(name).parts
    if any(part in ("..", ".") for part in parts) or not parts:
        raise PackError(f"The pack contains a path that leaves its folder: {name!r}.",
                        text_id="pack_member_unsafe")
    return PurePosixPath(*parts)


def _check_member_type(info: zipfile.ZipInfo) -> None:
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise PackError(f"The pack contains a link ({info.filename!r}); packs never do.",
                        text_id="pack_member_unsafe")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise PackError(f"The pack contains a special file ({info.filename!r}).",
                        text_id="pack_member_unsafe")
    if info.flag_bits & 0x1:
        raise PackError(f"The pack contains an encrypted member ({info.filename!r}).",
                        text_id="pack_member_unsafe")


def _check_members(members: list[zipfile.ZipInfo], label: str) -> tuple[str, set[PurePosixPath], int]:
    """(the one top-level folder, every member path, the unpacked size) if the members
    are what a pack holds."""
    if not members:
        raise PackError(f"{label} is an empty archive.",
                        text_id="pack_invalid", args={"file": label})
    if len(members) > MAX_MEMBERS:
        raise PackError(f"{label} has {len(members)} members; a language pack has far fewer.",
                        text_id="pack_invalid", args={"file": label})
    seen: set[PurePosixPath] = set()
    tops: set[str] = set()
    total = 0
    for info in members:
        path = member_path(info)
        _check_member_type(info)
        if path in seen:
            raise PackError(f"{label} contains {info.filename!r} twice.",
                            text_id="pack_invalid", args={"file": label})
        seen.add(path)
        tops.add(path.parts[0])
        if len(path.parts) == 1 and not info.is_dir():
            raise PackError(f"{label} has a file ({info.filename!r}) outside its one top-level folder.",
                            text_id="pack_invalid", args={"file": label})
        total += info.file_size
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackError(
                f"{label} looks like a zip bomb: {info.filename!r} expands "
                f"{info.file_size // max(info.compress_size, 1)} times.",
                text_id="pack_invalid", args={"file": label})
    if len(tops) != 1:
        raise PackError(f"{label} must hold exactly one top-level folder; it holds {len(tops)}.",
                        text_id="pack_invalid", args={"file": label})
    if total > MAX_UNPACKED_BYTES:
        raise PackError(f"{label} would take {total} bytes unpacked, more than a language pack.",
                        text_id="pack_invalid", args={"file": label})
    folder = tops.pop()
    if not FOLDER_NAME.fullmatch(folder):
        raise PackError(f"{label} has an unusable folder name: {folder!r}.",
                        text_id="pack_invalid", args={"file": label})
    return folder, seen, total


def parse_metadata(data: bytes, label: str) -> dict:
    """metadata.json's object, size and nesting bounded; PackError if it is not one."""
    try:
        meta = bounded_json.loads(data, max_bytes=MAX_METADATA_BYTES)
    except ValueError as exc:                # JsonRefused, bad JSON, bad UTF-8
        raise PackError(f"{label} has an unreadable metadata.json ({exc}).",
                        text_id="pack_invalid", args={"file": label}) from exc
    if not isinstance(meta, dict):
        raise PackError(f"{label} has a metadata.json that is not an object.",
                        text_id="pack_invalid", args={"file": label})
    return meta


def inspect_zip(zf: zipfile.ZipFile, label: str) -> ArchiveManifest:
    """Check an opened pack archive without extracting it; raise `PackError` with the reason."""
    members = zf.infolist()
    folder, seen, total = _check_members(members, label)
    for required in REQUIRED_FILES:
        if PurePosixPath(folder, required) not in seen:
            raise PackError(f"{label} is not a language pack: {required} is missing.",
                            text_id="pack_invalid", args={"file": label})
    meta_info = zf.getinfo(f"{folder}/metadata.json")
    if meta_info.file_size > MAX_METADATA_BYTES:
        raise PackError(f"{label} has an oversized metadata.json.",
                        text_id="pack_invalid", args={"file": label})
    with zf.open(meta_info) as member:
        meta = parse_metadata(member.read(MAX_METADATA_BYTES + 1), label)
    if not valid_lang_code(meta.get("from_code")) or not valid_lang_code(meta.get("to_code")):
        raise PackError(f"{label} has no valid from_code and to_code in metadata.json.",
                        text_id="pack_invalid", args={"file": label})
    if meta.get("type", "translate") != "translate":
        raise PackError(f"{label} is an argos {meta.get('type')!r} package, not a translation pack.",
                        text_id="pack_invalid", args={"file": label})
    return ArchiveManifest(
        folder=folder,
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        version=str(meta.get("package_version", "")),
        members=tuple(members),
        unpacked_bytes=total,
    )
