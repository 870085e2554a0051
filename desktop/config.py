"""Where Buzón keeps its data and which database it opens.

The user's settings are declared, read and written in `desktop.core.settings`;
`Settings` is named here too for the modules that have always imported it from here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop.core.db_faults import DatabaseFault, DbFault
from desktop.core.errors import UsageError
from desktop.core.settings import Settings

__all__ = ["Settings", "database_url_for", "default_data_dir", "ensure_data_dir", "resources_dir"]

APP_NAME = "Buzon"
DATA_DIR_ENV = "BUZON_DATA_DIR"
DATABASE_URL_ENV = "BUZON_DATABASE_URL"
SUPPORTED_SCHEMES = ("sqlite", "postgresql")


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder if needed and check that it can be written.

    A folder that cannot be created or written is the database's problem too (its
    files live there), so it exits with the database's code, 4, like a read-only database.
    """
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseFault(DbFault.DATA_FOLDER_UNUSABLE, str(path), exc.strerror or str(exc)) from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise DatabaseFault(DbFault.DATA_FOLDER_READ_ONLY, str(path))
    return path


def database_url_for(data_dir: Path, url: str | None = None) -> str:
    """The database URL: the one given (or from the environment), else `buzon.sqlite3` in the data dir."""
    url = url or os.environ.get(DATABASE_URL_ENV)
    if not url:
        return f"sqlite:///{data_dir / 'buzon.sqlite3'}"
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower()
    if "://" not in url or scheme not in SUPPORTED_SCHEMES:
        raise UsageError(
            f"Unsupported database URL {url!r}.",
            hint="Use sqlite:///PATH/TO/FILE or postgresql://USER@HOST/DB.",
        )
    if scheme == "sqlite" and url.split("://", 1)[1].lstrip("/").split("?", 1)[0] in ("", ":memory:"):
        # SQLite's in-memory database: every change would vanish when the command ends.
        raise UsageError(f"The database URL {url!r} names no file.", hint="Use sqlite:///PATH/TO/FILE.")
    return url
