"""Start-up (docs/startup.md): each view reports the paint that shows its data, and the one
start-up trick kept holds: the GUI thread paints the window without having imported the
database layer (the ops name the core through gui/ops/core.py), and the worker opens the
database after that paint. The figures are the benchmark's
(tests/benchmarks/test_bench_startup.py); this guards the behaviour they depend on."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from gui_helpers import open_session

PROBE = textwrap.dedent("""
    import gc, sys, time
    from desktop.gui import launch, session, worker

    marks = {}
    queued = []                  # the worker's ops in the order they were queued
    submitting = worker.Worker.submit

    def submit_and_note(self, op):
        queued.append(op.name.replace(" ", "_"))
        submitting(self, op)

    worker.Worker.submit = submit_and_note
    starting = session.Session.start

    def start_and_mark(self):
        marks.setdefault("database", time.perf_counter())
        starting(self)

    session.Session.start = start_and_mark

    def first_paint():
        marks.setdefault("painted", time.perf_counter())
        marks.setdefault("sqlalchemy-at-first-paint", "sqlalchemy" in sys.modules)
        marks.setdefault("gc-at-first-paint", gc.isenabled())

    from desktop.gui.views import main_window     # the window's modules do not load the database layer
    building = main_window.MainWindow.__init__

    def build(self, *args, **kwargs):
        building(self, *args, **kwargs)
        self.first_painted.connect(first_paint)

    main_window.MainWindow.__init__ = build

    def content():
        from PySide6.QtWidgets import QApplication
        from desktop.gui.views.main_window import MainWindow

        w = next(x for x in QApplication.topLevelWidgets() if isinstance(x, MainWindow))
        view = w.stack.currentWidget()
        model = view.model
        print("view", w.current_view(), "rows", model.rowCount(), flush=True)
        if w.current_view() == "products":
            from desktop.gui.views.first_screen import visible_rows
            shown = visible_rows(view.grid)
            print("pictures", len(shown), all(model.picture_ready(n) for n in shown), flush=True)
        print("paint-first", marks["painted"] < marks["database"], flush=True)
        print("sqlalchemy-at-first-paint", marks["sqlalchemy-at-first-paint"], flush=True)
        print("gc-at-first-paint", marks["gc-at-first-paint"], flush=True)
        print("gc-at-first-screen", gc.isenabled(), gc.get_freeze_count() > 0, flush=True)
        print("queued", "|".join(queued), flush=True)
        print("chat-module-at-first-screen", "desktop.gui.views.chat" in sys.modules, flush=True)
        print("sending-module-at-first-screen", "desktop.core.messaging" in sys.modules, flush=True)
        stamp()

    stamp = launch.report_content_paint
    launch.report_content_paint = content

    from desktop.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def _run(tmp_path, *argv: str) -> list[str]:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BUZON_EXIT_AFTER_PAINT="content", BUZON_DATA_DIR=str(data))
    out = subprocess.run([sys.executable, "-c", PROBE, "--lang", "en", *argv], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


@pytest.mark.parametrize("view, user", [("products", "lucia"), ("orders", "lucia"), ("messages", "wei")])
def test_each_view_stamps_the_paint_that_shows_its_data(tmp_path, view, user):
    words = _run(tmp_path, "--user", user, "--view", view)
    assert words[words.index("view") + 1] == view
    assert int(words[words.index("rows") + 1]) > 0                 # the data was there, not an empty frame
    if view == "products":
        assert words[words.index("pictures") + 2] == "True"        # with the pictures of the first screen
    assert "buzon-content-paint" in words


def test_the_window_paints_before_the_database_layer_loads(tmp_path):
    words = _run(tmp_path, "--view", "messages")
    assert words[words.index("sqlalchemy-at-first-paint") + 1] == "False"
    assert words[words.index("paint-first") + 1] == "True"


def test_the_window_reopens_on_the_view_it_was_left_on_unless_told(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "window.ini").write_text("[window]\nview=orders\n")
    words = _run(tmp_path)
    assert words[words.index("view") + 1] == "orders"


def test_a_window_rebuilt_in_the_users_language_still_reports_its_content(tmp_path):
    # No --lang, no setting, a locale of none of ours: Wei's first start opens in English and
    # rebuilds itself in Chinese once his account is read; the probe follows the new window.
    data = tmp_path / "data"
    data.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BUZON_EXIT_AFTER_PAINT="content", BUZON_DATA_DIR=str(data),
               LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")
    out = subprocess.run([sys.executable, "-m", "desktop", "--user", "wei", "--view", "messages"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "buzon-content-paint" in out.stdout


def test_no_collection_until_the_first_screen_then_the_start_is_frozen(tmp_path):
    # desktop/heap.py: the start's objects are not walked by the collector while they are
    # made; once the first screen is shown it runs again, with what the start made frozen.
    words = _run(tmp_path, "--user", "wei", "--view", "messages")
    assert words[words.index("gc-at-first-paint") + 1] == "False"
    assert words[words.index("gc-at-first-screen") + 1:words.index("gc-at-first-screen") + 3] == ["True", "True"]


def test_the_conversation_rows_are_read_before_the_team_and_the_change_log_is_pruned_after(tmp_path):
    ops = _run(tmp_path, "--user", "wei", "--view", "messages")
    queued = ops[ops.index("queued") + 1].split("|")
    assert queued.index("first_conversations") < queued.index("the_store's_team")
    assert queued.index("first_conversations") < queued.index("the_team's_ids")     # the tray's, for notifications
    assert "_prune_changes" not in queued           # the warm-up's, after the first screen


def test_the_chat_pane_is_not_loaded_for_a_start_that_shows_the_list(tmp_path):
    words = _run(tmp_path, "--user", "wei", "--view", "messages")
    assert words[words.index("chat-module-at-first-screen") + 1] == "False"


def test_a_sellers_first_page_of_conversations_loads_no_sending_code(tmp_path):
    """The desk's first page imports the team (for Mine / Unassigned), whose notes are a kind of
    message row: the rows live in `message_rows`, so `messaging` (and the catalogue and orders
    modules it needs) wait for the chat. (The first run makes the demo, which sends.)"""
    _run(tmp_path, "--user", "wei", "--view", "messages")
    words = _run(tmp_path, "--user", "wei", "--view", "messages")
    assert words[words.index("sending-module-at-first-screen") + 1] == "False"


def test_the_views_not_on_screen_are_built_once_the_first_screen_is_shown(qtbot, data_dir):
    from desktop.gui.views.main_window import MainWindow
    from desktop.gui.views.orders import OrdersView
    from desktop.gui.views.products import ProductsView

    session = open_session(qtbot, data_dir, "wei")
    try:
        w = MainWindow(session, start_view="messages")
        qtbot.addWidget(w)
        built: list[bool] = []
        w.content_shown.connect(lambda: built.extend([bool(w.findChildren(ProductsView)),
                                                      bool(w.findChildren(OrdersView))]))
        assert not w.findChildren(ProductsView) and not w.findChildren(OrdersView)
        with qtbot.waitSignal(w.content_shown, timeout=20000):
            session.ready.emit(session.user)
            w.show()
        assert built == [False, False]               # the Message Centre's rows were painted without them
        # …then both are built and load their data, as before the start was shortened.
        qtbot.waitUntil(lambda: w.products.model.loaded and w.orders.model.loaded, timeout=20000)
        assert len(w.findChildren(ProductsView)) == len(w.findChildren(OrdersView)) == 1
        for name in ("products", "orders", "messages"):
            w.show_view(name)
            assert w.stack.currentWidget() is w.view(name) and w.current_view() == name
    finally:
        session.close()
