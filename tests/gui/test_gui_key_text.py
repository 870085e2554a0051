"""Shortcut hints are written as the platform and language write them (key_text.py): the
search box and the note button said "Ctrl+F" and "Ctrl+Shift+N" by hand, wrong on a Mac (⌘F)
and in Spanish (Qt's own catalogue says "Control+Mayúsculas+N")."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.gui.app import install_language
from desktop.gui.views import key_text
from desktop.gui.views.search_box import SearchField


@pytest.fixture
def spanish(qapp):
    install_language(QApplication.instance(), "es")
    yield
    install_language(QApplication.instance(), "en")


def test_the_search_hint_names_the_find_key_as_the_menus_do(qtbot, spanish):
    box = SearchField()
    qtbot.addWidget(box)
    native = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
    assert box.placeholderText() == f"Buscar mensajes ({native})"
    if sys.platform.startswith("linux"):
        assert native == "Control+F"                    # Qt's Spanish name of the key


def test_selecting_several_rows_is_said_with_a_macs_keys_on_a_mac(monkeypatch, spanish):
    assert key_text.select_keys() == ("Control", "Mayúsculas")
    monkeypatch.setattr(key_text.sys, "platform", "darwin")
    assert key_text.select_keys() == ("⌘", "⇧")

