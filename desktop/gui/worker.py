"""A background worker thread and the op that runs on it (STYLE "Do" 2-3).

    op.on_success(show).on_failure(complain).run()

An op's function runs on the worker thread, serially with every other op of that worker,
so database writes never race and the GUI thread never waits on the database, a
translation or a file. The result (or the exception) comes back to the GUI thread by a
queued signal, where the callbacks run. The function must never touch a widget.

Views never make ops: the functions of `desktop.gui.ops` do, and hand them over ready
for `.on_success(...).on_failure(...).run()`.

Failures cannot hide. A `KnownError` goes to the op's failure callback, which shows it
where the action was taken; with no callback, to the worker's `unhandled` signal (the
main window shows it, and it is logged as an error: an action without its own display
is a defect). Any other exception is a bug: the failure callback still runs (to put the
view back in order), and then the exception reaches `sys.excepthook` (logged with its
traceback, shown as an internal error, and failing the test that caused it). An
exception raised by a callback reaches `sys.excepthook` too.
"""

from __future__ import annotations

import itertools
import logging
import queue
import sys
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.core.errors import KnownError

log = logging.getLogger(__name__)
T = TypeVar("T")

NOW, STOP, WHEN_IDLE = 0, 1, 2        # queue order: ops, then the end (background ops left are dropped)


def report_bug(exc: BaseException) -> None:
    """Hand an exception that is Buzón's fault to the exception hook (desktop.gui.crash)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class Op(Generic[T]):
    """One unit of background work and what to do with its outcome on the GUI thread."""

    def __init__(self, worker: Worker, fn: Callable[[], T], name: str):
        self._worker = worker
        self.fn = fn
        self.name = name
        self.success: list[Callable[[T], None]] = []
        self.failure: Callable[[BaseException], None] | None = None
        self.owner: QObject | None = None
        self.priority = NOW

    def on_success(self, cb: Callable[[T], None]) -> Op[T]:
        """Call `cb(result)` on the GUI thread; callbacks run in the order they were added
        (an ops function may add its own, such as installing new settings, before the view's)."""
        self.success.append(cb)
        return self

    def on_failure(self, cb: Callable[[BaseException], None]) -> Op[T]:
        """Call `cb(exc)` on the GUI thread when the function raised."""
        self.failure = cb
        return self

    def bound_to(self, owner: QObject) -> Op[T]:
        """Drop the callbacks if `owner` is destroyed before the op finishes (a replaced model)."""
        self.owner = owner
        return self

    def when_idle(self) -> Op[T]:
        """Run only once no other op is waiting (warming up caches must not delay a view's rows)."""
        self.priority = WHEN_IDLE
        return self

    def run(self) -> Op[T]:
        self._worker.submit(self)
        return self

    def __repr__(self) -> str:
        return f"<op {self.name}>"


class _Thread(QThread):
    done = Signal(object)     # (op, result, exception), one tuple: PySide copies it as one reference

    def __init__(self, jobs: queue.PriorityQueue, name: str):
        super().__init__()
        self.setObjectName(name)
        self._jobs = jobs

    def run(self) -> None:
        while True:
            _priority, _order, op = self._jobs.get()
            if op is None:
                return
            try:
                result = op.fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never swallowed
                self.done.emit((op, None, exc))
            else:
                self.done.emit((op, result, None))


class Worker(QObject):
    """Owns one worker thread; `idle` is emitted whenever its queue drains."""

    unhandled = Signal(object)       # a KnownError no op handled
    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, name: str = "buzon-worker"):
        super().__init__(parent)
        self._jobs: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()
        self._pending = 0
        self._thread = _Thread(self._jobs, name)
        self._thread.done.connect(self._finish)
        self._thread.start()

    def op(self, fn: Callable[[], T], name: str = "") -> Op[T]:
        """An op running `fn()` on this worker (for `desktop.gui.ops` and the session only)."""
        return Op(self, fn, name or getattr(fn, "__qualname__", repr(fn)))

    def submit(self, op: Op) -> None:
        self._pending += 1
        self._jobs.put((op.priority, next(self._order), op))

    @property
    def pending(self) -> int:
        """Ops queued or running, callbacks not yet run."""
        return self._pending

    @Slot(object)
    def _finish(self, outcome: tuple) -> None:
        op, result, exc = outcome
        self._pending -= 1
        try:
            if op.owner is not None and not shiboken6.isValid(op.owner):
                return
            if exc is None:
                for cb in op.success:
                    cb(result)
                return
            if op.failure is not None:
                op.failure(exc)
            if not isinstance(exc, KnownError):
                report_bug(exc)
            elif op.failure is None:
                log.error("%s failed and nothing showed it where the action was taken: %s", op.name, exc)
                self.unhandled.emit(exc)
        except Exception as callback_exc:  # noqa: BLE001 - a bug in a callback: to the exception hook
            report_bug(callback_exc)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def stop(self, timeout_ms: int = 10000) -> None:
        """Finish the queued work (background ops are dropped) and end the thread."""
        if self._thread.isRunning():
            self._jobs.put((STOP, next(self._order), None))
            if not self._thread.wait(timeout_ms):
                log.error("the worker thread %s did not stop in %d ms", self._thread.objectName(), timeout_ms)
