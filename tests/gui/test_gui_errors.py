"""Errors that cannot hide: bugs reach the exception hook (logged with their traceback, shown
with where the log is); a KnownError is shown where the action was taken; a KnownError no
view showed is an error too; and a test fails when an error was logged."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import textwrap
from logging.handlers import RotatingFileHandler

import pytest
from gui_helpers import wait_idle
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import conversations
from desktop.core.errors import DatabaseError, KnownError
from desktop.gui.crash import ExceptionHook, start_log_file
from desktop.gui.models.messages import MessageRole
from desktop.gui.ops import messages
from desktop.gui.outgoing import SendState

REPO_TESTS = __import__("pathlib").Path(__file__).resolve().parents[1]


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.fixture
def log_file(tmp_path):
    path = start_log_file(tmp_path)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)
                    and h.baseFilename == str(path)]:
        root.removeHandler(handler)
        handler.close()


@pytest.mark.logs_errors
def test_the_hook_logs_the_traceback_and_says_where(qtbot, log_file, logged_errors):
    hook = ExceptionHook(log_file)
    try:
        raise ZeroDivisionError("a bug in a slot")
    except ZeroDivisionError as exc:
        hook.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(visible_boxes()))
    box = visible_boxes()[0]
    assert "ZeroDivisionError: a bug in a slot" in box.text() and str(log_file) in box.informativeText()
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "test_the_hook_logs_the_traceback_and_says_where" in text
    hook.handle(ValueError, ValueError("a second one"), None)      # a burst is one dialog
    assert len(visible_boxes()) == 1 and "1 more error" in box.informativeText()
    box.close()
    assert [r.levelname for r in logged_errors] == ["ERROR", "ERROR"]


def test_a_bug_in_an_ops_function_reaches_the_hook_after_the_views_callback(qtbot, session):
    seen = []
    with qtbot.captureExceptions() as caught:
        session.op(lambda _backend: 1 / 0).on_failure(seen.append).run()
        wait_idle(qtbot, session)
    assert [type(e) for e in seen] == [ZeroDivisionError]                 # the view put itself back in order
    assert [type(e[1]) for e in caught] == [ZeroDivisionError]           # and the bug did not hide


def test_a_bug_in_a_slot_reaches_the_hook(qtbot, window):
    """PySide6 hands what escapes a slot to sys.excepthook: the hook run_gui installs sees it."""
    def broken(_row: int) -> None:
        raise LookupError("a bug in a slot")

    window.nav.currentRowChanged.connect(broken)
    with qtbot.captureExceptions() as caught:
        window.show_view("orders")
    assert [type(e[1]) for e in caught] == [LookupError]


def test_a_bug_in_a_callback_reaches_the_hook(qtbot, session):
    with qtbot.captureExceptions() as caught:
        session.op(lambda _backend: "fine").on_success(lambda _r: {}["missing"]).run()
        wait_idle(qtbot, session)
    assert [type(e[1]) for e in caught] == [KeyError]


@pytest.mark.logs_errors
def test_a_known_error_nobody_showed_is_shown_by_the_window_and_logged(qtbot, window, session, logged_errors):
    with qtbot.waitSignal(session.error) as shown:
        session.op(lambda _backend: (_ for _ in ()).throw(DatabaseError("The disk is full."))).run()
    assert isinstance(shown.args[0], KnownError)
    qtbot.waitUntil(lambda: any("disk is full" in b.text() for b in visible_boxes()))
    for box in visible_boxes():
        box.close()
    assert any("nothing showed it" in r.getMessage() for r in logged_errors)


def test_a_failed_delete_is_said_in_the_chat_and_the_message_comes_back(qtbot, window, session, monkeypatch):
    window.show_conversation(3)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.model is not None and chat.model.rowCount() > 0)
    victim = chat.model.data(chat.model.index(0), MessageRole.ID)

    def locked(*_args, **_kwargs):
        raise DatabaseError("The database is locked by another program.", hint="Close it and try again.")

    monkeypatch.setattr(conversations, "delete_for_me", locked)
    chat.delete_message(victim)
    chat.commit_delete()                      # the undo time is over
    qtbot.waitUntil(lambda: chat.compose.hint.isVisibleTo(chat) and "locked" in chat.compose.hint.text())
    qtbot.waitUntil(lambda: victim in [r.id for r in chat.model.rows()])


def test_a_failed_send_stays_with_its_retry_while_another_conversation_is_read(qtbot, window, session, monkeypatch):
    from desktop.core import outbox

    real = outbox.deliver
    fail = [True]

    def flaky(*args, **kwargs):
        if fail[0]:
            raise DatabaseError("The disk holding the database is full.")
        return real(*args, **kwargs)

    monkeypatch.setattr(outbox, "deliver", flaky)
    window.show_conversation(3)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == 3 and chat.model.rowCount() > 0)
    chat.send("¿Seguís teniendo la tetera azul?")
    last = lambda: chat.model.index(chat.model.rowCount() - 1)  # noqa: E731 - the newest row, read when asked
    qtbot.waitUntil(lambda: last().data(MessageRole.STATE) is SendState.FAILED)
    window.show_conversation(1)                              # the failed message belongs to PendingSends,
    qtbot.waitUntil(lambda: chat.conversation_id == 1 and chat.model.rowCount() > 0)
    assert all(r.text != "¿Seguís teniendo la tetera azul?" for r in chat.model.rows())
    window.show_conversation(3)                              # so it is still there on the way back
    qtbot.waitUntil(lambda: chat.conversation_id == 3 and chat.model.rowCount() > 0)
    qtbot.waitUntil(lambda: last().data(MessageRole.STATE) is SendState.FAILED)
    assert "disk" in last().data(MessageRole.ERROR)
    fail[0] = False
    chat.retry(last().row())
    qtbot.waitUntil(lambda: last().data(MessageRole.STATE) is SendState.SENT)
    assert window.messages.pending.in_conversation(3) == []


def test_a_damaged_settings_file_is_said_when_the_window_opens(qtbot, session, data_dir):
    from desktop.gui.views.main_window import MainWindow

    (data_dir / "settings.json").write_bytes(b'{"language": "es", ')     # cut off in the middle
    session.ctx._settings = None                                          # not read yet, as at a start
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    session.ready.emit(session.user)
    qtbot.waitUntil(lambda: any("damaged" in b.text() for b in visible_boxes()))
    assert any("settings.json.damaged-" in b.text() for b in visible_boxes())
    for box in visible_boxes():
        box.close()
    wait_idle(qtbot, session)


def test_a_policy_check_is_an_op_of_the_seam(qtbot, session):
    with qtbot.waitCallback() as checked:
        messages.check_policy(session, "escríbeme al wasap 612 345 678").on_success(checked).run()
    verdict = checked.args[0]
    assert verdict.blocked and {"messaging_app", "phone"} <= set(verdict.categories)


LOGFAIL_SAMPLE = textwrap.dedent('''
    import logging

    import pytest


    def test_logs_an_error():
        logging.getLogger("buzon.sample").error("something broke")


    @pytest.mark.logs_errors
    def test_logs_an_error_on_purpose(logged_errors):
        logging.getLogger("buzon.sample").error("expected")
        assert [r.getMessage() for r in logged_errors] == ["expected"]


    def test_logs_a_warning():
        logging.getLogger("buzon.sample").warning("only a warning")
''')


def test_a_test_that_logs_an_error_fails(tmp_path):
    shutil.copyfile(REPO_TESTS / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_sample.py").write_text(LOGFAIL_SAMPLE, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                          "--rootdir", str(tmp_path), str(tmp_path)], capture_output=True, text=True, timeout=120,
                         cwd=tmp_path)
    assert out.returncode == 1, out.stdout[-2000:]
    assert "errors were logged during the test" in out.stdout and "something broke" in out.stdout
    assert "ERROR test_sample.py::test_logs_an_error " in out.stdout                 # only that one
    assert "expected" not in out.stdout.split("short test summary")[-1]
