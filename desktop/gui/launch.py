"""Before and at the window's first paint: refuse an X display that does not answer
(instead of letting Qt abort), and the start-up probes the benchmarks use.

`BUZON_EXIT_AFTER_PAINT=1` prints `buzon-first-paint <epoch seconds>` at the window's
first paint and quits; `BUZON_EXIT_AFTER_PAINT=content` waits until the view on screen
has painted its data (`MainWindow.content_shown`) and prints `buzon-content-paint …`.
`run_gui` calls these. Nothing here imports Qt unless a window is about to open anyway.
"""

from __future__ import annotations

import os
import sys
import time

EXIT_AFTER_PAINT_ENV = "BUZON_EXIT_AFTER_PAINT"
FIRST_PAINT_TAG = "buzon-first-paint"
CONTENT_PAINT_TAG = "buzon-content-paint"


def _x11_answers(display: str) -> bool | None:
    """Whether the X server `display` accepts a connection; None when libxcb is not there
    to ask (then Qt's xcb plugin cannot load either, and says so itself)."""
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.c_void_p)
    xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
    xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
    conn = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(conn) == 0
    finally:
        # xcb_connect never returns NULL: a failed connection is an error object to free.
        xcb.xcb_disconnect(conn)


def display_problem(environ=os.environ, platform: str = sys.platform) -> str | None:
    """Why the window cannot open on Linux, or None. Qt's xcb plugin aborts the whole
    process with a core dump when DISPLAY names a server that does not answer."""
    if platform != "linux":
        return None
    qpa = environ.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith("xcb"):
        return None
    display = environ.get("DISPLAY", "")
    if not display:
        return None           # no display at all: run_gui explains that case itself
    if environ.get("WAYLAND_DISPLAY") and not qpa:
        return None           # Qt prefers Wayland there
    if _x11_answers(display) is False:
        return f"The X display {display} does not answer, so the window cannot open."
    return None


def paint_probe_wanted(environ=os.environ) -> str | None:
    """Which probe `BUZON_EXIT_AFTER_PAINT` asks for: "first", "content", or None."""
    value = environ.get(EXIT_AFTER_PAINT_ENV)
    return {"1": "first", "content": "content"}.get(value or "")


def _stamp_and_quit(tag: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    sys.stdout.write(f"{tag} {time.time():.6f}\n")
    sys.stdout.flush()
    QTimer.singleShot(0, QApplication.instance().quit)


def report_first_paint() -> None:
    """Connected to the window's first paint when BUZON_EXIT_AFTER_PAINT=1: print the
    wall-clock time and quit. The benchmark compares it with a hello-world that stamps from
    its own paint event the same way.

    It is a slot on the window, not an application-wide event filter: a filter makes
    PySide6 wrap every event of every object in Python, which creates a few hundred enum
    classes and would add its own 40 ms to what it measures."""
    _stamp_and_quit(FIRST_PAINT_TAG)


def report_content_paint() -> None:
    """Connected to `MainWindow.content_shown` when BUZON_EXIT_AFTER_PAINT=content: the view
    on screen has painted its data (the conversation rows; the catalogue's first screen with
    its pictures; the orders' rows). The benchmark's bare program stamps its list's paint."""
    _stamp_and_quit(CONTENT_PAINT_TAG)
