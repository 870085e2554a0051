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


def stdin_lines():
    """Lines of standard input as text, undecodable bytes kept as surrogate escapes."""
    stream = sys.stdin.buffer
    for raw in stream:
        yield raw.decode("utf-8", errors="surrogateescape").rstrip("\r\n")
