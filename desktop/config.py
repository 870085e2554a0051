"""Where Buzón keeps its data, which database it opens, and the typed settings.

Each setting is declared once, with its type and default (STYLE "Do" 9). Settings live
in `settings.json` in the data folder so that the CLI and the GUI share them; the GUI's
window geometry lives in QSettings, which is a GUI concern.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from desktop.core.db_faults import DatabaseFault, DbFault
from desktop.core.errors import UsageError

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
    return url


@dataclass
class Settings:
    """User settings with their defaults; unknown keys in the file are kept but ignored."""

    language: str = ""                    # the reader's language; "" = follow the user's profile
    translate_incoming: bool = True
    send_translation: bool = True
    max_message_chars: int = 2000
    attachment_max_bytes: int = 10 * 1024 * 1024
    attachment_max_pixels: int = 40_000_000
    attachment_max_side: int = 2560
    dispute_video_max_bytes: int = 100 * 1024 * 1024
    _extra: dict = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        path = data_dir / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            # A broken settings file must not stop the program; defaults apply and the
            # file is left for the user to inspect.
            return cls()
        known = {f.name: f for f in dataclasses.fields(cls) if not f.name.startswith("_")}
        values, extra = {}, {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            f = known.get(key)
            if f is not None and isinstance(value, type(f.default)):
                values[key] = value
            else:
                extra[key] = value
        return cls(**values, _extra=extra)

    def save(self, data_dir: Path) -> None:
        data = dict(self._extra)
        data.update({k: v for k, v in dataclasses.asdict(self).items() if not k.startswith("_")})
        path = data_dir / "settings.json"
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
