"""Videos as dispute evidence: recognised by content, checked for a sound container, capped.

Buzón has no video codec, so a video is not re-encoded. Its container is walked far
enough to refuse a truncated or fake file (an MP4 whose boxes overrun the file, a
Matroska file without a segment, an AVI shorter than its RIFF header says); the walk
reads headers only and seeks over the media data. An MP4, MOV or 3GP file then has its
metadata boxes (location, device, dates, XMP) blanked in place by `strip_metadata`;
WebM, Matroska and AVI, which phones do not record, are stored as they are.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import BinaryIO
from collections.abc import Iterator

from desktop.core.attachments.limits import AttachmentRefused

ISO_MIMES = frozenset({"video/mp4", "video/quicktime", "video/3gpp"})
_EBML_MIMES = {"video/webm", "video/x-matroska"}
_MAX_TOP_LEVEL_BOXES = 100_000


def _corrupt(detail: str, mime: str) -> AttachmentRefused:
    return AttachmentRefused("corrupt", f"The video is damaged or incomplete ({detail}).", mime=mime)


def _size_of(fp: BinaryIO) -> int:
    here = fp.tell()
    end = fp.seek(0, os.SEEK_END)
    fp.seek(here)
    return end


def _check_iso(fp: BinaryIO, size: int, mime: str) -> None:
    """Walk the top-level boxes: each must fit in the file, and a `moov` must be among them."""
    pos, count, seen_moov = 0, 0, False
    while pos < size:
        fp.seek(pos)
        header = fp.read(16)
        if len(header) < 8:
            raise _corrupt("a box header is cut short", mime)
        box_size = int.from_bytes(header[0:4], "big")
        kind = header[4:8]
        if box_size == 1:
            if len(header) < 16:
                raise _corrupt("a box header is cut short", mime)
            box_size = int.from_bytes(header[8:16], "big")
        elif box_size == 0:
            box_size = size - pos          # "to the end of the file"
        if box_size < 8 or pos + box_size > size:
            raise _corrupt(f"the {kind.decode('latin-1')!r} box overruns the file", mime)
        if not all(32 <= c < 127 for c in kind):
            raise _corrupt("a box has no valid type", mime)
        seen_moov = seen_moov or kind == b"moov"
        pos += box_size
        count += 1
        if count > _MAX_TOP_LEVEL_BOXES:
            raise _corrupt("too many boxes", mime)
    if not seen_moov:
        # Without its index (the `moov` box) a recording was cut off and cannot be played.
        raise _corrupt("the index of the recording is missing", mime)


def _read_vint(fp: BinaryIO, *, keep_marker: bool) -> tuple[int, int]:
    """One EBML variable-length integer: (value, length in bytes)."""
    first = fp.read(1)
    if not first:
        raise EOFError
    b = first[0]
    length = 1
    mask = 0x80
    while length <= 8 and not b & mask:
        mask >>= 1
        length += 1
    if length > 8:
        raise ValueError("bad EBML length")
    rest = fp.read(length - 1)
    if len(rest) != length - 1:
        raise EOFError
    value = b if keep_marker else b & (mask - 1)
    for byte in rest:
        value = (value << 8) | byte
    return value, length


def _check_ebml(fp: BinaryIO, size: int, mime: str) -> None:
    """The EBML header must fit, and a Segment element must follow it."""
    try:
        fp.seek(0)
        ident, _ = _read_vint(fp, keep_marker=True)
        header_size, _ = _read_vint(fp, keep_marker=False)
        if ident != 0x1A45DFA3 or fp.tell() + header_size > size:
            raise _corrupt("the header is cut short", mime)
        fp.seek(fp.tell() + header_size)
        ident, _ = _read_vint(fp, keep_marker=True)
    except (EOFError, ValueError) as exc:
        raise _corrupt("the header is cut short", mime) from exc
    if ident != 0x18538067:
        raise _corrupt("no segment follows the header", mime)


def _check_riff(fp: BinaryIO, size: int, mime: str) -> None:
    fp.seek(0)
    header = fp.read(12)
    riff_size = int.from_bytes(header[4:8], "little")
    # The first RIFF chunk of an AVI over 1 GB is followed by AVIX chunks, hence "<=".
    if len(header) < 12 or riff_size + 8 > size + 1:
        raise _corrupt("the file is shorter than its header says", mime)


def check_container(fp: BinaryIO, mime: str) -> None:
    """Refuse a video whose container is visibly broken; other formats pass on their magic alone."""
    size = _size_of(fp)
    start = fp.tell()
    try:
        if mime in ISO_MIMES:
            _check_iso(fp, size, mime)
        elif mime in _EBML_MIMES:
            _check_ebml(fp, size, mime)
        elif mime == "video/x-msvideo":
            _check_riff(fp, size, mime)
    finally:
        fp.seek(start)


# Boxes that may hold metadata boxes among their children (QuickTime allows user data
# in the movie, track and media atoms).
_WALKED = {b"moov", b"trak", b"mdia"}
_METADATA = {b"udta", b"meta"}
_XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
_MAX_BOXES = 100_000
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class _Blank:
    """A metadata box to overwrite: where it starts, its size, and its header (8 or 16 bytes)."""

    offset: int
    size: int
    header: bytes


def _box_header(fp: BinaryIO, pos: int, end: int, mime: str, parent: str) -> tuple[int, bytes]:
    """The size and header bytes of the box at `pos`, which must end by `end`."""
    fp.seek(pos)
    header = fp.read(8)
    if len(header) < 8:
        raise _corrupt("a box header is cut short", mime)
    box_size = int.from_bytes(header[0:4], "big")
    if box_size == 1:
        large = fp.read(8)
        if len(large) < 8:
            raise _corrupt("a box header is cut short", mime)
        header += large
        box_size = int.from_bytes(large, "big")
    elif box_size == 0:
        box_size = end - pos          # "to the end of the enclosing box (or file)"
    if box_size < len(header) or pos + box_size > end:
        kind = header[4:8].decode("latin-1")
        raise _corrupt(f"the {kind!r} box overruns {parent}", mime)
    return box_size, header


def _is_metadata(fp: BinaryIO, pos: int, box_size: int, header: bytes) -> bool:
    kind = header[4:8]
    if kind in _METADATA:
        return True
    if kind != b"uuid" or box_size < len(header) + 16:
        return False
    fp.seek(pos + len(header))
    return fp.read(16) == _XMP_UUID


def _metadata_boxes(fp: BinaryIO, size: int, mime: str) -> list[_Blank]:
    """Every metadata box at top level or inside moov/trak/mdia, in file order."""
    blanks: list[_Blank] = []
    count = 0
    pending = [(0, size, "the file")]          # (start, end, name) of boxes still to walk
    while pending:
        pos, end, parent = pending.pop()
        # Fewer than 8 bytes left cannot be a box: QuickTime pads some atoms with a zero word.
        while end - pos >= 8:
            box_size, header = _box_header(fp, pos, end, mime, parent)
            kind = header[4:8]
            if _is_metadata(fp, pos, box_size, header):
                blanks.append(_Blank(pos, box_size, header))
            elif kind in _WALKED:
                pending.append((pos + len(header), pos + box_size, f"its {kind.decode()!r} box"))
            pos += box_size
            count += 1
            if count > _MAX_BOXES:
                raise _corrupt("too many boxes", mime)
    blanks.sort(key=lambda b: b.offset)
    return blanks


def _copy(fp: BinaryIO, count: int) -> Iterator[bytes]:
    while count > 0:
        chunk = fp.read(min(_CHUNK, count))
        if not chunk:
            raise OSError("the file became shorter while it was read")
        count -= len(chunk)
        yield chunk


def _cleaned_chunks(fp: BinaryIO, blanks: list[_Blank], size: int) -> Iterator[bytes]:
    pos = 0
    fp.seek(0)
    for blank in blanks:
        yield from _copy(fp, blank.offset - pos)
        # Same size and header form, type `free`: every chunk offset stays valid.
        yield blank.header[0:4] + b"free" + blank.header[8:]
        zeros = blank.size - len(blank.header)
        while zeros > 0:
            n = min(_CHUNK, zeros)
            yield bytes(n)
            zeros -= n
        pos = blank.offset + blank.size
        fp.seek(pos)
    yield from _copy(fp, size - pos)


class _ChunkReader(io.RawIOBase):
    """A read-only stream over an iterator of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]):
        super().__init__()
        self._chunks = chunks
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def without_metadata(fp: BinaryIO, mime: str) -> io.RawIOBase:
    """A stream of `fp` (an MP4, MOV or 3GP file) with its metadata boxes blanked.

    The box tree is walked now, so a malformed file is refused before anything is read
    from the returned stream; the copy itself happens as that stream is read, in chunks.
    """
    if mime not in ISO_MIMES:
        raise ValueError(f"{mime} is not an ISO base media file")
    size = _size_of(fp)
    blanks = _metadata_boxes(fp, size, mime)
    return _ChunkReader(_cleaned_chunks(fp, blanks, size))


def strip_metadata(src: BinaryIO, dst: BinaryIO, mime: str) -> int:
    """Copy an MP4, MOV or 3GP file from `src` to `dst` without its metadata; returns the size.

    Every `udta`, `meta` and XMP `uuid` box at top level or inside `moov`, `trak` or
    `mdia` (a phone's location as QuickTime `©xyz`, 3GPP `loci` or Apple's ISO 6709
    key, device make and model, creation dates, titles, XMP) becomes a `free` box of the
    same size whose payload is zeros, so chunk offsets (`stco`/`co64`) stay valid and
    nothing is re-encoded; everything else is copied as it is. A box that overruns its
    parent is refused as `corrupt`. WebM, Matroska and AVI are not handled here (phones
    do not record them): they are stored as they are.
    """
    written = 0
    cleaned = without_metadata(src, mime)
    while chunk := cleaned.read(_CHUNK):
        dst.write(chunk)
        written += len(chunk)
    return written
