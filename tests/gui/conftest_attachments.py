"""Samples and sessions for the attachment GUI tests (imported by them; not a pytest conftest).

Every sample is a real file written into the test's tmp_path: pictures made with
Pillow, a minimal MP4 (ftyp, moov, mdat boxes), a PDF under a .png name.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QUrl

from desktop.core.context import AppContext
from desktop.gui.session import Session


def image_bytes(fmt: str = "PNG", size=(120, 80), colour=(230, 46, 4)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, fmt)
    return out.getvalue()


def write_image(folder: Path, name: str, fmt: str = "PNG", size=(120, 80), colour=(230, 46, 4)) -> Path:
    path = folder / name
    path.write_bytes(image_bytes(fmt, size, colour))
    return path


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4_bytes() -> bytes:
    """The smallest MP4 the core accepts as evidence: boxes that tile the file, with a moov."""
    return (_box(b"ftyp", b"isom" + struct.pack(">I", 0x200) + b"isommp41")
            + _box(b"moov", _box(b"mvhd", bytes(100))) + _box(b"mdat", bytes(2048)))


def write_mp4(folder: Path, name: str = "unboxing.mp4") -> Path:
    path = folder / name
    path.write_bytes(mp4_bytes())
    return path


def write_pdf_named_png(folder: Path, name: str = "invoice.png") -> Path:
    path = folder / name
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return path


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(str(p) for p in paths))     # what file managers put beside the URLs
    return mime


@pytest.fixture
def att_session(qtbot, tmp_path):
    """A session whose worker runs (the database is not opened): enough for checks and previews."""
    data = tmp_path / "data"
    data.mkdir()
    s = Session(AppContext(data_dir=data))
    yield s
    s.close()


@pytest.fixture
def att_db_session(qtbot, tmp_path):
    """A started session on a fresh demo database in tmp_path, acting as the demo buyer."""
    data = tmp_path / "data"
    data.mkdir()
    s = Session(AppContext(data_dir=data), poll_ms=60_000)
    s.start()
    qtbot.waitUntil(lambda: s.user is not None, timeout=20_000)
    yield s
    s.close()
