"""Positions Qt counts in UTF-16 code units (a cursor, a highlighted span) as Python indexes."""

from __future__ import annotations


def python_index(text: str, utf16: int) -> int:
    """The Python index of a position Qt counts in UTF-16 units: a character beyond the Basic
    Multilingual Plane (an emoji) is two units in Qt and one character in Python."""
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
