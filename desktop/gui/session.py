"""The GUI's link to the core: one worker, the acting user, and the change notices.

Views never hold the database: they ask `session.op(fn, *args)`, which runs
`fn(db, *args)` on the worker. Every write anywhere (this window, another window,
another process on the same file) lands in the change log; the session polls its
counter and emits one `changed` notice per batch, and each view decides what to reload
(STYLE "Do" 4).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.gui.core_api import changes, users
from desktop.core.context import AppContext
from desktop.core.errors import BugError, KnownError
from desktop.gui.worker import Op, Worker

log = logging.getLogger(__name__)
POLL_MS = 150


@dataclass(frozen=True)
class ChangeNotice:
    items: tuple[changes.Change, ...]

    @property
    def conversation_ids(self) -> set[int]:
        return {c.conversation_id for c in self.items if c.conversation_id is not None}

    @property
    def kinds(self) -> set[str]:
        return {c.kind for c in self.items}

    def for_conversation(self, conversation_id: int) -> list[changes.Change]:
        return [c for c in self.items if c.conversation_id == conversation_id]


def _open(ctx: AppContext, handle: str | None):
    db = ctx.db()
    user = users.resolve(db, handle)
    changes.prune(db)                 # the log only needs the recent past (see desktop/core/changes.py)
    return db, user, changes.latest_id(db)


def _warm_up() -> None:
    """Load and compile what the first send needs (the policy's rules, the outbox) while the
    user is still looking at the window: done later, it would stall the first send."""
    from desktop.core import attachments, message_translations, outbox, policy
    from desktop.core.translation import engine

    policy.check("warm up")
    message_translations.detect_language("warm up the language model", "en")   # ~2 s to load, once
    _ = attachments.Limits, engine.Translator
    _ = outbox.SendRequest


class Session(QObject):
    ready = Signal(object)           # UserRecord: the database is open, views may load
    fatal = Signal(object)           # KnownError: the database cannot be used
    changed = Signal(object)         # ChangeNotice
    error = Signal(object)           # an op failed without its own handler

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.worker = Worker(self)
        self.worker.failed.connect(self._on_failed)
        self.db = None
        self.user = None
        self._last_change = 0
        self._polling = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll_now)
        self._attachments = None
        self._translator = None

    def start(self) -> None:
        self.worker.op(_open, self.ctx, self.ctx.user_handle).on_success(self._opened).on_failure(self._failed_open).run()

    def _opened(self, result) -> None:
        self.db, self.user, self._last_change = result
        self._timer.start()
        self.ready.emit(self.user)
        self.worker.op(_warm_up).run()

    def _failed_open(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            log.error("opening the database failed", exc_info=exc)
            exc = BugError(f"{type(exc).__name__}: {exc}")
        self.fatal.emit(exc)

    def op(self, fn, *args, **kwargs) -> Op:
        """An op running `fn(db, *args, **kwargs)` on the worker."""
        def call():
            return fn(self.db, *args, **kwargs)
        return self.worker.op(call)

    def user_op(self, fn, *args, **kwargs) -> Op:
        """An op running `fn(db, user, *args, **kwargs)` on the worker."""
        def call():
            return fn(self.db, self.user, *args, **kwargs)
        return self.worker.op(call)

    @property
    def busy(self) -> bool:
        """True while work other than the change poll is queued or running."""
        return self.worker.pending - (1 if self._polling else 0) > 0

    def poll_now(self) -> None:
        if self._polling or self.db is None:
            return
        self._polling = True
        self.op(changes.since, self._last_change).on_success(self._polled).on_failure(self._poll_failed).run()

    def _polled(self, rows) -> None:
        self._polling = False
        if rows:
            self._last_change = rows[-1].id
            self.changed.emit(ChangeNotice(tuple(rows)))

    def _poll_failed(self, exc: BaseException) -> None:
        self._polling = False
        log.warning("polling for changes failed: %s", exc)

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            log.error("background operation failed", exc_info=exc)
        self.error.emit(exc)

    @property
    def reader_language(self) -> str:
        """The language the user reads: the setting, else the profile's."""
        return self.ctx.settings.language or (self.user.language if self.user else "en")

    def translator(self):
        """The translation engine, made on first use on the worker (its models stay loaded there)."""
        if self._translator is None:
            from desktop.core.translation.engine import Translator

            self._translator = Translator(self.ctx.data_dir)
        return self._translator

    def attachment_process(self):
        """The child process that decodes and re-encodes pictures (started on first use, on the
        worker): Pillow holds the interpreter while it decodes, which would stall the window."""
        if self._attachments is None:
            from desktop.core.attachments import AttachmentProcess

            self._attachments = AttachmentProcess()
        return self._attachments

    def close(self) -> None:
        self._timer.stop()
        if self._attachments is not None:
            self.worker.op(self._attachments.close).run()
        self.worker.op(self.ctx.close).run()
        self.worker.stop()
