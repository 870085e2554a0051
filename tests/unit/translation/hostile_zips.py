"""Crafted pack files an attacker would send, written byte by byte (zipfile would refuse to
write most of them): central directories with millions of entries, ZIP64 records that lie,
an end record that claims little while the directory is huge.

Each writer streams its output, so building a 376 MB directory costs the test no memory.
"""

from __future__ import annotations

import struct
from pathlib import Path

CENTRAL = struct.Struct("<4s4B4HL2L5H2L")          # zipfile.structCentralDir, 46 bytes
END = struct.Struct("<4s4H2LH")                   # end of central directory, 22 bytes
END64 = struct.Struct("<4sQ2H2L4Q")                # ZIP64 end of central directory, 56 bytes
LOCATOR64 = struct.Struct("<4sLQL")                # ZIP64 end of central directory locator, 20 bytes


def central_entry(name: bytes) -> bytes:
    """One central-directory record for a stored, empty member called `name`."""
    return CENTRAL.pack(b"PK\x01\x02", 20, 3, 20, 0, 0, 0, 0, 0, 0, 0, 0,
                        len(name), 0, 0, 0, 0, 0, 0) + name


def end_records(entries: int, cd_size: int, cd_offset: int, *, zip64: bool,
                classic_entries: int | None = None, classic_size: int | None = None) -> bytes:
    """The records that close an archive whose directory starts at `cd_offset`.

    With `zip64`, the classic record holds 0xFFFF/0xFFFFFFFF (or the lies given in
    `classic_entries`/`classic_size`) and the ZIP64 record the real counts; without it,
    `classic_entries` is the classic record's lie about the count."""
    if not zip64:
        n = entries if classic_entries is None else classic_entries
        return END.pack(b"PK\x05\x06", 0, 0, n, n, cd_size, cd_offset, 0)
    end64_offset = cd_offset + cd_size
    end64 = END64.pack(b"PK\x06\x06", END64.size - 12, 45, 45, 0, 0, entries, entries, cd_size, cd_offset)
    locator = LOCATOR64.pack(b"PK\x06\x07", 0, end64_offset, 1)
    n = 0xFFFF if classic_entries is None else classic_entries
    size = 0xFFFFFFFF if classic_size is None else classic_size
    return end64 + locator + END.pack(b"PK\x05\x06", 0, 0, n, n, size, 0xFFFFFFFF, 0)


def many_entries(path: Path, entries: int, *, zip64: bool = True, name: bytes = b"a",
                 classic_entries: int | None = None, classic_size: int | None = None) -> Path:
    """An archive that is nothing but a central directory of `entries` one-letter members
    (47 bytes each: 8 million of them is the 376 MB file of the report)."""
    record = central_entry(name)
    block = record * 10_000
    with open(path, "wb") as out:
        left = entries
        while left:
            n = min(left, 10_000)
            out.write(block if n == 10_000 else record * n)
            left -= n
        out.write(end_records(entries, entries * len(record), 0, zip64=zip64,
                              classic_entries=classic_entries, classic_size=classic_size))
    return path


def claims_only(path: Path, entries: int, cd_size: int, *, zip64: bool = True) -> Path:
    """A sparse file whose end records claim `entries` members in `cd_size` bytes of
    directory (nothing but zeros before them): only the claim is checked."""
    with open(path, "wb") as out:
        out.truncate(cd_size)
        out.seek(cd_size)
        out.write(end_records(entries, cd_size, 0, zip64=zip64))
    return path


def as_zip64(source: Path, dest: Path) -> Path:
    """A copy of an archive (without a comment) whose directory is found through ZIP64
    end records, as an archiver writes them for big archives."""
    data = source.read_bytes()
    _sig, _disk, _start, _here, entries, cd_size, cd_offset, _comment = END.unpack(data[-END.size:])
    dest.write_bytes(data[:-END.size] + end_records(entries, cd_size, cd_offset, zip64=True))
    return dest
