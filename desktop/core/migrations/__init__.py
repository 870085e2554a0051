"""Alembic migrations, applied at every start: an older database is upgraded in place
(after a backup copy), never recreated."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

if TYPE_CHECKING:
    from desktop.core.db import Database

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
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


def upgrade_to_head(db: Database, *, backup_path: Path | None = None, revision: str = "head") -> None:
    cfg = alembic_config()
    current = current_revision(db)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return
    if current is not None and backup_path is not None and backup_path.exists():
        log.info("backed up the database to %s before migrating", _backup(backup_path, current))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
