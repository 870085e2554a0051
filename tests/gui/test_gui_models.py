"""Every model passes Qt's model tester, and loads rows lazily."""

from __future__ import annotations

from gui_helpers import wait_idle

from desktop.core import conversations, messaging
from desktop.gui.images import ImageCache
from desktop.gui.models.conversations import ConversationListModel, ConversationRole
from desktop.gui.models.messages import MessageListModel, MessageRole
from desktop.gui.models.orders import OrderColumn, OrderTableModel
from desktop.gui.models.products import ProductListModel, ProductRole
from desktop.gui.outgoing import PendingSends, SendState


def test_product_model(qtbot, qtmodeltester, session):
    model = ProductListModel(session, ImageCache(session))
    model.load()
    qtbot.waitUntil(lambda: model.rowCount() >= 30)
    assert model.data(model.index(0, 0), ProductRole.ROW) is None        # asked for, not yet there
    with qtbot.waitSignal(model.dataChanged):
        pass
    row = model.data(model.index(0, 0), ProductRole.ROW)
    assert row is not None and model.data(model.index(0, 0)) == row.title
    assert model.cached(model.id_at(40 if model.rowCount() > 40 else 1)) is None   # never shown, never read
    qtmodeltester.check(model, force_py=True)


def test_order_model_and_filter(qtbot, qtmodeltester, session):
    model = OrderTableModel(session)
    model.load()
    qtbot.waitUntil(lambda: model.rowCount() == 7)
    for n in range(model.rowCount()):
        model.data(model.index(n, 0))
    qtbot.waitUntil(lambda: model.data(model.index(model.rowCount() - 1, 0)) is not None)
    assert model.data(model.index(0, OrderColumn.NUMBER)).startswith("8190")
    qtmodeltester.check(model, force_py=True)
    model.load("shipped")
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    qtmodeltester.check(model, force_py=True)


def test_conversation_model_moves_rows_on_new_activity(qtbot, qtmodeltester, session):
    model = ConversationListModel(session)
    model.load()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    qtmodeltester.check(model, force_py=True)
    last = model.row_at(2)
    messaging.send(session.db, session.user, last.id, "¿Seguís ahí?")
    model.refresh({last.id})
    wait_idle(qtbot, session)
    assert model.row_at(0).id == last.id
    assert model.data(model.index(0), ConversationRole.PREVIEW).endswith("¿Seguís ahí?")
    qtmodeltester.check(model, force_py=True)


def test_message_model_pages(qtbot, qtmodeltester, session):
    cid = 3
    for n in range(75):
        messaging.send(session.db, session.user, cid, f"línea {n}")
    model = MessageListModel(session, PendingSends(session), cid, page=30)
    model.load()
    qtbot.waitUntil(lambda: model.rowCount() == 30)
    assert model.data(model.index(29), MessageRole.ROW).text == "línea 74"
    qtmodeltester.check(model, force_py=True)
    model.fetch_older()
    qtbot.waitUntil(lambda: model.rowCount() == 60)
    assert model.data(model.index(0), MessageRole.ROW).text == "línea 15"
    model.fetch_older()
    qtbot.waitUntil(lambda: model.at_start)
    assert model.rowCount() == 80            # 75 new + the 5 of the demo
    qtmodeltester.check(model, force_py=True)


def test_message_model_states(qtbot, session, seller_session):
    cid = 1
    model = MessageListModel(session, PendingSends(session), cid)
    model.load()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    sent = messaging.send(session.db, session.user, cid, "¿Cuándo sale?")
    model.fetch_newer()
    qtbot.waitUntil(lambda: model.data(model.index(model.rowCount() - 1), MessageRole.ID) == sent.message_id)
    last = model.index(model.rowCount() - 1)
    assert model.data(last, MessageRole.STATE) is SendState.SENT
    conversations.mark_read(seller_session.db, seller_session.user, cid)
    model.refresh_read_marks()
    qtbot.waitUntil(lambda: model.data(last, MessageRole.STATE) is SendState.READ)
