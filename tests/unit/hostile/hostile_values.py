"""The hostile values, by the kind of argument they are thrown at (hostile_cli.Option.kind).

Bytes that are not UTF-8 arrive in `sys.argv` as lone surrogates (PEP 383), exactly as
`os.fsdecode` makes them here, so the in-process runner sees what a real process would.
"""

from __future__ import annotations

import os
from pathlib import Path

HUGE = "99999999999999999999"          # beyond 64 bits

# Every kind gets these: text that is empty, blank, ends in a newline, is not UTF-8, is long.
GENERIC = {
    "empty": "",
    "blank": "   ",
    "newline": "\n",
    "trailing-newline": "es\n",
    "undecodable": os.fsdecode(b"hola \xff\xfe mundo"),
    "control": "a\x1b[31mb\x07\x7f\u202e",
    "long-100k": "x" * 100_000,
    "option-like": "--json",
}

BY_KIND: dict[str, dict[str, str]] = {
    "id": {"huge": HUGE, "negative-huge": "-" + HUGE, "zero": "0", "negative": "-1", "float": "1.5",
           "hex": "0x10", "digits-5000": "1" * 5000, "max+1": str(2**63), "nan": "nan", "unknown": "987654321",
           "id-newline": "1\n"},
    "ids": {"huge": "1," + HUGE, "empty-part": "1,,2", "zero": "0", "repeated": "1,1,1", "unknown": "1,987654321",
            "many": ",".join(["1"] * 10_000)},
    "number": {"nan": "nan", "inf": "inf", "-inf": "-inf", "huge": "1e309", "negative": "-5", "zero": "0",
               "tiny": "1e-320", "precise": "0.001", "big": "1e18"},
    "int": {"huge": HUGE, "negative": "-1", "zero": "0", "float": "1.5", "big": str(2**63)},
    "count": {"huge": HUGE, "zero": "0", "negative": "-1"},
    "choice": {"unknown": "nope"},
    "word": {"unknown": "nope", "unicode": "Ünïcødé-名前", "handle-newline": "wei\n", "code-newline": "thanks\n",
             "percent": "%", "like": "_", "quote": "'\";--", "path-like": "../../etc/passwd"},
    "text": {"only-space": " \t ", "rtl": "\u202eolleh", "emoji": "👍🏽" * 1000},
}


def paths(specials: Path) -> dict[str, str]:
    """Files that are not what a file argument expects (made by the `specials` fixture)."""
    return {
        "fifo": str(specials / "fifo"),
        "directory": str(specials / "folder"),
        "proc-mem": "/proc/self/mem",
        "proc-status": "/proc/self/status",
        "dev-zero": "/dev/zero",
        "dev-null": "/dev/null",
        "dev-full": "/dev/full",
        "unreadable": str(specials / "unreadable.png"),
        "missing": str(specials / "missing" / "file.png"),
        "long-path": f"{specials}/" + ("d" * 200 + "/") * 30 + "f.png",
        "long-name": str(specials / ("n" * 300 + ".png")),
        "newline-name": str(specials / "given\n.png"),
        "not-a-folder": str(specials / "given.png" / "x.png"),
    }


def values_for(kind: str, specials: Path) -> dict[str, str]:
    chosen = dict(GENERIC)
    if kind in ("path", "out"):
        chosen.update(paths(specials))
    else:
        chosen.update(BY_KIND.get(kind, {}))
    return chosen
