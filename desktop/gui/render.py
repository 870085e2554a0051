"""Rendering the real main window to a PNG without a display (`buzon screenshot`)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from desktop.core.context import AppContext
from desktop.core.errors import KnownError, UsageError

SETTLE_S = 0.4
TIMEOUT_S = 20.0


def settle(app, session, *, timeout: float = TIMEOUT_S) -> None:
    """Process events until the worker has been idle for a moment (all loads and images done)."""
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        if not session.busy:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since >= SETTLE_S:
                return
        else:
            quiet_since = None
        time.sleep(0.01)


def open_window(ctx: AppContext, size: tuple[int, int]):
    """The real main window, offscreen, at `size`, with its first data loaded.

    Returns (app, session, window); the caller closes the window and the session. A
    database that cannot be used raises its KnownError.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.gui.app import create_app
    from desktop.gui.session import Session
    from desktop.gui.views.main_window import MainWindow

    app = create_app(ctx.lang)
    session = Session(ctx)
    failure: list[BaseException] = []
    try:
        window = MainWindow(session)
    except BaseException:
        session.close()
        raise
    window.fatal.connect(failure.append)
    window.setMinimumSize(1, 1)
    window.resize(*size)
    window.show()
    session.start()
    settle(app, session)
    if failure or session.user is None:
        window.close()
        session.close()
        if failure:
            raise failure[0]
        raise KnownError("The window did not finish loading in time.")
    return app, session, window


def screenshot(ctx: AppContext, out: Path, *, view: str, size: tuple[int, int], conversation: int | None = None,
               order: int | None = None, product: int | None = None) -> Path:
    app, session, window = open_window(ctx, size)
    from PySide6.QtGui import QPixmap

    try:
        window.show_view(view)
        if conversation is not None:
            window.show_conversation(conversation)
        elif order is not None:
            window.show_order(order)
        elif product is not None:
            window.show_product(product)
        settle(app, session)
        if view == "messages" and conversation is None and window.messages.model.rowCount():
            window.messages.open_conversation(window.messages.model.row_at(0).id)
            settle(app, session)
        window.resize(*size)
        settle(app, session)
        pixmap = QPixmap(window.size())
        window.render(pixmap)
        if (pixmap.width(), pixmap.height()) != size:
            pixmap = pixmap.scaled(*size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not pixmap.save(str(out), "PNG"):
            raise KnownError(f"Cannot write the screenshot to {out}.", hint="Check the folder exists and is writable.")
        return out
    finally:
        window.close()
        session.close()


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise UsageError(f"Bad size {text!r}.", hint="Write it as WIDTHxHEIGHT, e.g. 1280x800.") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise UsageError(f"Size {text} is out of range.", hint="Each side between 200 and 8000 pixels.")
    return w, h
