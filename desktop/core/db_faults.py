"""Why a database cannot be used, as a typed cause read from the driver's error codes.

SQLite says what went wrong in its result codes (https://www.sqlite.org/rescode.html):
`sqlite3.Error.sqlite_errorcode` (Python 3.11+) carries the extended code, whose low
byte is the primary one. Python 3.10's exceptions carry no code, only SQLite's own
`sqlite3_errstr()` text, which is fixed English and is mapped back to its primary code
here, so that both paths end in the same table. PostgreSQL's errors are read from their
SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html) by
`_server_fault`, into the same `DbFault` values: the wording and the exit code stay in one
place. A connection that fails before the server answers has no SQLSTATE; libpq's message
then tells a refused login from a server that cannot be reached.
"""

from __future__ import annotations

import enum
import shutil
import sqlite3
from pathlib import Path

from desktop.core.errors import DatabaseError, texts


class DbFault(enum.Enum):
    """What is wrong with the database, for the CLI's message and the window's own wording."""

    BUSY = "busy"                       # another program holds the lock (after our retries)
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    DAMAGED = "damaged"
    NOT_A_DATABASE = "not_a_database"
    EMPTY_FILE = "empty_file"           # a zero-length file: fill it only with the user's consent
    CANNOT_OPEN = "cannot_open"
    IS_A_FOLDER = "is_a_folder"
    NO_FOLDER = "no_folder"
    IO_ERROR = "io_error"
    MOVED = "moved"                     # the file was renamed or deleted while open
    NO_MEMORY = "no_memory"
    NO_PERMISSION = "no_permission"
    TOO_LARGE = "too_large"             # larger than this system's files may be
    UNREACHABLE = "unreachable"         # a database server that does not answer
    LOGIN_REFUSED = "login_refused"     # wrong password, or a role the server does not let in
    NO_SUCH_DATABASE = "no_such_database"
    NO_RIGHTS = "no_rights"             # a server role without the rights a command needs
    NEWER_SCHEMA = "newer_schema"       # made by a newer Buzón than this one
    NO_DRIVER = "no_driver"
    DATA_FOLDER_READ_ONLY = "data_folder_read_only"
    DATA_FOLDER_UNUSABLE = "data_folder_unusable"


_DATA_DIR_HINT = "choose another data folder with --data-dir or BUZON_DATA_DIR"
_WORDING: dict[DbFault, tuple[str, str]] = {
    DbFault.BUSY: ("The database {where} is locked by another program.",
                   "Close the other program using it (or wait for it to finish) and try again."),
    DbFault.READ_ONLY: ("The database {where} is read-only.",
                        "Give yourself write permission on the file and its folder, or " + _DATA_DIR_HINT + "."),
    DbFault.DISK_FULL: ("The disk holding the database {where} is full; nothing was lost.",
                        "Free some space and try again."),
    DbFault.DAMAGED: ("The file {where} is not a Buzón database or is damaged.",
                      "It was left untouched. Move it away (or restore a backup) and start again."),
    DbFault.NOT_A_DATABASE: ("The file {where} is not a Buzón database.",
                             "It was left untouched. Move it away or " + _DATA_DIR_HINT + "."),
    DbFault.EMPTY_FILE: ("The database file {where} is empty.",
                         "Run `buzon demo` to make a demo database in it, or give the path of your Buzón "
                         "database."),
    DbFault.CANNOT_OPEN: ("The database {where} cannot be opened.",
                          "Check that the folder exists and is writable."),
    DbFault.IS_A_FOLDER: ("The database path {where} is a folder.", "Give the path of a file."),
    DbFault.NO_FOLDER: ("The folder of the database {where} does not exist.",
                        "Create it, or " + _DATA_DIR_HINT + "."),
    DbFault.IO_ERROR: ("The database {where} could not be read or written (disk I/O error).",
                       "Check the disk; nothing that was saved before was lost."),
    DbFault.MOVED: ("The database {where} was moved or deleted while Buzón was using it.",
                    "Put it back, or start Buzón again."),
    DbFault.NO_MEMORY: ("There was not enough memory to use the database {where}.",
                        "Close other programs and try again."),
    DbFault.NO_PERMISSION: ("Buzón is not allowed to use the database {where}.", "Check its permissions."),
    DbFault.TOO_LARGE: ("The database {where} is larger than this system allows.",
                        "Move it to a disk that supports large files."),
    DbFault.UNREACHABLE: ("The database server for {where} cannot be reached.",
                          "Check the URL and that the server is running."),
    DbFault.LOGIN_REFUSED: ("The database server for {where} refused the login.",
                            "Check the user name and password in the URL (or ~/.pgpass); the store's "
                            "database owner can reset them."),
    DbFault.NO_SUCH_DATABASE: ("The database {where} does not exist on its server.",
                               "Check the name in the URL, or create it (docs/postgresql.md)."),
    DbFault.NO_RIGHTS: ("Your database role may not do this on {where}.",
                        "Ask the store's database owner to run `buzon admin init` and give you access "
                        "(`buzon admin create-user` / `grant`)."),
    DbFault.NEWER_SCHEMA: ("The database {where} was made by a newer version of Buzón.",
                           "Update Buzón on this computer; the database was left untouched."),
    DbFault.NO_DRIVER: ("The database driver for {where} is not installed.",
                        "Install it (for PostgreSQL: pip install 'psycopg[binary]')."),
    DbFault.DATA_FOLDER_READ_ONLY: ("The data folder {where} is read-only.",
                                    "Give yourself write permission on it, or " + _DATA_DIR_HINT + "."),
    DbFault.DATA_FOLDER_UNUSABLE: ("The data folder {where} cannot be created.",
                                   "Check the path, or " + _DATA_DIR_HINT + "."),
}


# The window says these in its own language (desktop/gui/errors.py): one id per fault.
texts(**{f"db_{fault.value}": wording for fault, wording in _WORDING.items()})


class DatabaseFault(DatabaseError):
    """A database (or its data folder) that cannot be used, with the cause as `fault`
    so that the window can word it in its own language. Exit code 4."""

    def __init__(self, fault: DbFault, where: str, detail: str = ""):
        message, hint = _WORDING[fault]
        message = message.format(where=where)
        if detail:
            message = f"{message[:-1]} ({detail})."
        super().__init__(message, hint=hint, text_id=f"db_{fault.value}", args={"where": where}, detail=detail)
        self.fault = fault
        self.where = where


class EmptyDatabaseFile(DatabaseFault):
    """The file given as the database is empty. Nothing was written to it; the caller may
    ask the user and open it again with `Database.open(url, accept_empty=True)`."""

    def __init__(self, where: str):
        super().__init__(DbFault.EMPTY_FILE, where)


# SQLite's primary result codes, and the extended ones that say more than their primary.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 3, 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL = 10, 11, 13, 14, 15
SQLITE_NOLFS, SQLITE_NOTADB = 22, 26
SQLITE_IOERR_NOMEM = SQLITE_IOERR | (12 << 8)
SQLITE_IOERR_SHMSIZE = SQLITE_IOERR | (19 << 8)      # the -shm file could not grow: out of space
SQLITE_READONLY_DBMOVED = SQLITE_READONLY | (4 << 8)
SQLITE_CANTOPEN_ISDIR = SQLITE_CANTOPEN | (2 << 8)

_BY_PRIMARY = {
    SQLITE_BUSY: DbFault.BUSY,
    SQLITE_LOCKED: DbFault.BUSY,
    SQLITE_PROTOCOL: DbFault.BUSY,        # a lock race lost repeatedly: as transient as BUSY
    SQLITE_READONLY: DbFault.READ_ONLY,
    SQLITE_FULL: DbFault.DISK_FULL,
    SQLITE_CORRUPT: DbFault.DAMAGED,
    SQLITE_NOTADB: DbFault.NOT_A_DATABASE,
    SQLITE_CANTOPEN: DbFault.CANNOT_OPEN,
    SQLITE_IOERR: DbFault.IO_ERROR,
    SQLITE_NOMEM: DbFault.NO_MEMORY,
    SQLITE_PERM: DbFault.NO_PERMISSION,
    SQLITE_NOLFS: DbFault.TOO_LARGE,
}
_BY_EXTENDED = {
    SQLITE_IOERR_SHMSIZE: DbFault.DISK_FULL,
    SQLITE_IOERR_NOMEM: DbFault.NO_MEMORY,
    SQLITE_READONLY_DBMOVED: DbFault.MOVED,
    SQLITE_CANTOPEN_ISDIR: DbFault.IS_A_FOLDER,
}
# sqlite3_errstr() of each primary code above (Python 3.10 carries only this text).
_ERRSTR = {
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "locking protocol": SQLITE_PROTOCOL,
    "attempt to write a readonly database": SQLITE_READONLY,
    "database or disk is full": SQLITE_FULL,
    "database disk image is malformed": SQLITE_CORRUPT,
    "malformed database schema": SQLITE_CORRUPT,
    "file is not a database": SQLITE_NOTADB,
    "unable to open database file": SQLITE_CANTOPEN,
    "disk I/O error": SQLITE_IOERR,
    "out of memory": SQLITE_NOMEM,
    "access permission denied": SQLITE_PERM,
    "large file support is disabled": SQLITE_NOLFS,
}
# An I/O error with less than this free beside the database is the disk filling up:
# SQLite reports ENOSPC while growing the WAL index or a journal as an I/O error.
NEARLY_FULL_BYTES = 1024 * 1024


def sqlite_result_code(exc: sqlite3.Error) -> int | None:
    """The SQLite (extended) result code of an error: from the exception on Python 3.11+,
    else from SQLite's fixed message text (primary code only)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code
    text = str(exc)
    for errstr, primary in _ERRSTR.items():
        if text.startswith(errstr):
            return primary
    return None


def disk_nearly_full(path: Path) -> bool:
    """True when the file system holding `path` has (almost) no space left."""
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _sqlite_fault(exc: sqlite3.Error, path: Path | None) -> DbFault | None:
    code = sqlite_result_code(exc)
    if code is None:
        return None
    fault = _BY_EXTENDED.get(code) or _BY_PRIMARY.get(code & 0xFF)
    if fault in (DbFault.IO_ERROR, DbFault.CANNOT_OPEN) and path is not None and disk_nearly_full(path):
        return DbFault.DISK_FULL
    return fault


# SQLSTATE -> fault: whole classes by their first two characters, then single codes.
_BY_SQLSTATE_CLASS = {
    "08": DbFault.UNREACHABLE,        # connection exception
    "28": DbFault.LOGIN_REFUSED,      # invalid authorization specification (28000, 28P01)
    "57": DbFault.UNREACHABLE,        # operator intervention: the server shuts down or restarts
    "58": DbFault.IO_ERROR,           # system error (I/O on the server)
    "XX": DbFault.DAMAGED,            # internal error, data corrupted
}
_BY_SQLSTATE = {
    "3D000": DbFault.NO_SUCH_DATABASE,
    "42501": DbFault.NO_RIGHTS,       # insufficient privilege (and row-level security refusals)
    "53100": DbFault.DISK_FULL,
    "53200": DbFault.NO_MEMORY,
    "53300": DbFault.BUSY,            # too many connections
    "40001": DbFault.BUSY,            # serialization failure: retried like a lock
    "40P01": DbFault.BUSY,            # deadlock detected: one side is retried
    "55P03": DbFault.BUSY,            # lock not available
    "25006": DbFault.READ_ONLY,       # a read-only transaction (a standby)
    "57014": None,                    # query cancelled: ours (a timeout), not the environment
}
# libpq's words when a connection fails before the server says anything (no SQLSTATE).
_LOGIN_WORDS = ("password authentication failed", "authentication failed", "no password supplied",
                "role \"", "no pg_hba.conf entry")
_UNREACHABLE_WORDS = ("could not connect", "connection refused", "connection failed", "could not translate host",
                      "name or service not known", "no such file or directory", "timeout expired",
                      "server closed the connection", "connection is closed", "terminating connection",
                      "the connection is lost", "consuming input failed", "server conn crashed")


def _server_fault(exc: BaseException) -> DbFault | None:
    state = getattr(exc, "sqlstate", None)
    if isinstance(state, str) and state:
        if state in _BY_SQLSTATE:
            return _BY_SQLSTATE[state]
        return _BY_SQLSTATE_CLASS.get(state[:2])
    module = type(exc).__module__ or ""
    if not module.startswith("psycopg"):
        return None
    text = str(exc).lower()
    if "does not exist" in text and "database" in text:
        return DbFault.NO_SUCH_DATABASE
    if any(w in text for w in _LOGIN_WORDS):
        return DbFault.LOGIN_REFUSED
    if any(w in text for w in _UNREACHABLE_WORDS) or type(exc).__name__ == "OperationalError":
        return DbFault.UNREACHABLE
    return None


def classify(exc: BaseException, path: Path | None = None) -> DbFault | None:
    """The cause of a driver error (raw or wrapped by SQLAlchemy), or None if it is not
    the environment's fault. `path`: the SQLite file, to tell a full disk from other
    I/O errors."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, sqlite3.Error):
        return _sqlite_fault(orig, path)
    return _server_fault(orig)
