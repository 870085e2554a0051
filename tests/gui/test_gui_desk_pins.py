"""Pinned conversations head All in the window's list (docs/desk.md), and stay there when a
change notice moves rows: a new message elsewhere, a pin, an unpin."""

from __future__ import annotations

from desktop.core import conversations, demo_scale, desk, messaging, users
from desktop.gui.models.conversations import ConversationListModel
from desktop.gui.ops.conversations import InboxFilter


def live_model(qtbot, session, **kw) -> ConversationListModel:
    model = ConversationListModel(session, **kw)
    session.changed.connect(lambda notice: model.refresh(notice.conversation_ids))
    model.load()
    qtbot.waitUntil(lambda: model.loaded)
    return model


def ids(model):
    return [model.row_at(n).id for n in range(model.rowCount())]


def refreshed(qtbot, model, write):
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        write()


def test_a_pin_moves_the_row_to_the_top_and_keeps_it_there(qtbot, qtmodeltester, seller_session):
    s = seller_session
    demo_scale.generate(s.db, 1500)
    model = live_model(qtbot, s, page=10)
    whole = [r.id for r in conversations.list_conversations(s.db, s.user)]
    assert ids(model) == whole[:10]
    far, second = whole[20], whole[1]           # one beyond the loaded page, one on it
    refreshed(qtbot, model, lambda: desk.pin(s.db, s.user, far))
    assert ids(model)[0] == far and ids(model)[1:] == whole[:10]
    refreshed(qtbot, model, lambda: desk.pin(s.db, s.user, second))
    assert ids(model)[:2] == [second, far]       # the pinned, newest activity first
    newest = whole[5]                             # a buyer writes in another conversation
    buyer = users.resolve(s.db, model.row_at(model.row_of(newest)).peer_handle)
    refreshed(qtbot, model, lambda: messaging.send(s.db, buyer, newest, "¿Alguna novedad?"))
    assert ids(model)[:3] == [second, far, newest]
    refreshed(qtbot, model, lambda: desk.pin(s.db, s.user, far, False))
    assert far not in ids(model)                  # back to its place, on a page not read yet
    assert ids(model)[:2] == [second, newest]
    # The next page never repeats a pinned row, and the order is the core's.
    while model.canFetchMore():
        n = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda n=n: model.rowCount() > n or not model.canFetchMore())
    core = [r.id for r in desk.iter_rows(s.db, s.user)]
    assert ids(model)[0] == second and sorted(ids(model)) == sorted(core) and len(set(ids(model))) == len(core)
    qtmodeltester.check(model, force_py=True)         # the pin (fetched again) keeps the keys in order


def test_pins_lead_only_in_all(qtbot, seller_session):
    s = seller_session
    wei = users.resolve(s.db, "wei")
    first, last = [r.id for r in conversations.list_conversations(s.db, wei)][:2]
    desk.pin(s.db, wei, last)
    desk.add_label(s.db, wei, first, "VIP")
    desk.add_label(s.db, wei, last, "VIP")
    model = live_model(qtbot, s)
    assert ids(model) == [last, first]
    labelled = live_model(qtbot, s, view=InboxFilter("all", "VIP"))
    assert ids(labelled) == [first, last]
