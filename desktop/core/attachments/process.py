"""Attachment work in a child process, so decoding never holds the GUI's interpreter lock.

Pillow allocates pixel buffers and runs parts of its decoders while holding the GIL:
ingesting a 12-megapixel photo on a worker *thread* can keep the GUI thread from running
Python for tens of milliseconds (see docs/attachments.md for the figures). A child
process has its own interpreter; the calling thread only waits on a pipe. It also
contains the damage of a decoder crash or a hang on a hostile file: the child is killed
and replaced, and the caller gets an `AttachmentRefused`.

The child is started with "spawn" (no fork of a process that runs Qt threads). A frozen
(PyInstaller) build must call `multiprocessing.freeze_support()` first thing in main.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnProcess
from pathlib import Path

from desktop.core.attachments import ingest
from desktop.core.attachments.limits import AttachmentRefused
from desktop.core.errors import BugError, KnownError

DEFAULT_TIMEOUT = 60.0
"""Seconds one call may take before the child is killed (a 100 MB video on a slow disk fits)."""

_CALLS: dict[str, Callable[..., object]] = {
    "check_file": ingest.check_file,
    "check_bytes": ingest.check_bytes,
    "ingest_image": ingest.ingest_image,
    "ingest_evidence": ingest.ingest_evidence,
    "thumbnail": ingest.thumbnail,
}


BACKGROUND_NICENESS = 10


def _serve(conn) -> None:
    """The child's loop: run each requested call, send back its result or its exception."""
    # Background work: on a busy machine the window's thread must win the CPU over a decoder.
    if hasattr(os, "nice"):
        try:
            os.nice(BACKGROUND_NICENESS)
        except OSError:
            pass
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        name, args, kwargs = request
        try:
            reply = ("ok", _CALLS[name](*args, **kwargs))
        except AttachmentRefused as exc:
            reply = ("error", exc)
        except KnownError as exc:
            reply = ("known", (exc.message, exc.hint, exc.text_id, exc.args_, exc.detail))
        except Exception as exc:  # noqa: BLE001 - a bug in the child is reported to the caller
            reply = ("bug", f"{type(exc).__name__}: {exc}")
        conn.send(reply)


class AttachmentProcess:
    """The attachment calls of `ingest`, run one at a time in a long-lived child process.

    Thread-safe (calls are serialised); the child starts on the first call and is
    restarted after a crash or a timeout. Call `close()` on shutdown.
    """

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT):
        self.timeout = timeout
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._proc: SpawnProcess | None = None
        self._conn: Connection | None = None

    def _connection(self) -> Connection:
        """The pipe to a live child, starting one if there is none (or it died)."""
        if self._proc is None or self._conn is None or not self._proc.is_alive():
            self._stop(kill=True)
            parent, child = self._context.Pipe()
            proc = self._context.Process(target=_serve, args=(child,), name="buzon-attachments", daemon=True)
            proc.start()
            child.close()
            self._proc, self._conn = proc, parent
        return self._conn

    def _stop(self, *, kill: bool) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if proc is None or conn is None:
            return
        if not kill:
            try:
                conn.send(None)
            except OSError:
                pass
            proc.join(2)
        if proc.is_alive():
            proc.kill()
            proc.join(2)
        conn.close()

    def call(self, name: str, /, *args, **kwargs):
        """Run `ingest.<name>(*args, **kwargs)` in the child and return its result."""
        if name not in _CALLS:
            raise BugError(f"no attachment call named {name!r}")
        with self._lock:
            conn = self._connection()
            try:
                conn.send((name, args, kwargs))
                if not conn.poll(self.timeout):
                    self._stop(kill=True)
                    raise AttachmentRefused(
                        "corrupt", f"Processing the file took longer than {self.timeout:g} seconds.")
                kind, value = conn.recv()
            except (EOFError, OSError) as exc:
                # The child died mid-call: a decoder crash or the system out of memory.
                self._stop(kill=True)
                raise AttachmentRefused("corrupt", "The file could not be processed.") from exc
        if kind == "ok":
            return value
        if kind == "error":
            raise value
        if kind == "known":
            message, hint, text_id, fields, detail = value
            raise KnownError(message, hint=hint, text_id=text_id, args=fields, detail=detail)
        raise BugError(f"in the attachment process: {value}")

    def ingest_image(self, source: Path | bytes, **kwargs):
        return self.call("ingest_image", source, **kwargs)

    def ingest_evidence(self, source: Path | bytes, **kwargs):
        return self.call("ingest_evidence", source, **kwargs)

    def thumbnail(self, stored_path: Path, **kwargs) -> Path:
        return self.call("thumbnail", stored_path, **kwargs)

    def check_file(self, path: Path, **kwargs):
        return self.call("check_file", path, **kwargs)

    def check_bytes(self, data: bytes, name: str | None = None, **kwargs):
        return self.call("check_bytes", data, name, **kwargs)

    def close(self) -> None:
        with self._lock:
            self._stop(kill=False)

    def __enter__(self) -> AttachmentProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
