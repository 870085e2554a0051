"""Drops and pastes decoded into file paths or picture bytes; text stays text."""

from __future__ import annotations

import pytest
from conftest_attachments import file_mime, image_bytes, write_image
from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QListView, QPlainTextEdit

from desktop.core.attachments import sniff
from desktop.gui.views.drop_target import (
    AttachmentDropFilter, has_attachments, mime_to_attachments, suggested_name,
)


def screenshot_mime(w: int = 64, h: int = 48) -> QMimeData:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366CC"))
    mime = QMimeData()
    mime.setImageData(image)
    return mime


def drop(target, mime: QMimeData) -> tuple[bool, bool]:
    """Send a drag-enter then a drop to `target`; whether each was accepted."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(QPoint(5, 5), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(target, enter)
    event = QDropEvent(QPoint(5, 5), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    QApplication.sendEvent(target, event)
    return enter.isAccepted(), event.isAccepted()


@pytest.fixture
def clipboard():
    cb = QGuiApplication.clipboard()
    yield cb
    cb.clear()


@pytest.fixture
def edit(qtbot):
    e = QPlainTextEdit()
    qtbot.addWidget(e)
    return e


def test_file_urls_become_paths(tmp_path):
    a = write_image(tmp_path, "a.png")
    b = write_image(tmp_path, "b photo.jpg", "JPEG")
    mime = file_mime(a, b)
    assert has_attachments(mime)
    assert mime_to_attachments(mime) == ([str(a), str(b)], [])


def test_remote_urls_alone_are_not_attachments():
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/pic.png")])
    mime.setText("https://example.com/pic.png")
    assert not has_attachments(mime)
    assert mime_to_attachments(mime) == ([], [])


def test_image_data_becomes_png_bytes():
    paths, images = mime_to_attachments(screenshot_mime())
    assert paths == []
    [(data, name)] = images
    assert sniff(data) == "image/png"
    assert name.startswith("image-") and name.endswith(".png")
    decoded = QImage.fromData(data)
    assert (decoded.width(), decoded.height()) == (64, 48)


def test_encoded_image_offered_by_source_is_taken_as_is():
    jpeg = image_bytes("JPEG")
    mime = QMimeData()
    mime.setData("image/jpeg", jpeg)
    mime.setText("https://shop.example/photo.jpg")       # a browser puts the picture's URL as text
    [(data, name)] = mime_to_attachments(mime)[1]
    assert data == jpeg and name.endswith(".jpg")


def test_text_with_a_rendered_picture_stays_text():
    mime = screenshot_mime()
    mime.setText("Hola, ¿tienen la talla M?")            # office programs add a picture of the text
    assert not has_attachments(mime)
    assert mime_to_attachments(mime) == ([], [])


def test_suggested_name_from_time():
    import datetime as dt
    assert suggested_name("gif", dt.datetime(2026, 11, 26, 9, 5, 12)) == "image-20261126-090512.gif"


def test_drop_files_on_compose_edit(qtbot, tmp_path, edit):
    drops = AttachmentDropFilter(edit)
    drops.install(edit)
    a = write_image(tmp_path, "shoe.png")
    b = write_image(tmp_path, "box.jpg", "JPEG")
    with qtbot.waitSignal(drops.files_dropped) as got:
        assert drop(edit.viewport(), file_mime(a, b)) == (True, True)
    assert got.args == [[str(a), str(b)]]
    assert edit.toPlainText() == ""                      # the paths were not typed in as text


def test_drop_screenshot_on_message_list(qtbot):
    view = QListView()
    qtbot.addWidget(view)
    drops = AttachmentDropFilter(view)
    drops.install(view)
    hovering = []
    drops.drag_active.connect(hovering.append)
    with qtbot.waitSignal(drops.image_pasted) as got:
        assert drop(view.viewport(), screenshot_mime(30, 20)) == (True, True)
    data, name = got.args
    assert sniff(data) == "image/png" and name.endswith(".png")
    assert hovering == [True, False]


def test_text_drag_left_to_the_edit(qtbot, edit):
    drops = AttachmentDropFilter(edit)
    drops.install(edit)
    fired = []
    drops.files_dropped.connect(fired.append)
    drops.image_pasted.connect(lambda *a: fired.append(a))
    mime = QMimeData()
    mime.setText("talla M")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    assert drops.eventFilter(edit.viewport(), enter) is False
    assert fired == []


def test_paste_key_with_copied_files(qtbot, tmp_path, edit, clipboard):
    drops = AttachmentDropFilter(edit)
    drops.install(edit)
    a = write_image(tmp_path, "copied.png")
    clipboard.setMimeData(file_mime(a))
    with qtbot.waitSignal(drops.files_dropped) as got:
        qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert got.args == [[str(a)]]
    assert edit.toPlainText() == ""


def test_paste_key_with_screenshot(qtbot, edit, clipboard):
    drops = AttachmentDropFilter(edit)
    drops.install(edit)
    clipboard.setMimeData(screenshot_mime(80, 60))
    with qtbot.waitSignal(drops.image_pasted) as got:
        qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert QImage.fromData(got.args[0]).size().toTuple() == (80, 60)


def test_paste_key_with_text_pastes_text(qtbot, edit, clipboard):
    drops = AttachmentDropFilter(edit)
    drops.install(edit)
    fired = []
    drops.files_dropped.connect(fired.append)
    drops.image_pasted.connect(lambda *a: fired.append(a))
    clipboard.setText("¿Tienen la talla M?")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "¿Tienen la talla M?"
    assert fired == []


class ComposeEditWithAttachments(QPlainTextEdit):
    """What the compose edit does for pastes that do not come from the key (context menu)."""

    def __init__(self, drops: AttachmentDropFilter):
        super().__init__()
        self.drops = drops

    def canInsertFromMimeData(self, source):
        return has_attachments(source) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source):
        if not self.drops.handle_paste(source):
            super().insertFromMimeData(source)


def test_handle_paste_from_insert_from_mime_data(qtbot, tmp_path, clipboard):
    drops = AttachmentDropFilter(intercept_paste_keys=False)
    edit = ComposeEditWithAttachments(drops)
    qtbot.addWidget(edit)
    clipboard.setMimeData(screenshot_mime())
    with qtbot.waitSignal(drops.image_pasted):
        edit.paste()
    clipboard.setText("gracias")
    edit.paste()
    assert edit.toPlainText() == "gracias"
    assert edit.canInsertFromMimeData(file_mime(write_image(tmp_path, "x.png")))


def test_install_watches_viewport(qtbot, edit):
    drops = AttachmentDropFilter(edit)
    drops.install(edit)
    assert edit.acceptDrops() and edit.viewport().acceptDrops()
    # an event type the filter does not handle passes through
    assert drops.eventFilter(edit, QEvent(QEvent.Type.Enter)) is False
