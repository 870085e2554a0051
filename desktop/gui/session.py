"""The GUI's link to the core: the workers, the acting user, the settings and the change notices.

Views never hold the database. The ops of `desktop.gui.ops` run their function on the
database worker with the `Backend` (the database, the user, the settings, the
translation engine and the picture process, all used on that thread only). Language
packs run on a worker of their own, so that a download never holds up a message.

Every write anywhere (this window, another window, another process on the same file)
lands in the change log; the session polls its counter and emits one `changed` notice
per batch, and each view decides what to reload (STYLE "Do" 4).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from desktop import heap
from desktop.core.context import AppContext
from desktop.core.errors import BugError, KnownError
from desktop.core.kinds import ChangeKind
from desktop.core.settings import Settings
from desktop.gui import live
from desktop.gui.ops.core import (
    attachments, changes, engine, message_translations, outbox, policy, search_messages, translation_cache, users,
)
from desktop.gui.worker import Op, Worker

if TYPE_CHECKING:
    from desktop.core.attachments import AttachmentProcess
    from desktop.core.changes import Change
    from desktop.core.db import Database
    from desktop.core.translation.cache import DictCache
    from desktop.core.translation.engine import Translator
    from desktop.core.users import UserRecord

log = logging.getLogger(__name__)
T = TypeVar("T")
POLL_MS = 150


@dataclass(frozen=True)
class ChangeNotice:
    """One batch of changes from the log, as each view looks at it."""

    items: tuple[Change, ...]

    @property
    def conversation_ids(self) -> set[int]:
        return {c.conversation_id for c in self.items if c.conversation_id is not None}

    @property
    def kinds(self) -> set[ChangeKind | None]:
        return {c.kind for c in self.items}

    def for_conversation(self, conversation_id: int) -> list[Change]:
        return [c for c in self.items if c.conversation_id == conversation_id]


class Backend:
    """What an op's function is given on the worker: the database, the acting user, the
    settings, and the engines made on first use there (their models stay loaded)."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self._db: Database | None = None
        self._user: UserRecord | None = None
        self._translator: Translator | None = None
        self._texts: DictCache | None = None
        self._pictures: AttachmentProcess | None = None

    def open(self) -> tuple[UserRecord, int]:
        """Open the database and find the user; (user, the newest change id). The database
        layer is first imported here, on the worker (gui/ops/core.py)."""
        db = self.ctx.db()
        user = users.resolve(db, self.ctx.user_handle)
        self._db, self._user = db, user
        return user, changes.latest_id(db)

    def changes_since(self, change_id: int) -> list[Change]:
        return changes.since(self.db, change_id)

    @property
    def db(self) -> Database:
        if self._db is None:
            raise BugError("an op asked for the database before the session opened it")
        return self._db

    @property
    def user(self) -> UserRecord:
        if self._user is None:
            raise BugError("an op asked for the user before the session opened the database")
        return self._user

    @property
    def settings(self) -> Settings:
        return self.ctx.settings

    @property
    def data_dir(self) -> Path:
        return self.ctx.data_dir

    def translator(self) -> Translator:
        """The translation engine (its packs' models load once, here)."""
        if self._translator is None:
            self._translator = engine.Translator(self.ctx.data_dir)
        return self._translator

    def text_cache(self) -> DictCache:
        """Translations of texts that are no message (the carrier's words), kept while the
        session lasts: by text and language, with the pack version they were made with."""
        if self._texts is None:
            self._texts = translation_cache.DictCache()
        return self._texts

    def pictures(self) -> AttachmentProcess:
        """The child process that decodes and re-encodes pictures: Pillow holds the
        interpreter while it decodes, which would stall the window."""
        if self._pictures is None:
            self._pictures = attachments.AttachmentProcess()
        return self._pictures

    def close(self) -> None:
        if self._pictures is not None:
            self._pictures.close()
        if self._translator is not None:
            # Freed here, on the worker, not whenever the collector meets the session: a
            # CTranslate2 model lets go of the interpreter's lock while it is freed, and other
            # threads running in the middle of a collection crashed the process (docs/architecture.md).
            self._translator.unload()
            self._translator = None
        self.ctx.close()


def _warm_policy(_backend: Backend) -> None:
    policy.check("warm up")
    _ = outbox.SendRequest


def _warm_language_detection(_backend: Backend) -> None:
    message_translations.detect_language("warm up the language model", "en")   # a second or two, once


def _warm_attachments(_backend: Backend) -> None:
    _ = attachments.Limits, engine.Translator


def _warm_search(_backend: Backend) -> None:
    _ = search_messages.search_messages      # ~35 ms of imports: not at the first key typed in the search


def _prune_changes(backend: Backend) -> None:
    """The change log only needs the recent past (desktop/core/changes.py). A write, so after
    the first screen: at the open it was one more statement before the first rows."""
    changes.prune(backend.db)


def _freeze_heap(_backend: Backend) -> None:
    heap.freeze_after_warm_up()


WARM_UP = (_prune_changes, _warm_policy, _warm_language_detection, _warm_attachments, _warm_search, _freeze_heap)
"""What the first send (and the first search) needs, loaded once the first screen is shown
(done at the first send, it would stall it), and the change log's pruning, one step per op
so an action waits for one step at most."""


class Session(QObject):
    ready = Signal(object)             # UserRecord: the database is open, views may load
    fatal = Signal(object)             # KnownError: the database cannot be used
    changed = Signal(object)           # ChangeNotice
    error = Signal(object)             # a KnownError no op showed itself
    settings_changed = Signal(object)  # Settings: new settings are in effect

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.worker = Worker(self, name="buzon-database")
        self.worker.unhandled.connect(self.error)
        self._pack_worker: Worker | None = None
        self._backend = Backend(ctx)
        self.user: UserRecord | None = None
        self._last_change = 0
        self._polling = False
        self._warmed = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll_now)

    # -- ops ----------------------------------------------------------------------------------
    def op(self, fn: Callable[[Backend], T], name: str = "") -> Op[T]:
        """An op running `fn(backend)` on the database worker (for `desktop.gui.ops` only)."""
        backend = self._backend
        return self.worker.op(lambda: fn(backend), name or getattr(fn, "__qualname__", ""))

    def pack_op(self, fn: Callable[[Path], T], name: str = "") -> Op[T]:
        """An op running `fn(data_dir)` on the language-pack worker, made on first use: an
        install or a download must not hold up the messages queued behind it."""
        if self._pack_worker is None:
            self._pack_worker = Worker(self, name="buzon-packs")
            self._pack_worker.unhandled.connect(self.error)
        data_dir = self.ctx.data_dir
        return self._pack_worker.op(lambda: fn(data_dir), name or getattr(fn, "__qualname__", ""))

    @property
    def busy(self) -> bool:
        """True while work other than the change poll is queued or running on any worker."""
        pending = self.worker.pending - (1 if self._polling else 0)
        return pending > 0 or (self._pack_worker is not None and self._pack_worker.pending > 0)

    # -- start and stop -----------------------------------------------------------------------
    def start(self) -> None:
        self.worker.op(self._backend.open, "open the database").on_success(self._opened).on_failure(
            self._failed_open).run()

    def _opened(self, result: tuple[UserRecord, int]) -> None:
        self.user, self._last_change = result
        if not live.attach(self):          # PostgreSQL: changes arrive by LISTEN/NOTIFY (gui/live.py)
            self._timer.start()
        self.ready.emit(self.user)

    def _failed_open(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            exc = BugError(f"{type(exc).__name__}: {exc}")       # the worker reports the bug itself
        self.fatal.emit(exc)

    def warm_up(self) -> None:
        """Load what the first send needs, in the background (once the first screen is shown)."""
        if self._warmed or self.user is None:
            return
        self._warmed = True
        for step in WARM_UP:
            self.op(step).when_idle().run()

    def close(self) -> None:
        self._timer.stop()
        if self._pack_worker is not None:
            self._pack_worker.stop()
        self.worker.op(self._backend.close, "close the database").run()
        self.worker.stop()

    # -- what the views read ------------------------------------------------------------------
    @property
    def db(self) -> Database:
        """The open database: for tests and benchmarks, which call the core directly."""
        return self._backend.db

    @property
    def settings(self) -> Settings:
        return self.ctx.settings

    @property
    def data_dir(self) -> Path:
        return self.ctx.data_dir

    @property
    def settings_notice(self) -> str | None:
        """What to tell the user about the settings file (it was damaged and kept aside), or None."""
        return self.ctx.settings_notice

    @property
    def reader_language(self) -> str:
        """The language the user reads: the setting, else the profile's."""
        return self.settings.reader_language(self.user.language if self.user is not None else "en")

    def use_settings(self, settings: Settings) -> None:
        """Put new settings in effect (on the GUI thread, between two ops) and tell the views."""
        self.ctx.settings = settings
        self.settings_changed.emit(settings)

    # -- the change log -------------------------------------------------------------------------
    @property
    def last_change(self) -> int:
        """The newest change this session has told the views about (tests wait on it)."""
        return self._last_change

    def poll_now(self) -> None:
        if self._polling or self.user is None:
            return
        self._polling = True
        last = self._last_change
        self.op(lambda b: b.changes_since(last), "poll the change log").on_success(self._polled).on_failure(
            self._poll_failed).run()

    def _polled(self, rows: list[Change]) -> None:
        self._polling = False
        if rows:
            self._last_change = rows[-1].id
            self.changed.emit(ChangeNotice(tuple(rows)))

    def _poll_failed(self, exc: BaseException) -> None:
        self._polling = False
        if isinstance(exc, KnownError):          # busy or locked a moment: the next poll tries again
            log.warning("polling for changes failed: %s", exc)
