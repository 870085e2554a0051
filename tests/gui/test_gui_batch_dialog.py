"""Batch reply in the window (issue 17 §4): from the list's selection or a whole view, a preview
with each recipient's exact text and language (the core's dry run), Send on the worker with a
progress bar and Cancel, a summary; a second run sends only what is missing; a big batch is
confirmed first."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.core import batch, clock, demo_scale, desk, quick_replies, users
from desktop.core import schema as m
from desktop.gui.images import ImageCache
from desktop.gui.views import batch_dialog
from desktop.gui.views.batch_dialog import BatchDialog
from desktop.gui.views.message_centre import MessageCentre

NOW = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture(autouse=True)
def frozen():
    with clock.frozen(NOW):
        yield


@pytest.fixture
def seller(seller_session):
    demo_scale.generate(seller_session.db, 1500)          # wei: 32 conversations
    return seller_session


def centre(qtbot, session):
    c = MessageCentre(session, ImageCache(session))
    qtbot.addWidget(c)
    c.load()
    qtbot.waitUntil(lambda: c.model.loaded and c.filters is not None, timeout=10_000)
    return c


def idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.busy == 0 and dialog.running is None, timeout=30_000)


def batch_messages(session) -> list[tuple[int, str]]:
    return session.db.read(lambda s: list(s.execute(
        select(m.Message.conversation_id, m.Message.client_id).where(m.Message.client_id.like("batch-%")))))


def test_a_selection_is_previewed_then_sent(qtbot, seller):
    c = centre(qtbot, seller)
    for n in (0, 2, 3):
        c.list.selectionModel().select(c.model.index(n), QItemSelectionModel.SelectionFlag.Select)
    chosen = c.selected_ids()
    assert len(chosen) == 3
    d = c.open_batch()
    assert d.selected_radio.isChecked() and "3" in d.selected_radio.text()
    qtbot.waitUntil(lambda: d.reply_combo.count() > 0, timeout=10_000)
    d.reply_combo.setCurrentIndex(d.reply_combo.findData("photos"))
    qtbot.waitUntil(lambda: len(d.items) == 3, timeout=30_000)       # previewed by itself: few recipients
    idle(qtbot, d)
    wei = users.resolve(seller.db, "wei")
    for n, cid in enumerate(chosen):
        want = quick_replies.fill_for(seller.db, wei, "photos", cid)
        name, lang, state, text = d.row_texts()[n]
        assert (d.items[cid].state, d.items[cid].text, d.items[cid].lang) == ("ready", want.text, want.lang)
        assert state == "Ready" and text == want.text and name == c.model.row_at(c.model.row_of(cid)).peer_name
    assert d.status.text().startswith("Preview: 3 ready") and not batch_messages(seller)
    d.send_button.click()
    idle(qtbot, d)
    assert {cid for cid, _ in batch_messages(seller)} == set(chosen)
    assert [row[2] for row in d.row_texts()] == ["Sent"] * 3 and d.status.text().startswith("Sent: 3, refused: 0")


def test_a_whole_view_is_sent_in_parts_cancelled_and_finished_without_doubles(qtbot, seller):
    c = centre(qtbot, seller)
    d = c.open_batch()                                            # nothing selected: the view on screen
    qtbot.waitUntil(lambda: d.busy == 0, timeout=10_000)
    total = len(desk.view_ids(seller.db, seller.user, "all"))
    assert d.view_radio.isChecked() and f"({total})" in d.view_radio.text() and total > batch_dialog.CHUNK
    d.text_radio.setChecked(True)
    d.text.setPlainText("Hola {buyer_name|}, gracias por su paciencia.")
    idle(qtbot, d)
    def cancel(_item):
        d.cancel()

    d.relay.progressed.connect(cancel)                           # Cancel as soon as one is sent
    d.send_button.click()
    assert d.cancel_button.isVisible() and not d.send_button.isEnabled()
    idle(qtbot, d)
    first = batch_messages(seller)
    assert 0 < len(first) < total and "Cancelled" in d.status.text()
    d.relay.progressed.disconnect(cancel)
    d.send_button.click()                                        # again: only what is missing
    idle(qtbot, d)
    again = batch_messages(seller)
    assert len(again) == total and len({cid for cid, _ in again}) == total
    assert sum(1 for row in d.row_texts() if row[3].startswith("Sent before")) == len(first)
    assert d.status.text().startswith(f"Sent: {total}, refused: 0, failed: 0")
    # The key is the command line's for the same view: `buzon batch-reply --filter all` adds nothing.
    wei = users.resolve(seller.db, "wei")
    request = batch.BatchRequest(tuple(desk.view_ids(seller.db, wei, "all")),
                                 text="Hola {buyer_name|}, gracias por su paciencia.", selection="filter:all:")
    assert batch.batch_key(wei, request) in again[0][1]


def test_refusals_and_missing_values_are_said_per_recipient(qtbot, seller):
    wei = users.resolve(seller.db, "wei")
    quick_replies.add(seller.db, wei, "tracking", "Tracking", "Tracking: {tracking_number}")
    c = centre(qtbot, seller)
    for n in range(c.model.rowCount()):
        c.list.selectionModel().select(c.model.index(n), QItemSelectionModel.SelectionFlag.Select)
    d = c.open_batch()
    qtbot.waitUntil(lambda: d.reply_combo.count() > 0, timeout=10_000)
    d.reply_combo.setCurrentIndex(d.reply_combo.findData("tracking"))
    d.preview_button.click()
    idle(qtbot, d)
    refused = [i for i in d.items.values() if i.state == "refused"]
    assert refused and all("{tracking_number}" in i.reason for i in refused)
    d.text_radio.setChecked(True)
    d.text.setPlainText("Escríbeme por WhatsApp al 600 123 456")
    d.preview_button.click()
    idle(qtbot, d)
    assert {i.state for i in d.items.values()} == {"refused"} and "content policy" in d.row_texts()[0][3]
    d.send_button.click()
    idle(qtbot, d)
    assert not batch_messages(seller) and d.status.text().startswith("Sent: 0, refused:")


def test_a_big_batch_is_confirmed_first(qtbot, seller, monkeypatch):
    monkeypatch.setattr(batch_dialog, "CONFIRM_OVER", 5)
    c = centre(qtbot, seller)
    d = c.open_batch()
    qtbot.waitUntil(lambda: d.busy == 0 and d.reply_combo.count() > 0, timeout=10_000)
    d.send_button.click()
    assert d.confirmation is not None and d.confirmation.isVisible() and d.running is None
    d.confirmation.button(QMessageBox.StandardButton.Cancel).click()
    wait_idle(qtbot, seller)
    assert d.running is None and not batch_messages(seller)
    d.send_button.click()
    d.confirmation.button(QMessageBox.StandardButton.Yes).click()
    idle(qtbot, d)
    assert len(batch_messages(seller)) == len(desk.view_ids(seller.db, seller.user, "all"))


def test_a_buyer_list_stays_single_selection(qtbot, session):
    from PySide6.QtWidgets import QAbstractItemView

    c = centre(qtbot, session)
    assert c.list.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection


def test_nothing_to_send_keeps_send_off(qtbot, seller):
    d = BatchDialog(seller, [], centre(qtbot, seller).model.view, "All")
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.busy == 0, timeout=10_000)
    d.text_radio.setChecked(True)
    assert not d.send_button.isEnabled() and not d.selected_radio.isEnabled()
    # Said how to select, rather than "The 0 selected conversations".
    assert "0" not in d.selected_radio.text() and "Ctrl+click" in d.selected_radio.text()
    d.text.setPlainText("  ")
    assert not d.send_button.isEnabled()
    assert seller.db.read(lambda s: s.scalar(select(func.count()).select_from(m.Message).where(
        m.Message.client_id.like("batch-%")))) == 0


def test_a_preview_asked_for_replaces_the_automatic_one(qtbot, seller):
    # The automatic preview waits 400 ms after a change; a Preview clicked meanwhile ran, then
    # the automatic one ran again and held off a Send clicked in between (seen as a flaky test).
    c = centre(qtbot, seller)
    for n in range(3):
        c.list.selectionModel().select(c.model.index(n), QItemSelectionModel.SelectionFlag.Select)
    d = c.open_batch()
    qtbot.waitUntil(lambda: d.reply_combo.count() > 0, timeout=10_000)
    idle(qtbot, d)
    d.text_radio.setChecked(True)
    d.text.setPlainText("Gracias por su compra")
    assert d._auto.isActive()
    d.preview_button.click()
    assert not d._auto.isActive() and d.running is True
    idle(qtbot, d)
    d.send_button.click()
    assert d.running is False                      # the send started at once
    idle(qtbot, d)
    assert d.status.text().startswith("Sent: 3")


def test_escape_asks_before_dropping_a_written_text_and_waits_for_a_run(qtbot, seller):
    """A message written for many buyers was gone at Escape; and Escape during a run hid the
    dialog while it went on sending, its Cancel out of reach."""
    c = centre(qtbot, seller)
    d = BatchDialog(seller, [], c.model.view, "All")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.busy == 0, timeout=10_000)
    d.text_radio.setChecked(True)
    d.text.setPlainText("Hola {buyer_name|}, mañana enviamos todo.")
    d.start(dry_run=True)
    assert d.running is not None
    qtbot.keyClick(d, Qt.Key.Key_Escape)                 # running: nothing
    assert d.isVisible() and d.discard_box is None
    idle(qtbot, d)
    qtbot.keyClick(d, Qt.Key.Key_Escape)                 # written, not sent: asked, Keep writing by default
    box = d.discard_box
    assert d.isVisible() and box is not None and box.defaultButton().text() == "Keep writing"
    box.defaultButton().click()
    assert d.isVisible() and d.text.toPlainText().startswith("Hola") and d.discard_box is None
    d.reject()
    with qtbot.waitSignal(d.rejected, timeout=5_000):
        next(b for b in d.discard_box.buttons() if b.text() == "Discard").click()
