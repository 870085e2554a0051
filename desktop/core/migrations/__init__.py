"""Alembic migrations, applied at every start: an older database is upgraded in place
(after a backup copy), never recreated.

A database already at the newest revision costs one read of its version row: Alembic
(about a tenth of a second to import) loads only when there is something to migrate.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

    from desktop.core.db import Database

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent

# The newest revision in versions/. A test compares it with Alembic's own head, so a new
# migration that forgets to move it fails the suite instead of being skipped at start.
HEAD = "0013_dispute_deadlines"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def head_revision() -> str:
    """The head as Alembic reads it from the scripts (slow: for tests and upgrades)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations found in {HERE}")
    return head


def stored_revision(db: Database) -> str | None:
    """The revision the database says it is at (None: never migrated), in one cheap read."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _backup(path: Path, revision: str) -> Path:
    """A consistent copy of the SQLite file (the backup API, so the WAL is included)."""
    dest = path.with_name(f"{path.name}.before-{revision}.bak")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(dest))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def _refuse_foreign_tables(db: Database) -> None:
    """A database without a version row is made from scratch only if it holds no tables (a
    SQLite file is looked at before it is opened, `db.foreign_tables`; this is PostgreSQL's)."""
    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    if tables:
        from desktop.core.db import foreign_tables

        raise foreign_tables(db.where, len(tables))


def upgrade_to_head(db: Database, *, backup_path: Path | None = None, revision: str = "head") -> None:
    target = HEAD if revision == "head" else revision
    current = stored_revision(db)
    if current == target:
        return
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    cfg = alembic_config()
    if current is None:
        _refuse_foreign_tables(db)
    if current is not None:
        try:
            ScriptDirectory.from_config(cfg).get_revision(current)
        except CommandError as exc:       # a revision this Buzón does not have: a newer one made it
            from desktop.core.db_faults import DatabaseFault, DbFault

            raise DatabaseFault(DbFault.NEWER_SCHEMA, db.where, f"revision {current}") from exc
    if current is not None and backup_path is not None and backup_path.exists():
        log.info("backed up the database to %s before migrating", _backup(backup_path, current))
    run(db, command.upgrade, revision, cfg)


def run(db: Database, step: Callable[[Config, str], object], revision: str, cfg: Config | None = None) -> None:
    """Run an Alembic command (`command.upgrade`, `command.downgrade`) in one transaction.

    On SQLite, foreign keys are off while it runs: a migration that makes a table again
    (`sqlite_rebuild`) must drop the old one without its rows' ON DELETE actions, and the pragma
    does nothing inside a transaction, so it is set on the connection before the transaction
    begins and set back after. Such a migration checks the keys itself before it ends."""
    cfg = cfg or alembic_config()
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                step(cfg, revision)
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
