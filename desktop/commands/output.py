"""Printing for the CLI: JSON on standard output, one document or one object per line."""

from __future__ import annotations

import json
import sys
from typing import Any


def tolerant_output() -> None:
    """Standard output writes what it cannot encode (a file name's undecodable bytes, kept as
    surrogate escapes) as backslash escapes instead of ending the command with a traceback:
    `\\udcff` inside a JSON string is still JSON."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str))
    sys.stdout.write("\n")


def print_json_lines(objs) -> None:
    for obj in objs:
        print_json(obj)
    sys.stdout.flush()


def print_table(rows: list[dict], columns: list[str]) -> None:
    """A plain aligned table for people; `--json` is the format for programs."""
    widths = {c: max([len(c)] + [len(str(r.get(c, ""))) for r in rows]) for c in columns}
    print("  ".join(c.upper().ljust(widths[c]) for c in columns))
    for r in rows:
        print("  ".join(str(r.get(c, "") if r.get(c) is not None else "").ljust(widths[c]) for c in columns))


def stdin_lines(longest: int | None = None):
    """Lines of standard input as text, undecodable bytes kept as surrogate escapes. With
    `longest`, a line of more characters ends the reading (LineTooLong) after at most
    4 × longest bytes of it were read: a hostile paste costs neither the memory nor the time."""
    stream = sys.stdin.buffer
    if longest is None:
        for raw in stream:
            yield raw.decode("utf-8", errors="surrogateescape").rstrip("\r\n")
        return
    number = 0
    while raw := stream.readline(4 * longest + 2):
        number += 1
        line = raw.decode("utf-8", errors="surrogateescape").rstrip("\r\n")
        if len(line) > longest:
            # Cut short (no newline at the end) or a line of more characters than allowed.
            raise LineTooLong(number, len(line) if raw.endswith(b"\n") else None)
        yield line


class LineTooLong(Exception):
    """A line of standard input longer than the command takes (`length` None: longer than was read)."""

    def __init__(self, number: int, length: int | None):
        super().__init__(number, length)
        self.number, self.length = number, length
