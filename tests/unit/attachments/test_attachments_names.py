"""Safe names: no folders, no hidden direction changes, no device names, bounded length."""

from __future__ import annotations

import pytest

from desktop.core.attachments import safe_name


@pytest.mark.parametrize("given, mime, expected", [
    ("../../etc/passwd", None, "passwd"),
    ("..\\..\\Windows\\system32\\drivers\\etc\\hosts", None, "hosts"),
    ("C:\\Users\\ana\\Pictures\\foto.jpg", None, "foto.jpg"),
    ("CON.jpg", None, "_CON.jpg"),
    ("nul", None, "_nul"),
    ("com1.tar.gz", None, "_com1.tar.gz"),
    ("LPT¹.png", None, "_LPT¹.png"),
    ("console.jpg", None, "console.jpg"),
    ("invoice\u202egpj.exe", "image/jpeg", "invoicegpj.jpg"),
    ("photo\u2066\u2069\u200b.png", None, "photo.png"),
    ("a\x00b\x01c\x7f.png", None, "abc.png"),
    ("tab\tand\r\nlines.png", None, "tab and lines.png"),
    ("line\nbreak.gif", None, "line break.gif"),
    ("  trailing dots... ", None, "trailing dots"),
    ("...", None, "attachment"),
    ("", "image/png", "attachment.png"),
    (".hidden.png", None, "hidden.png"),
    ('what?<>|"*:.png', None, "what_______.png"),
    ("holiday.PNG", "image/jpeg", "holiday.jpg"),
    ("holiday.JPEG", "image/jpeg", "holiday.jpeg"),
    ("clip.mov", "video/quicktime", "clip.mov"),
    ("archive.zip.png", "image/png", "archive.zip.png"),
    ("caf\u0065\u0301.jpg", None, "caf\u00e9.jpg"),
])
def test_safe_name(given, mime, expected):
    assert safe_name(given, mime) == expected


def test_undecodable_bytes_from_a_file_system_are_dropped():
    name = b"foto-\xff\xfe.jpg".decode("utf-8", errors="surrogateescape")
    assert safe_name(name) == "foto-.jpg"


def test_long_names_are_cut_on_a_character_boundary_and_keep_the_extension():
    name = "ñ" * 300 + ".jpeg"
    out = safe_name(name, "image/jpeg")
    assert out.endswith(".jpeg") and len(out.encode("utf-8")) <= 150
    assert set(out[:-5]) == {"ñ"}


def test_name_patterns_match_the_whole_string():
    """`$` matches before a final newline; the patterns are matched whole."""
    from desktop.core.attachments.names import _split_ext

    assert _split_ext("photo.jpg\n") == ("photo.jpg\n", "")
    assert _split_ext("photo.jpg") == ("photo", "jpg")
