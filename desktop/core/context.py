"""What every command and window runs with: the data folder, the database, the acting user."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.config import database_url_for, default_data_dir, ensure_data_dir
from desktop.core import settings as settings_file
from desktop.core.settings import Settings

if TYPE_CHECKING:
    from desktop.core.db import Database


@dataclass
class AppContext:
    data_dir: Path = field(default_factory=default_data_dir)
    database_url: str | None = None
    user_handle: str | None = None       # None = the demo buyer
    lang: str | None = None              # GUI language override
    # The window's first start shows the demo's orders that went wrong too (`demo_cases`: live
    # deadlines); a command's first start and the tests' data folders make the demo without them.
    demo_cases: bool = False
    _db: Database | None = field(default=None, repr=False)
    _settings: Settings | None = field(default=None, repr=False)
    _settings_notice: str | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return database_url_for(self.data_dir, self.database_url)

    @property
    def settings(self) -> Settings:
        """The settings in effect, read from the data folder on first use."""
        if self._settings is None:
            found = settings_file.read(self.data_dir)
            self._settings, self._settings_notice = found.settings, found.notice
        return self._settings

    @settings.setter
    def settings(self, value: Settings) -> None:
        # A new object, never a change to the old one: an op that already holds the old
        # settings finishes with them.
        self._settings = value

    @property
    def settings_notice(self) -> str | None:
        """What to tell the user about the settings file (it was damaged and kept aside), or None."""
        _ = self.settings
        return self._settings_notice

    def db(self, *, seed_demo: bool = True) -> Database:
        """The database, opened and migrated on first use; the demo is made on first start."""
        if self._db is None:
            from desktop.core.db import Database

            if self.url.startswith("sqlite"):
                ensure_data_dir(self.data_dir)
            # Only `buzon demo` (the one caller without seed_demo) may fill an empty file.
            self._db = Database.open(self.url, accept_empty=not seed_demo)
            if seed_demo:
                from desktop.core import users

                if users.none_yet(self._db):
                    # The demo's builders are imported by the first start only (35 ms).
                    from desktop.core import demo

                    demo.ensure_demo(self._db, self.data_dir, cases=self.demo_cases)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
