"""Opening databases: pragmas, and every kind of bad file refused with a clear message, untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading

import pytest
from sqlalchemy import text

from desktop.core.db import Database
from desktop.core.errors import DatabaseError, UsageError
from desktop.config import database_url_for


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2      # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    db.close()


def test_not_a_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my shopping notes, not a database.\n" * 50)
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        Database.open(f"sqlite:///{path}")
    assert str(path) in err.value.message and "not a Buzón database" in err.value.message
    assert digest(path) == before
    assert not (tmp_path / "notes.sqlite3-wal").exists()


def test_corrupt_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096 * 3))
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        Database.open(f"sqlite:///{path}")
    assert str(path) in str(err.value)
    assert digest(path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_is_refused(tmp_path):
    path = tmp_path / "ro.sqlite3"
    Database.open(f"sqlite:///{path}").close()
    path.chmod(0o444)
    with pytest.raises(DatabaseError, match="read-only"):
        Database.open(f"sqlite:///{path}")


def test_read_only_database_is_refused_even_for_root(tmp_path, monkeypatch):
    path = tmp_path / "ro.sqlite3"
    Database.open(f"sqlite:///{path}").close()
    before = digest(path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(path) and mode & os.W_OK
                        else real_access(p, mode))
    with pytest.raises(DatabaseError, match="read-only") as err:
        Database.open(f"sqlite:///{path}")
    assert "write permission" in err.value.hint
    assert digest(path) == before


def test_locked_database_is_a_known_error(tmp_path, monkeypatch):
    import desktop.core.db as dbmod

    path = tmp_path / "locked.sqlite3"
    Database.open(f"sqlite:///{path}").close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")   # an old program holding an exclusive lock
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 200)
    try:
        with pytest.raises(DatabaseError, match="locked"):
            db = Database.open(f"sqlite:///{path}")
            db.write(lambda s: s.execute(text("CREATE TABLE t (x)")))
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_missing_folder(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        Database.open(f"sqlite:///{tmp_path / 'nope' / 'x.sqlite3'}")


def test_unsupported_scheme(tmp_path):
    with pytest.raises(UsageError, match="Unsupported database URL"):
        database_url_for(tmp_path, "mysql://user@host/db")
    with pytest.raises(UsageError):
        database_url_for(tmp_path, "not a url")


def test_busy_writer_is_retried_not_surfaced(tmp_path, monkeypatch):
    """Another process holding the write lock for a while: our write waits and succeeds."""
    import desktop.core.db as dbmod

    path = tmp_path / "busy.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: (other.execute("COMMIT"), other.close()))
    release.start()
    from desktop.core import changes

    db.write(lambda s: changes.record(s, "test"))
    release.join()
    assert changes.latest_id(db) == 1
    db.close()
