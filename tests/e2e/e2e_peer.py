"""A second (or third) Buzón client in its own process, for the end-to-end tests.

    python e2e_peer.py DB_URL USER wait-text CONVERSATION TEXT [--read]
        print "ready", then poll the change log like the GUI does until a message with TEXT
        arrives; print {"message", "seen_at"} and, with --read, mark it read (a read receipt).
    python e2e_peer.py DB_URL USER wait-read CONVERSATION MESSAGE
        poll until the other side has read MESSAGE; print {"read": true}.
    python e2e_peer.py DB_URL USER send-loop CONVERSATION START COUNT
        save a draft then send message START..START+COUNT-1 with client ids c-N,
        printing "ack N" after each send returns (used by the SIGKILL test).
"""

from __future__ import annotations

import json
import sys
import time

from desktop.core import changes, conversations, drafts, messaging, users
from desktop.core.db import Database

from desktop.gui.session import POLL_MS

POLL_S = POLL_MS / 1000
TIMEOUT_S = 30


def wait_text(db, user, cid, text, read):
    last = changes.latest_id(db)
    newest = max([r.id for r in messaging.page(db, user, cid)] or [0])
    print("ready", flush=True)
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        rows = changes.since(db, last)
        if rows:
            last = rows[-1].id
            if any(c.kind == "message" and c.conversation_id == cid for c in rows):
                for row in messaging.page(db, user, cid, after=newest):
                    newest = max(newest, row.id)
                    if row.text == text:
                        print(json.dumps({"message": row.id, "seen_at": time.time()}), flush=True)
                        if read:
                            conversations.mark_read(db, user, cid, row.id)
                        return 0
        time.sleep(POLL_S)
    return 1


def wait_read(db, user, cid, message_id):
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        rows = messaging.rows_by_id(db, user, cid, [message_id])
        if rows and rows[message_id].read:
            print(json.dumps({"read": True, "seen_at": time.time()}), flush=True)
            return 0
        time.sleep(POLL_S)
    return 1


def send_loop(db, user, cid, start, count):
    for n in range(start, start + count):
        drafts.save(db, user, cid, f"borrador {n}")
        messaging.send(db, user, cid, f"mensaje {n}", client_id=f"c-{n}")
        sys.stdout.write(f"ack {n}\n")
        sys.stdout.flush()
    drafts.save(db, user, cid, "el último borrador")
    sys.stdout.write("draft\n")
    sys.stdout.flush()
    time.sleep(60)     # wait to be killed
    return 0


def main(argv):
    url, handle, command, cid, *rest = argv
    db = Database.open(url)
    user = users.resolve(db, handle)
    cid = int(cid)
    if command == "wait-text":
        return wait_text(db, user, cid, rest[0], "--read" in rest)
    if command == "wait-read":
        return wait_read(db, user, cid, int(rest[0]))
    if command == "send-loop":
        return send_loop(db, user, cid, int(rest[0]), int(rest[1]))
    raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
