"""The Settings dialog: shows the current settings, saves them to settings.json on OK, and the
session puts them in effect (a new Settings object, on the GUI thread)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop.core import settings as settings_file
from desktop.core.settings import Settings
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
    # Another setting, changed meanwhile by `buzon settings set` in another process, must survive.
    settings_file.update(data_dir, max_message_chars=1500)
    before = session.settings
    d = make_dialog(qtbot, session)
    d.language.setCurrentIndex(d.language.findData("fr"))
    d.translate_incoming.setChecked(False)
    d.send_translation.setChecked(False)
    with qtbot.waitSignal(session.settings_changed, timeout=10_000) as changed:
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, session, d)
    assert d.result() == SettingsDialog.DialogCode.Accepted
    loaded = Settings.load(data_dir)
    assert (loaded.language, loaded.translate_incoming, loaded.send_translation) == ("fr", False, False)
    assert loaded.max_message_chars == 1500
    assert changed.args[0] == loaded and session.settings == loaded
    assert before.language == "" and before.translate_incoming       # the old object was never changed
    # A new dialog starts from what was saved.
    again = make_dialog(qtbot, session)
    assert again.language.currentData() == "fr" and not again.translate_incoming.isChecked()


def test_profile_entry_saves_empty_language(qtbot, session, data_dir):
    Settings(language="de").save(data_dir)
    session.use_settings(Settings.load(data_dir))      # as a fresh start would read it
    d = make_dialog(qtbot, session)
    assert d.language.currentData() == "de"
    d.language.setCurrentIndex(0)
    with qtbot.waitSignal(d.settings_changed, timeout=10_000):
        d.buttons.accepted.emit()
    assert json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["language"] == ""
    assert Settings.load(data_dir).language == ""


def test_language_set_by_hand_stays_choosable(qtbot, session, data_dir):
    Settings(language="ja").save(data_dir)
    session.use_settings(Settings.load(data_dir))
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
    assert session.settings.language == "" and session.settings.send_translation


def test_unwritable_file_shows_error_and_keeps_everything(qtbot, session, data_dir):
    # A folder where settings.json should be makes the save's rename fail (a read-only
    # folder would not: the tests run as root).
    (data_dir / "settings.json").mkdir()
    d = make_dialog(qtbot, session)
    d.language.setCurrentIndex(d.language.findData("pt"))
    with qtbot.assertNotEmitted(d.settings_changed, wait=100):
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
        settle(qtbot, session, d)
    assert d.error.isVisibleTo(d) and "could not be saved" in d.error.text()
    assert d.language.currentData() == "pt" and d.ok_button.isEnabled()      # the choice is still there
    assert session.settings.language == ""                                    # memory matches the file
    assert not any(p.name.endswith(".tmp") for p in data_dir.iterdir())      # no half-written file left
    # Once the cause is gone, OK works.
    (data_dir / "settings.json").rmdir()
    with qtbot.waitSignal(d.settings_changed, timeout=10_000):
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert Settings.load(data_dir).language == "pt" and d.error.isHidden()


def test_language_names(qapp):
    assert language_name("es") == "Español" and language_name("en") == "English"
    assert language_name("sv") == "Svenska"          # not in our table: Qt's own name, capitalised
    assert language_name("zz") == "zz"               # unknown: the code itself
