"""The CLI as the hostile-input matrix sees it: every command read from the real parser
(`desktop.cli.build_parser`, so a new command is covered without touching this file), a valid
invocation of each, and a runner that calls the real entry point and says what went wrong.

A case fails when the command exits with a code the README does not document (70 is a bug),
prints a traceback or an internal error, hangs (a watchdog, not a timed assertion: hangs are
bugs), or prints JSON that does not parse after `--json`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.cli import build_parser, main
from desktop.commands import args as arg_types
from desktop.core import clock

# README "Exit codes": 5 is the window's only (no display); 70 is a bug.
DOCUMENTED_EXITS = {0, 1, 2, 3, 4}
HANG_S = 60.0               # a failure detector for hangs; cases take well under a second

# Who runs a command by default: the store's commands need its seller.
SELLER_COMMANDS = {"label", "archive", "unarchive", "pin", "unpin", "no-response", "store-settings", "stats",
                   "replies", "batch-reply", "buyer", "team", "ship"}

# A valid value for an argument, by its destination (others: by kind, below).
VALID_BY_DEST = {
    "store": "shenzhen-tech", "status": "shipped", "key": "translate_incoming", "value": "false",
    "code": "thanks", "codes": "thanks", "from_code": "es", "to_code": "en", "handle": "ana",
    "to": "mei", "time_zone": "Asia/Shanghai", "hours": "mon=09:00-18:00", "away_reply": "thanks",
    "lang": "es", "text_lang": "es", "reply_lang": "es", "language": "es", "query": "hola", "products": "cable", "orders": "0104", "candidates": "es,en",
    "fallback": "es", "reply": "thanks", "batch_id": "b1", "client_id": "c1", "size": "640x400",
    "text": "hola", "title": "Hola", "label": "VIP", "carrier": "Cainiao", "tracking": "LP0042CN",
    "name": "Ana", "timeout": "0.5", "days": "7", "limit": "5", "scale": "100", "amount": "5",
    "response_target_hours": "12", "variant": "Negro",
}

# Options a valid invocation gives although the parser does not require them (the command does).
GIVEN_ANYWAY = {"send": {"text"}, "dispute open": {"refund", "amount"}, "dispute respond": {"amount"},
                "replies edit": {"title"}, "cancel decline": {"carrier", "tracking"}}

# Where a command needs the demo in a certain state to get past its first check (the demo made
# and the commands run at DEMO_NOW): who acts, and which values name what it acts on.
DEMO_NOW = "2026-11-20T09:00Z"
# The demo's orders (`demo_cases` included) by id: 2 awaiting shipment (Yiwu Home), 5 delivered inside
# its dispute window, 7 a dispute open (Guangzhou Style), 12 a cancellation pending (Yiwu Home),
# 15 a return asked for (made by the fixture), 16 a partial offer (James), 18 escalated (Yiwu Home).
RETURN_ASKED = 15
LEAF_USER = {"ship": "chen", "cancel accept": "chen", "cancel decline": "chen", "dispute respond": "lina",
             "dispute accept": "james", "dispute escalate": "james", "dispute decide": "marketplace",
             "cancel show": "chen"}
LEAF_VALUES = {
    "dispute open": {"order": "5", "refund": "partial"}, "dispute respond": {"order": "7"},
    "dispute accept": {"order": "16"}, "dispute escalate": {"order": "16"}, "dispute return": {"order": "15"},
    "dispute decide": {"order": "18"}, "cancel request": {"order": "2"}, "cancel accept": {"order": "12"},
    "cancel decline": {"order": "12"}, "ship": {"order": "2"}, "cancel show": {"order": "12"},
    "replies add": {"code": "hello"},
}
# Commands whose valid invocation must succeed on the matrix's database: the hostile values then
# reach what lies behind their first check (test_hostile_arguments checks it).
REACHES_THE_END = {"dispute open", "dispute respond", "dispute accept", "dispute escalate", "dispute return",
                   "dispute decide", "dispute show", "cancel request", "cancel accept", "cancel decline",
                   "cancel show", "ship", "replies add", "replies edit", "replies remove", "replies reorder",
                   "batch-reply"}

# The ids that name something in the demo, by destination.
VALID_IDS = {"conversation": "1", "conversations": "1", "order": "5", "product": "4", "message": "1", "seen": "1"}


@dataclass(frozen=True)
class Option:
    """One argument of a command that takes a value."""

    dest: str
    flag: str | None            # "--order", or None for a positional
    kind: str                   # id, ids, number, int, count, path, out, text, choice, word
    required: bool
    choices: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.flag or self.dest


@dataclass
class Leaf:
    """A command that runs (`send`, `dispute open`), with its options and a valid invocation."""

    path: tuple[str, ...]
    options: list[Option]
    has_json: bool
    exclusive: list[set[str]] = field(default_factory=list)     # dests that may not be given together
    one_of: list[list[str]] = field(default_factory=list)       # groups of which one must be given

    @property
    def name(self) -> str:
        return " ".join(self.path)

    @property
    def user(self) -> list[str]:
        if self.name in LEAF_USER:
            return ["--user", LEAF_USER[self.name]]
        return ["--user", "wei"] if self.path[0] in SELLER_COMMANDS else []


def _kind(action: argparse.Action) -> str:
    kind_of_type = {arg_types.row_id: "id", arg_types.row_ids: "ids", float: "number", int: "int",
                    arg_types.message_count: "count", arg_types.utf8_text: "text", arg_types.message_text: "text", Path: "path",
                    arg_types.language_code: "word"}
    if action.choices:
        return "choice"
    if action.type in kind_of_type:
        kind = kind_of_type[action.type]
        if kind == "path" and action.dest == "out":
            return "out"
        return kind
    if callable(action.type) and action.type is not str:
        return "int"            # a command's own number type (search's --limit)
    return "word"


def leaves() -> list[Leaf]:
    """Every runnable command of the real parser, subcommands included."""
    found: list[Leaf] = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if subs:
            for name, child in subs[0].choices.items():
                walk(child, path + (name,))
            if subs[0].required or not path:
                return          # a command that runs without an action (`settings`) is a leaf too
        options, has_json = [], False
        for a in parser._actions:
            if isinstance(a, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            if a.dest == "json":
                has_json = True
            if a.nargs == 0:
                continue
            flag = max(a.option_strings, key=len) if a.option_strings else None
            options.append(Option(a.dest, flag, _kind(a), bool(a.required) or not a.option_strings,
                                  tuple(map(str, a.choices or ()))))
        groups = parser._mutually_exclusive_groups
        exclusive = [{a.dest for a in g._group_actions} for g in groups]
        one_of = [[a.dest for a in g._group_actions] for g in groups if g.required]
        if path:
            found.append(Leaf(path, options, has_json, exclusive, one_of))

    walk(build_parser(), ())
    return found


def valid_value(option: Option, given_file: Path, out_dir: Path) -> str:
    if option.kind == "choice":
        return option.choices[0]
    if option.kind in ("id", "ids"):
        return VALID_IDS.get(option.dest, "1")
    if option.kind == "path":
        return str(given_file)
    if option.kind == "out":
        return str(out_dir / "out.png")
    return VALID_BY_DEST.get(option.dest, "x")


def argv_for(leaf: Leaf, given_file: Path, out_dir: Path, *, replace: Option | None = None,
             value: str | None = None, json_out: bool = True) -> list[str]:
    """The command with its required arguments valid, and `replace` given `value` (added if it
    is optional; an option it excludes is left out)."""
    excluded = set()
    if replace is not None:
        for group in leaf.exclusive:
            if replace.dest in group:
                excluded |= group - {replace.dest}
    wanted = set(GIVEN_ANYWAY.get(leaf.name, ()))
    for group in leaf.one_of:
        if not (set(group) & ({replace.dest} if replace else set())):
            wanted.add(group[0])
    argv = [*leaf.user, *leaf.path]
    positionals: list[str] = []
    for option in leaf.options:
        chosen = option is replace
        if option.dest in excluded or not (option.required or chosen or option.dest in wanted):
            continue
        text = value if chosen else LEAF_VALUES.get(leaf.name, {}).get(option.dest) or valid_value(
            option, given_file, out_dir)
        if option.flag:
            # "--order=-5": a value that starts with a dash is still the option's value.
            argv += [f"{option.flag}={text}"] if text.startswith("-") else [option.flag, text]
        else:
            positionals.append(text)
    if leaf.has_json and json_out:
        argv.append("--json")
    if positionals:
        argv += ["--", *positionals]
    return argv


class Hang(BaseException):
    """Raised in the command by the watchdog (not an Exception: nothing may catch it)."""


@dataclass
class Outcome:
    argv: list[str]
    code: object
    stdout: str
    stderr: str
    seconds: float
    errors_logged: list[str] = field(default_factory=list)

    def problems(self, *, json_out: bool) -> list[str]:
        found = []
        if self.code == "hang":
            found.append(f"hung (no exit within {HANG_S:.0f} s)")
        elif self.code not in DOCUMENTED_EXITS:
            found.append(f"exit {self.code!r}, not a documented code")
        if "Traceback" in self.stderr or "internal error" in self.stderr:
            found.append("a traceback or internal error on stderr")
        found += [f"logged: {line}" for line in self.errors_logged]
        if json_out and self.stdout.strip() and self.code in DOCUMENTED_EXITS:
            try:
                json.loads(self.stdout)
            except ValueError:
                try:
                    for line in self.stdout.splitlines():
                        json.loads(line)
                except ValueError:
                    found.append(f"--json printed what is not JSON: {self.stdout[:200]!r}")
        return found

    def report(self, problems: list[str]) -> str:
        return (f"buzon {' '.join(map(repr, self.argv))[:400]}\n  " + "\n  ".join(problems)
                + f"\n  stderr: {self.stderr[-1500:]}\n  stdout: {self.stdout[:300]!r}")


@contextlib.contextmanager
def _watchdog(seconds: float):
    def fire(_signum, _frame):
        raise Hang()

    before = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


def run_in_process(argv: list[str], *, stdin: bytes = b"") -> Outcome:
    """The real entry point in this process, with its own standard streams: standard output
    strict UTF-8 as on a UTF-8 terminal (a lone surrogate printed there is a crash for the user)."""
    out, err = io.BytesIO(), io.BytesIO()
    streams = (sys.stdin, sys.stdout, sys.stderr)
    # Kept in `ours` until read: a wrapper that is collected closes its buffer.
    ours = (io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8", errors="surrogateescape"),
            io.TextIOWrapper(out, encoding="utf-8", errors="strict", write_through=True),
            io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True))
    sys.stdin, sys.stdout, sys.stderr = ours
    start = time.monotonic()
    code: object
    try:
        with _watchdog(HANG_S):
            code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Hang:
        code = "hang"
    except BaseException as exc:  # noqa: BLE001 - what escaped the entry point is the finding
        import traceback

        code = None
        sys.stderr.write("Traceback (escaped main):\n" + "".join(traceback.format_exception(exc)))
    finally:
        for stream in ours[1:]:
            with contextlib.suppress(Exception):
                stream.flush()
        sys.stdin, sys.stdout, sys.stderr = streams
        clock.set_now(None)
    outcome = Outcome(list(argv), code, out.getvalue().decode("utf-8", "replace"),
                      err.getvalue().decode("utf-8", "replace"), time.monotonic() - start)
    del ours
    return outcome


def run_subprocess(argv: list[str], *, env: dict, stdin: bytes = b"", cwd: Path | None = None) -> Outcome:
    """The command in a real process (for what may block in C: a FIFO opened by SQLite, Qt)."""
    start = time.monotonic()
    command = [sys.executable, "-m", "desktop", *[a.encode("utf-8", "surrogateescape") if isinstance(a, str)
                                                  else a for a in argv]]
    try:
        done = subprocess.run(command, input=stdin, capture_output=True, env=env, cwd=cwd, timeout=HANG_S)
    except subprocess.TimeoutExpired as exc:
        return Outcome(list(argv), "hang", (exc.stdout or b"").decode("utf-8", "replace"),
                       (exc.stderr or b"").decode("utf-8", "replace"), time.monotonic() - start)
    return Outcome(list(argv), done.returncode, done.stdout.decode("utf-8", "replace"),
                   done.stderr.decode("utf-8", "replace"), time.monotonic() - start)
