"""`sniff`: the type from the first bytes, for what we accept and for the usual impostors."""

from __future__ import annotations

import struct

import pytest

from attachment_samples import box, minimal_pdf
from desktop.core.attachments import is_accepted_image, is_video, sniff


def ftyp(major: bytes, *compatible: bytes) -> bytes:
    return box(b"ftyp", major + struct.pack(">I", 0) + b"".join(compatible)) + box(b"free", b"")


@pytest.mark.parametrize("head, mime", [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
    (b"GIF89a\x01\x00\x01\x00", "image/gif"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"BM" + b"\x00" * 12 + struct.pack("<I", 40), "image/bmp"),
    (b"BM is also how a text can start", None),
    (ftyp(b"isom", b"isom", b"mp41"), "video/mp4"),
    (ftyp(b"mp42"), "video/mp4"),
    (ftyp(b"qt  "), "video/quicktime"),
    (ftyp(b"3gp5"), "video/3gpp"),
    (ftyp(b"M4A ", b"isom"), "audio/mp4"),
    (ftyp(b"heic", b"mif1"), "image/heic"),
    (ftyp(b"mif1", b"avif"), "image/avif"),
    (b"\x00\x00\x00\x08wide\x00\x00\x00\x10mdat", "video/quicktime"),
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "video/webm"),
    (b"\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska", "video/x-matroska"),
    (b"RIFF\x00\x10\x00\x00AVI LIST", "video/x-msvideo"),
    (b"RIFF\x00\x10\x00\x00WAVEfmt ", "audio/wav"),
    (bytes.fromhex("3026b2758e66cf11a6d900aa0062ce6c"), "video/x-ms-asf"),
    (b"FLV\x01\x05", "video/x-flv"),
    (b"OggS\x00\x02" + b"\x00" * 22 + b"\x80theora", "video/ogg"),
    (b"OggS\x00\x02" + b"\x00" * 22 + b"\x01vorbis", "audio/ogg"),
    (b"\x00\x00\x01\xba\x44", "video/mpeg"),
    (bytes([0x47] + [0] * 187) * 3, "video/mp2t"),
    (b"II*\x00\x08\x00\x00\x00", "image/tiff"),
    (b"8BPS\x00\x01", "image/vnd.adobe.photoshop"),
    (b"\x00\x00\x01\x00\x01\x00\x10\x10", "image/x-icon"),
    (minimal_pdf(), "application/pdf"),
    (b"junk before the header is allowed %PDF-1.7", "application/pdf"),
    (b"PK\x03\x04\x14\x00", "application/zip"),
    (b"MZ\x90\x00", "application/x-msdownload"),
    (b"\x7fELF\x02\x01", "application/x-elf"),
    (b"\xef\xbb\xbf  <!DOCTYPE html><html>", "text/html"),
    (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">', "image/svg+xml"),
    (b"<svg width='1'>", "image/svg+xml"),
    (b"hello", None),
    (b"", None),
])
def test_sniff(head, mime):
    assert sniff(head) == mime


def test_only_the_five_image_types_are_accepted_and_videos_are_videos():
    assert [m for m in ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp",
                        "image/tiff", "image/heic", "image/svg+xml") if is_accepted_image(m)] == \
        ["image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp"]
    assert is_video("video/webm") and not is_video("audio/mp4") and not is_video(None)
