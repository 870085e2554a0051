"""The desk's views in the Message Centre (issue 17 §2): the filter bar with each view's count,
switching views, archive and labels from the list's menu, the wait drawn on a row, and the
view kept per account."""

from __future__ import annotations

import datetime as dt

from gui_helpers import wait_idle

from desktop.core import demo_scale, desk
from desktop.gui.models.conversations import ConversationRole
from desktop.gui.ops.conversations import InboxFilter
from desktop.gui.views import conversation_item
from desktop.gui.views.message_centre import MessageCentre


def centre(qtbot, session):
    from desktop.gui.images import ImageCache
    c = MessageCentre(session, ImageCache(session))
    qtbot.addWidget(c)
    c.load()
    qtbot.waitUntil(lambda: bool(c.model.loaded and c.filters is not None and c.filters._counts), timeout=10_000)
    return c


def ids(c):
    return [c.model.row_at(n).id for n in range(c.model.rowCount())]


def test_a_seller_switches_views_and_sees_each_count(qtbot, seller_session):
    demo_scale.generate(seller_session.db, 1500)
    c = centre(qtbot, seller_session)
    counts = desk.counts(seller_session.db, seller_session.user)
    assert set(c.filters.buttons) == {"all", "unread", "awaiting", "overdue", "problem", "archived"}
    assert c.filters.buttons["awaiting"].text().endswith(f"({counts['awaiting']})")
    c.filters.buttons["awaiting"].click()
    qtbot.waitUntil(lambda: c.model.view == InboxFilter("awaiting"))
    wait_idle(qtbot, seller_session)
    awaiting = desk.view_ids(seller_session.db, seller_session.user, "awaiting")
    assert ids(c) == awaiting[:c.model.rowCount()] and c.model.rowCount() > 0
    state = c.model.index(0).data(ConversationRole.DESK)
    assert state is not None and state.awaiting_since is not None
    text, colour = conversation_item.desk_status(state)
    assert text and colour in (conversation_item.AWAITING, conversation_item.OVERDUE)


def test_archiving_moves_a_conversation_out_of_all_and_the_view_is_kept(qtbot, seller_session):
    c = centre(qtbot, seller_session)
    first = ids(c)[0]
    with qtbot.waitSignal(c.model.refreshed, timeout=10_000):
        desk.archive(seller_session.db, seller_session.user, first)
    assert first not in ids(c)
    qtbot.waitUntil(lambda: c.filters.buttons["archived"].text().endswith("(1)"), timeout=10_000)
    c.filters.buttons["archived"].click()
    qtbot.waitUntil(lambda: ids(c) == [first], timeout=10_000)
    again = centre(qtbot, seller_session)          # the next window of this account opens on Archived
    assert again.model.view == InboxFilter("archived") and again.filters.buttons["archived"].isChecked()


def test_labels_filter_the_list(qtbot, seller_session):
    c = centre(qtbot, seller_session)
    target = ids(c)[-1]
    desk.add_label(seller_session.db, seller_session.user, target, "VIP")
    qtbot.waitUntil(lambda: c.filters.label.findData("VIP") > 0, timeout=10_000)
    c.filters.label.setCurrentIndex(c.filters.label.findData("VIP"))
    c.filters.label.activated.emit(c.filters.label.currentIndex())
    qtbot.waitUntil(lambda: ids(c) == [target], timeout=10_000)
    assert "VIP" in conversation_item.desk_status(c.model.index(0).data(ConversationRole.DESK))[0]


def test_a_buyer_has_fewer_views(qtbot, session):
    c = centre(qtbot, session)
    assert set(c.filters.buttons) == {"all", "unread", "archived"} and c.filters.label.isHidden()


def test_wait_is_said_shortly():
    now = dt.datetime(2026, 12, 2, 12, 0)
    assert conversation_item.waited(now - dt.timedelta(minutes=5), now) == "5 min"
    assert conversation_item.waited(now - dt.timedelta(hours=3), now) == "3 h"
    assert conversation_item.waited(now - dt.timedelta(days=3), now) == "3 d"


def test_the_wait_and_local_times_read_the_cores_clock():
    # `--now` / BUZON_NOW set the core's clock: the list's wait and the buyer's local time must
    # agree with it (James showed "12 d", orange, at the demo's time while the core said 1 h).
    from desktop.core import clock
    from desktop.gui import format as fmt

    at = dt.datetime(2026, 11, 20, 9, 0)
    with clock.frozen(at):
        assert conversation_item.waited(at - dt.timedelta(hours=1)) == "1 h"
        assert fmt.clock("UTC") == fmt.clock("UTC", at)
        assert fmt.short_time(at - dt.timedelta(hours=2)) == fmt.short_time(at - dt.timedelta(hours=2), now=at)
        # The list leaves out the current year (its rows are narrow: "James C…" at 800 px).
        assert fmt.list_time(at - dt.timedelta(hours=2)) == fmt.short_time(at - dt.timedelta(hours=2))
        earlier = fmt.list_time(dt.datetime(2026, 3, 4, 10, 0))
        assert "2026" not in earlier and "26" not in earlier and "4" in earlier and "3" in earlier
        assert "2025" in fmt.list_time(dt.datetime(2025, 3, 4, 10, 0)) or "25" in fmt.list_time(
            dt.datetime(2025, 3, 4, 10, 0))
    assert [fmt.without_year(p) for p in ("dd/MM/yyyy", "yyyy/M/d", "d/M/yy", "yyyy-MM-dd")] == \
        ["dd/MM", "M/d", "d/M", "MM-dd"]


def test_the_chat_header_says_the_wait_and_the_time_left(qtbot, seller_session):
    # Issue 17 §5: the wait and what is left of the store's target, in the chat's header too.
    from desktop.core import clock, messaging

    at = dt.datetime(2026, 11, 20, 9, 0)              # the demo's time: James has waited 1 h
    with clock.frozen(at):
        c = centre(qtbot, seller_session)
        awaiting = desk.view_ids(seller_session.db, seller_session.user, "awaiting")
        assert awaiting
        cid = awaiting[0]
        c.open_conversation(cid)
        wait_idle(qtbot, seller_session)
        label = c.chat.wait
        qtbot.waitUntil(lambda: not label.isHidden(), timeout=5_000)
        row = c.model.index(c.model.row_of(cid)).data(ConversationRole.DESK)
        left = conversation_item.short_duration(row.due_at - at)
        assert label.text() == f"Waiting {conversation_item.waited(row.awaiting_since, at)} · {left} left"
        with clock.frozen(row.due_at + dt.timedelta(hours=2)):
            label.show_wait(row)
            assert label.text().endswith("· overdue by 2 h")
        messaging.send(seller_session.db, seller_session.user, cid, "Sale mañana.")
        qtbot.waitUntil(label.isHidden, timeout=10_000)     # the reply ends the wait
