"""Help → Keyboard shortcuts (Ctrl+/): every shortcut of the window, read from the window's
own actions and named shortcuts when the dialog opens, so the list cannot drift from them.

An action is listed when it has a shortcut and is visible; a `QShortcut` when it carries a
`whatsThis` (its name in the list); a key that is neither (the compose box's "/") is given
to `extra` by the module that handles it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.gui.views import quick_reply_popup
from desktop.gui.views.screen_fit import resize_within_screen


def plain_name(text: str) -> str:
    """An action's name without its menu mnemonic: "&Buyer panel" → "Buyer panel", and the
    Chinese and Japanese form "买家面板(&B)" → "买家面板" (the "(B)" means nothing in a list)."""
    text = re.sub(r"\s*\(&[^&\s]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def keys_text(keys: list[QKeySequence]) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys if not k.isEmpty())


def shortcuts_of(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) of every shortcut in `window`, each once, in the order they were made."""
    found: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.isVisible():
            found.append((plain_name(action.text()), keys_text(action.shortcuts())))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis() and not shortcut.key().isEmpty():
            found.append((shortcut.whatsThis(), keys_text([shortcut.key()])))
    found.append(quick_reply_popup.shortcut_entry())
    return list(dict.fromkeys(found))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # One line a row: measured before the table has its width, a wrapped name made rows 70 px tall.
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for what, keys in shortcuts_of(window):
            n = self.table.rowCount()
            self.table.insertRow(n)
            item = QTableWidgetItem(what)
            item.setToolTip(what)
            self.table.setItem(n, 0, item)
            keys_item = QTableWidgetItem(keys)
            keys_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(n, 1, keys_item)
        self.table.resizeRowsToContents()
        # One height for all: a row of Chinese alone came out taller than one with Latin letters.
        tallest = max((self.table.rowHeight(n) for n in range(self.table.rowCount())), default=0)
        for n in range(self.table.rowCount()):
            self.table.setRowHeight(n, tallest)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # As wide as the longest name and its keys ("Quick replies (type / in the compose box)"
        # was cut in Spanish at 600 px), within the screen.
        names = self.table.sizeHintForColumn(0) + self.table.sizeHintForColumn(1) + 24
        margins = layout.contentsMargins()
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width() + 8
        resize_within_screen(self, max(600, names + frame + margins.left() + margins.right()), 420)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(n, 0).text(), self.table.item(n, 1).text()) for n in range(self.table.rowCount())]
