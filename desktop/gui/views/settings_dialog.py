"""The Settings dialog: the window's language and the reader's language side by side, and
the two translation switches. The window's language applies at the next start (said under
it); the reader's language at once.

    SettingsDialog(session, parent=window).open()

OK saves the choices with `ops.settings.save`: the core checks them and writes
`settings.json` atomically on the worker, then the session puts them in effect on the GUI
thread and tells every view (`Session.settings_changed`). A file that cannot be written
is shown in the dialog, which stays open with the choices as they were made.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget,
)

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui.app import LANGUAGES, current_language
from desktop.gui.ops import settings as settings_ops
from desktop.gui.session import Session

FAILED_STYLE = "color: #C62828;"

# The marketplace's most common reader languages, in the order the combo lists them.
COMMON_LANGUAGES = ("es", "en", "zh", "pt", "fr", "ru", "de", "it")

# Native names, written out: QLocale gives "American English" for "en" and needs a
# country to spell some others the way users expect.
NATIVE_NAMES = {
    "es": "Español", "en": "English", "zh": "中文", "pt": "Português", "fr": "Français",
    "ru": "Русский", "de": "Deutsch", "it": "Italiano", "ja": "日本語", "ko": "한국어",
    "ar": "العربية", "tr": "Türkçe", "pl": "Polski", "nl": "Nederlands", "uk": "Українська",
}


def language_name(code: str) -> str:
    """The language's own name for itself ("Español" for "es"), or the code when unknown."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName() if locale.language() != QLocale.Language.C else ""
    return name[:1].upper() + name[1:] if name else code


class SettingsDialog(QDialog):
    """Edits `interface_language`, `language`, `translate_incoming` and `send_translation`."""

    settings_changed = Signal()         # saved and in effect

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.busy = False
        settings = session.settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)

        self.interface = QComboBox(self)
        self.interface.addItem(self.tr("Automatic (now %1)").replace("%1", language_name(current_language())), "")
        for code in LANGUAGES:
            self.interface.addItem(language_name(code), code)
        self.interface.setCurrentIndex(max(self.interface.findData(settings.interface_language), 0))
        self.interface.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        profile = getattr(session.user, "language", "") or ""
        self.language = QComboBox(self)
        self.language.addItem(self.tr("As in my profile (%1)").replace("%1", language_name(profile) if profile
                                                                       else self.tr("not set")), "")
        codes = list(COMMON_LANGUAGES)
        if settings.language and settings.language not in codes:
            codes.append(settings.language)      # set by hand in settings.json: keep it choosable
        for code in codes:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))

        self.translate_incoming = QCheckBox(self.tr("Translate incoming messages"), self)
        self.translate_incoming.setChecked(settings.translate_incoming)
        self.translate_incoming.setToolTip(self.tr("Show each message in my language; the original stays "
                                                   "one click away."))
        self.send_translation = QCheckBox(self.tr("Send a translation with my messages"), self)
        self.send_translation.setChecked(settings.send_translation)
        self.send_translation.setToolTip(self.tr("Add a translation into the other person's language when a "
                                                 "language pack for it is installed."))

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(FAILED_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Our own OK button, named before it is first styled, so the theme's "primary" applies.
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Side by side: what the window is written in, and what messages are translated into.
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.interface_hint = QLabel(self.tr("Menus, buttons and notices. A change applies the next time "
                                             "Buzón starts."), self)
        hint = QLabel(self.tr("Messages from others are translated into this language. A change applies "
                              "at once."), self)
        columns = ((self.tr("Window language:"), self.interface, self.interface_hint),
                   (self.tr("My language:"), self.language, hint))
        for column, (title, combo, note) in enumerate(columns):
            label = QLabel(title, self)
            label.setBuddy(combo)
            note.setObjectName("muted")
            note.setWordWrap(True)
            note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            grid.addWidget(label, 0, column)
            grid.addWidget(combo, 1, column)
            grid.addWidget(note, 2, column)
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.translate_incoming)
        layout.addWidget(self.send_translation)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def chosen(self) -> tuple[str, bool, bool]:
        """(language, translate_incoming, send_translation) as the dialog shows them."""
        return (self.language.currentData() or "", self.translate_incoming.isChecked(),
                self.send_translation.isChecked())

    def chosen_interface(self) -> str:
        return self.interface.currentData() or ""

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.interface, self.language, self.translate_incoming, self.send_translation, self.buttons):
            w.setEnabled(not busy)

    def reject(self) -> None:
        # While the file is being written, closing would hide whether it was.
        if not self.busy:
            super().reject()

    def save(self) -> None:
        if self.busy:
            return
        self.error.hide()
        self._set_busy(True)
        language, translate_incoming, send_translation = self.chosen()
        # Not bound to the dialog: closed meanwhile or not, the saved settings go in effect.
        settings_ops.save(self._session, interface_language=self.chosen_interface(), language=language, translate_incoming=translate_incoming,
                          send_translation=send_translation).on_success(self._saved).on_failure(self._failed).run()

    def _saved(self, _settings: object) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.settings_changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(exc, KnownError):
            text = errors.explain(exc).line()
        else:                                           # a bug: the exception hook logs it and says so
            text = self.tr("An internal error stopped saving the settings.")
        self.error.setText(text)
        self.error.show()

