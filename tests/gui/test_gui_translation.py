"""Translation in the chat: incoming messages in the reader's language with the original one
click away, a marker and an Install button where no pack exists, the outgoing preview."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.core.translation import packs
from desktop.gui.models.messages import MessageRole, NoteAction
from desktop.gui.outgoing import SendState

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "translation"))
import translation_packbuilder as builder


@pytest.fixture(scope="module")
def en_es_pack(tmp_path_factory):
    root = tmp_path_factory.mktemp("gui-packs")
    sp = builder.train_sentencepiece(builder.CHAT_LINES * 3, 200)
    folder = builder.build_pack_folder(root / "translate-en_es-1_0", "en", "es", version="1.0", seed=3,
                                       sp_model=sp, eos_bias=9.0)
    return builder.zip_folder(folder, root / "translate-en_es-1_0.argosmodel")


def open_chat(qtbot, window, cid):
    window.show_conversation(cid)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == cid and chat.model is not None and chat.model.rowCount() > 0)
    return chat


def incoming_rows(chat):
    return [n for n in range(chat.model.rowCount())
            if not chat.model.data(chat.model.index(n), MessageRole.ROW).mine
            and chat.model.data(chat.model.index(n), MessageRole.ROW).kind == "text"]


def click_note(qtbot, chat, n):
    ix = chat.model.index(n)
    chat.list.scrollTo(ix)
    option = QStyleOptionViewItem()
    option.font = chat.list.font()
    point = chat.delegate.note_rect(ix, chat.list.visualRect(ix), option).center()
    qtbot.mouseClick(chat.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x() + 5, point.y()))


def test_incoming_translated_with_original_one_click_away(qtbot, window, session, en_es_pack):
    packs.install(session.ctx.data_dir, en_es_pack)
    chat = open_chat(qtbot, window, 3)                        # Yiwu Home writes English; Lucía reads Spanish
    rows = incoming_rows(chat)
    ix = chat.model.index(rows[0])
    original = ix.data(MessageRole.ROW).text
    qtbot.waitUntil(lambda: ix.data(MessageRole.NOTE_ACTION) is NoteAction.TOGGLE, timeout=15000)
    assert ix.data(MessageRole.SHOWN) != original
    assert "Show original" in ix.data(MessageRole.NOTE)
    click_note(qtbot, chat, rows[0])
    qtbot.waitUntil(lambda: ix.data(MessageRole.SHOWN) == original)
    chat.originals_button.click()                             # the whole conversation
    assert all(chat.model.data(chat.model.index(n), MessageRole.SHOWN)
               == chat.model.data(chat.model.index(n), MessageRole.ROW).text for n in rows)
    chat.originals_button.click()
    assert chat.model.data(chat.model.index(rows[-1]), MessageRole.SHOWN) != \
        chat.model.data(chat.model.index(rows[-1]), MessageRole.ROW).text


def test_no_pack_shows_marker_and_install_button(qtbot, window, session):
    chat = open_chat(qtbot, window, 1)                        # Chinese messages, no pack installed
    rows = incoming_rows(chat)
    ix = chat.model.index(rows[0])
    qtbot.waitUntil(lambda: ix.data(MessageRole.NOTE_ACTION) is NoteAction.INSTALL, timeout=15000)
    assert ix.data(MessageRole.SHOWN) == ix.data(MessageRole.ROW).text
    with qtbot.waitSignal(chat.packs_requested) as blocker:
        click_note(qtbot, chat, rows[0])
    assert blocker.args[0] == ("zh", "en")


def test_translate_incoming_off_shows_originals(qtbot, window, session):
    session.use_settings(session.settings.changed(translate_incoming=False))
    chat = open_chat(qtbot, window, 1)
    wait_idle(qtbot, session)
    assert all(not chat.model.data(chat.model.index(n), MessageRole.NOTE) for n in range(chat.model.rowCount()))


def test_long_message_tip(qtbot, window):
    chat = open_chat(qtbot, window, 3)
    chat.compose.set_text("Hola quería saber si el producto que compré la semana pasada y que todavía no ha "
                          "llegado a mi casa en Madrid podría enviarse otra vez con otra empresa de transporte")
    chat.compose.edit.textChanged.emit()
    qtbot.waitUntil(lambda: chat.compose.hint.property("kind") == "tip", timeout=3000)


def test_outgoing_preview_and_translation_sent_with_it(qtbot, window, session, tmp_path):
    sp = builder.train_sentencepiece(builder.CHAT_LINES * 3, 200)
    folder = builder.build_pack_folder(tmp_path / "translate-es_en-1_0", "es", "en", version="1.0", seed=1,
                                       sp_model=sp, eos_bias=9.0)
    packs.install(session.ctx.data_dir, builder.zip_folder(folder, tmp_path / "es_en.argosmodel"))
    chat = open_chat(qtbot, window, 3)                        # the store reads English
    chat.compose.set_text("¿Tenéis la tetera en color azul?")
    chat.compose.edit.textChanged.emit()
    qtbot.waitUntil(lambda: chat.preview.isVisibleTo(chat), timeout=15000)
    preview = chat.preview.text()
    assert "(English)" in preview
    chat.compose.send_button.click()
    qtbot.waitUntil(lambda: chat.model.data(chat.model.index(chat.model.rowCount() - 1), MessageRole.STATE)
                    is SendState.SENT, timeout=15000)
    from desktop.core import messaging

    sent = messaging.page(session.db, session.user, 3)[-1]
    assert sent.lang == "es" and preview.endswith(sent.translations["en"])


def test_menu_opens_packs_and_settings_and_a_marker_suggests_the_pack(qtbot, window, session):
    from desktop.gui.views.packs_dialog import PacksDialog
    from desktop.gui.views.settings_dialog import SettingsDialog

    chat = open_chat(qtbot, window, 1)
    rows = incoming_rows(chat)
    ix = chat.model.index(rows[0])
    qtbot.waitUntil(lambda: ix.data(MessageRole.NOTE_ACTION) is NoteAction.INSTALL, timeout=15000)
    click_note(qtbot, chat, rows[0])
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PacksDialog)), timeout=5000)
    for d in window.findChildren(PacksDialog):
        d.reject()
    settings = window.open_settings()
    assert isinstance(settings, SettingsDialog)
    # Changing my language re-reads the messages in the new language.
    session.use_settings(session.settings.changed(language="zh"))
    assert chat.model.reader_language == "zh"
    qtbot.waitUntil(lambda: not ix.data(MessageRole.NOTE), timeout=5000)   # Chinese for a Chinese reader
    settings.reject()
