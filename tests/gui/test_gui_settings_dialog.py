"""The Settings dialog: shows the current settings, saves them to settings.json on OK."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop.config import Settings
from desktop.gui.views.settings_dialog import COMMON_LANGUAGES, SettingsDialog, language_name


def make_dialog(qtbot, session) -> SettingsDialog:
    d = SettingsDialog(session)
    qtbot.addWidget(d)
    return d


def settle(qtbot, session, dialog):
    qtbot.waitUntil(lambda: not session.busy and not dialog.busy, timeout=10_000)


def combo_entries(dialog) -> list[tuple[str, str]]:
    return [(dialog.language.itemText(i), dialog.language.itemData(i)) for i in range(dialog.language.count())]


def test_shows_profile_entry_languages_and_current_values(qtbot, session):
    d = make_dialog(qtbot, session)
    profile = session.user.language
    entries = combo_entries(d)
    assert entries[0] == (f"As in my profile ({language_name(profile)})", "")
    assert [code for _, code in entries[1:]] == list(COMMON_LANGUAGES)
    assert ("Español", "es") in entries and ("中文", "zh") in entries and ("Русский", "ru") in entries
    assert d.language.currentIndex() == 0                      # default: follow the profile
    assert d.translate_incoming.isChecked() and d.send_translation.isChecked()


def test_ok_saves_to_settings_json_and_memory(qtbot, session, data_dir):
    settings = session.ctx.settings
    settings.max_message_chars = 1500          # another setting, which must survive the save
    d = make_dialog(qtbot, session)
    d.language.setCurrentIndex(d.language.findData("fr"))
    d.translate_incoming.setChecked(False)
    d.send_translation.setChecked(False)
    with qtbot.waitSignal(d.settings_changed, timeout=10_000):
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session, d)
    assert d.result() == SettingsDialog.DialogCode.Accepted
    loaded = Settings.load(data_dir)
    assert (loaded.language, loaded.translate_incoming, loaded.send_translation) == ("fr", False, False)
    assert loaded.max_message_chars == 1500
    assert session.ctx.settings is settings
    assert (settings.language, settings.translate_incoming, settings.send_translation) == ("fr", False, False)
    # A new dialog starts from what was saved.
    again = make_dialog(qtbot, session)
    assert again.language.currentData() == "fr" and not again.translate_incoming.isChecked()


def test_profile_entry_saves_empty_language(qtbot, session, data_dir):
    Settings(language="de").save(data_dir)
    session.ctx._settings = None               # as a fresh start would read it
    d = make_dialog(qtbot, session)
    assert d.language.currentData() == "de"
    d.language.setCurrentIndex(0)
    with qtbot.waitSignal(d.settings_changed, timeout=10_000):
        d.buttons.accepted.emit()
    assert json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["language"] == ""
    assert Settings.load(data_dir).language == ""


def test_language_set_by_hand_stays_choosable(qtbot, session, data_dir):
    Settings(language="ja").save(data_dir)
    session.ctx._settings = None
    d = make_dialog(qtbot, session)
    assert (d.language.currentText(), d.language.currentData()) == ("日本語", "ja")


def test_cancel_changes_nothing(qtbot, session, data_dir):
    d = make_dialog(qtbot, session)
    d.language.setCurrentIndex(d.language.findData("it"))
    d.send_translation.setChecked(False)
    with qtbot.assertNotEmitted(d.settings_changed, wait=100):
        d.buttons.rejected.emit()
        settle(qtbot, session, d)
    assert d.result() == SettingsDialog.DialogCode.Rejected
    assert not (data_dir / "settings.json").exists()
    assert session.ctx.settings.language == "" and session.ctx.settings.send_translation


def test_unwritable_file_shows_error_and_keeps_everything(qtbot, session, data_dir):
    # The save writes settings.json.tmp first; a folder in its place makes that fail
    # (a read-only folder would not: the tests run as root).
    (data_dir / "settings.json.tmp").mkdir()
    d = make_dialog(qtbot, session)
    d.language.setCurrentIndex(d.language.findData("pt"))
    with qtbot.assertNotEmitted(d.settings_changed, wait=100):
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        settle(qtbot, session, d)
    assert d.error.isVisibleTo(d) and "could not be saved" in d.error.text()
    assert d.language.currentData() == "pt" and d.ok_button.isEnabled()      # the choice is still there
    assert session.ctx.settings.language == ""                                # memory matches the file
    assert not (data_dir / "settings.json").exists()
    # Once the cause is gone, OK works.
    (data_dir / "settings.json.tmp").rmdir()
    with qtbot.waitSignal(d.settings_changed, timeout=10_000):
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert Settings.load(data_dir).language == "pt" and d.error.isHidden()


def test_language_names(qapp):
    assert language_name("es") == "Español" and language_name("en") == "English"
    assert language_name("sv") == "Svenska"          # not in our table: Qt's own name, capitalised
    assert language_name("zz") == "zz"               # unknown: the code itself
