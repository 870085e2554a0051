"""What the screenshots of every view at 1280x800 and at the minimum window size (800x560)
showed wrong (issue 15, "Done when"): each fix with the test that says it."""

from __future__ import annotations

from gui_helpers import wait_idle
from PySide6.QtCore import Qt


def seller_window(qtbot, session, size=(800, 560)):
    from desktop.gui.views.main_window import MainWindow

    w = MainWindow(session, start_view="messages")
    qtbot.addWidget(w)
    session.ready.emit(session.user)
    w.resize(*size)
    w.show()
    wait_idle(qtbot, session)
    return w


def test_a_narrow_chat_header_shows_the_whole_name(qtbot, seller_session):
    """At 800x560 a seller's chat header held the name, "Note" and "Show originals" on one line:
    "James Carter" read "James …". The buttons share the subtitle's line, the name has the width."""
    w = seller_window(qtbot, seller_session)
    w.messages.open_conversation(4)
    chat = w.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == 4 and chat.title.text() != "", timeout=10_000)
    qtbot.wait(20)
    assert chat.title.text() == "James Carter"
    assert not chat.title.is_elided(), chat.title.shown_text()
    button = chat.originals_button                  # in the header's row of buttons: in the header's coordinates
    assert chat.title.geometry().bottom() < button.mapTo(chat.header, button.rect().topLeft()).y()


def test_at_800x560_the_orders_table_never_scrolls_sideways(qtbot, window):
    """The buyer's Orders at 800x560: the columns fitted to their contents pushed "Items" down to
    "…" behind a sideways scroll bar. Now the table fits its width, Items keeps the rest and the
    store is cut with "…" (its whole name in the tooltip)."""
    from desktop.gui.models.orders import OrderColumn

    window.resize(800, 560)
    window.show_view("orders")
    table = window.orders.table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 3 and model.index(0, 0).data() is not None, timeout=10_000)
    qtbot.wait(20)
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(model.columnCount())]
    assert sum(widths) <= table.viewport().width() + 1, widths
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionSize(OrderColumn.ITEMS) >= table.fontMetrics().horizontalAdvance("Wireless")
    store = model.index(0, OrderColumn.STORE)
    assert store.data(Qt.ItemDataRole.ToolTipRole) == store.data()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: header.sectionSize(OrderColumn.STORE) >= table.sizeHintForColumn(OrderColumn.STORE),
                    timeout=5_000)


def test_the_marketplace_gets_no_buyer_welcome_nor_a_contact_seller_hint(qtbot, data_dir):
    """The marketplace's window showed the buyer's welcome ("Ask a store anything … Contact
    seller") and an empty chat telling it to press "Contact seller", which it does not have."""
    from gui_helpers import open_session

    from desktop.core import demo_cases
    from desktop.core.context import AppContext

    ctx = AppContext(data_dir=data_dir)
    demo_cases.seed(ctx.db())
    ctx.close()
    arbiter = open_session(qtbot, data_dir, "marketplace")
    try:
        w = seller_window(qtbot, arbiter, (1280, 800))
        assert w.welcome is None
        hint = w.messages.empty.text()
        assert "Contact seller" not in hint and "Orders" in hint
    finally:
        arbiter.close()


def test_at_800x560_a_product_page_fits_its_width(qtbot, window):
    """A product's page at 800x560: the 360-pixel picture left the text too little room, the page
    scrolled sideways and cut the title. The picture shrinks; the text fits beside it."""
    window.resize(800, 560)
    window.show_product(2)
    page = window.products.page
    qtbot.waitUntil(lambda: window.products.current_product_id() == 2 and page.title.text() != "", timeout=10_000)
    qtbot.wait(20)
    assert page.widget().width() <= page.viewport().width()
    assert page.picture.width() < 360 and page.picture.width() == page.picture.height()
    assert page.title.geometry().right() <= page.widget().width()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: page.picture.width() == 360, timeout=5_000)


def test_a_seller_has_no_contact_seller_on_a_product(qtbot, seller_session, window):
    """Wei's product page offered "联系卖家" (Contact seller): a seller cannot write to a store."""
    w = seller_window(qtbot, seller_session, (1280, 800))
    w.show_product(2)
    page = w.products.page
    qtbot.waitUntil(lambda: w.products.current_product_id() == 2 and page.title.text() != "", timeout=10_000)
    assert not page.contact.isVisibleTo(page)
    window.show_product(2)                       # the buyer's window still has it
    mine = window.products.page
    qtbot.waitUntil(lambda: window.products.current_product_id() == 2 and mine.title.text() != "", timeout=10_000)
    assert mine.contact.isVisibleTo(mine)


def test_the_shortcuts_list_shows_names_without_mnemonics_in_rows_of_one_height(qtbot):
    """In Chinese the list read "买家面板(B)" (the menu's "(&B)" mnemonic) and its rows of Chinese
    alone were taller than the others."""
    from PySide6.QtGui import QAction, QKeySequence, QShortcut
    from PySide6.QtWidgets import QWidget

    from desktop.gui.views.shortcuts_dialog import ShortcutsDialog, shortcuts_of

    host = QWidget()
    qtbot.addWidget(host)
    for text, key in (("买家面板(&B)", "Ctrl+Shift+B"), ("&Next conversation", "Alt+Down"), ("Save && send", "Ctrl+S")):
        action = QAction(text, host)
        action.setShortcut(QKeySequence(key))
        host.addAction(action)
    search = QShortcut(QKeySequence("Ctrl+F"), host)
    search.setWhatsThis("在所有会话中搜索")
    names = [what for what, _keys in shortcuts_of(host)]
    assert names[:4] == ["买家面板", "Next conversation", "Save & send", "在所有会话中搜索"]
    dialog = ShortcutsDialog(host)
    qtbot.addWidget(dialog)
    heights = {dialog.table.rowHeight(n) for n in range(dialog.table.rowCount())}
    assert len(heights) == 1


def test_an_order_line_without_a_variant_has_no_empty_second_line(qtbot, seller_session):
    """An order page: "Wireless Earbuds Pro" sat above its "× 1  €23.99" because its label
    carried an empty line for the variant it does not have."""
    from PySide6.QtWidgets import QLabel

    from desktop.core import demo_cases

    demo_cases.seed(seller_session.db)
    w = seller_window(qtbot, seller_session, (1280, 800))
    w.show_order(15)
    page = w.orders.page
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == 15 and page.items.count() > 0,
                    timeout=10_000)
    item = page.detail.items[0]
    assert not item.variant
    texts = [page.items.itemAt(n).widget().text() for n in range(page.items.count())
             if isinstance(page.items.itemAt(n).widget(), QLabel)]
    assert item.title in texts


def test_a_buyer_reads_the_store_not_a_sellers_handle_in_an_order_history(qtbot, data_dir, seller_session):
    """James's order history read "wei: Partial refund offered": a handle he never sees
    elsewhere. A buyer reads the store's name; the seller still reads the buyer's step."""
    from gui_helpers import open_session

    from desktop.core import demo_cases, orders, users
    from desktop.gui.views.order_problems import OrderProblems

    demo_cases.seed(seller_session.db)
    james = open_session(qtbot, data_dir, "james")
    try:
        db = james.ctx.db()
        user = users.resolve(db, "james")
        oid = next(i for i, r in orders.order_rows(db, user, orders.order_ids(db, user)).items()
                   if r.number == "8190000000000115")
        w = OrderProblems(james)
        qtbot.addWidget(w)
        w.show_order(orders.order_rows(db, user, [oid])[oid])
        qtbot.waitUntil(lambda: "Partial refund" in w.history.text(), timeout=10_000)
        text = w.history.text()
        assert "Shenzhen Tech Official Store: Partial refund offered" in text and "wei:" not in text
        assert "you: Dispute opened" in text
    finally:
        james.close()


def test_a_cut_search_snippet_keeps_its_ellipsis_with_bold_matches(qtbot, window):
    """Search results read "Refund of 23.99 EUR accepted automatically:" with no "…": the cut was
    measured in the plain font, the demi-bold matches made the line longer, it wrapped and
    the "…" fell on a second line nobody sees. Every cut now fits its one line, "…" included."""
    from PySide6.QtGui import QFont, QFontMetrics, QTextLayout

    from desktop.gui.views.search_results import SearchResultDelegate, elided_snippet

    font = window.font()
    strong = QFont(font)
    strong.setWeight(QFont.Weight.DemiBold)
    fm, sfm = QFontMetrics(font), QFontMetrics(strong)
    text = "refund of the parcel " * 12
    spans = [(n, 6) for n in range(0, len(text), len("refund of the parcel "))]
    for width in range(120, 420, 7):
        shown, cut = elided_snippet(text, spans, fm, width, sfm)
        assert shown.endswith("…")
        layout = QTextLayout(shown, font)
        layout.setFormats([SearchResultDelegate._range(s, n) for s, n in cut])
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width)
        layout.endLayout()
        assert line.textLength() == len(shown), (width, shown)


def test_the_dashboard_writes_its_days_as_the_locale_does_and_has_a_close_button(qtbot, seller_session):
    """Response times: the chart's ends read "2026-10-26" in every language, and the dialog
    could only be closed from its title bar."""
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.gui.views.stats_dialog import StatsDialog

    d = StatsDialog(seller_session)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.busy == 0 and bool(d.chart.days), timeout=20_000)
    first, last = d.chart.days[0].date, d.chart.days[-1].date
    want = QLocale().toString(QDate(last.year, last.month, last.day), QLocale.FormatType.ShortFormat)
    assert d.chart.ends()[1] == want and last.isoformat() not in d.chart.ends()
    assert first.isoformat() not in d.chart.ends()
    buttons = d.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not d.isVisible()
