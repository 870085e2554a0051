"""Store settings in the window (Desk → Store settings…, "Change…" beside the response target),
the dispute answer's "Ask for the item back" without a return address, and the chat's
"Return asked" card with the address."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.core import desk_settings, quick_replies, users
from desktop.core import schema as m
from desktop.gui.views.dispute_respond_dialog import DisputeRespondDialog
from desktop.gui.views.stats_dialog import StatsDialog
from desktop.gui.views.store_settings_dialog import StoreSettingsDialog
from gui_helpers import open_session, order_section, seed_order_cases, wait_changes_seen, wait_idle

ADDRESS = "Shenzhen Tech Official Store, Returns"


def stored(session, handle="wei"):
    db = session.ctx.db()
    return desk_settings.read(db, users.resolve(db, handle))


def opened(qtbot, session) -> StoreSettingsDialog:
    d = StoreSettingsDialog(session)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.stored is not None and d.replies is not None and not d.busy, timeout=20_000)
    return d


def box(d) -> QMessageBox:
    assert d.unsaved_box is not None
    return d.unsaved_box


def click(qtbot, question: QMessageBox, text: str) -> None:
    button = next(b for b in question.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_dialog_shows_every_setting_and_saves_only_what_changed(qtbot, seller_session):
    d = opened(qtbot, seller_session)
    assert d.target_hours.value() == 24 and d.target_minutes.value() == 0
    assert d.time_zone.currentText() == "Asia/Shanghai" and d.away.currentData() == ""
    assert d.address.toPlainText().startswith(ADDRESS)
    assert all(edit.text() == "" for edit in d.hours.values()) and d.hours["mon"].placeholderText() == "closed"
    assert not d.save_button.isEnabled() and d.problem.isHidden()          # nothing typed yet
    # every quick reply of the store is an away reply to choose
    assert d.away.count() == 1 + len(quick_replies.DEFAULTS)
    d.target_hours.setValue(4)
    d.target_minutes.setValue(30)
    d.hours["mon"].setText("09:00-18:00")
    d.hours["sat"].setText("10:00-14:00")
    d.away.setCurrentIndex(d.away.findData("away"))
    d.time_zone.setCurrentText("Europe/Madrid")
    d.address.setPlainText("  Wei Returns \n\n88 Huaqiang Rd\nShenzhen")
    assert d.changes() == {"response_target_minutes": 270, "time_zone": "Europe/Madrid",
                           "hours": {"mon": "09:00-18:00", "sat": "10:00-14:00"}, "away_reply": "away",
                           "return_address": "  Wei Returns \n\n88 Huaqiang Rd\nShenzhen"}
    assert d.save_button.isEnabled()
    with qtbot.waitSignal(d.finished, timeout=20_000):
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    now = stored(seller_session)
    assert (now.response_target_minutes, now.time_zone, now.away_reply) == (270, "Europe/Madrid", "away")
    assert now.office_hours == {"mon": "09:00-18:00", "sat": "10:00-14:00"}
    assert now.return_address == "Wei Returns\n88 Huaqiang Rd\nShenzhen"


@pytest.mark.parametrize("field, value, words", [
    ("mon", "9-18", "Monday: “9-18” is not a span of office hours"),
    ("tue", "18:00-09:00", "Tuesday: “18:00-09:00” is not a span"),
    ("sun", "09:00-24:30", "Sunday: “09:00-24:30” is not a span"),
    ("zone", "Mars/Olympus", "“Mars/Olympus” is not a time zone: choose one from the list."),
    ("zone", "", "Choose the store's time zone from the list."),
    ("target", 0, "at least 1 minute"),
    ("address", "Calle\tMayor 1", "control character at character 6"),
    ("address", "x" * 501, "the limit is 500"),
])
def test_what_is_typed_is_checked_while_typing(qtbot, seller_session, field, value, words):
    d = opened(qtbot, seller_session)
    if field == "zone":
        d.time_zone.setCurrentText(value)
        widget = d.time_zone
    elif field == "target":
        d.target_hours.setValue(0)
        widget = d.target_hours
    elif field == "address":
        d.address.setPlainText(value)
        widget = d.address
    else:
        d.hours[field].setText(value)
        widget = d.hours[field]
    assert d.problem.isVisibleTo(d) and words in d.problem.text()
    assert not d.save_button.isEnabled() and "C62828" in widget.styleSheet()
    # put right, the mark and the reason go, and Save waits only for a change
    if field == "zone":
        d.time_zone.setCurrentText("Europe/Madrid")
    elif field == "target":
        d.target_hours.setValue(12)
    elif field == "address":
        d.address.setPlainText("Calle Mayor 1\nMadrid")
    else:
        d.hours[field].setText("09:00-18:00")
    assert d.problem.isHidden() and widget.styleSheet() == "" and d.save_button.isEnabled()


def test_the_time_zone_list_is_searched_by_a_part_of_the_name(qtbot, seller_session):
    d = opened(qtbot, seller_session)
    completer = d.time_zone.completer()
    completer.setCompletionPrefix("madrid")
    assert completer.currentCompletion() == "Europe/Madrid"
    assert "UTC" in d.zones and "US/Pacific" not in d.zones and "Etc/GMT+3" not in d.zones


def test_the_chosen_zone_says_the_time_there_and_its_offset_that_day(qtbot, seller_session):
    """A list of bare names ("America/Argentina/Cordoba") left the seller guessing whether it
    was the right one: under it, the time there now and the offset of that moment."""
    import datetime as dt

    from desktop.core import clock

    d = opened(qtbot, seller_session)
    with clock.frozen(dt.datetime(2026, 7, 1, 12, 0)):        # Madrid on summer time
        d.time_zone.setCurrentText("Europe/Madrid")
        assert d.zone_note.text() == "Now 14:00 there (UTC+02:00)" and d.zone_note.isVisibleTo(d)
        d.time_zone.setCurrentText("America/Argentina/Buenos_Aires")
        assert d.zone_note.text() == "Now 09:00 there (UTC−03:00)"
        d.time_zone.setCurrentText("Asia/Kolkata")
        assert d.zone_note.text() == "Now 17:30 there (UTC+05:30)"
        d.time_zone.setCurrentText("UTC")
        assert d.zone_note.text() == "Now 12:00 there (UTC)"
    with clock.frozen(dt.datetime(2026, 12, 1, 12, 0)):       # and on winter time
        d.time_zone.setCurrentText("Europe/Madrid")
        assert d.zone_note.text() == "Now 13:00 there (UTC+01:00)"
    d.time_zone.setCurrentText("Mars/Olympus")                  # not a zone: the problem says so instead
    assert not d.zone_note.isVisibleTo(d) and not d.problem.isHidden()


def test_an_away_reply_without_office_hours_is_said_to_wait_for_them(qtbot, seller_session):
    d = opened(qtbot, seller_session)
    d.away.setCurrentIndex(d.away.findData("away"))
    assert "Not sent until office hours are set" in d.away_note.text()
    d.hours["fri"].setText("09:00-17:00")
    assert "Sent once a day" in d.away_note.text()


def test_closing_with_edits_asks_save_discard_or_cancel(qtbot, seller_session):
    d = opened(qtbot, seller_session)
    d.hours["mon"].setText("08:00-12:00")
    d.reject()                                          # Cancel, Escape, the ×
    question = box(d)
    assert sorted(b.text() for b in question.buttons()) == ["Cancel", "Discard", "Save"]
    assert question.defaultButton().text() == "Save" and question.escapeButton().text() == "Cancel"
    click(qtbot, question, "Cancel")
    assert d.isVisible() and d.hours["mon"].text() == "08:00-12:00"      # nothing lost
    assert not d.close() and d.isVisible()               # the title bar's ×: asked too
    click(qtbot, box(d), "Cancel")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    click(qtbot, box(d), "Discard")
    assert not d.isVisible() and stored(seller_session).office_hours == {}


def test_the_question_saves_and_a_refused_value_cannot_be_saved_from_it(qtbot, seller_session):
    d = opened(qtbot, seller_session)
    d.hours["mon"].setText("nonsense")
    d.reject()
    save = next(b for b in box(d).buttons() if b.text() == "Save")
    assert not save.isEnabled() and box(d).defaultButton().text() == "Cancel"
    click(qtbot, box(d), "Cancel")
    d.hours["mon"].setText("08:00-12:00")
    d.reject()
    with qtbot.waitSignal(d.finished, timeout=20_000):
        click(qtbot, box(d), "Save")
    assert stored(seller_session).office_hours == {"mon": "08:00-12:00"}


def test_a_teammates_change_arrives_and_what_is_being_typed_stays(qtbot, seller_session):
    """Another client (here the core, as `buzon store-settings` would) changes the settings:
    the fields left alone take the new values, the one being edited keeps its text."""
    d = opened(qtbot, seller_session)
    d.hours["mon"].setText("07:00-11:00")
    db = seller_session.ctx.db()
    desk_settings.update(db, users.resolve(db, "wei"), response_target_minutes=180,
                         hours={"mon": "09:00-18:00", "tue": "09:00-18:00"}, return_address="Elsewhere 9")
    wait_changes_seen(qtbot, seller_session)
    qtbot.waitUntil(lambda: d.target_hours.value() == 3, timeout=10_000)
    assert d.hours["tue"].text() == "09:00-18:00" and d.address.toPlainText() == "Elsewhere 9"
    assert d.hours["mon"].text() == "07:00-11:00" and d.changes() == {"hours": {"mon": "07:00-11:00"}}
    # a quick reply added meanwhile is an away reply to choose at once
    quick_replies.add(db, users.resolve(db, "wei"), "holiday", "Holiday", "We are on holiday.")
    wait_changes_seen(qtbot, seller_session)
    qtbot.waitUntil(lambda: d.away.findData("holiday") >= 0, timeout=10_000)


def test_an_away_reply_the_store_removed_is_said(qtbot, seller_session):
    db = seller_session.ctx.db()
    wei = users.resolve(db, "wei")
    desk_settings.update(db, wei, away_reply="away")
    quick_replies.remove(db, wei, "away")
    d = opened(qtbot, seller_session)
    assert d.away.currentData() == "away" and "no longer a quick reply" in d.away.currentText()
    assert "no longer one of the store's quick replies" in d.problem.text()
    d.away.setCurrentIndex(0)
    assert d.problem.isHidden() and d.save_button.isEnabled()


def test_the_desk_menu_and_the_response_figures_open_it(qtbot, wei_window):
    w, session = wei_window
    titles = [a.text() for a in w.desk_menu.actions()]
    assert "&Store settings…" in titles
    action = next(a for a in w.desk_menu.actions() if a.text() == "&Store settings…")
    action.trigger()
    dialog = w.findChild(StoreSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    stats = w.open_stats()
    assert isinstance(stats, StatsDialog) and stats.change_target.isVisibleTo(stats)
    qtbot.mouseClick(stats.change_target, Qt.MouseButton.LeftButton)
    over = stats.findChild(StoreSettingsDialog)
    assert over is not None and over.isVisible()
    qtbot.waitUntil(lambda: over.stored is not None and not over.busy, timeout=20_000)
    over.target_hours.setValue(6)
    with qtbot.waitSignal(over.finished, timeout=20_000):
        qtbot.mouseClick(over.save_button, Qt.MouseButton.LeftButton)
    # the figures' target follows the change
    qtbot.waitUntil(lambda: stats.target.text() == "6 h", timeout=20_000)
    wait_idle(qtbot, session)


def test_a_buyer_has_no_store_settings(qtbot, window):
    window.session.ready.emit(window.session.user)
    assert window.desk_menu is None


# -- the dispute's answer without a return address -------------------------------------------------

@pytest.fixture
def cases_dir(data_dir):
    return seed_order_cases(data_dir)


def test_asking_for_the_item_back_waits_for_a_return_address(qtbot, cases_dir):
    store = open_session(qtbot, cases_dir, "wei")
    try:
        db = store.ctx.db()
        desk_settings.update(db, users.resolve(db, "wei"), return_address="")
        section = order_section(qtbot, store, "8190000000000114")
        dialog = section.respond()
        assert isinstance(dialog, DisputeRespondDialog)
        qtbot.waitUntil(lambda: dialog.return_address is not None, timeout=10_000)
        index = dialog.action.findData("return")
        item = dialog.action.model().item(index)
        assert not item.isEnabled() and "no return address" in item.toolTip()
        assert dialog.no_address_row.isVisibleTo(dialog) and "return address first" in dialog.no_address.text()
        # the way to add one: Store settings over the dialog, and the choice comes back once saved
        settings = dialog.open_store_settings()
        qtbot.waitUntil(lambda: settings.stored is not None and not settings.busy, timeout=20_000)
        settings.address.setPlainText("Wei Returns\nShenzhen")
        with qtbot.waitSignal(settings.finished, timeout=20_000):
            qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: item.isEnabled(), timeout=10_000)
        assert not dialog.no_address_row.isVisibleTo(dialog)
        dialog.action.setCurrentIndex(index)
        assert dialog.ok_button.isEnabled()
        with qtbot.waitSignal(dialog.done_with, timeout=10_000) as done:
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert done.args[0].return_address == "Wei Returns\nShenzhen"
    finally:
        store.close()


def test_a_teammate_removing_the_address_turns_the_choice_off(qtbot, cases_dir):
    store = open_session(qtbot, cases_dir, "wei")
    try:
        section = order_section(qtbot, store, "8190000000000114")
        dialog = section.respond()
        qtbot.waitUntil(lambda: dialog.return_address is not None, timeout=10_000)
        dialog.action.setCurrentIndex(dialog.action.findData("return"))
        assert dialog.ok_button.isEnabled() and not dialog.no_address_row.isVisibleTo(dialog)
        db = store.ctx.db()
        desk_settings.update(db, users.resolve(db, "wei"), return_address="")
        wait_changes_seen(qtbot, store)
        qtbot.waitUntil(lambda: dialog.no_address_row.isVisibleTo(dialog), timeout=10_000)
        assert dialog.action.currentData() == "accept"          # not left on a choice that is off
    finally:
        store.close()


# -- the chat's "Return asked" card ----------------------------------------------------------------

def test_the_return_asked_card_in_the_chat_says_where_to_send_the_item(qtbot, cases_dir):
    from desktop.core import dispute_steps
    from desktop.gui.models.messages import MessageListModel, MessageRole
    from desktop.gui.outgoing import PendingSends

    db_session = open_session(qtbot, cases_dir, "lucia")
    try:
        db = db_session.ctx.db()
        oid = db.read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == "8190000000000114")))
        dispute_steps.respond(db, users.resolve(db, "wei"), oid, "return")
        card = db.read(lambda s: s.scalars(select(m.Message).where(m.Message.kind == m.MessageKind.REQUEST_CARD)
                                           .order_by(m.Message.id.desc()).limit(1)).one())
        model = MessageListModel(db_session, PendingSends(db_session), card.conversation_id)
        model.reader_language = "en"
        model.load()
        wait_idle(qtbot, db_session)
        row = next(n for n in range(model.rowCount()) if model.index(n).data(MessageRole.ID) == card.id)
        qtbot.waitUntil(lambda: "Return address:" in model.index(row).data(MessageRole.SHOWN), timeout=10_000)
        shown = model.index(row).data(MessageRole.SHOWN)
        assert shown.startswith("Return asked")
        assert shown.split("Return address:\n", 1)[1].startswith(ADDRESS)
    finally:
        db_session.close()


def test_on_postgresql_a_teammates_change_reaches_the_open_dialog(qtbot, data_dir, pg_server, pg_url):
    """Wei and his agent Mei, each as their own role: Wei's Save in his dialog reaches Mei's open
    dialog (the change log's row names the store; before, only the writer's client read it)."""
    from sqlalchemy.engine import make_url

    from desktop.core import access
    from desktop.core.context import AppContext
    from desktop.core.db import Database
    from desktop.gui.session import Session

    owner = Database.open(pg_url)
    access.init(owner)
    access.demo_roles(owner)
    owner.close()
    name = make_url(pg_url).database
    sessions = {}
    for handle in ("wei", "mei"):
        folder = data_dir / handle
        folder.mkdir()
        s = Session(AppContext(data_dir=folder, database_url=pg_server.url(name, user=handle, password=handle),
                               user_handle=handle))
        s.start()
        qtbot.waitUntil(lambda s=s: s.user is not None, timeout=15_000)
        sessions[handle] = s
    try:
        mine, theirs = opened(qtbot, sessions["wei"]), opened(qtbot, sessions["mei"])
        theirs.hours["sun"].setText("10:00-12:00")              # Mei is editing Sunday meanwhile
        mine.hours["mon"].setText("09:00-18:00")
        mine.address.setPlainText("Wei Returns\nShenzhen")
        with qtbot.waitSignal(mine.finished, timeout=20_000):
            qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: theirs.address.toPlainText() == "Wei Returns\nShenzhen", timeout=15_000)
        assert theirs.hours["mon"].text() == "09:00-18:00" and theirs.hours["sun"].text() == "10:00-12:00"
        assert theirs.changes() == {"hours": {"sun": "10:00-12:00"}}
    finally:
        for s in sessions.values():
            s.close()
