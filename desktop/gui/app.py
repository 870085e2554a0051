"""Starting the GUI: the QApplication, its language, the style, and the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.config import ensure_data_dir, resources_dir
from desktop.core.context import AppContext
from desktop.core.errors import ExitCode, KnownError

LANGUAGES = ("es", "en")


def pick_language(override: str | None) -> str:
    if override in LANGUAGES:
        return override
    return "es" if QLocale.system().name().lower().startswith("es") else "en"


def install_language(app: QApplication, lang: str) -> None:
    """Buzón's catalogue and Qt's own (standard buttons), plus the locale for numbers and dates."""
    QLocale.setDefault(QLocale(QLocale.Language.Spanish if lang == "es" else QLocale.Language.English,
                               QLocale.Country.Spain if lang == "es" else QLocale.Country.UnitedKingdom))
    app.setProperty("buzon_lang", lang)
    if lang == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"buzon_{lang}.qm")):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def create_app(lang: str | None = None, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Buzón")
    app.setOrganizationName("Buzon")
    app.setApplicationDisplayName("Buzón")
    install_language(app, pick_language(lang))
    from desktop.gui.views.theme import STYLE

    app.setStyleSheet(STYLE)
    return app


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(ctx: AppContext, start_view: str | None = None) -> int:
    """Open the window (on `start_view`, else the view it was left on) until it is closed."""
    if not has_display():
        raise KnownError("There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset).",
                         hint="Run Buzón in a desktop session, or use the CLI commands (buzon --help).",
                         exit_code=ExitCode.NO_DISPLAY)
    from desktop.gui import launch

    problem = launch.display_problem()   # Qt would abort the whole process on a dead X display
    if problem:
        raise KnownError(problem, hint="Run Buzón in a desktop session, or use the CLI commands (buzon --help).",
                         exit_code=ExitCode.NO_DISPLAY)
    from desktop.gui.crash import ExceptionHook, start_log_file
    from desktop.gui.session import Session

    app = create_app(ctx.lang)
    hook = ExceptionHook(start_log_file(ensure_data_dir(ctx.data_dir)), app)
    hook.install()
    session = Session(ctx)
    from desktop.gui.views.main_window import MainWindow

    window = MainWindow(session, start_view=start_view)
    hook.window = window
    outcome = {"code": 0}

    def fatal(exc):
        outcome["code"] = int(getattr(exc, "exit_code", ExitCode.DATABASE))
        sys.stderr.write(f"buzon: {exc}\n")
        app.exit(outcome["code"])

    window.fatal.connect(fatal)
    probe = launch.paint_probe_wanted()
    if probe == "first":
        window.first_painted.connect(launch.report_first_paint)
    elif probe == "content":
        window.content_shown.connect(launch.report_content_paint)
    window.show()
    # The window paints first (this thread has not imported the database layer: the ops name
    # the core through gui/ops/core.py), then the worker opens the database.
    app.processEvents()
    session.start()
    code = app.exec()
    session.close()
    hook.uninstall()
    return outcome["code"] or code
