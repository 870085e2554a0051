"""Opening databases: pragmas, and every kind of bad file refused with a clear message, untouched."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, text

from desktop.cli import main as cli_main
from desktop.config import database_url_for, ensure_data_dir
from desktop.core import db_faults, demo
from desktop.core.db import Database, DatabaseFault, DbFault, EmptyDatabaseFile, map_error
from desktop.core.errors import BugError, DatabaseError, UsageError


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


# -- causes read from SQLite's result codes --------------------------------------------

def test_the_code_table_matches_sqlite():
    """Our constants are SQLite's (Python 3.11+ exposes them; 3.10 does not, hence ours)."""
    for name in ("SQLITE_IOERR_SHMSIZE", "SQLITE_IOERR_NOMEM", "SQLITE_READONLY_DBMOVED", "SQLITE_CANTOPEN_ISDIR",
                 "SQLITE_BUSY", "SQLITE_FULL", "SQLITE_NOTADB", "SQLITE_CANTOPEN", "SQLITE_IOERR"):
        if hasattr(sqlite3, name):
            assert getattr(db_faults, name) == getattr(sqlite3, name), name


def real_error(tmp_path, action) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as err:
        action(tmp_path)
    return err.value


def _write_read_only(tmp_path):
    path = tmp_path / "ro.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("INSERT INTO t VALUES (1)")


def _open_a_folder(tmp_path):
    sqlite3.connect(tmp_path).execute("SELECT 1")


def _open_text(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"shopping list\n" * 200)
    sqlite3.connect(path).execute("SELECT * FROM sqlite_master")


def _lock(tmp_path):
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    sqlite3.connect(path, timeout=0.05).execute("SELECT * FROM sqlite_master")


@pytest.mark.parametrize("action, fault", [
    (_write_read_only, DbFault.READ_ONLY), (_open_a_folder, DbFault.CANNOT_OPEN),
    (_open_text, DbFault.NOT_A_DATABASE), (_lock, DbFault.BUSY),
])
def test_real_sqlite_errors_map_by_code(tmp_path, action, fault):
    error = real_error(tmp_path, action)
    assert db_faults.classify(error, tmp_path / "x.sqlite3") is fault
    mapped = map_error(error, "DB")
    assert isinstance(mapped, DatabaseFault) and mapped.fault is fault and mapped.exit_code == 4


@pytest.mark.parametrize("text, fault", [
    ("database is locked", DbFault.BUSY), ("database table is locked", DbFault.BUSY),
    ("attempt to write a readonly database", DbFault.READ_ONLY), ("database or disk is full", DbFault.DISK_FULL),
    ("database disk image is malformed", DbFault.DAMAGED), ("malformed database schema (x) - bad", DbFault.DAMAGED),
    ("file is not a database", DbFault.NOT_A_DATABASE), ("unable to open database file", DbFault.CANNOT_OPEN),
    ("disk I/O error", DbFault.IO_ERROR), ("out of memory", DbFault.NO_MEMORY),
])
def test_python_3_10_errors_without_codes_map_from_sqlites_own_text(tmp_path, text, fault):
    error = sqlite3.OperationalError(text)
    assert not hasattr(error, "sqlite_errorcode")       # what every error looks like on 3.10
    assert db_faults.classify(error, tmp_path / "x.sqlite3") is fault


@pytest.mark.parametrize("code, fault", [
    (db_faults.SQLITE_IOERR_SHMSIZE, DbFault.DISK_FULL), (db_faults.SQLITE_FULL, DbFault.DISK_FULL),
    (db_faults.SQLITE_READONLY_DBMOVED, DbFault.MOVED), (db_faults.SQLITE_IOERR | (3 << 8), DbFault.IO_ERROR),
    (db_faults.SQLITE_BUSY | (2 << 8), DbFault.BUSY), (db_faults.SQLITE_CORRUPT | (1 << 8), DbFault.DAMAGED),
    (19, None), (1, None),                 # a constraint or an SQL error is ours: a BugError
])
def test_extended_codes_decide_before_their_primary(tmp_path, code, fault):
    error = sqlite3.OperationalError("any text at all")
    error.sqlite_errorcode = code
    assert db_faults.classify(error, tmp_path / "x.sqlite3") is fault
    if fault is None:
        assert isinstance(map_error(error, "DB"), BugError)


def test_an_io_error_on_a_full_file_system_is_a_full_disk(tmp_path, monkeypatch):
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = db_faults.SQLITE_IOERR | (3 << 8)         # IOERR_WRITE: ENOSPC has no code of its own
    monkeypatch.setattr(db_faults, "NEARLY_FULL_BYTES", 1 << 62)
    assert db_faults.classify(error, tmp_path / "x.sqlite3") is DbFault.DISK_FULL
    monkeypatch.setattr(db_faults, "NEARLY_FULL_BYTES", 0)
    assert db_faults.classify(error, tmp_path / "x.sqlite3") is DbFault.IO_ERROR


def test_the_database_filling_up_says_so_and_keeps_what_was_written(tmp_path):
    """SQLITE_FULL for real through `Database.write`, from SQLite's max_page_count (the
    database cannot grow, exactly as when the disk is full); the real ENOSPC is below."""
    from desktop.core import changes

    db = Database.open(f"sqlite:///{tmp_path / 'full.sqlite3'}")
    db.write(lambda s: changes.record(s, "before"))

    @event.listens_for(db.engine, "connect")
    def cap(dbapi_con, _record):
        pages = dbapi_con.execute("PRAGMA page_count").fetchone()[0]
        dbapi_con.execute(f"PRAGMA max_page_count = {pages + 2}")

    db.engine.dispose()
    blob = "x" * 4000
    with pytest.raises(DatabaseFault) as err:
        db.write(lambda s: [changes.record(s, blob) for _ in range(50)])
    assert err.value.fault is DbFault.DISK_FULL
    assert "is full; nothing was lost" in err.value.message and str(tmp_path) in err.value.message
    db.close()
    con = sqlite3.connect(tmp_path / "full.sqlite3")
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT kind FROM change_log").fetchall() == [("before",)]
    con.close()


def test_the_faults_keep_the_messages_the_readme_promises(tmp_path):
    """Each known cause is a DatabaseError (exit 4) with a message naming the file."""
    for fault in DbFault:
        error = DatabaseFault(fault, "/data/buzon.sqlite3")
        assert isinstance(error, DatabaseError) and error.exit_code == 4
        assert "/data/buzon.sqlite3" in error.message and error.hint


# -- real disk faults, in a private mount namespace -------------------------------------

CHILD = str(Path(__file__).with_name("disk_fault_child.py"))


@pytest.fixture(scope="module")
def private_mounts():
    """Whether this process may mount a tmpfs in a mount namespace of its own (root with
    `unshare`); the faults below need it, the tests above do not."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a small file system privately")
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt && umount /mnt"],
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount privately here: {probe.stderr.decode(errors='replace')}")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "buzon.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    demo.ensure_demo(db)
    db.close()
    return path


def in_namespace(*argv: str) -> list[dict]:
    done = subprocess.run(["unshare", "-m", sys.executable, CHILD, *argv], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.mark.slow
def test_a_full_disk_is_reported_as_full_and_nothing_is_lost(tmp_path, private_mounts, demo_file):
    """A real ENOSPC: a 2 MB tmpfs filled until a few kilobytes are left. Before, a full
    disk was "cannot be opened, check that the folder is writable" in most runs (SQLite
    says IOERR_SHMSIZE when the WAL index cannot grow)."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    runs = in_namespace("full", str(mount), str(demo_file), "0", "4096", "16384", "32768", "1048576")
    assert len(runs) == 5
    for run in runs:
        assert run["integrity"] == "ok" and run["kept"], run
        if run["exit"] == 0:
            assert run["stored"] == 1, run
        else:
            assert run["exit"] == 4 and run["stored"] == 0, run
            assert "is full; nothing was lost" in run["stderr"] and "cannot be opened" not in run["stderr"], run
    assert [run["exit"] for run in runs[:4]] == [4, 4, 4, 4]     # the nearly full runs could not write
    assert runs[-1]["exit"] == 0                                  # 1 MB free is enough to send


@pytest.mark.slow
def test_a_read_only_data_folder_exits_4_like_a_read_only_database(tmp_path, private_mounts, demo_file):
    mount = tmp_path / "mnt"
    mount.mkdir()
    existing, to_create = in_namespace("read-only", str(mount), str(demo_file))
    assert existing["exit"] == 4 and f"The data folder {mount} is read-only" in existing["stderr"], existing
    assert to_create["exit"] == 4 and "cannot be created (Read-only file system)" in to_create["stderr"], to_create


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_data_folder_without_write_permission_exits_4(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert cli_main(["--data-dir", str(folder), "conversations"]) == 4
    finally:
        folder.chmod(0o755)
    assert "is read-only" in capsys.readouterr().err


def test_ensure_data_dir_refuses_with_the_database_code(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(folder) else real_access(p, mode))
    with pytest.raises(DatabaseFault) as err:
        ensure_data_dir(folder)
    assert err.value.fault is DbFault.DATA_FOLDER_READ_ONLY and err.value.exit_code == 4
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseFault) as err:
        ensure_data_dir(blocker / "data")
    assert err.value.fault is DbFault.DATA_FOLDER_UNUSABLE and err.value.exit_code == 4


# -- an empty file given as the database -------------------------------------------------

def test_an_empty_file_is_refused_untouched_unless_accepted(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(EmptyDatabaseFile) as err:
        Database.open(f"sqlite:///{path}")
    assert err.value.fault is DbFault.EMPTY_FILE and err.value.exit_code == 4
    assert path.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]
    db = Database.open(f"sqlite:///{path}", accept_empty=True)       # the user said yes
    db.close()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_the_cli_refuses_an_empty_file_except_for_demo(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("BUZON_DATABASE_URL", raising=False)
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    url = f"sqlite:///{path}"
    for command in (["conversations", "--json"], ["products", "--json"], ["users", "--json"]):
        assert cli_main(["--data-dir", str(tmp_path), "--database", url, *command]) == 4
        err = capsys.readouterr().err
        assert f"{path} is empty" in err and "buzon demo" in err
        assert path.stat().st_size == 0
    assert cli_main(["--data-dir", str(tmp_path), "--database", url, "demo"]) == 0
    capsys.readouterr()
    assert cli_main(["--data-dir", str(tmp_path), "--database", url, "users", "--json"]) == 0
    assert "lucia" in capsys.readouterr().out
