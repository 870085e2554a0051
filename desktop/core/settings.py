"""The user's settings: each declared once, with its type, default and allowed values
(STYLE "Do" 9), kept in `settings.json` in the data folder so the CLI and the GUI share them.

    current = settings.read(data_dir).settings          # never raises: defaults where the file is bad
    updated = settings.update(data_dir, language="fr")  # validated, written atomically, returned

`Settings` is frozen: a change makes a new object, which whoever owns the running copy
installs (the GUI's session on the GUI thread), so an op never sees half of a change.
A damaged file (not JSON, not an object, too big, nested without end) is moved aside as
`settings.json.damaged-<time>`, a warning says so, and the defaults are used. A value of
the wrong type or out of range uses that key's default. Keys this version does not know
are kept in the file untouched. The window's geometry is not here: it is a GUI concern
(QSettings in `window.ini`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import KnownError, UsageError, texts

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
MAX_FILE_BYTES = 64 * 1024          # a settings file is a few hundred bytes; more is not ours
MIB = 1024 * 1024
_LANGUAGE = re.compile(r"[a-z]{2,3}")
# The languages the window itself is translated into (resources/translations), "" = automatic.
INTERFACE_LANGUAGES = ("", "es", "en", "zh")
_TRUE = ("true", "yes", "on", "1")
_FALSE = ("false", "no", "off", "0")


@dataclass(frozen=True)
class Setting:
    """The declaration of one key: its default (which gives its type), what it is for,
    and for numbers the allowed range."""

    key: str
    default: bool | int | str
    help: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None    # for a text: the only values it takes ("" included)

    @property
    def kind(self) -> str:
        return type(self.default).__name__

    def allowed(self) -> str:
        """The allowed values, as the CLI's refusal names them."""
        if isinstance(self.default, bool):
            return "true or false"
        if isinstance(self.default, int):
            return f"a whole number from {self.minimum} to {self.maximum}"
        if self.choices is not None:
            return " or ".join(f'"{c}"' for c in self.choices)
        return 'a language code such as "es", "en" or "zh", or "" to follow your profile'

    def check(self, value: object) -> bool | int | str:
        """The value if this key accepts it, else a `UsageError` naming what it accepts."""
        if isinstance(self.default, bool):
            ok = isinstance(value, bool)
        elif isinstance(self.default, int):
            ok = (isinstance(value, int) and not isinstance(value, bool)
                  and self.minimum is not None and self.maximum is not None and self.minimum <= value <= self.maximum)
        elif self.choices is not None:
            ok = isinstance(value, str) and value in self.choices
        else:
            ok = isinstance(value, str) and (value == "" or _LANGUAGE.fullmatch(value) is not None)
        if not ok:
            raise UsageError(f"{value!r} is not a valid value for {self.key}.", hint=f"Use {self.allowed()}.",
                             text_id="setting_bad_value", args={"value": value, "key": self.key, "allowed": self.allowed()})
        return value  # type: ignore[return-value]   # its type was checked against the default's

    def parse(self, text: str) -> bool | int | str:
        """A value written on the command line, checked."""
        if isinstance(self.default, bool):
            word = text.strip().lower()
            if word not in _TRUE + _FALSE:
                raise UsageError(f"{text!r} is not a valid value for {self.key}.", hint=f"Use {self.allowed()}.",
                                 text_id="setting_bad_value", args={"value": text, "key": self.key, "allowed": self.allowed()})
            return word in _TRUE
        if isinstance(self.default, int):
            try:
                number = int(text.strip())
            except ValueError:
                raise UsageError(f"{text!r} is not a valid value for {self.key}.",
                                 hint=f"Use {self.allowed()}.",
                                 text_id="setting_bad_value", args={"value": text, "key": self.key, "allowed": self.allowed()}) from None
            return self.check(number)
        return self.check(text.strip())


DECLARED: dict[str, Setting] = {s.key: s for s in (
    Setting("language", "", "the language you read; messages from others are translated into it"),
    Setting("interface_language", "", "the language of the window's menus and buttons (\"\" = the system's, "
            "else your profile's)", choices=INTERFACE_LANGUAGES),
    Setting("translate_incoming", True, "show each message from others in your language"),
    Setting("send_translation", True, "send a translation into the other side's language with your messages"),
    Setting("max_message_chars", 2000, "the longest message you can send, in characters", 1, 20_000),
    Setting("attachment_max_bytes", 10 * MIB, "the largest picture you can attach, in bytes", 1, 200 * MIB),
    Setting("attachment_max_pixels", 40_000_000, "the most pixels a picture may have", 1, 200_000_000),
    Setting("attachment_max_side", 2560, "the longest side a picture is stored at, in pixels", 16, 10_000),
    Setting("dispute_video_max_bytes", 100 * MIB, "the largest video a dispute can take, in bytes", 1, 2048 * MIB),
    # The marketplace's deadlines for orders (desktop.core.order_rules, docs/orders.md).
    Setting("cancel_answer_hours", 48, "hours a store has to answer a cancellation request", 1, 24 * 60),
    Setting("ship_by_business_days", 7, "business days after payment by which an order must ship", 1, 60),
    Setting("delivery_promise_days", 30, "days after shipping by which an order should arrive", 1, 120),
    Setting("dispute_window_days", 15, "days after delivery during which a dispute can be opened", 1, 90),
    Setting("dispute_answer_days", 5, "days a seller has to answer a dispute", 1, 60),
    Setting("return_ship_days", 10, "days a buyer has to ship a return back", 1, 60),
    Setting("escalate_from_day", 4, "the day of a dispute from which the buyer can escalate it", 1, 60),
    Setting("auto_escalate_day", 16, "the day of a dispute on which it escalates by itself", 2, 120),
)}


@dataclass(frozen=True)
class Settings:
    """The settings in effect; the defaults here and in `DECLARED` are the same values."""

    language: str = ""                    # the reader's language; "" = follow the user's profile
    interface_language: str = ""          # the window's language; "" = --lang, system locale, profile
    translate_incoming: bool = True
    send_translation: bool = True
    max_message_chars: int = 2000
    attachment_max_bytes: int = 10 * MIB
    attachment_max_pixels: int = 40_000_000
    attachment_max_side: int = 2560
    dispute_video_max_bytes: int = 100 * MIB
    cancel_answer_hours: int = 48
    ship_by_business_days: int = 7
    delivery_promise_days: int = 30
    dispute_window_days: int = 15
    dispute_answer_days: int = 5
    return_ship_days: int = 10
    escalate_from_day: int = 4
    auto_escalate_day: int = 16

    def reader_language(self, profile_language: str) -> str:
        """The language the user reads: this setting, else their profile's."""
        return self.language or profile_language

    def changed(self, **values: object) -> Settings:
        """A copy with these keys set, each checked (an unknown key is a `UsageError`)."""
        for key, value in values.items():
            values[key] = declared(key).check(value)
        return dataclasses.replace(self, **values)  # type: ignore[arg-type]   # checked one by one above

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        return read(data_dir).settings

    def save(self, data_dir: Path) -> None:
        write(data_dir, self)


def declared(key: str) -> Setting:
    """The declaration of `key`; an unknown key is a `UsageError` listing the valid ones."""
    setting = DECLARED.get(key)
    if setting is None:
        raise UsageError(f"There is no setting {key!r}.", hint=f"The settings are: {', '.join(DECLARED)}.",
                         text_id="setting_unknown", args={"key": key})
    return setting


@dataclass(frozen=True)
class SettingsFile:
    """What reading the file gave: the settings, the raw object (unknown keys included,
    kept when the file is written again) and, when it was damaged, where it was moved."""

    settings: Settings
    raw: dict
    damaged_copy: Path | None = None

    @property
    def notice(self) -> str | None:
        """What to tell the user about the file, or None when all is well."""
        if self.damaged_copy is None:
            return None
        return (f"The settings file was damaged and could not be read; it was kept as {self.damaged_copy} "
                f"and the default settings are in use.")


def path_in(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def read(data_dir: Path) -> SettingsFile:
    """The settings in `data_dir` (defaults where missing or bad); never raises."""
    path = path_in(data_dir)
    try:
        if not path.is_file():
            if path.exists():
                log.warning("%s is not a regular file; the default settings are in use", path)
            return SettingsFile(Settings(), {})
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        log.warning("the settings file %s cannot be read (%s); the default settings are in use",
                    path, exc.strerror or exc)
        return SettingsFile(Settings(), {})
    try:
        if len(data) > MAX_FILE_BYTES:
            raise ValueError("too big")
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not an object")
    except (ValueError, RecursionError):
        return SettingsFile(Settings(), {}, _move_aside(path))
    values: dict[str, Any] = {}
    for key, value in raw.items():
        setting = DECLARED.get(key)
        if setting is None:
            continue
        try:
            values[key] = setting.check(value)
        except UsageError:
            log.warning("settings.json: %r is not a valid value for %s (%s); the default is used",
                        value, key, setting.allowed())
    return SettingsFile(Settings(**values), raw)


def _move_aside(path: Path) -> Path | None:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():                # damaged twice within a second: keep both copies
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    try:
        os.replace(path, aside)
    except OSError as exc:
        log.warning("the settings file %s is damaged and cannot be moved aside (%s); the default settings are "
                    "in use", path, exc.strerror or exc)
        return None
    log.warning("the settings file %s was damaged; it was kept as %s and the default settings are in use",
                path, aside)
    return aside


def update(data_dir: Path, **values: object) -> Settings:
    """Set these keys in the file (read fresh, so a change made meanwhile by another
    process to another key is kept) and return the settings now in effect."""
    current = read(data_dir)
    updated = current.settings.changed(**values)
    write(data_dir, updated, keep=current.raw)
    return updated


texts(settings_unsaved=("The settings could not be saved in {path}.",
                        "Check that the data folder can be written, then try again."))


class SettingsUnsaved(KnownError):
    """`settings.json` could not be written; the file is as it was."""


def write(data_dir: Path, settings: Settings, *, keep: dict | None = None) -> None:
    """Write every setting (and the unknown keys of `keep`) atomically: a new file beside the
    old one, flushed to disk, then renamed over it, so a crash leaves one or the other."""
    data = {k: v for k, v in (keep or {}).items() if k not in DECLARED}
    data.update(settings.to_json())
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    path = path_in(data_dir)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".settings-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        tmp = None
        _sync_folder(data_dir)
    except OSError as exc:
        raise SettingsUnsaved(text_id="settings_unsaved", args={"path": path},
                              detail=str(exc.strerror or exc)) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handle to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

