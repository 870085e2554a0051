"""What a file is, decided by its first bytes (magic numbers), never by its name.

`sniff` knows the images we accept, the videos a dispute accepts, and the usual
impostors (PDF, archives, executables, HTML, other image formats) so that a refusal can
say what the file really is.
"""

from __future__ import annotations

import re
from typing import TypeGuard

SNIFF_BYTES = 4096
"""How much of the head `sniff` wants: enough for a PDF header after junk and an MPEG-TS sync."""

ACCEPTED_IMAGES = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/webp": "WEBP",
    "image/bmp": "BMP",
}
"""The image types we accept, with the one Pillow plugin allowed to open each."""

EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/bmp": "bmp",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/3gpp": "3gp",
    "video/webm": "webm",
    "video/x-matroska": "mkv",
    "video/x-msvideo": "avi",
    "video/mpeg": "mpg",
    "video/mp2t": "ts",
    "video/x-flv": "flv",
    "video/ogg": "ogv",
    "video/x-ms-asf": "wmv",
}
"""The extension a stored file of each type gets (the store never trusts the user's one)."""

_ISO_VIDEO_BRANDS_3GP = (b"3gp", b"3g2")
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_QUICKTIME_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}
_BMP_DIB_SIZES = {12, 16, 40, 52, 56, 64, 108, 124}
_ASF_GUID = bytes.fromhex("3026b2758e66cf11a6d900aa0062ce6c")
_MARKUP = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<(\?xml|svg|!doctype html|html|head|body|script)", re.I)


def is_video(mime: str | None) -> TypeGuard[str]:
    return mime is not None and mime.startswith("video/")


def is_accepted_image(mime: str | None) -> TypeGuard[str]:
    return mime in ACCEPTED_IMAGES


def _iso_bmff(head: bytes) -> str | None:
    """MP4, MOV, 3GP, HEIF and AVIF share the ISO box layout; the `ftyp` brands tell them apart."""
    if head[4:8] != b"ftyp":
        return None
    size = int.from_bytes(head[0:4], "big")
    major = head[8:12]
    brands = {major} | {head[i:i + 4] for i in range(16, min(size, len(head)) - 3, 4)}
    if brands & {b"avif", b"avis"}:
        return "image/avif"
    if major in _HEIF_BRANDS:
        return "image/heic"
    if major in _AUDIO_BRANDS:
        return "audio/mp4"
    if major == b"qt  ":
        return "video/quicktime"
    if major[:3] in _ISO_VIDEO_BRANDS_3GP:
        return "video/3gpp"
    if major == b"crx ":
        return "image/x-canon-cr3"
    return "video/mp4"


def _riff(head: bytes) -> str | None:
    kind = head[8:12]
    return {
        b"WEBP": "image/webp",
        b"AVI ": "video/x-msvideo",
        b"AVIX": "video/x-msvideo",
        b"AMV ": "video/x-msvideo",
        b"WAVE": "audio/wav",
    }.get(kind, "application/octet-stream")


def _ebml(head: bytes) -> str:
    # The DocType element sits in the EBML header, within the first few dozen bytes.
    window = head[:128]
    if b"webm" in window:
        return "video/webm"
    return "video/x-matroska"


def _ogg(head: bytes) -> str:
    if b"\x80theora" in head or b"OVP80" in head or b"\x01video" in head or b"fishead" in head:
        return "video/ogg"
    return "audio/ogg"


def sniff(data_head: bytes) -> str | None:
    """A MIME type from the first bytes of a file (pass up to `SNIFF_BYTES`), or None if unknown."""
    h = bytes(data_head[:SNIFF_BYTES])
    if not h:
        return None
    if h.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if h.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if h.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if h.startswith(b"BM") and len(h) >= 18 and int.from_bytes(h[14:18], "little") in _BMP_DIB_SIZES:
        return "image/bmp"
    if h.startswith(b"RIFF") and len(h) >= 12:
        return _riff(h)
    if h.startswith(b"\x00\x00\x00\x0cjP  \r\n\x87\n") or h.startswith(b"\xff\x4f\xff\x51"):
        return "image/jp2"
    if h.startswith(b"\x00\x00\x00\x0cJXL \r\n\x87\n") or h.startswith(b"\xff\x0a"):
        return "image/jxl"
    if len(h) >= 12 and h[4:8] == b"ftyp":
        return _iso_bmff(h)
    if len(h) >= 8 and h[4:8] in _QUICKTIME_ATOMS and int.from_bytes(h[0:4], "big") >= 8:
        return "video/quicktime"
    if h.startswith(b"\x1a\x45\xdf\xa3"):
        return _ebml(h)
    if h.startswith(_ASF_GUID):
        return "video/x-ms-asf"
    if h.startswith(b"FLV\x01"):
        return "video/x-flv"
    if h.startswith(b"OggS"):
        return _ogg(h)
    if h.startswith((b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3")):
        return "video/mpeg"
    if len(h) > 376 and h[0] == h[188] == h[376] == 0x47:
        return "video/mp2t"
    if h.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return "image/tiff"
    if h.startswith(b"8BPS"):
        return "image/vnd.adobe.photoshop"
    if h.startswith((b"\x00\x00\x01\x00", b"\x00\x00\x02\x00")) and len(h) >= 6 and h[4:6] != b"\x00\x00":
        return "image/x-icon"
    if h.startswith(b"DDS "):
        return "image/vnd-ms.dds"
    if h.startswith(b"qoif"):
        return "image/qoi"
    if h.startswith(b"icns"):
        return "image/icns"
    if h.startswith(b"%!PS-Adobe") or h.startswith(b"\xc5\xd0\xd3\xc6"):
        return "application/postscript"
    if b"%PDF-" in h[:1024]:
        return "application/pdf"
    if h.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "application/zip"
    if h.startswith(b"\x1f\x8b"):
        return "application/gzip"
    if h.startswith(b"7z\xbc\xaf\x27\x1c"):
        return "application/x-7z-compressed"
    if h.startswith(b"Rar!\x1a\x07"):
        return "application/vnd.rar"
    if h.startswith(b"\x7fELF"):
        return "application/x-elf"
    if h.startswith(b"MZ"):
        return "application/x-msdownload"
    if h.startswith(b"ID3"):
        return "audio/mpeg"
    m = _MARKUP.match(h)
    if m:
        tag = m.group(1).lower()
        if tag == b"svg" or (tag == b"?xml" and b"<svg" in h):
            return "image/svg+xml"
        return "text/html" if tag != b"?xml" else "application/xml"
    return None
