"""Several conversations marked read at once from the list's selection (issue 17 §2)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMenu

from desktop.core import clock, demo_scale
from desktop.gui.models.conversations import ConversationRole
from desktop.gui.images import ImageCache
from desktop.gui.views.message_centre import MessageCentre


def test_the_menu_of_a_selection_marks_them_all_read(qtbot, seller_session):
    with clock.frozen(dt.datetime(2026, 11, 20, 9, 0)):
        demo_scale.generate(seller_session.db, 1500)            # wei: about 30 conversations, many unread
        c = MessageCentre(seller_session, ImageCache(seller_session))
        qtbot.addWidget(c)
        c.load()
        qtbot.waitUntil(lambda: c.model.loaded, timeout=10_000)
        unread = [n for n in range(c.model.rowCount()) if c.model.index(n).data(ConversationRole.UNREAD)][:3]
        assert len(unread) == 3
        for n in unread:
            c.list.selectionModel().select(c.model.index(n), QItemSelectionModel.SelectionFlag.Select)
        ids = c.selected_ids()
        menu = QMenu(c)
        c._several_menu(menu, ids)
        first = menu.actions()[0]
        assert first.text() == "Mark 3 as read"
        first.trigger()
        qtbot.waitUntil(lambda: not any(c.model.index(c.model.row_of(i)).data(ConversationRole.UNREAD)
                                        for i in ids), timeout=10_000)
        others = [n for n in range(c.model.rowCount()) if c.model.row_at(n).id not in ids]
        assert any(c.model.index(n).data(ConversationRole.UNREAD) for n in others)   # only the selection
