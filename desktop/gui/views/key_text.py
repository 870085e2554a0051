"""Shortcuts and modifier keys written as this platform and language write them: "Ctrl+F" on
Linux and Windows, "⌘F" on a Mac, "Control+F" in Spanish (Qt's own catalogue names the keys).
A hint that spells "Ctrl+F" by hand is wrong on a Mac, where the same shortcut is ⌘F."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


# The context of the key names in Qt's own catalogue (qtbase_*.qm, installed with ours): not
# Buzón's to translate, so not written as a literal our catalogue's scanner would collect.
QT_KEY_NAMES = "QShortcut"


def key_text(keys: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """A shortcut as the menus show it (the first key of a standard one)."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def select_keys() -> tuple[str, str]:
    """The keys held to add one row to a selection and to extend it: (Ctrl, Shift), a Mac's
    (⌘, ⇧)."""
    if sys.platform == "darwin":
        return "⌘", "⇧"
    ctrl, shift = (QCoreApplication.translate(QT_KEY_NAMES, key) for key in ("Ctrl", "Shift"))
    return ctrl, shift
