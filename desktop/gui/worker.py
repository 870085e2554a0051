"""The one background worker thread and the small op API the views use (STYLE "Do" 2-3).

    worker.op(fn, *args).on_success(show).on_failure(complain).run()

`fn` runs on the worker thread, serially with every other op, so database writes never
race and the GUI thread never waits on the database, a translation or a file. The result
(or the exception) comes back to the GUI thread by a queued signal, where the callbacks
run. `fn` must never touch a widget. A failure without its own handler goes to the
worker's `failed` signal, which the main window shows (KnownError) or logs as a bug.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)
_STOP = object()


class Op:
    """One unit of background work and what to do with its outcome on the GUI thread."""

    def __init__(self, worker: Worker, fn: Callable[..., Any], args: tuple, kwargs: dict):
        self._worker = worker
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.success: Callable[[Any], None] | None = None
        self.failure: Callable[[BaseException], None] | None = None
        self.owner: QObject | None = None
        self.id = 0

    def bound_to(self, owner: QObject) -> Op:
        """Drop the callbacks if `owner` is destroyed before the op finishes (a replaced model)."""
        self.owner = owner
        return self

    def on_success(self, cb: Callable[[Any], None]) -> Op:
        self.success = cb
        return self

    def on_failure(self, cb: Callable[[BaseException], None]) -> Op:
        self.failure = cb
        return self

    def run(self) -> Op:
        self._worker.submit(self)
        return self


class _Thread(QThread):
    done = Signal(object)     # (op, result, exception), one tuple: PySide copies it as one reference

    def __init__(self, jobs: queue.Queue):
        super().__init__()
        self.setObjectName("buzon-worker")
        self._jobs = jobs

    def run(self) -> None:
        while True:
            op = self._jobs.get()
            if op is _STOP:
                return
            try:
                result = op.fn(*op.args, **op.kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never swallowed
                self.done.emit((op, None, exc))
            else:
                self.done.emit((op, result, None))


class Worker(QObject):
    """Owns the worker thread; `idle` is emitted whenever the queue drains."""

    failed = Signal(object)          # an exception no op handled
    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: queue.Queue = queue.Queue()
        self._pending = 0
        self._ids = itertools.count(1)
        self._thread = _Thread(self._jobs)
        self._thread.done.connect(self._finish)
        self._thread.start()
        self.thread_ident: int | None = None
        self.op(threading.get_ident).on_success(self._set_ident).run()

    def _set_ident(self, ident: int) -> None:
        self.thread_ident = ident

    def op(self, fn: Callable[..., Any], *args, **kwargs) -> Op:
        return Op(self, fn, args, kwargs)

    def submit(self, op: Op) -> None:
        op.id = next(self._ids)
        self._pending += 1
        self._jobs.put(op)

    @property
    def pending(self) -> int:
        return self._pending

    @Slot(object)
    def _finish(self, outcome: tuple) -> None:
        op, result, exc = outcome
        self._pending -= 1
        try:
            if op.owner is not None and not shiboken6.isValid(op.owner):
                return
            if exc is None:
                if op.success is not None:
                    op.success(result)
            elif op.failure is not None:
                op.failure(exc)
            else:
                self.failed.emit(exc)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def stop(self, timeout_ms: int = 10000) -> None:
        """Finish the queued work and end the thread (called when the window closes)."""
        if self._thread.isRunning():
            self._jobs.put(_STOP)
            if not self._thread.wait(timeout_ms):
                log.error("the worker thread did not stop in %d ms", timeout_ms)
