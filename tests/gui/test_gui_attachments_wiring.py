"""Pictures in the real chat: dropped, sent with the message, shown, opened in the viewer;
and a dispute opened from a delivered order's page."""

from __future__ import annotations

from gui_helpers import wait_idle
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl

from desktop.core import messaging
from desktop.gui.models.messages import MessageRole
from desktop.gui.outgoing import SendState


def photo(path, colour=(30, 120, 200)):
    Image.new("RGB", (640, 480), colour).save(path, "JPEG")
    return path


def test_drop_send_show_and_view(qtbot, window, session, tmp_path):
    from desktop.gui.views.image_viewer import ImageViewer

    window.show_conversation(3)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.model is not None and chat.model.rowCount() > 0)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo(tmp_path / "caja.jpg")))])
    assert chat.drops.handle_paste(mime)
    qtbot.waitUntil(lambda: len(chat.strip.items()) == 1 and chat.strip.checking == 0)
    assert chat.compose.send_button.isEnabled()              # a picture alone can be sent
    chat.compose.send_button.click()
    qtbot.waitUntil(lambda: chat.model.data(chat.model.index(chat.model.rowCount() - 1), MessageRole.STATE)
                    is SendState.SENT, timeout=10000)
    assert chat.strip.is_empty()
    session.poll_now()
    qtbot.waitUntil(lambda: chat.model.data(chat.model.index(chat.model.rowCount() - 1), MessageRole.ROW)
                    .attachments != (), timeout=10000)
    stored = messaging.page(session.db, session.user, 3)[-1]
    assert stored.kind == "image" and stored.attachments[0].mime == "image/jpeg"
    # Click on the picture in the bubble: the viewer opens on the stored file.
    wait_idle(qtbot, session)
    ix = chat.model.index(chat.model.rowCount() - 1)
    chat.list.scrollTo(ix)
    rect = chat.list.visualRect(ix)
    row = ix.data(MessageRole.ROW)
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.gui.views.bubbles import PAD

    option = QStyleOptionViewItem()
    option.font = chat.list.font()
    inner = chat.delegate.bubble_rect(ix, rect, option).adjusted(PAD, PAD, -PAD, -PAD)
    target = chat.delegate.picture_rects(row, inner)[0].center()
    qtbot.mouseClick(chat.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(target.x(), target.y()))
    qtbot.waitUntil(lambda: any(v.isVisible() for v in chat.findChildren(ImageViewer)), timeout=5000)
    for v in chat.findChildren(ImageViewer):
        v.close()


def test_a_video_is_refused_in_the_chat(qtbot, window, tmp_path):
    window.show_conversation(3)
    chat = window.messages.chat
    qtbot.waitUntil(lambda: chat.model is not None)
    video = tmp_path / "unboxing.jpg"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 2000)
    with qtbot.waitSignal(chat.strip.refused, timeout=5000) as blocker:
        chat.strip.add_paths([str(video)])
    assert blocker.args[1] == "video_in_chat"
    qtbot.waitUntil(lambda: chat.compose.hint.isVisibleTo(chat.compose))
    assert "dispute" in chat.compose.hint.text()


def test_open_dispute_from_a_delivered_order(qtbot, window, session, tmp_path):
    from desktop.gui.views.dispute_dialog import DisputeDialog

    window.show_order(5)                                       # delivered
    page = window.orders.page
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == 5)
    assert page.dispute.isVisibleTo(page)
    dialog = page.open_dispute()
    assert isinstance(dialog, DisputeDialog)
    dialog.close()
    window.show_order(1)                                       # awaiting payment: no dispute button
    qtbot.waitUntil(lambda: page.detail.row.id == 1)
    assert not page.dispute.isVisibleTo(page)
