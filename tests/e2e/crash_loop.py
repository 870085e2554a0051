"""The SIGKILL crash loop shared by `make test` (a short run) and `make soak` (1,000 kills).

A sender (`crash_sender.py`) sends without end and is killed with SIGKILL at a random
moment; after each kill, before the next sender starts, the database is checked with
plain sqlite3: integrity, every acknowledged message stored exactly once, no
duplicates, and the draft saved before an interrupted send still there. The sender's
phase log says where each kill landed, so the figures prove the kills reach the writes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.core import demo
from desktop.core.db import Database

SENDER = str(Path(__file__).with_name("crash_sender.py"))
USER = "lucia"
CONVERSATION = 3


@dataclass
class CrashFigures:
    """What a crash loop measured; `problems` must be empty."""

    kills: int = 0
    kills_before_first_write: int = 0
    kills_inside_write: int = 0            # between BEGIN IMMEDIATE and COMMIT returning
    kills_inside_send_write: int = 0       # ... of the message's own transaction
    acknowledged: int = 0
    acknowledged_missing: int = 0
    duplicates: int = 0
    integrity_ok: int = 0
    sends_cut_short: int = 0               # killed after "sending" and before the acknowledgement
    cut_short_but_stored: int = 0          # ... whose transaction had committed: the retry found it
    drafts_restored: int = 0               # an interrupted send's draft found intact after the kill
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        figures = asdict(self)
        figures["problems"] = len(self.problems)
        return figures


@dataclass(frozen=True)
class RunLog:
    """Where one sender was when it was killed, read from its phase log."""

    lines: tuple[str, ...]

    @classmethod
    def read(cls, path: Path) -> RunLog:
        text = path.read_text() if path.exists() else ""
        # A line the kill cut in half is not a phase.
        return cls(tuple(text.split("\n")[:-1]))

    @property
    def wrote(self) -> bool:
        return "B" in self.lines

    @property
    def inside_write(self) -> bool:
        return bool(self.lines) and self.lines[-1] == "B"

    def last(self, tag: str) -> str | None:
        for line in reversed(self.lines):
            if line.startswith(f"{tag} "):
                return line[2:]
        return None

    @property
    def inside_send_write(self) -> bool:
        steps = [line for line in self.lines if line not in ("B", "C", "R")]
        return self.inside_write and bool(steps) and steps[-1].startswith("S ")

    @property
    def cut_send(self) -> str | None:
        """The client id of a send that started and was never acknowledged."""
        sending = self.last("S")
        return sending if sending is not None and f"A {sending}" not in self.lines else None


class Zygote:
    """The fork server that starts senders (see crash_sender.py)."""

    def __init__(self, url: str, workdir: Path):
        self.proc = subprocess.Popen([sys.executable, SENDER, url, USER, str(CONVERSATION), str(workdir)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def _until(self, *words: str) -> dict[str, list[str]]:
        """Read lines until one starting with each of `words` was seen (the fork server's
        and its sender's lines may come in either order); their arguments by word."""
        seen: dict[str, list[str]] = {}
        while not set(words) <= set(seen):
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError(f"the fork server ended while {words} were awaited")
            word, *args = line.split()
            if word in words and word not in seen:
                seen[word] = args
            elif word not in ("ack", "ready", "pid"):
                raise AssertionError(f"unexpected line from the sender: {line!r}")
        return seen

    def spawn(self, run: str, retry: str | None) -> int:
        self.proc.stdin.write(f"spawn {run} {retry or ''}\n")
        return int(self._until("pid", "ready")["pid"][0])

    def wait_acks(self, count: int) -> None:
        for _ in range(count):
            self._until("ack")

    def wait_dead(self, pid: int) -> int:
        dead, status = self._until("dead")["dead"]
        assert int(dead) == pid
        return int(status)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def make_database(path: Path) -> str:
    url = f"sqlite:///{path}"
    db = Database.open(url)
    demo.ensure_demo(db)
    db.close()
    return url


def _acks(workdir: Path) -> dict[str, int]:
    path = workdir / "acks.log"
    text = path.read_text() if path.exists() else ""
    pairs = (line.split() for line in text.split("\n")[:-1])
    return {cid: int(mid) for cid, mid in pairs}


def _check(con: sqlite3.Connection, acks: dict[str, int], log: RunLog, user_id: int,
           figures: CrashFigures, previous_draft: str = "") -> tuple[set[str], str]:
    """Check the database after a kill, knowing the draft the last check found; the
    client ids stored and the draft found now."""
    problems = figures.problems
    if con.execute("PRAGMA integrity_check").fetchone() == ("ok",):
        figures.integrity_ok += 1
    else:
        problems.append(f"kill {figures.kills}: integrity_check failed")
    stored = {cid: ids for cid, ids in con.execute(
        "SELECT client_id, group_concat(id) FROM messages WHERE client_id IS NOT NULL GROUP BY client_id")}
    missing = [cid for cid, mid in acks.items() if stored.get(cid) != str(mid)]
    figures.acknowledged_missing = len(missing)
    if missing:
        problems.append(f"kill {figures.kills}: acknowledged but missing or changed: {missing[:5]}")
    figures.duplicates = sum(1 for ids in stored.values() if "," in ids) + con.execute(
        "SELECT count(*) FROM (SELECT text FROM messages WHERE text LIKE 'mensaje %' GROUP BY text "
        "HAVING count(*) > 1)").fetchone()[0]
    if figures.duplicates:
        problems.append(f"kill {figures.kills}: {figures.duplicates} duplicated messages")
    draft = con.execute("SELECT text FROM drafts WHERE user_id = ? AND conversation_id = ?",
                        (user_id, CONVERSATION)).fetchone()
    draft_text = draft[0] if draft else ""
    saving = log.last("D")
    if saving is None:
        # No draft saved by this sender: what the last check found, or "" if a retried
        # send went through (a send deletes the draft in its own transaction).
        expected = {previous_draft, ""}
    elif saving in stored:
        expected = {""}
    elif f"d {saving}" in log.lines:
        expected = {f"borrador {saving}"}
    else:
        # Killed while this draft was being saved: the new one, or what was there before
        # (a draft whose send never started, or none).
        expected = {previous_draft, "", f"borrador {saving}"}
    if draft_text not in expected:
        problems.append(f"kill {figures.kills}: draft {draft_text!r}, expected one of {sorted(expected)}")
    elif saving is not None and saving not in stored and f"d {saving}" in log.lines and log.last("S") == saving:
        figures.drafts_restored += 1
    return set(stored), draft_text


def run_crash_loop(db_path: Path, workdir: Path, *, kills: int, seed: int, max_delay_s: float = 0.08,
                   max_acks_first: int = 2, progress_every: int = 0) -> CrashFigures:
    """Kill `kills` senders at random moments on the database at `db_path` (made here).

    Each sender is killed after a random number of acknowledged sends (0 to
    `max_acks_first`) plus a random delay (0 to `max_delay_s`): kills land anywhere in a
    send, and every sender makes progress however slow the machine is."""
    url = make_database(db_path)
    con = sqlite3.connect(db_path)
    user_id = con.execute("SELECT id FROM users WHERE handle = ?", (USER,)).fetchone()[0]
    con.close()
    rng = random.Random(seed)
    figures = CrashFigures()
    zygote = Zygote(url, workdir)
    started = time.monotonic()
    retry: str | None = None
    draft = ""
    try:
        for n in range(kills):
            run = f"r{n}"
            pid = zygote.spawn(run, retry)
            zygote.wait_acks(rng.randint(0, max_acks_first))
            time.sleep(rng.uniform(0, max_delay_s))
            os.kill(pid, signal.SIGKILL)
            status = zygote.wait_dead(pid)
            if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                raise AssertionError(f"the sender of run {run} died on its own (status {status}); see its stderr")
            figures.kills += 1
            phase_file = workdir / f"phases-{run}.log"
            log = RunLog.read(phase_file)
            phase_file.unlink(missing_ok=True)
            figures.kills_before_first_write += not log.wrote
            figures.kills_inside_write += log.inside_write
            figures.kills_inside_send_write += log.inside_send_write
            acks = _acks(workdir)
            figures.acknowledged = len(acks)
            con = sqlite3.connect(db_path)
            try:
                stored, draft = _check(con, acks, log, user_id, figures, draft)
            finally:
                con.close()
            # The next sender retries a send that was cut short, with the same client id
            # (or the retry this sender was killed before it could make).
            if log.cut_send is not None:
                figures.sends_cut_short += 1
                figures.cut_short_but_stored += log.cut_send in stored
                retry = log.cut_send
            elif retry in acks:
                retry = None
            if progress_every and figures.kills % progress_every == 0:
                figures.seconds = round(time.monotonic() - started, 1)
                print(f"crash loop: {figures.summary()}", flush=True)
    finally:
        zygote.close()
        figures.seconds = round(time.monotonic() - started, 1)
    return figures
