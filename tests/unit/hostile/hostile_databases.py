"""Damaged databases, each made from a copy of the demo (or from nothing) at the path the
command will open: what a user's disk may hold after a crash, a bad copy or a newer Buzón."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path


def _empty(db: Path, template: Path) -> None:
    db.write_bytes(b"")


def _truncated(db: Path, template: Path) -> None:
    db.write_bytes(template.read_bytes()[:8192])


def _not_sqlite(db: Path, template: Path) -> None:
    db.write_text("these are my notes, not a database\n" * 100)


def _unversioned(db: Path, template: Path) -> None:
    """A SQLite file of another program: no Buzón schema, no version table."""
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('keep me')")
    con.commit()
    con.close()


def _schema_without_version(db: Path, template: Path) -> None:
    """Buzón's tables, but the migration table lost (restored by hand from a dump)."""
    shutil.copyfile(template, db)
    con = sqlite3.connect(db)
    con.execute("DROP TABLE alembic_version")
    con.commit()
    con.close()


def _newer(db: Path, template: Path) -> None:
    """A database a newer Buzón migrated: a revision this one does not know."""
    shutil.copyfile(template, db)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    con.commit()
    con.close()


def _garbage_pages(db: Path, template: Path) -> None:
    """A valid header over pages overwritten with noise (a bad sector, a torn copy)."""
    body = bytearray(template.read_bytes())
    for at in range(4096, len(body), 8192):
        body[at:at + 512] = os.urandom(512)
    db.write_bytes(bytes(body))


def _garbage_values(db: Path, template: Path) -> None:
    """Rows whose typed columns hold what Buzón never writes (a tool or a hand edit): dates that
    are not dates (a state no enum names is refused by its CHECK). Reading them was exit 70."""
    shutil.copyfile(template, db)
    con = sqlite3.connect(db)
    con.execute("UPDATE messages SET sent_at = 'garbage', created_at = 'garbage'")
    con.execute("UPDATE conversation_members SET last_activity_at = 'soon'")
    con.execute("UPDATE orders SET created_at = 'yesterday'")
    con.commit()
    con.close()


def _fifo(db: Path, template: Path) -> None:
    os.mkfifo(db)


def _folder(db: Path, template: Path) -> None:
    db.mkdir()


DAMAGE = {
    "empty": _empty, "truncated": _truncated, "not-sqlite": _not_sqlite, "unversioned": _unversioned,
    "no-version-table": _schema_without_version, "newer": _newer, "garbage-pages": _garbage_pages,
    "garbage-values": _garbage_values,
    "fifo": _fifo, "folder": _folder,
}
