"""The dispute dialog on a real demo database: evidence in, dispute out, errors keep the input."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest_attachments import (
    file_mime, write_image, write_mp4, write_pdf_named_png,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from desktop.core import clock
from desktop.core import schema as m
from desktop.core.attachments import store_dir, stored_path
from desktop.core.db import Database
from desktop.gui.views.dispute_dialog import DisputeDialog, reason_labels

DELIVERED = "8190000000000105"
SHIPPED = "8190000000000103"


@pytest.fixture(autouse=True)
def demo_time():
    """At the demo's base time its delivered order is inside the 15 days a dispute can be opened."""
    with clock.frozen(dt.datetime(2026, 11, 20, 9)):
        yield


def order_id(session, number: str) -> int:
    return session.ctx.db().read(lambda s: s.scalar(select(m.Order.id).where(m.Order.number == number)))


def make_dialog(qtbot, session, number: str = DELIVERED) -> DisputeDialog:
    d = DisputeDialog(session, order_id(session, number), order_number=number)
    qtbot.addWidget(d)
    return d


def settle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.evidence.checking == 0, timeout=10_000)


def dropped(target, mime) -> bool:
    """Drag-enter then drop (Qt delivers a drop only to the widget that accepted the enter)."""
    args = (QPoint(3, 3), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, QDragEnterEvent(*args))
    event = QDropEvent(*args)
    event.ignore()
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def test_submit_stores_dispute_and_evidence(qtbot, tmp_path, att_db_session):
    s = att_db_session
    d = make_dialog(qtbot, s)
    assert not d.submit_button.isEnabled()                      # nothing described yet
    d.reason.setCurrentIndex(d.reason.findData("damaged"))
    d.description.setPlainText("The lamp shade arrived cracked; see the photo and the unboxing video.")
    photo = write_image(tmp_path, "cracked.jpg", "JPEG", size=(640, 480))
    video = write_mp4(tmp_path, "unboxing.mp4")
    d.evidence.add_paths([str(photo), str(video)])
    settle(qtbot, d)
    assert [i.mime for i in d.evidence.items()] == ["image/jpeg", "video/mp4"]   # the video is welcome here
    assert d.submit_button.isEnabled()
    with qtbot.waitSignal(d.submitted, timeout=20_000) as got:
        qtbot.mouseClick(d.submit_button, Qt.MouseButton.LeftButton)
    record = got.args[0]
    assert record.reason == "damaged" and record.order_number == DELIVERED
    assert d.result() == DisputeDialog.DialogCode.Accepted

    # Read back from the SQLite file through a connection of our own.
    db = Database.open(s.ctx.url, migrate=False)
    try:
        def facts(sess):
            oid = order_id(s, DELIVERED)
            dispute = sess.scalar(select(m.Dispute).where(m.Dispute.order_id == oid))
            atts = sess.scalars(select(m.Attachment).join(m.DisputeEvidence, m.DisputeEvidence.attachment_id
                                                          == m.Attachment.id)
                                .where(m.DisputeEvidence.dispute_id == dispute.id).order_by(m.Attachment.mime)).all()
            return (sess.get(m.Order, oid).status, dispute.reason, dispute.description,
                    [(a.mime, a.safe_name, a.sha256) for a in atts])
        status, reason, description, atts = db.read(facts)
    finally:
        db.close()
    assert status == m.OrderStatus.IN_DISPUTE
    assert (reason, description) == ("damaged", d.description.toPlainText())
    assert [(mime, name) for mime, name, _ in atts] == [("image/jpeg", "cracked.jpg"), ("video/mp4", "unboxing.mp4")]
    for mime, _, sha in atts:
        assert stored_path(store_dir(s.ctx.data_dir), sha, mime).is_file()
    assert stored_path(store_dir(s.ctx.data_dir), atts[1][2], "video/mp4").read_bytes() == video.read_bytes()


def test_error_keeps_what_was_typed(qtbot, tmp_path, att_db_session):
    d = make_dialog(qtbot, att_db_session, SHIPPED)
    d.description.setPlainText("Nothing arrived yet.")
    d.evidence.add_paths([str(write_image(tmp_path, "tracking.png"))])
    settle(qtbot, d)
    finished = []
    d.finished.connect(finished.append)
    d.submit()
    assert d.busy and not d.description.isEnabled()
    d.reject()                                                   # Escape while it is being stored
    assert dropped(d, file_mime(write_image(tmp_path, "late.png")))
    qtbot.waitUntil(lambda: not d.busy, timeout=20_000)
    assert finished == []
    assert d.error.isVisibleTo(d)
    assert SHIPPED in d.error.text() and "delivered" in d.error.text()
    assert d.description.toPlainText() == "Nothing arrived yet."
    assert [i.name for i in d.evidence.items()] == ["tracking.png"]
    assert d.submit_button.isEnabled() and d.description.isEnabled()
    assert d.result() != DisputeDialog.DialogCode.Accepted
    assert not store_dir(att_db_session.ctx.data_dir).exists()      # nothing stored for a refused dispute


def test_file_gone_before_submit_is_named(qtbot, tmp_path, att_db_session):
    d = make_dialog(qtbot, att_db_session)
    d.description.setPlainText("Wrong colour.")
    photo = write_image(tmp_path, "gone.png")
    d.evidence.add_paths([str(photo)])
    settle(qtbot, d)
    photo.unlink()
    d.submit()
    qtbot.waitUntil(lambda: not d.busy, timeout=20_000)
    assert d.error.text().startswith("gone.png: ") and "cannot be read" in d.error.text()
    oid = order_id(att_db_session, DELIVERED)
    assert att_db_session.ctx.db().read(lambda s: s.get(m.Order, oid).status) == m.OrderStatus.DELIVERED


def test_refused_evidence_listed_inline(qtbot, tmp_path, att_db_session):
    d = make_dialog(qtbot, att_db_session)
    d.evidence.add_paths([str(write_pdf_named_png(tmp_path, "receipt.png"))])
    settle(qtbot, d)
    assert d.evidence.is_empty()
    assert d.refusals.isVisibleTo(d) and d.refusals.text().startswith("receipt.png: ")
    assert "neither a picture nor a video" in d.refusals.text()


def test_drop_and_plus_button_add_evidence(qtbot, tmp_path, att_db_session, monkeypatch):
    d = make_dialog(qtbot, att_db_session)
    a = write_image(tmp_path, "a.png")
    assert dropped(d, file_mime(a))
    b = write_mp4(tmp_path, "b.mp4")
    assert dropped(d.description.viewport(), file_mime(b))
    c = write_image(tmp_path, "c.jpg", "JPEG")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *args: ([str(c)], "")))
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, d)
    assert [i.name for i in d.evidence.items()] == ["a.png", "b.mp4", "c.jpg"]
    assert d.description.toPlainText() == ""


def test_reasons_offered_match_core(qtbot, att_db_session, english_locale):
    from desktop.core.disputes import REASONS
    d = make_dialog(qtbot, att_db_session)
    assert [d.reason.itemData(i) for i in range(d.reason.count())] == list(REASONS)
    assert set(reason_labels()) == set(REASONS)
    d.description.setPlainText("x" * 2001)
    assert not d.submit_button.isEnabled() and d.counter.text() == "2,001 / 2,000"    # as the chat writes counts (issue 15, defect 11)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_dialog_grows_to_show_thumbnails_and_refusals(qtbot, tmp_path, att_db_session):
    d = make_dialog(qtbot, att_db_session)
    d.show()
    qtbot.waitExposed(d)
    assert d.evidence.empty_label.isVisible() and not d.error.isVisible()
    d.evidence.add_paths([str(write_image(tmp_path, "a.png")), str(write_pdf_named_png(tmp_path)),
                          str(write_mp4(tmp_path))])
    settle(qtbot, d)
    qtbot.waitUntil(lambda: d.evidence.height() >= d.evidence.minimumSizeHint().height())
    # On a loaded machine the last thumbnail is laid out a little later than the height settles.
    qtbot.waitUntil(lambda: d.refusals.isVisible() and len(d.evidence.item_widgets()) > 1
                    and d.evidence.item_widgets()[1].isVisible(), timeout=10_000)


def test_evidence_is_stored_by_the_picture_process(qtbot, tmp_path, att_db_session):
    """The session's child process stores the evidence (decoding never holds the window's interpreter)."""
    d = make_dialog(qtbot, att_db_session)
    d.description.setPlainText("Two photos and a clip.")
    d.evidence.add_paths([str(write_image(tmp_path, "a.png")), str(write_mp4(tmp_path)),
                          str(write_pdf_named_png(tmp_path))])
    d.evidence.add_image_bytes(write_image(tmp_path, "b.jpg", "JPEG").read_bytes(), "pasted.jpg")
    qtbot.waitUntil(lambda: d.evidence.checking == 0, timeout=60_000)
    assert [i.name for i in d.evidence.items()] == ["a.png", "unboxing.mp4", "pasted.jpg"]
    assert "invoice.png" in d.refusals.text()
    with qtbot.waitSignal(d.submitted, timeout=60_000) as got:
        d.submit()
    assert sorted(e.name for e in got.args[0].evidence) == ["a.png", "pasted.jpg", "unboxing.mp4"]
    assert att_db_session._backend._pictures is not None          # the process was started and used
