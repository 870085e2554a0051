"""Starting the GUI: the QApplication, its language, the style, and the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from desktop import heap
from desktop.config import ensure_data_dir, resources_dir
from desktop.core.context import AppContext
from desktop.core.errors import ExitCode, KnownError

LANGUAGES = ("es", "en", "zh")
# The catalogue (resources/translations/buzon_<name>.qm, Qt's qtbase_<name>.qm) and the locale
# of numbers, dates and plurals for each interface language.
CATALOGUES = {"es": "es", "en": "en", "zh": "zh_CN"}     # buzon_en: only the English plural forms
LOCALES = {"es": (QLocale.Language.Spanish, QLocale.Script.LatinScript, QLocale.Country.Spain),
           "en": (QLocale.Language.English, QLocale.Script.LatinScript, QLocale.Country.UnitedKingdom),
           "zh": (QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China)}
WINDOW_FILE = "window.ini"


def interface_code(name: str | None) -> str | None:
    """The interface language a language or locale name stands for ("zh_CN.UTF-8" → "zh"), or None."""
    code = (name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def pick_language(override: str | None, setting: str = "", system: str = "", user: str | None = None) -> tuple[str, str]:
    """(language, where it came from): `--lang`, else the Settings' "Interface language",
    else the system locale when it is one of ours, else the signed-in user's own language
    (as last seen; the window follows it once the user is known), else English."""
    for source, value in (("option", override), ("settings", setting), ("system", system), ("user", user)):
        code = interface_code(value)
        if code:
            return code, source
    return "en", "user"


def remembered_language(data_dir, handle: str | None) -> str:
    """The language of this account's profile when the window last saw it ("" if never)."""
    from PySide6.QtCore import QSettings

    value = QSettings(str(data_dir / WINDOW_FILE), QSettings.Format.IniFormat).value(
        f"{user_key(handle)}/language", "")
    return value if isinstance(value, str) else ""


def remember_language(data_dir, handle: str | None, language: str) -> None:
    from PySide6.QtCore import QSettings

    store = QSettings(str(data_dir / WINDOW_FILE), QSettings.Format.IniFormat)
    store.setValue(f"{user_key(handle)}/language", language)
    store.sync()


def user_key(handle: str | None) -> str:
    """The group of window.ini that keeps one account's window state ("" = the demo buyer)."""
    return "user-" + (handle or "default")


def choose_language(ctx: AppContext) -> tuple[str, str]:
    """The language the window opens in, and why (see `pick_language`)."""
    system = QLocale.system().name()
    return pick_language(ctx.lang, ctx.settings.interface_language, "" if system == "C" else system,
                         remembered_language(ctx.data_dir, ctx.user_handle) or None)


def install_language(app: QApplication, lang: str) -> None:
    """Buzón's catalogue and Qt's own (file dialogs, standard buttons, text fields' menus),
    plus the locale for numbers, dates and plural forms. Installing again replaces them."""
    language, script, country = LOCALES[lang]
    QLocale.setDefault(QLocale(language, script, country))
    app.setProperty("buzon_lang", lang)
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    name = CATALOGUES[lang]
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"buzon_{name}.qm")):
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{name}", qt_translations_dir()):
        app.installTranslator(qt)


def qt_translations_dir() -> str:
    """Where Qt's own catalogues are: PySide6's translations folder (in the bundle too)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def current_language() -> str:
    app = QApplication.instance()
    value = app.property("buzon_lang") if app is not None else None
    return value if value in LANGUAGES else "en"


def create_app(lang: str | None = None, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Buzón")
    app.setOrganizationName("Buzon")
    # Qt adds " — Buzón" to a window title that does not end with it (MainWindow's does).
    app.setApplicationDisplayName("Buzón")
    system = QLocale.system().name()
    install_language(app, pick_language(lang, system="" if system == "C" else system)[0])
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

    lang, source = choose_language(ctx)
    app = create_app(lang)
    hook = ExceptionHook(start_log_file(ensure_data_dir(ctx.data_dir)), app)
    hook.install()
    session = Session(ctx)
    from desktop.gui.views.main_window import MainWindow

    window = MainWindow(session, start_view=start_view)
    hook.window = window
    outcome = {"code": 0}
    follower = LanguageFollower(app, ctx, session, lang, source, lambda: MainWindow(session))

    probe = launch.paint_probe_wanted()

    def watch(w) -> None:
        """The start-up probes watch the window on screen (also one rebuilt in the user's language)."""
        if probe == "first":
            w.first_painted.connect(launch.report_first_paint)
        elif probe == "content":
            w.content_shown.connect(launch.report_content_paint)

    def rebuilt(new_window):
        nonlocal window
        window = new_window
        hook.window = new_window
        new_window.fatal.connect(fatal)
        watch(new_window)

    follower.rebuilt.connect(rebuilt)

    def fatal(exc):
        outcome["code"] = int(getattr(exc, "exit_code", ExitCode.DATABASE))
        sys.stderr.write(f"buzon: {exc}\n")
        app.exit(outcome["code"])

    window.fatal.connect(fatal)
    watch(window)
    window.show()
    follower.window = window
    # The window paints first (this thread has not imported the database layer: the ops name
    # the core through gui/ops/core.py), then the worker opens the database.
    app.processEvents()
    session.start()
    QTimer.singleShot(heap.START_LIMIT_MS, heap.start_done)     # if the first screen never shows
    code = app.exec()
    session.close()
    hook.uninstall()
    return outcome["code"] or code


class LanguageFollower(QObject):
    """When the window's language is the signed-in user's own (no --lang, no setting, no
    system locale of ours), it is only known once the database is open: remember it for the
    next start and, if it differs from the one the window opened in, rebuild the window in it."""

    rebuilt = Signal(object)

    def __init__(self, app: QApplication, ctx: AppContext, session, lang: str, source: str, make_window):
        super().__init__(app)
        self.app, self.ctx, self.lang, self.source = app, ctx, lang, source
        self.window = None
        self._make_window = make_window
        session.ready.connect(self._ready)

    def _ready(self, user) -> None:
        code = interface_code(getattr(user, "language", ""))
        if code:
            remember_language(self.ctx.data_dir, self.ctx.user_handle, code)
        if self.source != "user" or not code or code == self.lang or self.window is None:
            return
        self.lang = code
        install_language(self.app, code)
        old = self.window
        self.window = self._make_window()
        self.window.restoreGeometry(old.saveGeometry())
        self.window.show_view(old.current_view())
        old.discard()
        self.window.show()
        self.window._ready(user)
        self.rebuilt.emit(self.window)
