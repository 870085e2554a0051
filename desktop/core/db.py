"""Opening the database: SQLite pragmas, migrations, sessions, and error mapping.

`Database.open(url)` checks a SQLite file before touching it (a file that is not a
database, that is read-only, or that is empty, is refused and left exactly as it was),
applies the Alembic migrations (backing the file up first when an older schema is
upgraded), and hands out sessions. Writes go through `Database.write()`, which takes the
write lock up front (BEGIN IMMEDIATE) and retries while another process holds it, so
"database is locked" never reaches the user while another client is merely busy. Driver
errors become a `DatabaseFault` (see `db_faults`) or, when they are ours, a BugError.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.db_faults import DatabaseFault, DbFault, EmptyDatabaseFile, classify
from desktop.core.errors import BugError, KnownError, UsageError
from desktop.core.search import sync as _search_sync  # noqa: F401  every Session write keeps the search index in step

__all__ = ["Database", "DatabaseFault", "DbFault", "EmptyDatabaseFile", "map_error", "server_where", "sqlite_path"]

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10       # a server that does not answer in this long is unreachable
WRITE_ATTEMPTS = 6          # x BUSY_TIMEOUT_MS: a writer waits up to ~30 s for another process


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def server_where(url: str) -> str:
    """How messages name a server database: its name, host and port, and the role (no password)."""
    u = make_url(url)
    host = u.host or str(u.query.get("host") or "") or "localhost"
    port = u.port or u.query.get("port") or 5432
    who = f" as {u.username}" if u.username else ""
    return f"“{u.database or ''}” on {host}:{port}{who}"


def map_error(exc: BaseException, where: str, path: Path | None = None) -> Exception:
    """Turn a driver error into a DatabaseFault naming the database and what to do, or a
    BugError. `path`: the SQLite file, which tells a full disk from other I/O errors."""
    if isinstance(exc, (KnownError, BugError)):
        return exc
    if "cannot contain NUL (0x00)" in str(exc):
        # PostgreSQL's text cannot hold the character 0 (SQLite's can): a value pasted or piped in
        # with one is refused, whichever of the edges let it through.
        return UsageError("The text holds a NUL character (code 0), which the database cannot store.",
                          hint="Remove it and try again.", text_id="text_nul")
    fault = classify(exc, path)
    if fault is None:
        return BugError(f"database error on {where}: {exc}")
    return DatabaseFault(fault, where)


def foreign_tables(where: str, count: int) -> DatabaseFault:
    """A database with tables but no Buzón version: another program's, or Buzón's with its
    version lost. Migrating would write into it (or fail half-way): it is refused untouched."""
    return DatabaseFault(DbFault.NOT_A_DATABASE, where, f"it holds {count} tables but no Buzón version")


def _special_kind(path: Path) -> str:
    """What a path that is not a regular file is ("a FIFO", "a device"), or "" for a file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return ""       # the open below says why
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def _check_sqlite_file(path: Path, *, accept_empty: bool) -> None:
    """Refuse a file that is not a SQLite database, that cannot be written, or that is
    empty (unless `accept_empty`), before opening it."""
    where = str(path)
    try:
        exists = path.exists()
    except OSError as exc:      # a name too long for the file system, a loop of links
        raise DatabaseFault(DbFault.CANNOT_OPEN, where, exc.strerror or str(exc)) from exc
    if exists:
        if path.is_dir():
            raise DatabaseFault(DbFault.IS_A_FOLDER, where)
        kind = _special_kind(path)
        if kind:        # opening a FIFO waits for a writer forever; a device is nobody's database
            raise DatabaseFault(DbFault.NOT_A_DATABASE, where, f"it is {kind}, not a file")
        try:
            with path.open("rb") as f:
                head = f.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise DatabaseFault(DbFault.NO_PERMISSION, where, exc.strerror or str(exc)) from exc
        if head and head != SQLITE_MAGIC:
            raise DatabaseFault(DbFault.NOT_A_DATABASE, where)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseFault(DbFault.READ_ONLY, where)
        if not head and not accept_empty:
            raise EmptyDatabaseFile(where)
        if head:
            try:  # read-only look: a damaged header or schema is refused without writing a byte
                con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
                try:
                    con.execute("PRAGMA schema_version").fetchone()
                    tables = [row[0] for row in con.execute(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'")]
                finally:
                    con.close()
            except sqlite3.DatabaseError as exc:
                raise map_error(exc, where, path) from exc
            if tables and "alembic_version" not in tables:
                raise foreign_tables(where, len(tables))     # before opening writes WAL mode into it
    elif not path.parent.exists():
        raise DatabaseFault(DbFault.NO_FOLDER, where)


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


def _server_engine(url: str) -> Engine:
    """PostgreSQL through psycopg 3 (`postgresql://` means it too). Connections are checked
    before use, so one cut by a server restart is replaced instead of failing a command."""
    u = make_url(url)
    if u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    return create_engine(u, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})


def plain_rows(s: Session, q) -> list:
    """The result rows of a select of columns, read through the session's connection: the
    session's ORM result layer has nothing to add to rows of columns and costs a quarter of a
    long list's Python time (20,000 conversations, 18,000 messages)."""
    return list(s.connection().execute(q))


def _rollback(s: Session) -> None:
    """Roll back after a failed statement; a rollback that fails too (the disk went away)
    must not hide the first error, which says what happened."""
    try:
        s.rollback()
    except (sa_exc.DBAPIError, sqlite3.Error):
        log.warning("rollback after a database error failed too", exc_info=True)


class UnreadableValue(ValueError):
    """A value read from the database that is not of its column's type (raised by our own
    readers of raw rows, as SQLAlchemy's raise theirs)."""


def stored_datetime(value: object) -> dt.datetime:
    """A date and time read by raw SQL: SQLite gives its text, PostgreSQL a datetime."""
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise UnreadableValue(f"not a date and time: {str(value)[:40]!r}") from None


def _unreadable_value(exc: BaseException) -> bool:
    """True when `exc` was raised while a stored value was turned into its Python type (a date
    that is not one, a state the enum does not name), by SQLAlchemy or by `stored_datetime`:
    the file holds what Buzón never wrote, so the database is damaged, not the command wrong."""
    if isinstance(exc, UnreadableValue):
        return True
    if not isinstance(exc, (ValueError, TypeError, LookupError)):
        return False
    tb = exc.__traceback__
    innermost = ""
    while tb is not None:
        innermost = tb.tb_frame.f_code.co_filename.replace("\\", "/")
        tb = tb.tb_next
    return "sqlalchemy/" in innermost and any(
        part in innermost for part in ("processors", "sqltypes", "/dialects/"))


def _damaged_by(exc: BaseException, where: str) -> DatabaseFault:
    log.info("a stored value cannot be read: %s", str(exc)[:300])
    return DatabaseFault(DbFault.DAMAGED, where, "a stored value cannot be read")


class Database:
    """One database: an engine, a session factory for reads and one for writes."""

    def __init__(self, engine: Engine, where: str, path: Path | None = None):
        self.engine = engine
        self.where = where
        self.path = path
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(write=True), expire_on_commit=False)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, accept_empty: bool = False) -> Database:
        """Open (and migrate) a database. An empty file is refused with EmptyDatabaseFile
        unless `accept_empty`: the user's consent to make a database in it."""
        path = sqlite_path(url)
        where = str(path) if path else (server_where(url) if not url.startswith("sqlite") else url)
        if path is not None:
            _check_sqlite_file(path, accept_empty=accept_empty)
        try:
            engine = _sqlite_engine(url) if path is not None or url.startswith("sqlite") else _server_engine(url)
        except ModuleNotFoundError as exc:
            raise DatabaseFault(DbFault.NO_DRIVER, where, exc.name or "") from exc
        db = cls(engine, where, path)
        if migrate:
            from desktop.core.migrations import upgrade_to_head

            try:
                upgrade_to_head(db, backup_path=path)
            except (sa_exc.DBAPIError, sqlite3.Error) as exc:
                engine.dispose()
                raise map_error(exc, where, path) from exc
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
            _rollback(s)
            raise map_error(exc, self.where, self.path) from exc
        except (ValueError, TypeError, LookupError) as exc:
            _rollback(s)
            if _unreadable_value(exc):
                raise _damaged_by(exc, self.where) from exc
            raise
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
                _rollback(s)
                if classify(exc, self.path) is DbFault.BUSY and attempt + 1 < WRITE_ATTEMPTS:
                    log.info("database busy, retrying (%d)", attempt + 1)
                    time.sleep(0.05 * (attempt + 1))
                    continue
                raise map_error(exc, self.where, self.path) from exc
            except (ValueError, TypeError, LookupError) as exc:
                s.rollback()
                if _unreadable_value(exc):
                    raise _damaged_by(exc, self.where) from exc
                raise
            except BaseException:
                s.rollback()
                raise
            finally:
                s.close()
        raise AssertionError("unreachable")
