"""`buzon --self-test`: proof that an installed copy works, without a display or network.

In a throw-away folder it opens the demo database, loads the translation libraries and
the language-detection model, opens the real main window offscreen on the demo database,
sends a message as the demo buyer to her conversation with a store, checks that the
store's seller sees it and that the window shows it, and writes a screenshot. Each step
prints OK or FAILED; the exit code says which kind of failure stopped it:

    0  every step passed
    1  a check failed (the message was not seen, the screenshot is blank, no temp folder)
    4  the demo database could not be created or opened
    5  Qt has no offscreen platform plugin in this installation
    70 an internal error (a bug), with its traceback on stderr

The temporary data folder is removed afterwards; the screenshot is kept and its path printed.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from desktop.core.errors import ExitCode, KnownError

log = logging.getLogger(__name__)

BUYER = "lucia"
SELLER = "wei"
STORE = "shenzhen-tech"
MESSAGE = "Hola, ¿podéis confirmar que mi pedido sale esta semana? Gracias."
SCREENSHOT = "buzon-self-test.png"
SIZE = (1180, 760)


class CheckFailed(KnownError):
    """A self-test step ran but found the wrong thing."""


class Report:
    """The printed step list, and the exit code of the first failure."""

    def __init__(self, out=None):
        self.out = out or sys.stdout
        self.failed: list[str] = []

    def ok(self, step: str, detail: str = "") -> None:
        self.out.write(f"  OK      {step}{': ' + detail if detail else ''}\n")
        self.out.flush()

    def fail(self, step: str, reason: str) -> None:
        self.failed.append(step)
        self.out.write(f"  FAILED  {step}: {reason}\n")
        self.out.flush()


def _offscreen_plugin_present() -> bool:
    """Whether Qt can find its offscreen platform plugin: without it QApplication aborts
    the process instead of raising, so the self-test asks first."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), *QCoreApplication.libraryPaths(),
               *filter(None, os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep))]
    return any(p.name.startswith(("libqoffscreen", "qoffscreen"))
               for folder in folders for p in (Path(folder) / "platforms").glob("*offscreen*"))


def _blank(image) -> bool:
    """True when a sample grid of the image holds fewer than 8 distinct colours: a window
    that painted nothing, or painted one flat colour, is not a working window."""
    if image.isNull() or image.width() < 16 or image.height() < 16:
        return True
    colours = set()
    for y in range(0, image.height(), max(1, image.height() // 40)):
        for x in range(0, image.width(), max(1, image.width() // 40)):
            colours.add(image.pixel(x, y))
    return len(colours) < 8


def _conversation_with_store(db, buyer) -> int:
    from desktop.core import messaging

    conversation_id, _card = messaging.contact(db, buyer, store_handle=STORE)
    return conversation_id


def _steps(report: Report, work: Path, lang: str | None) -> Path:
    """Run every step in order; the first failure raises (and has been reported)."""
    from desktop.core import messaging, outbox, users
    from desktop.core.context import AppContext

    # An explicit SQLite URL: BUZON_DATABASE_URL may point at the user's real (shared) database.
    data = work / "data"
    ctx = AppContext(data_dir=data, database_url=f"sqlite:///{data / 'buzon.sqlite3'}", user_handle=BUYER, lang=lang)
    shot = None
    step = "demo database"
    try:
        db = ctx.db()
        buyer, seller = users.resolve(db, BUYER), users.resolve(db, SELLER)
        conversation_id = _conversation_with_store(db, buyer)
        report.ok(step, f"{buyer.handle} (buyer) and {seller.handle} (seller of {STORE}), "
                        f"conversation {conversation_id}")

        step = "translation libraries"
        # Loads CTranslate2, SentencePiece and NumPy's OpenBLAS, and reads py3langid's model:
        # the native parts a bundle most easily gets wrong.
        import ctranslate2
        import sentencepiece

        from desktop.core.translation import detect
        guess = detect.detect(MESSAGE, candidates=("es", "en", "zh"))
        if guess.lang != "es":
            raise CheckFailed(f"language detection says {guess.lang!r} for a Spanish message")
        report.ok(step, f"CTranslate2 {ctranslate2.__version__}, SentencePiece {sentencepiece.__version__}, "
                        f"language detection: {guess.lang}")

        step = "main window"
        if not _offscreen_plugin_present():
            raise KnownError("Qt's offscreen platform plugin is missing from this installation.",
                             exit_code=ExitCode.NO_DISPLAY)
        from PySide6.QtGui import QImage, QPixmap

        from desktop.gui.render import Window

        shot = Window(ctx, SIZE)
        window = shot.window
        window.show_conversation(conversation_id)
        shot.settle()
        shot.check()
        report.ok(step, f"loaded as {shot.session.user.handle}, {window.messages.model.rowCount()} conversations")

        step = "send as buyer"
        sent = outbox.deliver(db, ctx, buyer, outbox.SendRequest(text=MESSAGE, conversation_id=conversation_id))
        if sent.result is None:
            raise CheckFailed(f"the message was refused: {sent.refused}")
        message_id = sent.result.message_id
        report.ok(step, f"message {message_id} from {buyer.handle}")

        step = "seller sees it"
        theirs = {r.id: r for r in messaging.page(db, seller, conversation_id)}
        row = theirs.get(message_id)
        if row is None or row.text != MESSAGE or row.mine:
            raise CheckFailed(f"{seller.handle} does not see message {message_id} as sent")
        report.ok(step, f"{seller.handle} reads it from {row.sender_handle}")

        step = "window shows it"
        shot.settle()
        shot.check()
        chat = window.messages.chat
        shown = chat.model is not None and any(r.id == message_id for r in chat.model.rows())
        if not shown:
            raise CheckFailed("the open conversation did not pick up the new message")
        report.ok(step, "the change notice reached the open chat")

        step = "screenshot"
        chat.list.scrollToBottom()      # the new message in the picture, not only in the model
        shot.settle()
        pixmap = QPixmap(window.size())
        window.render(pixmap)
        out = work / SCREENSHOT
        if not pixmap.save(str(out), "PNG"):
            raise CheckFailed(f"cannot write {out}")
        if _blank(QImage(str(out))):
            raise CheckFailed(f"{out} is blank")
        report.ok(step, str(out))
        return out
    except KnownError as exc:
        report.fail(step, exc.message if not exc.hint else f"{exc.message} {exc.hint}")
        if step == "demo database":
            exc.exit_code = ExitCode.DATABASE
        raise
    except Exception as exc:
        report.fail(step, f"internal error: {type(exc).__name__}: {exc}")
        raise
    finally:
        if shot is not None:
            shot.close()
        ctx.close()


def run_self_test(args) -> int:
    """The `--self-test` entry point called by `cli.main`; returns the exit code."""
    # Always offscreen: the self-test must run the same on a server, in CI and on a desktop.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    report = Report()
    report.out.write("buzon self-test\n")
    try:
        work = Path(tempfile.mkdtemp(prefix="buzon-self-test-"))
    except OSError as exc:
        report.fail("temporary folder", f"{exc.strerror}: {tempfile.gettempdir()}")
        sys.stderr.write("buzon: self-test failed: no writable temporary folder (set TMPDIR).\n")
        return int(ExitCode.FAILURE)
    report.ok("temporary folder", str(work))
    try:
        out = _steps(report, work, getattr(args, "lang", None))
    except KnownError as exc:
        sys.stderr.write(f"buzon: self-test failed: {exc}\n")
        return int(exc.exit_code)
    except Exception as exc:  # noqa: BLE001 - a bug in the installed program: report it, exit non-zero
        traceback.print_exc()
        sys.stderr.write(f"buzon: self-test failed: internal error: {type(exc).__name__}: {exc}\n")
        return int(ExitCode.INTERNAL)
    finally:
        shutil.rmtree(work / "data", ignore_errors=True)
    report.out.write(f"self-test passed; screenshot: {out}\n")
    return int(ExitCode.OK)
