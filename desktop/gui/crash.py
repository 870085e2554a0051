"""Errors that cannot hide: a bug anywhere in the window reaches one exception hook.

`sys.excepthook` receives what escapes a slot, a Qt override (PySide6 hands it there),
an op's callback, or an op's function that failed with anything but a `KnownError` (the
worker hands it there). The hook writes the traceback to the log file in the data
folder and shows a dialog saying what happened, what to do, and where the log is. An
exception in another thread (`threading.excepthook`) is logged and shown the same way,
through a queued signal. Tests do not install it: pytest-qt's own hook fails the test.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.errors import KnownError
from desktop.gui import errors

log = logging.getLogger("buzon.crash")
LOG_FILE = "buzon.log"
LOG_BYTES = 1024 * 1024         # then buzon.log.1 … .3: a few megabytes of history at most


def start_log_file(data_dir: Path) -> Path | None:
    """Send warnings and errors of every logger to `buzon.log` in the data folder; None when
    the file cannot be opened (the folder is read-only): then stderr is all there is."""
    path = data_dir / LOG_FILE
    try:
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=3, encoding="utf-8")
    except OSError as exc:
        log.warning("the log file %s cannot be opened (%s)", path, exc.strerror or exc)
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return path


class ExceptionHook(QObject):
    """Logs every bug with its traceback and shows one dialog at a time about it."""

    caught = Signal(object)          # the exception, on the GUI thread (the screenshot command fails on it)

    def __init__(self, log_path: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.log_path = log_path
        self.window: QWidget | None = None        # the dialogs' parent
        self.dialogs = True                       # False offscreen: nobody is there to read them
        self._box: QMessageBox | None = None
        self._more = 0
        self._previous = (sys.excepthook, threading.excepthook)
        self.caught.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):   # Ctrl+C in the terminal that started the window
            app = QCoreApplication.instance()
            if app is not None:
                app.exit(130)
            return
        log.error("internal error\n%s", "".join(traceback.format_exception(kind, exc, tb)).rstrip())
        self.caught.emit(exc)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, exc: BaseException) -> None:
        if not self.dialogs:
            return
        if self._box is not None:
            self._more += 1                       # one dialog at a time: a burst is one report
            self._box.setInformativeText(self._details(exc))
            return
        self._more = 0
        title = self.tr("Internal error")
        text = self.tr("Something went wrong inside Buzón: %1\n\nWhat you typed is kept. If the window does not "
                       "work as it should, close Buzón and open it again.").replace(
            "%1", f"{type(exc).__name__}: {exc}" if not isinstance(exc, KnownError) else errors.explain(exc).line())
        parent = self.window or QApplication.activeWindow()
        self._box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        self._box.setInformativeText(self._details(exc))
        self._box.finished.connect(self._closed)
        self._box.open()

    def _details(self, _exc: BaseException) -> str:
        if self.log_path is None:
            where = self.tr("The details were written to the terminal that started Buzón (the data folder "
                            "cannot be written).")
        else:
            where = self.tr("The details are in %1: please send that file with your report.").replace(
                "%1", str(self.log_path))
        if self._more:
            more = self.tr("%n more error(s) since.", "", self._more)
            where = f"{where}\n{more}"
        return where

    def _closed(self, _result: int) -> None:
        self._box = None
