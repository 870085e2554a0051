"""Search in the Message Centre (issue 14, the window): Ctrl+F, results as you type with the
match highlighted, stale answers dropped, Enter opens the conversation at the message,
Escape returns to the list as it was; Spanish, English and Chinese."""

from __future__ import annotations

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core import messaging
from desktop.gui.models.search_results import ResultRole, SearchResultsModel
from desktop.gui.views.search_results import elided_snippet


def highlighted(model, n):
    text = model.data(model.index(n), ResultRole.SNIPPET)
    return [text[s:s + length] for s, length in model.data(model.index(n), ResultRole.SPANS)]


def type_query(qtbot, centre, text):
    centre.focus_search()
    with qtbot.waitSignal(centre.results.searched, check_params_cb=lambda t: t == text, timeout=10000):
        centre.search.setText(text)


@pytest.mark.parametrize("query, sent, expected", [
    ("envio", "¿El envío incluye seguro hasta Valencia?", "envío"),
    ("refund", "Could you confirm the REFUND for the black one?", "REFUND"),
    ("退款", "我想申请退款，东西坏了", "退款"),
])
def test_results_as_you_type_with_the_match_highlighted(qtbot, window, session, query, sent, expected):
    centre = window.messages
    mid = messaging.send(session.db, session.user, 3, sent).message_id
    type_query(qtbot, centre, query)
    assert centre.left_stack.currentWidget() is centre.results_view
    model = centre.results
    row = next(n for n in range(model.rowCount()) if model.data(model.index(n), ResultRole.MESSAGE) == mid)
    assert highlighted(model, row) == [expected]
    assert model.data(model.index(row), ResultRole.CONVERSATION) == 3
    assert model.data(model.index(row)) == "Yiwu Home & Living"          # the conversation, by its name
    assert model.data(model.index(row), ResultRole.TIME)
    assert centre.results_view.currentIndex().row() == 0                # Enter opens the newest


def test_ctrl_f_focuses_the_field_and_escape_returns_to_the_list_as_it_was(qtbot, window):
    centre = window.messages
    window.show_view("messages")
    qtbot.waitUntil(lambda: centre.model.rowCount() > 0)
    centre.list.setCurrentIndex(centre.model.index(1))
    selected = centre.list.currentIndex().data()
    resets = []
    centre.model.modelReset.connect(lambda: resets.append(1))
    window.activateWindow()
    centre.list.setFocus()
    qtbot.keyClick(centre.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is centre.search
    with qtbot.waitSignal(centre.results.searched, timeout=10000):
        qtbot.keyClicks(centre.search, "talla")
    assert centre.results.rowCount() == 1 and highlighted(centre.results, 0) == ["talla"]
    qtbot.keyClick(centre.search, Qt.Key.Key_Escape)
    assert centre.search.text() == "" and centre.left_stack.currentWidget() is centre.list
    assert centre.results.rowCount() == 0
    assert centre.list.currentIndex().data() == selected and not resets


def test_no_result_says_so_and_an_empty_query_is_no_results(qtbot, window):
    centre = window.messages
    type_query(qtbot, centre, "zzzqqq")
    assert centre.results.rowCount() == 0 and "zzzqqq" in centre.search_note.text()
    assert not centre.search_note.isHidden()
    centre.search.setText("")
    assert centre.left_stack.currentWidget() is centre.list and centre.search_note.isHidden()


def test_a_newer_query_drops_the_older_answer(qtbot, session):
    model = SearchResultsModel(session)
    answers = []
    model.searched.connect(answers.append)
    model.search("vestido")
    model.search("talla")
    with qtbot.waitSignal(model.searched, timeout=10000):
        pass
    wait_idle(qtbot, session)
    assert answers == ["talla"] and model.text == "talla"


def test_enter_opens_the_conversation_at_the_message_further_back_than_a_page(qtbot, window, session):
    centre = window.messages
    window.show_view("messages")        # the search field is the Message Centre's: a user sees it
    target = messaging.send(session.db, session.user, 3, "¿Lo tenés en color zanahoria?").message_id
    for n in range(130):                       # two pages of the chat (60 each) and more after it
        messaging.send(session.db, session.user, 3, f"línea {n}")
    type_query(qtbot, centre, "zanahoria")
    qtbot.keyClick(centre.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: centre._jump is not None and centre._jump.done, timeout=10000)
    chat = centre.chat
    assert chat.conversation_id == 3 and centre.right.currentWidget() is chat
    selected = chat.list.selectionModel().selectedIndexes()
    assert [ix.data(Qt.ItemDataRole.UserRole + 4) for ix in selected] == [target]      # flashed
    assert chat.list.viewport().rect().intersects(chat.list.visualRect(selected[0]))   # on screen
    assert centre.left_stack.currentWidget() is centre.results_view                    # results stay


def test_a_cut_snippet_keeps_its_highlight_inside_the_cut(qtbot, window):
    fm = window.fontMetrics()
    text = "a" * 10 + "match" + "b" * 400
    shown, spans = elided_snippet(text, [(10, 5)], fm, 200)
    assert shown.endswith("…") and len(shown) < len(text) and spans == [(10, 5)]
    shown, spans = elided_snippet("b " * 200 + "match", [(400, 5)], fm, 200)    # past the cut: led to
    assert shown.startswith("…") and len(spans) == 1 and shown[spans[0][0]:sum(spans[0])] == "match"


def test_escape_opens_no_conversation_when_none_was_open(qtbot, window):
    centre = window.messages
    window.show_view("messages")
    qtbot.waitUntil(lambda: centre.model.rowCount() > 0)
    assert not centre.list.currentIndex().isValid()
    type_query(qtbot, centre, "talla")
    centre.results_view.setFocus()
    qtbot.keyClick(centre.results_view, Qt.Key.Key_Escape)
    assert centre.left_stack.currentWidget() is centre.list
    assert centre.open_conversation_id is None and not centre.list.currentIndex().isValid()
    assert QApplication.focusWidget() is centre.search


def test_results_come_a_page_at_a_time(qtbot, session):
    for n in range(5):
        messaging.send(session.db, session.user, 3, f"pregunta número {n} sobre el envío")
    model = SearchResultsModel(session, page=2)
    with qtbot.waitSignal(model.searched, timeout=10000):
        model.search("pregunta")
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    wait_idle(qtbot, session)
    assert not model.canFetchMore()
    texts = [model.data(model.index(n), ResultRole.RESULT).hit.text for n in range(5)]
    assert texts == [f"pregunta número {n} sobre el envío" for n in reversed(range(5))]     # newest first
