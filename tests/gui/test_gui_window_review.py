"""The window as a buyer and a seller meet it in Spanish, English and Chinese (the review of
2026-12-03): list previews of request cards, cards said in the window's language, search
snippets that show the hit, team messages without translation notes, each side's own
filters and guide, percentages as the locale writes them, the policy hint on its own line."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import select

from desktop.core import cancellations, clock, conversations, demo_cases, messaging, users
from desktop.core.context import AppContext
from desktop.core import schema as m
from desktop.core.kinds import MessageKind
from desktop.gui.app import install_language
from desktop.gui.models.conversations import ConversationRole
from desktop.gui.models.messages import MessageRole
from gui_helpers import open_session, wait_idle


@pytest.fixture
def language(qapp):
    """Install a window language for one test; English again afterwards."""
    yield lambda lang: install_language(qapp, lang)
    install_language(qapp, "en")


AWAITING_SHIPMENT = "8190000000000102"      # the demo buyer's order not yet shipped
DEMO_NOW = dt.datetime(2026, 11, 24, 9)      # before its ship-by date, whatever day the tests run


def order_id(session, number: str) -> int:
    return session.db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == number)))


def ask_cancellation(session) -> int:
    """The buyer asks to cancel the order not yet shipped: its conversation ends on a request card."""
    with clock.frozen(DEMO_NOW):
        cancellations.request(session.db, session.user, order_id(session, AWAITING_SHIPMENT), "changed_mind",
                              "Ya no lo necesito")
    return next(r.id for r in conversations.list_conversations(session.db, session.user)
                if r.last_kind == MessageKind.REQUEST_CARD)


@pytest.mark.parametrize("lang, you", [("es", "Tú: Cancelación solicitada · pedido "),
                                       ("zh", "我：已申请取消 · 订单 "), ("en", "You: Cancellation requested · order ")])
def test_a_request_card_is_previewed_in_the_list_as_its_step_in_the_window_language(qtbot, window, session,
                                                                                  language, lang, you):
    language(lang)
    window.show_view("messages")
    cid = ask_cancellation(session)
    model = window.messages.model
    qtbot.waitUntil(lambda: model.row_at(0) is not None and model.row_at(0).id == cid
                    and model.row_at(0).last_kind == MessageKind.REQUEST_CARD, timeout=10_000)
    row, text = model.row_at(0), model.index(0).data(ConversationRole.PREVIEW)
    assert row.last_card is not None and row.last_card.order_number == AWAITING_SHIPMENT
    assert "[" not in text and "Ya no lo necesito" not in text and row.last_text not in text
    assert text.startswith(you) and AWAITING_SHIPMENT in text, text


def open_chat(qtbot, window, cid):
    window.show_conversation(cid)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == cid and chat.model is not None and chat.model.rowCount() > 0)
    return chat


def test_a_colleagues_message_gets_no_translation_note_nor_a_translation(qtbot, wei_window):
    """Wei reads Chinese; Mei, on the same store's team, writes in English: her reply is the
    store's own, not a buyer's message to translate ("No language pack for English → Chinese")."""
    w, s = wei_window
    mei = users.resolve(s.db, "mei")
    sent = messaging.send(s.db, mei, 1, "I will send the photos of the power bank this afternoon.",
                          lang="en").message_id
    chat = open_chat(qtbot, w, 1)
    qtbot.waitUntil(lambda: sent in [r.id for r in chat.model.rows()], timeout=10_000)
    wait_idle(qtbot, s)
    model = chat.model
    n = next(n for n, r in enumerate(model.rows()) if r.id == sent)
    row = model.rows()[n]
    assert row.our_side and not row.mine and row.lang == "en" and s.user.language != "en"
    assert not model.needs_translation(row) and sent not in model.untranslated_ids()
    assert model.index(n).data(MessageRole.NOTE) == "" and model.index(n).data(MessageRole.NOTE_ACTION) is None


@pytest.fixture
def cases_dir(data_dir):
    """The demo with its orders in every state and the marketplace's account, made at DEMO_NOW."""
    with clock.frozen(DEMO_NOW):
        ctx = AppContext(data_dir=data_dir)
        demo_cases.seed(ctx.db())
        ctx.close()
    return data_dir


def marketplace_window(qtbot, data_dir):
    from desktop.gui.views.main_window import MainWindow

    s = open_session(qtbot, data_dir, "marketplace")
    w = MainWindow(s)
    qtbot.addWidget(w)
    s.ready.emit(s.user)
    w.show()
    wait_idle(qtbot, s)
    return w, s


def test_the_marketplaces_messages_show_no_desk_filters_and_help_offers_no_sides_guide(qtbot, cases_dir):
    from desktop.gui.views.desk_filter_bar import BUYER_VIEWS

    w, s = marketplace_window(qtbot, cases_dir)
    try:
        w.show_view("messages")
        qtbot.waitUntil(lambda: w.messages.filters is not None, timeout=10_000)
        bar = w.messages.filters
        assert tuple(bar.buttons) == BUYER_VIEWS                         # no Awaiting reply, Overdue, Problem
        assert bar.label.isHidden() and bar.team.isHidden()              # no labels, no "Everyone"
        assert not w.guide_action.isVisible()                            # neither the buyers' nor the sellers' page
    finally:
        s.close()


def test_the_guide_window_is_titled_as_the_page_it_shows(qtbot, cases_dir):
    """A buyer reads "Talking with sellers" in the menu and on the page's window; the
    marketplace, shown the buyers' page if it opens one, never "Talking with buyers" over it."""
    w, s = marketplace_window(qtbot, cases_dir)
    try:
        from desktop.gui.views.guide_window import GuideWindow

        page = GuideWindow(s, w)
        qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
        assert page.windowTitle() == "Talking with sellers"              # the page it shows is the buyers'
    finally:
        s.close()


@pytest.mark.parametrize("lang, three_quarters, whole", [("es", "75\u00a0%", "100\u00a0%"), ("en", "75%", "100%"),
                                                         ("zh", "75%", "100%")])
def test_percentages_are_written_as_the_window_language_does(qtbot, wei_window, language, lang,
                                                              three_quarters, whole):
    """The response times' share and the picture viewer's zoom: "75 %" in Spanish (a space that
    does not break before the sign), "75%" in English and Chinese."""
    from desktop.core.stats import Stats
    from desktop.gui import format as fmt
    from desktop.gui.views.stats_dialog import PERIODS, StatsDialog

    language(lang)
    assert fmt.percent(0.75) == three_quarters and fmt.percent(1) == whole
    w, s = wei_window
    dialog = StatsDialog(s, w)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.busy == 0, timeout=10_000)
    dialog.busy += 1
    dialog._show(PERIODS[0], Stats(answered_within_target=0.75, median_first_response_s=600, awaiting=0,
                                   overdue=0, days=()))
    assert dialog.share[PERIODS[0]].text() == three_quarters


def test_the_policy_hint_has_its_own_line_at_800x560(qtbot, window, language):
    from desktop.core import policy

    """Spanish, the longest of the three: the warning under the text is read whole, and it
    overlaps neither the "+" button, the counter nor Send."""
    language("es")
    window.resize(800, 560)
    window.show_view("messages")
    qtbot.waitUntil(lambda: window.messages.model.rowCount() > 0, timeout=10_000)
    window.show_conversation(window.messages.model.row_at(0).id)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id is not None, timeout=10_000)
    compose = chat.compose
    text = "Escríbeme por whatsapp al 612 345 678 y te lo mando"
    compose.set_text(text)
    chat.assist.show_verdict(policy.check(text))            # what the worker's check answers
    qtbot.wait(50)
    hint = compose.hint
    assert hint.isVisible() and "whatsapp" in hint.shown_text() and not hint.is_elided(), hint.shown_text()
    for other in (compose.attach_button, compose.counter, compose.send_button, compose.edit):
        assert not hint.geometry().intersects(other.geometry()), other
    assert hint.width() > compose.width() // 2


def test_a_search_result_shows_the_words_it_matched_even_late_in_a_long_message(qtbot, window, language):
    """Lucía searches "talla": her message says it near its end, past the width of the list; the
    row used to show the message's beginning and no highlight at all."""
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.gui.models.search_results import ResultRole
    from desktop.gui.views.search_results import elided_snippet

    language("es")
    window.resize(800, 560)
    centre = window.messages
    window.show_view("messages")
    qtbot.waitUntil(lambda: centre.model.rowCount() > 0, timeout=10_000)
    text = "También quiero este vestido. Mido 1,65 m y peso 58 kg, ¿qué talla me recomiendas para la fiesta?"
    messaging.send(window.session.db, window.session.user, centre.model.row_at(0).id, text, lang="es")
    centre.search.setText("talla")
    qtbot.waitUntil(lambda: centre.results.rowCount() > 0, timeout=10_000)
    index = centre.results.index(0)
    snippet, spans = index.data(ResultRole.SNIPPET), index.data(ResultRole.SPANS)
    font = centre.results_view.font()
    strong = QFont(font)
    strong.setWeight(QFont.Weight.DemiBold)
    width = centre.results_view.viewport().width() - 22                # the delegate's margins
    assert QFontMetrics(font).horizontalAdvance(snippet) > width          # the case: the message is cut
    shown, cut = elided_snippet(snippet, spans, QFontMetrics(font), width, QFontMetrics(strong))
    assert cut and all(shown[s:s + n].lower() == "talla" for s, n in cut), (shown, cut)
    assert shown.startswith("…")


@pytest.mark.qt_log_ignore("This plugin does not support")      # offscreen: the menu cannot grab the keyboard
def test_a_request_card_is_said_and_copied_in_the_window_language(qtbot, window, session, language):
    """The card in the chat reads "Cancelación solicitada · Pedido …", and "Copy text" copies that,
    not the stored English ("Cancellation requested (changed_mind): …")."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMenu

    language("es")
    cid = ask_cancellation(session)
    chat = open_chat(qtbot, window, cid)
    model = chat.model
    n = next(n for n, r in enumerate(model.rows()) if r.kind == MessageKind.REQUEST_CARD)
    index = model.index(n)
    qtbot.waitUntil(lambda: index.data(MessageRole.SHOWN).startswith("Cancelación solicitada"), timeout=10_000)
    assert f"Pedido {AWAITING_SHIPMENT}" in index.data(MessageRole.SHOWN)
    assert model.rows()[n].text.startswith("Cancellation requested")          # what is stored
    chat.list.scrollTo(index)
    chat._context_menu(chat.list.visualRect(index).center())
    menu = chat.findChildren(QMenu)[-1]
    copy = next(a for a in menu.actions() if a.text() == QCoreApplication.translate("ChatView", "Copy text"))
    assert copy.text() == "Copiar texto"
    copy.trigger()
    menu.close()
    assert QGuiApplication.clipboard().text() == index.data(MessageRole.SHOWN)


def test_a_restored_draft_that_breaks_the_rules_comes_back_with_its_warning(qtbot, window, session):
    """A draft kept from yesterday with a phone number in it: opening its chat shows the
    warning and the highlight at once, not only after the next key typed."""
    from desktop.core import drafts

    window.show_view("messages")
    qtbot.waitUntil(lambda: window.messages.model.rowCount() > 0, timeout=10_000)
    cid = window.messages.model.row_at(0).id
    drafts.save(session.db, session.user, cid, "Escríbeme por whatsapp al 612 345 678")
    chat = open_chat(qtbot, window, cid)
    qtbot.waitUntil(lambda: chat.compose.text().startswith("Escríbeme"), timeout=10_000)
    qtbot.waitUntil(lambda: chat.compose.hint.property("kind") == "policy", timeout=10_000)
    assert "whatsapp" in chat.compose.hint.text()


def test_a_request_card_found_by_search_is_shown_as_its_step_in_the_window_language(qtbot, window, session,
                                                                                     language):
    """The index matches a card's stored English ("Cancellation requested (changed_mind): Ya no
    lo necesito"); the result row says the step in Spanish and highlights the words searched."""
    from desktop.gui.models.search_results import ResultRole

    language("es")
    ask_cancellation(session)
    centre = window.messages
    window.show_view("messages")
    qtbot.waitUntil(lambda: centre.model.rowCount() > 0, timeout=10_000)
    centre.search.setText("necesito")
    qtbot.waitUntil(lambda: centre.results.rowCount() > 0 and centre.results.text == "necesito", timeout=10_000)
    index = centre.results.index(0)
    assert index.data(ResultRole.RESULT).hit.kind == MessageKind.REQUEST_CARD.value
    shown, spans = index.data(ResultRole.SNIPPET), index.data(ResultRole.SPANS)
    assert shown == "Cancelación solicitada · Ya no lo necesito", shown
    assert [shown[s:s + n] for s, n in spans] == ["necesito"]
    assert "Cancellation" not in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_request_card_is_notified_as_its_step_in_the_window_language(qtbot, data_dir, session, language):
    """The store's window is in the background when Lucía asks to cancel: the notification says
    "Cancelación solicitada · Ya no lo necesito", not the card's stored English nor a bare order number."""
    from PySide6.QtWidgets import QWidget

    from desktop.gui.views.tray import Notifier

    store = open_session(qtbot, data_dir, "chen")          # the order's store
    language("es")
    try:
        hidden = QWidget()                   # never shown: not the active window
        notifier = Notifier(store, hidden)
        shown = []
        notifier.notify.connect(lambda title, body, cid: shown.append(body))
        ask_cancellation(session)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        wait_idle(qtbot, store)
        assert shown == ["Cancelación solicitada · Ya no lo necesito"]
    finally:
        store.close()


def test_the_no_reviews_advice_is_the_buyers_not_the_stores(qtbot, window, wei_window):
    """"No reviews yet: ask the seller for real photos before you buy" tells a buyer what to do;
    on the power bank's page the store (Wei, who sells it) is not told to ask himself."""
    window.show_product(4)                         # the power bank: no reviews yet
    qtbot.waitUntil(lambda: window.products.current_product_id() == 4)
    assert window.products.page.no_reviews_tip.isVisibleTo(window.products.page)
    w, _s = wei_window
    w.show_product(4)
    qtbot.waitUntil(lambda: w.products.current_product_id() == 4 and w.products.page.detail is not None)
    assert not w.products.page.no_reviews_tip.isVisibleTo(w.products.page)


@pytest.mark.parametrize("lang, two_lines", [("es", True), ("en", True), ("zh", False)])
def test_the_navigation_shows_the_widest_badge_whole_without_a_scroll_bar(qtbot, session, language, lang,
                                                                          two_lines):
    """"Mensajes (999+)" is wider than the navigation's 150 px: it was cut and the navigation
    scrolled sideways. The count goes on a line of its own where it does not fit, and the
    navigation keeps its width (at 800 px the orders table needs it)."""
    from desktop.gui.views.main_window import VIEWS, MainWindow

    language(lang)
    w = MainWindow(session)
    qtbot.addWidget(w)
    session.ready.emit(session.user)
    w.show()
    wait_idle(qtbot, session)
    w._unread_changed(13_220)
    nav = w.nav
    item = nav.item(VIEWS.index("messages"))
    assert item.text().endswith("(999+)") and ("\n" in item.text()) == two_lines, item.text()
    qtbot.wait(50)
    assert not nav.horizontalScrollBar().isVisible() and nav.width() == 150
    assert nav.sizeHintForColumn(0) <= nav.viewport().width(), (nav.sizeHintForColumn(0), nav.viewport().width())
    w._unread_changed(3)
    assert "\n" not in item.text() and item.text().endswith("(3)")
