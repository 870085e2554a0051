"""Files generated for the attachment tests: photos with EXIF, hostile images, video containers.

The video builders write the container structure a real file of that type starts
with (ISO boxes, EBML, RIFF) around filler media data: enough for type sniffing,
container checks and metadata removal, which is all Buzón does with a video. (A real
recording, encoded with PyAV, is made in test_attachments_video_metadata.py.)
"""

from __future__ import annotations

import io
import random
import struct
import zlib

from PIL import Image

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def noisy_rgb(width: int, height: int, seed: int = 1) -> Image.Image:
    """A photograph-like image: smooth gradients plus noise, so JPEG has real work to do."""
    rnd = random.Random(seed)
    small = Image.frombytes("RGB", (64, 48), bytes(rnd.randrange(256) for _ in range(64 * 48 * 3)))
    base = small.resize((width, height), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((width, height), 24).convert("RGB")
    return Image.blend(base, noise, 0.25)


def jpeg_bytes(im: Image.Image, **save_args) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90, **save_args)
    return buf.getvalue()


def png_bytes(im: Image.Image, **save_args) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", **save_args)
    return buf.getvalue()


def marked_landscape(width: int = 60, height: int = 40) -> Image.Image:
    """Grey with a red block in the top-left corner, to see where a rotation puts it."""
    im = Image.new("RGB", (width, height), (128, 128, 128))
    im.paste((255, 0, 0), (0, 0, width // 4, height // 4))
    return im


def exif_with_gps(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 12"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (40.0, 25.0, 1.5)
    gps[3] = "W"
    gps[4] = (3.0, 42.0, 9.25)
    return exif


XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
       b'22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
       b'exif:GPSLatitude="40,25.0N"/></rdf:RDF></x:xmpmeta>')


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header claims `width`×`height`: the classic decompression bomb shape."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
            + _png_chunk(b"IEND", b""))


def box(kind: bytes, payload: bytes) -> bytes:
    """One ISO base media box (MP4, MOV, 3GP)."""
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def box64(kind: bytes, payload: bytes) -> bytes:
    """One ISO box in the 16-byte header form (size 1, then a 64-bit size)."""
    return struct.pack(">I", 1) + kind + struct.pack(">Q", 16 + len(payload)) + payload


XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")


def _mvhd() -> bytes:
    # version 0: times, timescale 1000, duration 1000, rate 1.0, volume 1.0, matrix, next track 2
    body = struct.pack(">IIIII", 0, 0, 0, 1000, 1000) + struct.pack(">IH", 0x00010000, 0x0100)
    body += b"\x00" * 10 + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    body += b"\x00" * 24 + struct.pack(">I", 2)
    return box(b"mvhd", body)


def mp4_bytes(brand: bytes = b"isom", media: int = 4096, *, with_moov: bool = True) -> bytes:
    """An MP4 (or, with brand `qt  `, a QuickTime MOV) container: ftyp, moov, mdat."""
    ftyp = box(b"ftyp", brand + struct.pack(">I", 0x200) + brand + b"mp41")
    moov = box(b"moov", _mvhd()) if with_moov else b""
    mdat = box(b"mdat", bytes(random.Random(7).randrange(256) for _ in range(media)))
    return ftyp + moov + mdat


def iso_video(moov_children: bytes = b"", *, before_moov: bytes = b"", after_mdat: bytes = b"",
              media: int = 4096) -> bytes:
    """An MP4 with extra boxes: inside `moov` after `mvhd`, between `ftyp` and `moov`, at the end."""
    ftyp = box(b"ftyp", b"isom" + struct.pack(">I", 0x200) + b"isommp41")
    mdat = box(b"mdat", random.Random(7).randbytes(media))
    return ftyp + before_moov + box(b"moov", _mvhd() + moov_children) + mdat + after_mdat


def _ebml_element(ident: bytes, payload: bytes) -> bytes:
    size = len(payload)
    assert size < 2 ** 56
    return ident + bytes([0x01]) + size.to_bytes(7, "big") + payload


def matroska_bytes(doctype: bytes = b"webm", media: int = 2048) -> bytes:
    """A WebM or Matroska file: the EBML header naming the doctype, then a Segment."""
    header = _ebml_element(b"\x42\x86", b"\x01") + _ebml_element(b"\x42\x82", doctype)
    segment_body = _ebml_element(b"\x15\x49\xa9\x66", b"\x2a\xd7\xb1\x83\x0f\x42\x40")
    segment_body += b"\x1f\x43\xb6\x75" + bytes([0x80 | 0x7f]) + b"\x00" * media
    return _ebml_element(b"\x1a\x45\xdf\xa3", header) + _ebml_element(b"\x18\x53\x80\x67", segment_body)


def avi_bytes(media: int = 2048) -> bytes:
    """A RIFF AVI file: hdrl and movi lists with a correct RIFF size."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return kind + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")

    hdrl = b"LIST" + struct.pack("<I", 4 + 64) + b"hdrl" + chunk(b"avih", b"\x00" * 56)
    movi = b"LIST" + struct.pack("<I", 4 + 8 + media) + b"movi" + chunk(b"00dc", b"\x00" * media)
    body = b"AVI " + hdrl + movi
    return b"RIFF" + struct.pack("<I", len(body)) + body


def minimal_pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
            b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
