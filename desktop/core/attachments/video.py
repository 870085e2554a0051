"""Videos as dispute evidence: recognised by content, checked for a sound container, capped.

Buzón has no video codec, so a video is not re-encoded: it is stored byte for byte
after its container is walked far enough to refuse a truncated or fake file (an MP4
whose boxes overrun the file, a Matroska file without a segment, an AVI shorter than
its RIFF header says). The walk reads headers only and seeks over the media data.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from desktop.core.attachments.limits import AttachmentRefused

_ISO_MIMES = {"video/mp4", "video/quicktime", "video/3gpp"}
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
        if mime in _ISO_MIMES:
            _check_iso(fp, size, mime)
        elif mime in _EBML_MIMES:
            _check_ebml(fp, size, mime)
        elif mime == "video/x-msvideo":
            _check_riff(fp, size, mime)
    finally:
        fp.seek(start)
