"""The "/" quick replies in the compose box (issue 17 §3): "/" at the start of a word opens the
store's list, typing filters it, arrows move, Enter puts the reply in filled for this
conversation in the buyer's language (on the worker), Escape closes; a missing placeholder
puts nothing in and names it; a buyer has no list."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import Qt

from desktop.core import clock, quick_replies, users
from desktop.gui.images import ImageCache
from desktop.gui import utf16
from desktop.gui.ops import advice
from desktop.gui.views import quick_reply_popup
from desktop.gui.views.message_centre import MessageCentre

NOW = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture(autouse=True)
def frozen():
    with clock.frozen(NOW):
        yield


def open_chat(qtbot, session, conversation_id):
    c = MessageCentre(session, ImageCache(session))
    qtbot.addWidget(c)
    c.resize(1000, 700)
    c.show()
    c.load()
    qtbot.waitUntil(lambda: c.model.loaded, timeout=10_000)
    c.open_conversation(conversation_id)
    qtbot.waitUntil(lambda: c.open_conversation_id == conversation_id, timeout=10_000)
    wait_idle(qtbot, session)
    c.chat.compose.edit.setFocus()
    return c.chat


def filled(session, code, cid):
    db = session.db
    return quick_replies.fill_for(db, users.resolve(db, "wei"), code, cid)


def test_slash_filters_and_enter_inserts_the_filled_reply(qtbot, seller_session):
    chat = open_chat(qtbot, seller_session, 4)              # James writes in English
    edit, picker = chat.compose.edit, chat.quick_replies
    qtbot.keyClicks(edit, "Hola /")
    qtbot.waitUntil(picker.popup.isVisible, timeout=10_000)
    every = picker.popup.codes()
    assert every[:3] == ["photos", "size", "material"] and len(every) == len(quick_replies.DEFAULTS)
    qtbot.keyClicks(edit, "track")                          # "no-tracking" by its code
    assert picker.popup.codes() == ["no-tracking"]
    for _ in range(len("track")):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "ph")
    assert picker.popup.codes() == ["photos"]
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not picker.popup.isVisible() and chat.compose.text() == "Hola /ph"    # filled on the worker, not here
    want = filled(seller_session, "photos", 4)
    qtbot.waitUntil(lambda: chat.compose.text() == "Hola " + want.text, timeout=10_000)
    assert want.lang == "en" and want.text.startswith("Hi James")
    assert "English" in chat.compose.hint.text() and want.original in chat.compose.hint.text()   # the original
    assert not picker.popup.isVisible()
    chat.compose.set_text("")
    qtbot.keyClicks(edit, "Otro")                 # the reply is gone: its note too
    assert want.original not in chat.compose.hint.text()


def test_arrows_choose_and_escape_closes(qtbot, seller_session):
    chat = open_chat(qtbot, seller_session, 4)
    edit, picker = chat.compose.edit, chat.quick_replies
    qtbot.keyClicks(edit, "/")
    qtbot.waitUntil(picker.popup.isVisible, timeout=10_000)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert picker.popup.current_code() == "size"
    picker.popup.original.setChecked(True)                    # the store's own words, one click away
    assert picker.popup.preview.text().endswith(filled_source(seller_session, "size"))
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not picker.popup.isVisible() and chat.compose.text() == "/"
    qtbot.keyClicks(edit, "s")                                # the same "/" word: stays closed
    assert not picker.popup.isVisible()
    chat.compose.set_text("")
    qtbot.keyClicks(edit, "see a/b")                          # not the start of a word
    assert not picker.popup.isVisible()
    qtbot.keyClicks(edit, " /")
    qtbot.waitUntil(picker.popup.isVisible)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    want = filled(seller_session, "size", 4)
    qtbot.waitUntil(lambda: chat.compose.text() == "see a/b " + want.text, timeout=10_000)
    assert advice.tips_for(chat.compose.text())    # this text earns a writing tip…
    chat.assist.refresh_preview()
    assert want.original in chat.compose.hint.text()     # …which does not push the original out


def filled_source(session, code):
    db = session.db
    return quick_replies.get(db, users.resolve(db, "wei"), code).text


def test_a_missing_value_inserts_nothing_and_names_it(qtbot, seller_session):
    db = seller_session.db
    wei = users.resolve(db, "wei")
    values = db.read(lambda s: quick_replies.values_in(s, wei, 4))
    values1 = db.read(lambda s: quick_replies.values_in(s, wei, 1))
    missing = next((n for n in quick_replies.PLACEHOLDERS if not values[n]), None)
    cid = 4
    if missing is None:
        missing, cid = next(n for n in quick_replies.PLACEHOLDERS if not values1[n]), 1
    quick_replies.add(db, wei, "needs", "Needs a value", f"Hello {{{missing}}}")
    chat = open_chat(qtbot, seller_session, cid)
    edit, picker = chat.compose.edit, chat.quick_replies
    qtbot.keyClicks(edit, "/needs")
    qtbot.waitUntil(lambda: picker.popup.isVisible() and picker.popup.codes() == ["needs"], timeout=10_000)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "{" + missing + "}" in chat.compose.hint.text(), timeout=10_000)
    assert chat.compose.text() == "/needs" and "nothing was inserted" in chat.compose.hint.text()


def test_a_buyer_gets_no_list(qtbot, session):
    chat = open_chat(qtbot, session, 1)
    qtbot.keyClicks(chat.compose.edit, "/")
    wait_idle(qtbot, session)
    assert not chat.quick_replies.popup.isVisible()


def test_the_word_before_the_cursor():
    assert quick_reply_popup.token_before("Hola /ph", 8) == (5, "ph")
    assert quick_reply_popup.token_before("/", 1) == (0, "")
    assert quick_reply_popup.token_before("a/b", 3) is None
    assert quick_reply_popup.token_before("http://x", 8) is None
    assert utf16.python_index("😀/a", 3) == 2         # the emoji counts twice in UTF-16


def stored_lang(session, conversation_id):
    from sqlalchemy import select

    from desktop.core import schema as m

    return session.db.read(lambda s: s.execute(select(m.Message.text, m.Message.lang).where(
        m.Message.conversation_id == conversation_id).order_by(m.Message.id.desc()).limit(1)).one())


def test_a_reply_sent_as_filled_is_stored_in_its_version_language(qtbot, seller_session):
    """"Hi James" (the English version of a reply written in Chinese) is too short for the
    detector, which took it for the seller's Chinese: sent unedited, it is stored as English,
    as `send --reply` stores it. Edited, its language is detected as any text's."""
    db = seller_session.db
    wei = users.resolve(db, "wei")
    quick_replies.add(db, wei, "greet", "Greeting", "你好{buyer_name|朋友}", lang="zh")
    quick_replies.edit(db, wei, "greet", lang="en", text="Hi {buyer_name|there}")
    chat = open_chat(qtbot, seller_session, 4)                # James writes in English
    edit, picker = chat.compose.edit, chat.quick_replies
    qtbot.keyClicks(edit, "/greet")
    qtbot.waitUntil(lambda: picker.popup.isVisible() and picker.popup.codes() == ["greet"], timeout=10_000)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chat.compose.text() == "Hi James", timeout=10_000)
    qtbot.keyClick(edit, Qt.Key.Key_Return)                   # Enter sends
    qtbot.waitUntil(lambda: stored_lang(seller_session, 4)[0] == "Hi James", timeout=10_000)
    assert stored_lang(seller_session, 4) == ("Hi James", "en")
    # Put in again, then a word added: no longer the reply as filled, so detected (here: zh).
    qtbot.keyClicks(edit, "/greet")
    qtbot.waitUntil(lambda: picker.popup.isVisible() and picker.popup.codes() == ["greet"], timeout=10_000)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chat.compose.text() == "Hi James", timeout=10_000)
    assert picker.language_of("Hi James!!") == "" and picker.language_of("Hi James") == "en"


def test_typing_goes_on_after_a_restored_draft(qtbot, seller_session):
    """A draft put back in the box left the cursor before it: "/ph" typed on went in front
    of the draft, and the quick reply with it ("Hi James…Hola ")."""
    from desktop.core import drafts

    db = seller_session.db
    drafts.save(db, users.resolve(db, "wei"), 4, "Hola ")
    chat = open_chat(qtbot, seller_session, 4)
    edit, picker = chat.compose.edit, chat.quick_replies
    qtbot.waitUntil(lambda: chat.compose.text() == "Hola ", timeout=10_000)
    assert edit.textCursor().position() == len("Hola ")
    qtbot.keyClicks(edit, "/photos")
    qtbot.waitUntil(lambda: picker.popup.isVisible() and picker.popup.codes() == ["photos"], timeout=10_000)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    want = filled(seller_session, "photos", 4)
    qtbot.waitUntil(lambda: chat.compose.text() == "Hola " + want.text, timeout=10_000)
