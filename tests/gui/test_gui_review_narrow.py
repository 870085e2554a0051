"""The window at its minimum size and with long texts (the review of 2026-12-03, second
pass): nothing a buyer or a seller reads is cut by the edge of its pane."""

from __future__ import annotations

from gui_helpers import wait_idle
from PySide6.QtCore import Qt

from desktop.gui.models.messages import MessageRole


def open_chat(qtbot, window, cid):
    window.show_conversation(cid)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.conversation_id == cid and chat.model is not None and chat.model.rowCount() > 0)
    return chat


def test_a_translation_note_wider_than_a_narrow_chat_wraps_inside_its_bubble(qtbot, wei_window):
    """At 800x560 Wei's chat is under 300 px wide: "No language pack for Spanish → Chinese ·
    Install…" made the buyer's bubble wider than the list, its right edge and "Install…" cut off."""
    w, s = wei_window
    w.resize(800, 560)
    chat = open_chat(qtbot, w, 1)
    wait_idle(qtbot, s)
    model, view = chat.model, chat.list
    noted = [model.index(n) for n in range(model.rowCount()) if model.index(n).data(MessageRole.NOTE)]
    assert noted, "the demo's Spanish messages carry a note for Wei (no Spanish → Chinese pack)"
    option = chat._option()
    width = view.viewport().width()
    assert width < 400          # the narrow chat (its list now takes less: ~370 px, it was under 300)
    for ix in noted:
        rect = view.visualRect(ix)
        bubble = chat.delegate.bubble_rect(ix, rect, option)
        note = chat.delegate.note_rect(ix, rect, option)
        assert bubble.left() >= 0 and bubble.right() < width, (bubble, width)
        assert bubble.contains(note), (bubble, note)
        assert chat.delegate.sizeHint(option, ix).height() >= bubble.bottom() - rect.top()


def test_the_shortcuts_list_has_rows_of_one_line(qtbot, window):
    """Help → Keyboard shortcuts listed five shortcuts per screen, each row 70 px tall: the row
    heights were measured before the table had its width, the names wrapped a word a line."""
    from desktop.gui.views.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    line = table.fontMetrics().height()
    assert table.rowCount() >= 5
    assert all(table.rowHeight(n) < 2 * line for n in range(table.rowCount()))
    assert {table.rowHeight(n) for n in range(table.rowCount())} == {table.rowHeight(0)}


def test_the_picture_viewer_and_the_batch_reply_open_within_a_small_screen(qtbot, wei_window, tmp_path):
    """On a screen of 800 px (the window's own minimum is 800x560) the picture viewer opened
    960x720 and the batch reply 820x560: their right edge, "Save as…" and "Close", off the screen."""
    from PySide6.QtGui import QColor, QImage

    from desktop.gui.views.image_viewer import ImageViewer

    w, s = wei_window
    free = w.screen().availableGeometry()
    assert free.width() < 960, "the offscreen platform's screen is 800x800"
    assert w.width() <= free.width() and w.height() <= free.height()     # its first start: 1180x760 at most
    picture = tmp_path / "photo.png"
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    image.save(str(picture))
    viewer = ImageViewer(s, picture, parent=w)
    qtbot.addWidget(viewer)
    batch = w.messages.open_batch()
    qtbot.addWidget(batch)
    for dialog in (viewer, batch):
        assert dialog.width() <= free.width() and dialog.height() <= free.height(), (dialog, dialog.size())
    qtbot.waitUntil(lambda: viewer.zoom < 1, timeout=10_000)      # the picture is fitted to the smaller viewer
    wait_idle(qtbot, s)
    batch.reject()


def test_an_empty_search_of_orders_and_products_says_so(qtbot, window, session):
    """A search or a status that matches nothing left a blank table under its headers (and a
    blank catalogue): it looked like a window still loading, or one that had failed."""
    orders = window.orders
    window.show_view("orders")
    qtbot.waitUntil(lambda: orders.model.loaded and orders.model.rowCount() > 0, timeout=10_000)
    assert orders.empty.text() == ""
    orders.search.setText("zzzz-no-such-order")
    qtbot.waitUntil(lambda: orders.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: orders.empty.text() == "No orders match the search or the status chosen.", timeout=10_000)
    assert orders.empty.label.isVisibleTo(window) and orders.empty.label.height() > 0
    orders.search.setText("")
    qtbot.waitUntil(lambda: orders.model.rowCount() > 0, timeout=10_000)
    assert orders.empty.text() == "" and not orders.empty.label.isVisibleTo(window)

    products = window.products
    window.show_view("products")
    qtbot.waitUntil(lambda: products.model.loaded and products.model.rowCount() > 0, timeout=10_000)
    products.search.setText("zzzz-no-such-product")
    qtbot.waitUntil(lambda: products.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: products.empty.text() == "No products match the search.", timeout=10_000)
    wait_idle(qtbot, session)


def test_the_quick_reply_popup_stays_inside_a_narrow_window(qtbot, wei_window):
    """At 800x560 the "/" list was 300 px wide from the compose box's left edge: it ran past the
    window's right edge, "Esc close" and "Show original" cut off."""
    w, s = wei_window
    w.resize(800, 560)
    chat = open_chat(qtbot, w, 1)
    wait_idle(qtbot, s)
    picker = chat.quick_replies
    chat.compose.edit.setFocus()
    qtbot.keyClicks(chat.compose.edit, "/")
    qtbot.waitUntil(picker.popup.isVisible, timeout=10_000)
    popup = picker.popup
    window = popup.parentWidget()
    assert popup.geometry().left() >= 0 and popup.geometry().right() < window.width(), (popup.geometry(), window.width())
    help_label = popup.help
    assert help_label.heightForWidth(help_label.width()) <= help_label.height() if help_label.wordWrap() \
        else help_label.sizeHint().width() <= help_label.width()
    assert popup.original.geometry().right() < popup.width()
    qtbot.keyClick(chat.compose.edit, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_a_bubble_widened_by_its_note_has_no_empty_line_above_the_note(qtbot, wei_window):
    """"Disputa abierta · 23,99 €" was measured wrapped at the text's width, then drawn on one
    line in a bubble the note made wider: an empty line stood between the text and the note."""
    from PySide6.QtGui import QFontMetrics

    from desktop.gui.views.bubbles import PAD

    w, s = wei_window
    w.resize(800, 560)
    chat = open_chat(qtbot, w, 1)
    wait_idle(qtbot, s)
    model, view, option = chat.model, chat.list, chat._option()
    fm = QFontMetrics(option.font)
    checked = 0
    for n in range(model.rowCount()):
        ix = model.index(n)
        row, text, note = ix.data(MessageRole.ROW), ix.data(MessageRole.SHOWN), ix.data(MessageRole.NOTE)
        if not note or not text or row.attachments:
            continue
        rect = view.visualRect(ix)
        inner = chat.delegate.bubble_rect(ix, rect, option).adjusted(PAD, PAD, -PAD, -PAD)
        drawn = fm.boundingRect(inner, int(Qt.TextFlag.TextWordWrap), text)
        note_top = chat.delegate.note_rect(ix, rect, option).top()
        assert note_top - drawn.bottom() <= fm.height() // 2 + 6, (text, drawn, note_top)
        checked += 1
    assert checked


def test_the_sellers_chat_at_800x560_has_room(qtbot, wei_window):
    """At 800x560 the list kept 320 px and Wei's chat had 326: "james · writes i…" beside
    Note and Show originals, the name "Jame…" in the list, three lines of compose box in a
    chat 450 px tall. Now the list takes a share down to its minimum, the header's buttons go
    to the wait's line, the name comes before the desk's note, the box has two lines; a
    roomy window is as it was, and a divider the user moved stays where they put it."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.gui.views import compose, conversation_item
    from desktop.gui.views.message_centre import LIST_WIDTH

    w, s = wei_window
    w.resize(1280, 800)
    chat = open_chat(qtbot, w, 4)
    centre, header = w.messages, chat.header
    qtbot.waitUntil(lambda: centre.splitter.sizes()[0] == LIST_WIDTH, timeout=5_000)
    assert not header.narrow and header.line.indexOf(header.tools) >= 0
    assert chat.compose.edit.height() == compose.EDIT_HEIGHT
    w.resize(800, 560)
    qtbot.waitUntil(lambda: centre.splitter.sizes()[0] == centre.list.minimumWidth(), timeout=5_000)
    assert chat.width() >= 380, chat.width()
    # Beside the wait (or under it, with the real clock's long waits), not cutting the subtitle.
    assert header.narrow and header.line.indexOf(header.tools) < 0
    assert header.tools.width() < header.width() // 2         # as wide as its buttons, at the right
    qtbot.waitUntil(lambda: not header.subtitle.is_elided(), timeout=5_000)
    assert header.tools.geometry().right() <= header.contentsRect().right()
    if chat.height() < 480:
        assert chat.compose.edit.height() == compose.COMPACT_EDIT_HEIGHT
    # The name first: "James Carter" whole beside "1 h · Delay · Wholesale" in a 150 px line.
    option = QStyleOptionViewItem()
    option.initFrom(centre.list)
    name = conversation_item.QFontMetrics(conversation_item.bold_font(option)).horizontalAdvance("James Carter")
    assert conversation_item.note_width(200, name, 150) == 150 - name - 8 >= 150 // 3
    assert conversation_item.note_width(200, 140, 150) == 50          # a long name: the note keeps a third
    assert conversation_item.note_width(30, 40, 150) == 30            # a short note: its own width
    w.resize(1280, 800)
    qtbot.waitUntil(lambda: centre.splitter.sizes()[0] == LIST_WIDTH and not header.narrow, timeout=5_000)
    assert header.line.indexOf(header.tools) >= 0 and chat.compose.edit.height() == compose.EDIT_HEIGHT
    centre.splitter.moveSplitter(400, 1)                              # the user's choice (emits splitterMoved)
    w.resize(1200, 800)
    wait_idle(qtbot, s)
    assert centre._list_dragged and centre.splitter.sizes()[0] == 400, centre.splitter.sizes()


def test_the_shortcuts_list_shows_each_name_whole(qtbot, wei_window, qapp):
    """In Spanish "Respuestas rápidas (escribe / en el cuadro de …" was cut at 600 px: the
    dialog is now as wide as its longest name and keys (within the screen), each name its
    own tooltip too."""
    from PySide6.QtGui import QFontMetrics

    from desktop.gui.app import install_language
    from desktop.gui.views.shortcuts_dialog import ShortcutsDialog

    w, _s = wei_window
    install_language(qapp, "es")
    try:
        dialog = ShortcutsDialog(w)
    finally:
        install_language(qapp, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    fm = QFontMetrics(table.font())
    names = [table.item(n, 0).text() for n in range(table.rowCount())]
    assert any(name.startswith("Respuestas rápidas (escribe /") for name in names), names
    for n, name in enumerate(names):
        assert table.item(n, 0).toolTip() == name
        assert fm.horizontalAdvance(name) + 8 <= table.columnWidth(0), (name, table.columnWidth(0))


def test_the_header_buttons_never_cut_the_wait(qtbot):
    """Lina's overdue buyer at 800x560 in Spanish: "Esperando 7 h · con 3 h de re" under Nota
    and Ver originales. The buttons go beside the subtitle, else beside the wait, else on a
    line of their own, whichever first leaves the text whole."""
    from desktop.gui.views.chat_header import ChatHeader

    header = ChatHeader()
    qtbot.addWidget(header)
    header.subtitle.setText("lucia · escribe en español · allí son las 10:00")
    header.wait.setText("Esperando 1 h")
    header.wait.show()
    header.resize(1000, 100)
    header.show()
    qtbot.waitUntil(lambda: header.place is header.line, timeout=5_000)
    header.resize(390, 100)
    qtbot.waitUntil(lambda: header.place is header.wait_line, timeout=5_000)
    # A longer wait: too long to share its line with the buttons, short enough for the header.
    room = header.contentsRect().width() - 32
    text = "Esperando 7 h · con 3 h de retraso"
    while header.wait.fontMetrics().horizontalAdvance(text) < room - header.tools.sizeHint().width():
        text += " ·"
    assert header.wait.fontMetrics().horizontalAdvance(text) < room
    header.wait.setText(text)
    header.wait.rendered.emit()                      # as WaitLabel does after each text it puts
    qtbot.waitUntil(lambda: header.place is header.own_line, timeout=5_000)
    assert header.narrow and header.own_line.indexOf(header.tools) >= 0
    qtbot.waitUntil(lambda: header.tools.geometry().top() >= header.wait.geometry().bottom(), timeout=5_000)
    header.resize(1000, 100)
    qtbot.waitUntil(lambda: header.place is header.line, timeout=5_000)


def test_a_buyers_list_shares_a_narrow_window_too(qtbot, window):
    """A window shown at 800x560 from the start: the share was taken before the splitter had
    its width (its sizes 0) and the list kept 320 px."""
    window.resize(800, 560)
    window.show_view("messages")
    centre = window.messages
    qtbot.waitUntil(lambda: centre.splitter.sizes()[0] == centre.list.minimumWidth(), timeout=5_000)
