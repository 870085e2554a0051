"""Rendering the real main window to a PNG without a display (`buzon screenshot`).

Nobody is there to read a dialog, so every failure while the window works ends the
command instead: the database refused (its exit code), a KnownError no view showed
(its exit code), a bug caught by the exception hook (70). An id that names nothing is
refused before the window opens (exit 2, naming the valid ones).
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from desktop.core import catalog, conversations, orders, users
from desktop.core.context import AppContext
from desktop.core.errors import BugError, KnownError, UsageError

SETTLE_S = 0.4
TIMEOUT_S = 20.0
SHOWN_CHOICES = 20          # valid ids named in a refusal; more are summed up


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


class Window:
    """The real main window, offscreen, with everything that went wrong while it worked."""

    def __init__(self, ctx: AppContext, size: tuple[int, int]):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from desktop.gui.app import LanguageFollower, choose_language, create_app
        from desktop.gui.crash import ExceptionHook
        from desktop.gui.session import Session
        from desktop.gui.views.main_window import MainWindow

        lang, source = choose_language(ctx)
        self.size = size
        self.app = create_app(lang)
        self.failures: list[BaseException] = []
        self.hook = ExceptionHook(None, self.app)
        self.hook.dialogs = False
        self.hook.caught.connect(self.failures.append)
        self.hook.install()
        self.session = Session(ctx)
        self.session.error.connect(self.failures.append)
        try:
            self.window = MainWindow(self.session)
        except BaseException:
            self.close()
            raise
        self.window.fatal.connect(self.failures.append)
        self.window.setMinimumSize(1, 1)
        self.window.resize(*size)
        self.window.show()
        # Without --lang or a setting, the window follows the user's own language once known.
        self.follower = LanguageFollower(self.app, ctx, self.session, lang, source,
                                         lambda: MainWindow(self.session))
        self.follower.window = self.window
        self.follower.rebuilt.connect(self._rebuilt)
        self.session.start()
        self.settle()
        if self.session.user is None and not self.failures:
            self.failures.append(KnownError("The window did not finish loading in time."))
        self.check()

    def _rebuilt(self, window) -> None:
        self.window = window
        window.fatal.connect(self.failures.append)
        window.setMinimumSize(1, 1)
        window.resize(*self.size)

    def settle(self) -> None:
        settle(self.app, self.session)

    def check(self) -> None:
        """Raise the first failure so far: a KnownError as it is, anything else as a bug."""
        if self.failures:
            first = self.failures[0]
            self.close()
            if isinstance(first, (KnownError, BugError)):
                raise first
            raise BugError(f"{type(first).__name__}: {first}") from first

    def close(self) -> None:
        if getattr(self, "window", None) is not None:
            self.window.close()
            self.follower.window = None
            self.window = None
        if self.session is not None:
            self.session.close()
            self.session = None
        self.hook.uninstall()


def _choices(kind: str, wanted: int, ids: list[int], listing: str) -> UsageError:
    shown = ", ".join(map(str, ids[:SHOWN_CHOICES]))
    more = f" … ({len(ids)} in all; `{listing}` lists them)" if len(ids) > SHOWN_CHOICES else ""
    hint = f"Choose one of: {shown}{more}." if ids else f"There are none; `{listing}` would list them."
    return UsageError(f"There is no {kind} {wanted} to show.", hint=hint)


def check_target(ctx: AppContext, *, conversation: int | None, order: int | None, product: int | None) -> None:
    """Refuse an id the window could not show (exit 2, naming the valid ones)."""
    if conversation is None and order is None and product is None:
        return
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    if conversation is not None:
        if not conversations.list_conversations(db, user, ids=[conversation]):
            # Only a refusal lists them all (the valid ids are its hint).
            ids = [r.id for r in conversations.list_conversations(db, user)]
            raise _choices("conversation", conversation, ids, "buzon conversations --json")
    if order is not None:
        ids = orders.order_ids(db, user)
        if order not in ids:
            raise _choices("order", order, sorted(ids), "buzon orders --json")
    if product is not None:
        ids = catalog.product_ids(db)
        if product not in ids:
            raise _choices("product", product, sorted(ids), "buzon products --json")


def check_out(out: Path) -> None:
    """Refuse, before the window opens, a target that is there but is not a file: writing to
    a FIFO waits for a reader forever, a folder or a device is nobody's picture."""
    try:
        mode = out.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise KnownError(f"Cannot write the screenshot to {out} ({exc.strerror}).",
                         hint="Check the folder exists and is writable.") from exc
    if not stat.S_ISREG(mode):
        raise KnownError(f"{out} is not a file; the screenshot was not written.",
                         hint="Give the path of a .png file to write.")


def check_dialog(ctx: AppContext, dialog: str | None) -> None:
    """Refuse a dialog the user has no way to open (a buyer has no store settings)."""
    if dialog == "store-settings":
        db = ctx.db()
        if users.resolve(db, ctx.user_handle).store_id is None:
            raise UsageError(f"{ctx.user_handle or 'This user'} is a buyer: only a store's people have store "
                             "settings.", hint="Show a seller's: --user wei")


def screenshot(ctx: AppContext, out: Path, *, view: str, size: tuple[int, int], conversation: int | None = None,
               order: int | None = None, product: int | None = None, dialog: str | None = None) -> Path:
    check_out(out)
    check_target(ctx, conversation=conversation, order=order, product=product)
    check_dialog(ctx, dialog)
    shot = Window(ctx, size)
    from PySide6.QtGui import QPixmap

    try:
        window = shot.window
        window.show_view(view)
        if conversation is not None:
            window.show_conversation(conversation)
        elif order is not None:
            window.show_order(order)
        elif product is not None:
            window.show_product(product)
        shot.settle()
        if view == "messages" and conversation is None and window.messages.model.rowCount():
            window.messages.open_conversation(window.messages.model.row_at(0).id)
            shot.settle()
        window.resize(*size)
        shot.settle()
        opened = window.open_store_settings() if dialog == "store-settings" else None
        if opened is not None:
            shot.settle()
            # as a window system places a dialog: its own size, within the window, centred over it
            hint = opened.sizeHint()
            opened.resize(min(max(hint.width(), opened.minimumWidth()), size[0]),
                          min(hint.height(), size[1] - TITLE_BAR))
            shot.settle()
        shot.check()
        pixmap = QPixmap(window.size())
        window.render(pixmap)
        if opened is not None:
            _paint_dialog(pixmap, opened)
        if (pixmap.width(), pixmap.height()) != size:
            pixmap = pixmap.scaled(*size)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KnownError(f"Cannot write the screenshot to {out} ({exc.strerror}).",
                             hint="Check the folder exists and is writable.") from exc
        if not pixmap.save(str(out), "PNG"):
            raise KnownError(f"Cannot write the screenshot to {out}.", hint="Check the folder exists and is writable.")
        return out
    finally:
        shot.close()


TITLE_BAR = 26      # px: a plain title bar drawn over a dialog's screenshot (offscreen has none)


def _paint_dialog(pixmap, dialog) -> None:
    """Paint `dialog` centred over the window's picture, the window dimmed behind it and a
    title bar with its title above it, as a window system shows one."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QPainter

    painter = QPainter(pixmap)
    painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 70))
    x = (pixmap.width() - dialog.width()) // 2
    y = max(TITLE_BAR, (pixmap.height() - dialog.height() + TITLE_BAR) // 2)
    bar = QRect(x, y - TITLE_BAR, dialog.width(), TITLE_BAR)
    painter.fillRect(bar, QColor("#3A3F47"))
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(bar.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                     dialog.windowTitle())
    dialog.render(painter, QPoint(x, y))
    painter.end()


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise UsageError(f"Bad size {text!r}.", hint="Write it as WIDTHxHEIGHT, e.g. 1280x800.") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise UsageError(f"Size {text} is out of range.", hint="Each side between 200 and 8000 pixels.")
    return w, h
