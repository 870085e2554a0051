"""The words on a request card (a cancellation's reason, a dispute's description, an answer)
reach the other side in its language as a text message does: the translation with
"Translated from … · Show original" under it, or the missing pack's install link."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_helpers import open_session, wait_idle
from sqlalchemy import select

from desktop.core import demo_cases
from desktop.core import schema as m
from desktop.core.context import AppContext
from desktop.core.translation import packs
from desktop.gui.models.messages import MessageRole, NoteAction
from desktop.gui.views.order_problems import card_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "translation"))
import translation_packbuilder as builder


@pytest.fixture(scope="module")
def en_es_pack(tmp_path_factory):
    root = tmp_path_factory.mktemp("card-packs")
    sp = builder.train_sentencepiece(builder.CHAT_LINES * 3, 200)
    folder = builder.build_pack_folder(root / "translate-en_es-1_0", "en", "es", version="1.0", seed=3,
                                       sp_model=sp, eos_bias=9.0)
    return builder.zip_folder(folder, root / "translate-en_es-1_0.argosmodel")


@pytest.fixture
def lucia_window(qtbot, data_dir):
    from desktop.gui.views.main_window import MainWindow

    ctx = AppContext(data_dir=data_dir)
    demo_cases.seed(ctx.db())
    ctx.close()
    session = open_session(qtbot, data_dir, "lucia")
    w = MainWindow(session)
    qtbot.addWidget(w)
    session.ready.emit(session.user)
    w.show()
    wait_idle(qtbot, session)
    yield w
    session.close()


def card_of(window, words: str):
    """(conversation id, card message id) of the card whose step carries `words`."""
    def run(s):
        return s.execute(select(m.Message.conversation_id, m.Message.id)
                         .join(m.OrderEvent, m.OrderEvent.message_id == m.Message.id)
                         .where(m.OrderEvent.text == words)).one()
    return tuple(window.session.ctx.db().read(run))


def card_index(qtbot, window, cid, mid):
    window.show_conversation(cid)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == cid and chat.model is not None and chat.model.rowCount() > 0,
                    timeout=10_000)
    model = chat.model
    qtbot.waitUntil(lambda: any(model.index(n).data(MessageRole.ID) == mid for n in range(model.rowCount())),
                    timeout=10_000)
    return chat, next(model.index(n) for n in range(model.rowCount()) if model.index(n).data(MessageRole.ID) == mid)


def test_a_cards_words_are_translated_with_the_original_one_click_away(qtbot, lucia_window, en_es_pack):
    packs.install(lucia_window.session.ctx.data_dir, en_es_pack)
    cid, mid = card_of(lucia_window, "The packaging was fine")          # Yiwu Home's answer, in English
    chat, ix = card_index(qtbot, lucia_window, cid, mid)
    qtbot.waitUntil(lambda: ix.data(MessageRole.NOTE_ACTION) is NoteAction.TOGGLE, timeout=15_000)
    shown = ix.data(MessageRole.SHOWN)
    assert "The packaging was fine" not in shown
    first, order = shown.split("\n")[:2]
    assert first == card_text(chat.model._cards[mid][0], "EUR").split("\n")[0]       # the step, then the words
    assert order == "Order 8190000000000118"
    assert ix.data(MessageRole.NOTE) == "Translated from English · Show original"
    chat.model.toggle_original(mid)
    assert "The packaging was fine" in ix.data(MessageRole.SHOWN)
    assert ix.data(MessageRole.NOTE_ACTION) is NoteAction.TOGGLE


def test_a_cards_words_without_a_pack_offer_the_install_link(qtbot, lucia_window):
    cid, mid = card_of(lucia_window, "好的，已为您取消")                    # Shenzhen Tech accepts, in Chinese
    chat, ix = card_index(qtbot, lucia_window, cid, mid)
    qtbot.waitUntil(lambda: ix.data(MessageRole.NOTE_ACTION) is NoteAction.INSTALL, timeout=15_000)
    assert "好的，已为您取消" in ix.data(MessageRole.SHOWN)
    assert chat.model.missing_pair(mid)[0] == "zh"


def test_my_own_cards_words_are_left_as_written(qtbot, lucia_window):
    cid, mid = card_of(lucia_window, "Llegó abollado")                  # Lucía's own dispute
    chat, ix = card_index(qtbot, lucia_window, cid, mid)
    wait_idle(qtbot, lucia_window.session)
    assert "Llegó abollado" in ix.data(MessageRole.SHOWN) and ix.data(MessageRole.NOTE) == ""


def test_a_reason_given_as_a_code_is_not_sent_to_translation(qtbot, data_dir):
    """Lina declines James's request with the reason "already shipped" and no words: the window
    says the reason in James's language, nothing is left to translate (no install link)."""
    from desktop.gui.ops import translation

    ctx = AppContext(data_dir=data_dir)
    demo_cases.seed(ctx.db())
    ctx.close()
    james = open_session(qtbot, data_dir, "james")
    try:
        def run(s):
            return s.execute(select(m.Message.conversation_id, m.Message.id)
                             .join(m.OrderEvent, m.OrderEvent.message_id == m.Message.id)
                             .where(m.OrderEvent.action == "cancel_declined")).one()
        cid, mid = james.ctx.db().read(run)
        with qtbot.waitCallback(timeout=15_000) as got:
            translation.for_reader(james, cid, [mid], "es").on_success(got).run()
        outcome = got.args[0][mid]
        assert outcome.text == "" and not outcome.missing
    finally:
        james.close()
