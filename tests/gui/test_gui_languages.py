"""The window in Spanish, English and Simplified Chinese (docs/languages.md): which language
it opens in, Buzón's and Qt's own catalogues, the locale's numbers and plurals, and every
string of the code translated in each catalogue."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from desktop.config import resources_dir
from desktop.core.context import AppContext
from desktop.gui.app import (
    LANGUAGES, LanguageFollower, install_language, pick_language, remembered_language,
)
from gui_helpers import wait_idle

CATALOGUES = ("buzon_es.ts", "buzon_zh_CN.ts")
PLACEHOLDER = re.compile(r"%(?:L?n|\d)|\{\w+\}")      # Qt's %1 %n %Ln and the core's {field}


@pytest.fixture
def english(qapp):
    yield qapp
    install_language(qapp, "en")


def messages(name: str) -> dict[tuple[str, str], ET.Element]:
    """The catalogue's entries for the code (not the memory of strings gone from it, "vanished")."""
    root = ET.parse(resources_dir() / "translations" / name).getroot()
    return {(c.findtext("name"), m.findtext("source")): m for c in root.iter("context") for m in c.iter("message")
            if m.find("translation").get("type") != "vanished"}


@pytest.mark.parametrize("override, setting, system, user, expected", [
    ("zh", "es", "en_GB", "es", ("zh", "option")),          # --lang first
    (None, "es", "zh_CN", "en", ("es", "settings")),         # then the Settings' interface language
    (None, "", "zh_CN.UTF-8", "es", ("zh", "system")),       # then the system locale if it is ours
    (None, "", "fr_FR", "es", ("es", "user")),               # else the signed-in user's own language
    (None, "", "", "zh", ("zh", "user")),                    # C.UTF-8 has no language of ours
    (None, "", "de_DE", None, ("en", "user")),               # nothing known yet: English until the user is
])
def test_the_order_languages_are_chosen_in(override, setting, system, user, expected):
    assert pick_language(override, setting, system, user) == expected


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_catalogue_translates_every_string_keeping_its_placeholders(name):
    spanish, found = messages("buzon_es.ts"), messages(name)
    assert set(found) == set(spanish)                   # the same strings, none missing in Chinese
    for (context, source), message in found.items():
        translation = message.find("translation")
        assert translation.get("type") is None, (context, source)
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            assert text.strip(), (context, source)
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (context, source, text)


def test_chinese_window_texts_qt_dialogs_numbers_and_plurals(english):
    install_language(english, "zh")
    assert QCoreApplication.translate("MainWindow", "Orders") == "订单"
    # Qt's own catalogue (qtbase_zh_CN.qm): standard buttons and the file dialog.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QLocale().toString(1234567) == "1,234,567"
    assert QLocale().language() == QLocale.Language.Chinese
    install_language(english, "es")
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Ficheros de tipo:"
    assert QLocale().toString(1234567) == "1.234.567"
    assert QCoreApplication.translate("ExceptionHook", "%n more error(s) since.", "", 1) == "1 error más desde entonces."
    assert QCoreApplication.translate("ExceptionHook", "%n more error(s) since.", "", 3) == "3 errores más desde entonces."
    install_language(english, "en")
    assert QCoreApplication.translate("MainWindow", "Orders") == "Orders"
    assert QLocale().toString(1234567) == "1,234,567"


def test_the_window_follows_the_signed_in_users_language_and_remembers_it(qtbot, english, seller_session, data_dir):
    from desktop.gui.views.main_window import MainWindow

    install_language(english, "en")
    window = MainWindow(seller_session)            # put away by the follower (deleteLater), not by qtbot
    ctx = seller_session.ctx
    follower = LanguageFollower(english, ctx, seller_session, "en", "user", lambda: MainWindow(seller_session))
    follower.window = window
    assert window.nav.item(1).text() == "Orders"
    seller_session.ready.emit(seller_session.user)           # Wei's profile says Chinese
    rebuilt = follower.window
    qtbot.addWidget(rebuilt)
    assert rebuilt is not window and rebuilt.nav.item(1).text() == "订单"
    wait_idle(qtbot, seller_session)
    assert remembered_language(data_dir, "wei") == "zh"       # the next start opens in Chinese at once
    assert english.property("buzon_lang") == "zh"


def test_an_explicit_choice_is_not_overridden_by_the_profile(qtbot, english, seller_session):
    from desktop.gui.views.main_window import MainWindow

    window = MainWindow(seller_session)
    qtbot.addWidget(window)
    follower = LanguageFollower(english, seller_session.ctx, seller_session, "en", "option",
                                lambda: MainWindow(seller_session))
    follower.window = window
    seller_session.ready.emit(seller_session.user)
    assert follower.window is window and window.nav.item(1).text() == "Orders"


def test_the_settings_show_both_languages_side_by_side_and_save_the_windows(qtbot, session, data_dir):
    from desktop.core.settings import Settings
    from desktop.gui.views.settings_dialog import SettingsDialog

    d = SettingsDialog(session)
    qtbot.addWidget(d)
    d.show()
    assert [d.interface.itemData(i) for i in range(d.interface.count())] == ["", *LANGUAGES]
    assert d.interface.geometry().top() == d.language.geometry().top()      # one row, two columns
    assert d.interface.geometry().right() < d.language.geometry().left()
    assert "next time" in d.interface_hint.text()
    d.interface.setCurrentIndex(d.interface.findData("zh"))
    with qtbot.waitSignal(d.settings_changed, timeout=10_000):
        d.buttons.accepted.emit()
    assert Settings.load(data_dir).interface_language == "zh"
    assert pick_language(None, Settings.load(data_dir).interface_language, "es_ES", "en") == ("zh", "settings")


def test_screenshot_window_in_chinese(tmp_path, english):
    from desktop.gui.render import Window

    shot = Window(AppContext(data_dir=tmp_path / "data", user_handle="james", lang="zh"), (900, 600))
    try:
        assert shot.window.nav.item(0).text() == "商品"
    finally:
        shot.close()
    assert QApplication.instance().property("buzon_lang") == "zh"
