"""Opening the database: SQLite pragmas, migrations, sessions, and error mapping.

`Database.open(url)` checks a SQLite file before touching it (a file that is not a
database, or that is read-only, is refused and left exactly as it was), applies the
Alembic migrations (backing the file up first when an older schema is upgraded), and
hands out sessions. Writes go through `Database.write()`, which takes the write lock up
front (BEGIN IMMEDIATE) and retries while another process holds it, so "database is
locked" never reaches the user while another client is merely busy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.errors import BugError, DatabaseError, KnownError

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
WRITE_ATTEMPTS = 6          # x BUSY_TIMEOUT_MS: a writer waits up to ~30 s for another process


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def map_error(exc: BaseException, where: str) -> Exception:
    """Turn a driver error into a KnownError naming the database and what to do, or a BugError."""
    if isinstance(exc, (KnownError, BugError)):
        return exc
    text = str(getattr(exc, "orig", exc)).lower()
    if _busy(exc):
        return DatabaseError(f"The database {where} is locked by another program.",
                             hint="Close the other program using it (or wait for it to finish) and try again.")
    if "readonly" in text or "read-only" in text or "attempt to write a readonly database" in text:
        return DatabaseError(f"The database {where} is read-only.",
                             hint="Give yourself write permission on the file and its folder, or choose another "
                                  "data folder with --data-dir.")
    if "disk is full" in text or "database or disk is full" in text or "no space left" in text:
        return DatabaseError(f"The disk holding the database {where} is full.",
                             hint="Free some space and try again; nothing was lost.")
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DatabaseError(f"The file {where} is not a Buzón database or is damaged.",
                             hint="It was left untouched. Move it away (or restore a backup) and start again.")
    if "unable to open database" in text or "disk i/o error" in text:
        return DatabaseError(f"The database {where} cannot be opened.",
                             hint="Check that the folder exists and is writable.")
    if isinstance(exc, sa_exc.OperationalError) and ("could not connect" in text or "connection refused" in text):
        return DatabaseError(f"The database server for {where} cannot be reached.",
                             hint="Check the URL and that the server is running.")
    return BugError(f"database error on {where}: {exc}")


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database, or that cannot be written, before opening it."""
    where = str(path)
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"The database path {where} is a folder.", hint="Give the path of a file.")
        try:
            with path.open("rb") as f:
                head = f.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise DatabaseError(f"The database {where} cannot be read ({exc.strerror}).",
                                hint="Check its permissions.") from exc
        if head and head != SQLITE_MAGIC:
            raise DatabaseError(f"The file {where} is not a Buzón database.",
                                hint="It was left untouched. Move it away or choose another --data-dir.")
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseError(f"The database {where} is read-only.",
                                hint="Give yourself write permission on the file and its folder, or choose another "
                                     "data folder with --data-dir.")
        if head:
            try:  # read-only look: a damaged header or schema is refused without writing a byte
                con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
                try:
                    con.execute("PRAGMA schema_version").fetchone()
                    con.execute("SELECT count(*) FROM sqlite_master").fetchone()
                finally:
                    con.close()
            except sqlite3.DatabaseError as exc:
                raise map_error(exc, where) from exc
    elif not path.parent.exists():
        raise DatabaseError(f"The folder of the database {where} does not exist.",
                            hint="Create it, or choose another data folder with --data-dir.")


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con, _record):
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (so BEGIN IMMEDIATE works).
        dbapi_con.isolation_level = None
        cur = dbapi_con.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

    return engine


class Database:
    """One database: an engine, a session factory for reads and one for writes."""

    def __init__(self, engine: Engine, where: str):
        self.engine = engine
        self.where = where
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(write=True), expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Database:
        path = sqlite_path(url)
        where = str(path) if path else make_url(url).render_as_string(hide_password=True)
        if path is not None:
            _check_sqlite_file(path)
        try:
            engine = _sqlite_engine(url) if path is not None or url.startswith("sqlite") else create_engine(
                url, pool_pre_ping=True)
        except ModuleNotFoundError as exc:
            raise DatabaseError(f"The database driver for {where} is not installed ({exc.name}).",
                                hint="Install it (for PostgreSQL: pip install 'psycopg[binary]').") from exc
        db = cls(engine, where)
        if migrate:
            from desktop.core.migrations import upgrade_to_head

            try:
                upgrade_to_head(db, backup_path=path)
            except (sa_exc.DBAPIError, sqlite3.Error) as exc:
                engine.dispose()
                raise map_error(exc, where) from exc
        return db

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A read session (it may write too, but `write()` is the way to change data)."""
        s = self._read()
        try:
            yield s
            s.commit()
        except (sa_exc.DBAPIError, sqlite3.Error) as exc:
            s.rollback()
            raise map_error(exc, self.where) from exc
        finally:
            s.close()

    def read(self, fn: Callable[[Session], T]) -> T:
        with self.session() as s:
            return fn(s)

    def write(self, fn: Callable[[Session], T]) -> T:
        """Run `fn(session)` in one write transaction, retrying while another writer holds the lock."""
        for attempt in range(WRITE_ATTEMPTS):
            s = self._write()
            try:
                result = fn(s)
                s.commit()
                return result
            except (sa_exc.DBAPIError, sqlite3.Error) as exc:
                s.rollback()
                if _busy(exc) and attempt + 1 < WRITE_ATTEMPTS:
                    log.info("database busy, retrying (%d)", attempt + 1)
                    time.sleep(0.05 * (attempt + 1))
                    continue
                raise map_error(exc, self.where) from exc
            except BaseException:
                s.rollback()
                raise
            finally:
                s.close()
        raise AssertionError("unreachable")
