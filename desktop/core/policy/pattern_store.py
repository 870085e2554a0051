"""The policy's compiled regular expressions kept on disk, so that a process (`buzon send`)
does not compile the rules again before its first check.

CPython compiles a pattern in two steps: Python code (`re._parser`, `re._compiler`) turns the
source into a program, a list of integers, and the C engine (`_sre.compile`) wraps the
program into a pattern object. The first step is the cost (0.1 s of CPU for the term
pattern alone); its output is plain data. A pattern object cannot be kept (pickling one
stores its source and compiles it again), so the store keeps the programs.

The file is keyed by the rules files' bytes, the policy code and the Python build: any
change to one of them is another file, built on first use and written atomically. A file
that cannot be read, is damaged (checksum), or holds a program the engine refuses is never
trusted: the patterns are compiled as usual and the file rewritten. Nothing here raises.
Beside the programs the file holds the rules as derived from the rules files (plain JSON,
`kept_rules.py`), valid for the same key.
"""

from __future__ import annotations

import _sre
import hashlib
import json
import logging
import os
import re
import stat
import sys
import threading
from array import array
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

FORMAT = 3                           # 3: the derived rules kept beside the programs
MAGIC = "buzon-policy-patterns"
PREFIX, SUFFIX = "policy-", ".sre"
MAX_BYTES = 64 * 1024 * 1024          # the shipped rules' file is under 1 MB

# The two steps of re.compile, under their names since Python 3.11 and before.
if sys.version_info >= (3, 11):
    from re import _compiler, _parser
else:                                        # pragma: no cover - Python 3.10
    import sre_compile as _compiler
    import sre_parse as _parser

_WORD = "I" if array("I").itemsize == 4 else "L"


def _engine() -> str | None:
    """What a kept program is valid for: this interpreter and this version of its regex engine."""
    if sys.implementation.name != "cpython":
        return None
    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_WORD}"


def source_key(contents: Mapping[Path, bytes | OSError]) -> str:
    """The hash of what the compiled policy is derived from: the rules files' bytes (as
    `rules.read_rules_files` read them, or why one could not be read) and the code."""
    digest = hashlib.sha256()
    for path, content in sorted(contents.items()):
        # An unreadable file: load_rules says what is wrong with it, by name.
        data = content if isinstance(content, bytes) else f"unreadable: {content}".encode()
        digest.update(path.name.encode() + b"\0" + data + b"\0")
    for name, code in sorted(_code_sources().items()):
        digest.update(name.encode() + b"\0" + code + b"\0")
    digest.update((_engine() or "").encode())
    return digest.hexdigest()


def _code_sources() -> dict[str, bytes]:
    """The policy package's source files; in a frozen bundle (no sources), the bundle's version."""
    folder = Path(__file__).resolve().parent
    try:
        return {p.name: p.read_bytes() for p in folder.glob("*.py")} or _frozen()
    except OSError:
        return _frozen()


def _frozen() -> dict[str, bytes]:
    from desktop import __version__

    return {"version": f"{__version__}|{sys.executable}".encode()}


class PatternStore:
    """Compiles patterns, from the programs kept in `path` when it holds them."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._kept: dict[str, dict] = {}
        self._added = False
        self.loaded = 0             # patterns taken from the file, for tests and figures
        # The rules as derived from the rules files (kept_rules.to_json), when the file holds them.
        self.derived: object | None = None
        if path is not None and _engine() is not None:
            self._kept, self.derived = self._read(path)

    @classmethod
    def in_folder(cls, folder: Path | None, key: str) -> PatternStore:
        """The store for `key` in a cache folder (None: nothing kept, everything compiled)."""
        return cls(Path(folder) / f"{PREFIX}{key[:32]}{SUFFIX}" if folder is not None else None)

    # ------------------------------------------------------------ compiling

    def compile(self, source: str, flags: int = 0) -> re.Pattern:
        """`re.compile(source, flags)`, from the kept program when there is one."""
        if self.path is None or _engine() is None:
            return re.compile(source, flags)
        name = hashlib.sha256(f"{flags}\0{source}".encode()).hexdigest()
        entry = self._kept.get(name)
        if entry is not None:
            pattern = _from_program(source, entry)
            if pattern is not None:
                self.loaded += 1
                return pattern
            self._kept.pop(name, None)   # refused by the engine: compiled again below, and rewritten
        program = _program(source, flags)
        if program is None:
            return re.compile(source, flags)
        pattern = _from_program(source, program)
        if pattern is None:
            return re.compile(source, flags)
        self._kept[name] = program
        self._added = True
        return pattern

    def keep_derived(self, derived: object) -> None:
        """Keep the rules as derived (plain JSON) with the programs, from the next `save`."""
        if self.path is not None and _engine() is not None:
            self.derived = derived
            self._added = True

    # ------------------------------------------------------------ the file

    def save(self) -> None:
        """Write the file if patterns were compiled that it did not hold; atomically, and
        silently skipped where the folder cannot be written (a read-only home, a full disk)."""
        if self.path is None or not self._added:
            return
        index, blob = {}, bytearray()
        for name, program in self._kept.items():
            index[name] = {**{k: v for k, v in program.items() if k != "code"},
                           "at": len(blob), "size": len(program["code"])}
            blob += program["code"]
        # Not sorted: the derived rules' dicts keep their order (the rules files'), which the
        # detectors' patterns are built in.
        body = json.dumps({"format": FORMAT, "engine": _engine(), "patterns": index, "derived": self.derived},
                          separators=(",", ":")).encode() + b"\n" + bytes(blob)
        data = f"{MAGIC} {hashlib.sha256(body).hexdigest()}\n".encode() + body
        # Another process may be writing the same file: each writes its own and renames it.
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(tmp, self.path)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            self._added = False
            self._forget_others()
        except OSError as exc:
            log.info("The compiled policy could not be kept in %s (%s); it is compiled at each start.",
                     self.path.parent, exc)

    def _forget_others(self) -> None:
        """Files for other rules, code or Python builds are never read again."""
        assert self.path is not None
        for old in self.path.parent.glob(f"{PREFIX}*{SUFFIX}"):
            if old != self.path:
                old.unlink(missing_ok=True)

    @staticmethod
    def _read(path: Path) -> tuple[dict[str, dict], object | None]:
        """The programs and the derived rules in the file: ({}, None) when it is missing,
        unreadable, damaged or for another Python."""
        try:
            # Only a regular file of sane size: not a fifo (opened without waiting for a
            # writer), a device (/dev/zero) or a huge plant.
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
            with os.fdopen(fd, "rb") as f:
                info = os.fstat(f.fileno())
                if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
                    raise ValueError(f"not a regular file of at most {MAX_BYTES} bytes")
                data = f.read(MAX_BYTES + 1)
            # Three parts, seen through views of the one buffer (copying megabytes of programs
            # costs more than the rest of reading them): the magic and checksum, the index, the programs.
            head_end = data.find(b"\n")
            index_end = data.find(b"\n", head_end + 1)
            if head_end < 0 or index_end < 0:
                raise ValueError("not a kept policy")
            magic, _, checksum = data[:head_end].decode("ascii").partition(" ")
            if magic != MAGIC or hashlib.sha256(memoryview(data)[head_end + 1:]).hexdigest() != checksum:
                raise ValueError("not a kept policy, or damaged (checksum)")
            content = json.loads(data[head_end + 1:index_end])
            blob = memoryview(data)[index_end + 1:]
            if content["format"] != FORMAT or content["engine"] != _engine():
                raise ValueError("another format or Python")
            kept = {}
            for name, entry in content["patterns"].items():
                at, size = int(entry["at"]), int(entry["size"])
                if not (0 <= at and 0 <= size and at + size <= len(blob)):
                    raise ValueError("a program outside the file")
                kept[name] = {**entry, "code": blob[at:at + size]}
            return kept, content.get("derived")
        except FileNotFoundError:
            return {}, None
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            log.info("The kept compiled policy %s is not used (%s); it is compiled again.", path, exc)
            return {}, None


def _program(source: str, flags: int) -> dict | None:
    """What `re.compile` hands to the engine, as plain data."""
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)  # type: ignore[attr-defined]  # private: the program re.compile makes
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return {"flags": flags | parsed.state.flags, "groups": parsed.state.groups - 1, "groupindex": groupindex,
                "indexgroup": indexgroup, "code": array(_WORD, code).tobytes()}
    except (AttributeError, TypeError, ValueError, IndexError, KeyError, OverflowError, RecursionError) as exc:
        # An interpreter whose internals differ from CPython 3.10-3.13's: compile as usual.
        log.debug("No program for a policy pattern: %s", exc)
        return None


def _from_program(source: str, program: dict) -> re.Pattern | None:
    """The pattern object for a kept program; None if the engine refuses it."""
    try:
        code = array(_WORD)
        code.frombytes(program["code"])
        groupindex = {str(k): int(v) for k, v in program["groupindex"].items()}
        indexgroup = tuple(program["indexgroup"])
        # The engine checks the program before it accepts it ("invalid SRE code").
        return _sre.compile(source, int(program["flags"]), code.tolist(), int(program["groups"]),
                            groupindex, indexgroup)
    except (RuntimeError, TypeError, ValueError, IndexError, KeyError, AttributeError, OverflowError) as exc:
        # RuntimeError: "invalid SRE code"; ValueError: not whole words.
        log.info("A kept policy pattern was refused (%s); it is compiled again.", exc)
        return None
