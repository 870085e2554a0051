"""What the bundled program does before the CLI takes over: refuse an X display that does
not answer (instead of letting Qt abort), and the start-up probe the benchmark uses.

Called by `scripts/bundle_entry.py`; `python -m desktop` goes straight to `cli.main`.
Nothing here imports Qt unless a window is about to open anyway.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time

from desktop.core.errors import ExitCode

EXIT_AFTER_PAINT_ENV = "BUZON_EXIT_AFTER_PAINT"
FIRST_PAINT_TAG = "buzon-first-paint"


def _x11_answers(display: str) -> bool | None:
    """Whether the X server `display` accepts a connection; None when libxcb is not there
    to ask (then Qt's xcb plugin cannot load either, and says so itself)."""
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


def install_paint_probe() -> None:
    """With BUZON_EXIT_AFTER_PAINT=1: print the wall-clock time of the first paint of a
    top-level window and quit. The benchmark compares it with a bundled hello-world."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def __init__(self, parent):
            super().__init__(parent)
            self.seen = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if not self.seen and event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
                self.seen = True
                sys.stdout.write(f"{FIRST_PAINT_TAG} {time.time():.6f}\n")
                sys.stdout.flush()
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    # create_app() reuses this instance, so the filter sees the main window's first paint.
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.installEventFilter(FirstPaint(app))


def main(argv: list[str]) -> int:
    from desktop import cli

    args, _rest = cli.build_parser(with_commands=False).parse_known_args(argv)
    if args.command is None and not args.self_test:
        problem = display_problem()
        if problem:
            sys.stderr.write(f"buzon: {problem}\n  Run Buzón in a desktop session, or use the CLI commands "
                             f"(buzon --help).\n")
            return int(ExitCode.NO_DISPLAY)
        if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
            from desktop.gui.app import has_display

            if has_display():
                install_paint_probe()
    return cli.main(argv)
