"""A sender that never stops, for the SIGKILL crash loop (`crash_loop.py`).

    python crash_sender.py DB_URL USER CONVERSATION WORKDIR

runs as a fork server: it imports Buzón once, then for each line `spawn RUN [RETRY]` on
standard input forks a sender, prints `pid N`, waits for it to die (the test kills it
with SIGKILL at a random moment) and prints `dead N STATUS`. Forking from a warm
process makes a sender ready in milliseconds instead of the 0.8 s a fresh interpreter
takes to import SQLAlchemy, so a thousand kills take minutes, not a quarter of an hour;
each sender is still a process of its own with its own SQLite connection, opened after
the fork.

A sender opens the database, prints `ready N`, sends RETRY first if given (the client
id of a send that was cut short: retried with the same id and text, as a client does
after a crash, without saving its draft again), then sends without end with fresh client ids `RUN-0`, `RUN-1`, ...
Before each send it saves a draft; after each send returns (committed) it appends
`CLIENT_ID MESSAGE_ID` to WORKDIR/acks.log and prints `ack CLIENT_ID` (the test uses it
to time its kills by the sender's progress, whatever the machine's speed). Every step goes to WORKDIR/phases-RUN.log:

    D cid   saving the draft        d cid   draft saved
    S cid   sending                 A cid   send returned, acknowledged
    B       a write transaction began (after BEGIN IMMEDIATE)
    C / R   it committed (after COMMIT returned) / rolled back

so the test can tell where each kill landed. Both logs are written with one `write`
call per line on O_APPEND descriptors: what was written survives the kill.
"""

from __future__ import annotations

import os
import sys
import traceback

from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.core import drafts, messaging, users
from desktop.core.db import Database


def draft_text(client_id: str) -> str:
    return f"borrador {client_id}"


def message_text(client_id: str) -> str:
    return f"mensaje {client_id}"


class Log:
    """An append-only log file, one unbuffered write per line."""

    def __init__(self, path: str):
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def line(self, text: str) -> None:
        os.write(self.fd, f"{text}\n".encode())


def _watch_transactions(phases: Log) -> None:
    def began(session, transaction, connection):
        if connection.get_execution_options().get("write"):
            phases.line("B")

    def committed(session):
        phases.line("C")

    def rolled_back(session):
        phases.line("R")

    event.listen(Session, "after_begin", began)
    event.listen(Session, "after_commit", committed)
    event.listen(Session, "after_rollback", rolled_back)


def send_forever(url: str, handle: str, conversation: int, workdir: str, run: str, retry: str | None) -> None:
    phases = Log(os.path.join(workdir, f"phases-{run}.log"))
    acks = Log(os.path.join(workdir, "acks.log"))
    # The test created and migrated the database; a sender only opens it.
    db = Database.open(url, migrate=False)
    user = users.resolve(db, handle)
    _watch_transactions(phases)
    os.write(1, f"ready {os.getpid()}\n".encode())

    def send(client_id: str, *, save_draft: bool = True) -> None:
        if save_draft:
            phases.line(f"D {client_id}")
            drafts.save(db, user, conversation, draft_text(client_id))
            phases.line(f"d {client_id}")
        phases.line(f"S {client_id}")
        result = messaging.send(db, user, conversation, message_text(client_id), client_id=client_id)
        acks.line(f"{client_id} {result.message_id}")
        phases.line(f"A {client_id}")
        os.write(1, f"ack {client_id}\n".encode())

    if retry:
        # A retry after a crash resends from the outbox; the draft was saved before the
        # first attempt.
        send(retry, save_draft=False)
    n = 0
    while True:
        send(f"{run}-{n}")
        n += 1


def serve(url: str, handle: str, conversation: int, workdir: str) -> int:
    for line in sys.stdin:
        command, run, *rest = line.split()
        if command != "spawn":
            raise SystemExit(f"unknown command {command}")
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                send_forever(url, handle, conversation, workdir, run, rest[0] if rest else None)
            except BaseException:           # noqa: BLE001 - the test reads the traceback
                traceback.print_exc()
            finally:
                os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"dead {pid} {status}", flush=True)
    return 0


if __name__ == "__main__":
    url, handle, conversation, workdir = sys.argv[1:5]
    raise SystemExit(serve(url, handle, int(conversation), workdir))
