"""Texts from the core reach the window in its language (docs/languages.md): an error with a
text id is said from the catalogue with its fields filled in, the plain reason first and the
raw detail (never in the reason) behind "Details"; the CLI keeps the English sentence."""

from __future__ import annotations

import string

import pytest
from PySide6.QtCore import Qt

from desktop.core import errors as core_errors
from desktop.core.db_faults import DatabaseFault, DbFault
from desktop.core.translation import packindex, packs
from desktop.gui import errors
from desktop.gui.app import install_language
from desktop.gui.views.packs_dialog import PacksDialog

RAW = "[Errno -2] Name or service not known"


@pytest.fixture
def chinese(qapp):
    install_language(qapp, "zh")
    yield qapp
    install_language(qapp, "en")


def offline():
    return packindex.OfflineError(text_id="no_connection", args={"host": "raw.githubusercontent.com"}, detail=RAW)


def test_the_cli_keeps_the_english_sentence_and_the_detail_apart():
    exc = offline()
    assert exc.message == "Cannot reach raw.githubusercontent.com: no internet connection, or the server is down."
    assert exc.hint == "Check the network connection, or install a pack from a file."
    assert exc.detail == RAW and RAW in str(exc) and RAW not in exc.message


def test_every_error_sentence_has_its_fields_in_both_catalogues(chinese):
    for text_id, (reason, hint) in core_errors.TEXTS.items():
        fields = {name: "X" for text in (reason, hint) for _, name, _, _ in string.Formatter().parse(text) if name}
        for text in (reason, hint):
            assert "{" not in errors._say(text, fields)        # every field filled, in the translation too
        said = errors.explain(core_errors.KnownError(text_id=text_id, args=fields))
        assert said.reason and said.reason != reason, text_id             # translated into Chinese


def test_an_offline_error_in_chinese_reason_first_detail_apart(chinese):
    said = errors.explain(offline())
    assert said.reason == "无法连接 raw.githubusercontent.com：没有网络连接，或服务器已停止服务。"
    assert said.hint == "请检查网络连接，或从文件安装语言包。"
    assert RAW not in said.line() and said.detail == RAW


def test_a_database_fault_says_its_reason_in_spanish(qapp):
    install_language(qapp, "es")
    try:
        said = errors.explain(DatabaseFault(DbFault.READ_ONLY, "/data/buzon.sqlite3", "attempt to write a readonly"))
    finally:
        install_language(qapp, "en")
    assert said.reason == "La base de datos /data/buzon.sqlite3 es de solo lectura."
    assert said.detail == "attempt to write a readonly"


def test_the_packs_dialog_offline_in_chinese_with_details(qtbot, monkeypatch, session, chinese):
    def unreachable(**kwargs):
        raise offline()
    monkeypatch.setattr(packs, "available", unreachable)
    d = PacksDialog(session)
    qtbot.addWidget(d)
    qtbot.mouseClick(d.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy and d.list_status.text().startswith("无法连接"), timeout=10_000)
    assert RAW not in d.list_status.text()
    assert d.details_button.isVisibleTo(d) and d.details_button.text() == "详细信息……"
    box = d.show_details()
    assert box.text() == RAW
    box.close()


def test_a_known_error_over_the_window_has_the_detail_behind_details(qtbot, window):
    exc = offline()
    window.show_error(exc)
    from PySide6.QtWidgets import QMessageBox

    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert box.text() == exc.message and box.detailedText() == RAW and RAW not in box.informativeText()
    box.close()


def test_every_tracking_code_has_a_title_in_the_window_language(chinese):
    from desktop.core.kinds import TrackingKind
    from desktop.gui import format as fmt

    titles = {kind.value: fmt.tracking_label(kind.value) for kind in TrackingKind}
    assert all(title != code for code, title in titles.items()), titles       # none left as its code
    assert titles["customs_delay"] == "海关扣留" and titles["departed"] == "已发出"
