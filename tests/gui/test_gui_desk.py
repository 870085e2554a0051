"""The desk's GUI pieces on a real session: the quick replies manager and the response
dashboard, the outcome read back from the database; the ops of the list and of a batch."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QObject, Qt, Signal

from desktop.core import clock, desk, quick_replies, users
from desktop.gui.ops import desk as desk_ops
from desktop.gui.views.quick_replies_dialog import QuickRepliesDialog
from desktop.gui.views.stats_dialog import StatsDialog
from gui_helpers import wait_idle

NOW = dt.datetime(2026, 11, 20, 9, 0)


@pytest.fixture(autouse=True)
def frozen():
    with clock.frozen(NOW):
        yield


def settle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def stored(session):
    db = session.ctx.db()
    return {r.code: r for r in quick_replies.list_replies(db, users.resolve(db, "wei"))}


def test_the_manager_lists_adds_edits_and_removes(qtbot, seller_session):
    d = QuickRepliesDialog(seller_session)
    qtbot.addWidget(d)
    settle(qtbot, d)
    assert d.list.count() == len(quick_replies.DEFAULTS)
    assert d.code.text() == "photos" and d.versions["en"].text().startswith("Hi {buyer_name|there}")
    assert d.code.isReadOnly() and not d.save_button.isEnabled()     # a code is chosen once; nothing to save
    assert not d.up_button.isEnabled() and d.down_button.isEnabled()  # the first cannot go up
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)        # an empty form for a new reply
    assert d.code.text() == "" and not d.code.isReadOnly() and d.list.currentRow() == -1
    d.code.setText("thanks")
    d.title.setText("Thanks")
    d.text.setPlainText("谢谢{buyer_name|朋友}！")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert not d.save_button.isEnabled()                             # one save at a time (a second said "already")
    settle(qtbot, d)
    assert d.error.isHidden() and d.current_code() == "thanks" and not d.is_dirty()
    assert stored(seller_session)["thanks"].text == "谢谢{buyer_name|朋友}！"
    d.title.setText("Thank you")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert stored(seller_session)["thanks"].title == "Thank you"
    qtbot.mouseClick(d.up_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert list(stored(seller_session))[-2:] == ["thanks", "away"]
    qtbot.mouseClick(d.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert "thanks" not in stored(seller_session) and d.list.count() == len(quick_replies.DEFAULTS)


@pytest.mark.parametrize("code, text, words", [
    ("", "hola", "needs a code"), ("x", "hola {nombre}", "Unknown placeholder"),
])
def test_a_bad_reply_is_shown_in_the_dialog_and_nothing_saved(qtbot, seller_session, code, text, words):
    d = QuickRepliesDialog(seller_session)
    qtbot.addWidget(d)
    settle(qtbot, d)
    before = stored(seller_session)
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    d.code.setText(code)
    d.title.setText("T")
    d.text.setPlainText(text)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert not d.error.isHidden() and words in d.error.text()
    assert stored(seller_session).keys() == before.keys()
    assert d.code.text() == code and d.text.toPlainText() == text          # what was typed stays


def test_a_new_reply_with_a_code_the_store_has_is_said_at_once(qtbot, seller_session):
    """"Add" read the form of the reply on screen: with its code unchanged it tried to add a
    second "photos". Now a new reply starts empty, and a code taken is said while typing."""
    d = QuickRepliesDialog(seller_session)
    qtbot.addWidget(d)
    settle(qtbot, d)
    before = stored(seller_session)
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    d.title.setText("Mine")
    d.text.setPlainText("Hola")
    d.code.setText("photos")
    assert not d.error.isHidden() and "“photos” already" in d.error.text() and not d.save_button.isEnabled()
    d.code.setText("photos2")
    assert d.error.isHidden() and d.save_button.isEnabled()
    assert stored(seller_session) == before


def answer(qtbot, d, role):
    box = d.unsaved_box
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    button.click()
    assert d.unsaved_box is None


def test_unsaved_changes_are_asked_about_never_dropped(qtbot, seller_session):
    """Editing a reply, then choosing another, "New reply" or closing dropped the text
    silently. Now each asks Save / Discard / Cancel (Save the default, Escape cancels)."""
    from PySide6.QtWidgets import QMessageBox

    role = QMessageBox.ButtonRole
    d = QuickRepliesDialog(seller_session)
    qtbot.addWidget(d)
    d.show()
    settle(qtbot, d)
    d.text.setPlainText("Hola {buyer_name|}, enseguida le mando fotos.")
    d.list.setCurrentRow(1)                                         # "size": asked, the form still "photos"
    assert d.current_code() == "photos" and d.list.currentRow() == 0 and d.text.toPlainText().startswith("Hola")
    box = d.unsaved_box
    assert box.defaultButton().text() == "Save" and box.escapeButton().text() == "Cancel"
    answer(qtbot, d, role.RejectRole)                               # Cancel: nothing moves, nothing lost
    assert d.current_code() == "photos" and d.is_dirty()
    d.list.setCurrentRow(1)
    answer(qtbot, d, role.AcceptRole)                               # Save, then on to "size"
    qtbot.waitUntil(lambda: d.current_code() == "size", timeout=20_000)
    settle(qtbot, d)
    assert stored(seller_session)["photos"].text == "Hola {buyer_name|}, enseguida le mando fotos."
    assert d.list.currentRow() == 1 and not d.is_dirty()
    d.title.setText("Sizes")
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)       # New reply: asked too
    answer(qtbot, d, role.DestructiveRole)                          # Discard
    assert d.current_code() is None and d.title.text() == "" and stored(seller_session)["size"].title != "Sizes"
    d.code.setText("later")
    d.title.setText("Later")
    d.text.setPlainText("Te escribo luego")
    d.reject()                                                      # Close / Escape / ×: asked
    assert d.isVisible()
    answer(qtbot, d, role.RejectRole)
    assert d.isVisible() and d.code.text() == "later"
    with qtbot.waitSignal(d.rejected, timeout=20_000):
        qtbot.mouseClick(d.close_box.button(d.close_box.StandardButton.Close), Qt.MouseButton.LeftButton)
        answer(qtbot, d, role.AcceptRole)                           # Save, then close
    assert stored(seller_session)["later"].text == "Te escribo luego"


def test_a_reply_added_elsewhere_appears_and_the_form_keeps_its_text(qtbot, seller_session):
    """The list was read once: a reply added by another client (or `buzon replies add`)
    never showed until the dialog was opened again."""
    d = QuickRepliesDialog(seller_session)
    qtbot.addWidget(d)
    settle(qtbot, d)
    d.text.setPlainText("Hola {buyer_name|}, le mando fotos enseguida.")
    db = seller_session.ctx.db()
    quick_replies.add(db, users.resolve(db, "wei"), "elsewhere", "Made elsewhere", "Hola")
    qtbot.waitUntil(lambda: d.list.count() == len(quick_replies.DEFAULTS) + 1, timeout=20_000)
    settle(qtbot, d)
    assert d.current_code() == "photos" and d.text.toPlainText().startswith("Hola {buyer_name|}, le mando")
    quick_replies.remove(db, users.resolve(db, "wei"), "photos")       # removed elsewhere while edited
    qtbot.waitUntil(lambda: d.list.count() == len(quick_replies.DEFAULTS), timeout=20_000)
    settle(qtbot, d)
    assert d.current_code() is None and d.code.text() == "photos" and not d.code.isReadOnly()
    assert d.text.toPlainText().startswith("Hola {buyer_name|}, le mando") and "removed" in d.error.text()
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert stored(seller_session)["photos"].text.startswith("Hola {buyer_name|}, le mando")


def test_enter_in_the_form_saves(qtbot, seller_session):
    """Enter in the title pressed the dialog's first button, "Add" (now "New reply")."""
    d = QuickRepliesDialog(seller_session)
    qtbot.addWidget(d)
    d.show()
    settle(qtbot, d)
    d.title.setFocus()
    d.title.setText("Fotos reales")
    qtbot.keyClick(d.title, Qt.Key.Key_Return)
    settle(qtbot, d)
    assert d.unsaved_box is None and d.current_code() == "photos" and d.isVisible()
    assert stored(seller_session)["photos"].title == "Fotos reales"


def test_a_version_is_written_by_hand_from_the_window(qtbot, seller_session):
    """The versions per language were shown but could only be written by hand with
    `buzon replies edit CODE --lang L --text T`: a seller who saw a poor translation had no
    way to fix it in the window."""
    from PySide6.QtWidgets import QDialogButtonBox

    d = QuickRepliesDialog(seller_session)
    qtbot.addWidget(d)
    d.show()
    settle(qtbot, d)
    source = stored(seller_session)["photos"].source_lang
    assert d.version_buttons[source].isHidden()                      # the source is the Text field
    other = next(lang for lang in ("es", "en", "zh") if lang != source)
    d.text.setPlainText("typed, not saved")                         # the form's own edit stays
    qtbot.mouseClick(d.version_buttons[other], Qt.MouseButton.LeftButton)
    v = d.version_dialog
    assert v is not None and v.isVisible() and v.text.toPlainText() == stored(seller_session)["photos"].texts[other]
    v.text.setPlainText("{buyer_name|}, fotos reales enseguida.")
    qtbot.mouseClick(v.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not v.isVisible(), timeout=20_000)
    settle(qtbot, d)
    row = stored(seller_session)["photos"]
    assert row.texts[other] == "{buyer_name|}, fotos reales enseguida." and other in row.by_hand
    assert "fotos reales enseguida" in d.versions[other].text() and d.text.toPlainText() == "typed, not saved"
    qtbot.mouseClick(d.version_buttons[other], Qt.MouseButton.LeftButton)     # a bad one: said, nothing saved
    v = d.version_dialog
    v.text.setPlainText("Hola {nombre}")
    qtbot.mouseClick(v.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not v.busy and not v.error.isHidden(), timeout=20_000)
    assert v.isVisible() and "Unknown placeholder" in v.error.text()
    assert stored(seller_session)["photos"].texts[other] == "{buyer_name|}, fotos reales enseguida."
    qtbot.keyClick(v.text, Qt.Key.Key_Escape)                        # changed: asked, Keep writing by default
    assert v.isVisible() and v.discard_box is not None and v.discard_box.defaultButton().text() == "Keep writing"
    v.discard_box.defaultButton().click()
    assert v.isVisible() and v.text.toPlainText() == "Hola {nombre}"
    v.reject()
    with qtbot.waitSignal(v.rejected, timeout=5_000):
        next(b for b in v.discard_box.buttons() if b.text() == "Discard").click()


def test_a_move_keeps_what_is_typed(qtbot, seller_session):
    d = QuickRepliesDialog(seller_session)
    qtbot.addWidget(d)
    settle(qtbot, d)
    d.list.setCurrentRow(1)
    d.text.setPlainText("¿Qué talla usa normalmente?")
    qtbot.mouseClick(d.up_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert list(stored(seller_session))[:2] == ["size", "photos"]
    assert d.current_code() == "size" and d.list.currentRow() == 0
    assert d.text.toPlainText() == "¿Qué talla usa normalmente?" and d.is_dirty()


def test_the_dashboard_shows_the_figures_and_draws_30_days(qtbot, seller_session):
    d = StatsDialog(seller_session)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.busy == 0, timeout=20_000)
    assert d.share[7].text() == "100%" and d.awaiting.text() == "1" and d.overdue.text() == "0"
    assert d.median.text() == "9 h 36 min"
    assert d.target.text() == "24 h"              # what "within the target" means, said (wei's store: the default)
    assert len(d.chart.days) == 30 and d.chart.days[-1].received == 2
    image = d.chart.grab().toImage()
    greens = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                 if image.pixelColor(x, y).name() == "#2f9e44")
    assert greens > 0


class Relay(QObject):
    progressed = Signal(int, int)


def test_a_batch_runs_on_the_worker_with_progress_and_cancel(qtbot, seller_session):
    relay, seen = Relay(), []
    relay.progressed.connect(lambda done, total: seen.append((done, total, threading.current_thread()
                                                              is threading.main_thread())))
    stop = threading.Event()

    def progress(done, total, _item):
        relay.progressed.emit(done, total)
        stop.set()                                     # Cancel pressed after the first

    results = []
    req = desk_ops.batch_request([4, 1], reply_code="shipping")
    desk_ops.batch_reply(seller_session, req, progress=progress, cancelled=stop.is_set) \
        .on_success(results.append).run()
    qtbot.waitUntil(lambda: bool(results) and bool(seen), timeout=20_000)
    assert results[0].cancelled and [i.state for i in results[0].items] == ["sent"]
    assert seen == [(1, 2, True)]
    results.clear()
    desk_ops.batch_reply(seller_session, req).on_success(results.append).run()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert [(i.conversation, i.state, i.reason) for i in results[0].items] == [(4, "sent", "sent before"),
                                                                                (1, "sent", "")]


def test_list_ops_archive_and_label(qtbot, seller_session):
    desk_ops.archive(seller_session, 4).run()
    desk_ops.add_label(seller_session, 1, "Urgent").run()
    wait_idle(qtbot, seller_session)
    pages = []
    desk_ops.page(seller_session, "archived").on_success(pages.append).run()
    desk_ops.counts(seller_session).on_success(pages.append).run()
    qtbot.waitUntil(lambda: len(pages) == 2, timeout=10_000)
    assert [r.id for r in pages[0].rows] == [4] and pages[1]["labels"]["Urgent"] == 1
    db = seller_session.ctx.db()
    assert [r.id for r in desk.iter_rows(db, users.resolve(db, "wei"), label="Urgent")] == [1]
