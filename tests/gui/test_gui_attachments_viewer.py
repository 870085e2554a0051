"""The picture viewer: fit, zoom by buttons, keys and Ctrl+wheel, 100 %, Save as."""

from __future__ import annotations

import pytest
from conftest_attachments import write_image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.core.attachments import Limits, ingest_image, store_dir
from desktop.gui.views.image_viewer import MAX_ZOOM, ZOOM_STEP, ImageViewer

# The offscreen platform warns when a top-level window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def stored(tmp_path):
    """A picture as the chat stores it: re-encoded into the store by the core."""
    source = write_image(tmp_path, "holiday.jpg", "JPEG", size=(2400, 1600), colour=(20, 120, 200))
    return ingest_image(source, store_dir=store_dir(tmp_path / "data"), limits=Limits(), original_size=True)


@pytest.fixture
def viewer(qtbot, att_session, stored):
    v = ImageViewer(att_session, stored.path, name=stored.safe_name)
    qtbot.addWidget(v)
    with qtbot.waitSignal(v.loaded) as got:
        v.show()
    assert got.args == [True]
    return v


def wheel(target, dy: int, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    event = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, dy), Qt.MouseButton.NoButton,
                        modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(target, event)


def test_opens_fitted_to_window(qtbot, viewer):
    assert viewer.fit
    area = viewer.scroll.maximumViewportSize()
    size = viewer.canvas.scaled_size()
    assert viewer.zoom < 1.0
    assert size.width() <= area.width() and size.height() <= area.height()
    assert size.width() == area.width() or size.height() == area.height()     # it fills one side
    assert viewer.windowTitle() == "holiday.jpg"
    assert viewer.status.text() == "2400 × 1600"


def test_buttons_zoom_and_actual_size(qtbot, viewer):
    fitted = viewer.zoom
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom == pytest.approx(fitted * ZOOM_STEP)
    assert not viewer.fit
    qtbot.mouseClick(viewer.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(viewer.zoom_out_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom == pytest.approx(fitted / ZOOM_STEP)
    qtbot.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom == 1.0
    assert viewer.canvas.size().toTuple() == (2400, 1600)
    assert viewer.scroll.horizontalScrollBar().maximum() > 0
    assert viewer.zoom_label.text() == "100%"
    qtbot.mouseClick(viewer.fit_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom == pytest.approx(fitted) and viewer.fit


def test_keys_zoom(qtbot, viewer):
    fitted = viewer.zoom
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.zoom == pytest.approx(fitted * ZOOM_STEP)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    assert viewer.zoom == pytest.approx(fitted / ZOOM_STEP)
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.zoom == 1.0
    for _ in range(40):
        qtbot.keyClick(viewer, Qt.Key.Key_Equal)
    assert viewer.zoom == MAX_ZOOM


def test_ctrl_wheel_zooms_plain_wheel_scrolls(qtbot, viewer):
    viewer.actual_size()
    with qtbot.waitSignal(viewer.zoom_changed) as got:
        wheel(viewer.scroll.viewport(), 120)
    assert got.args == [pytest.approx(ZOOM_STEP)]
    wheel(viewer.scroll.viewport(), -120)
    assert viewer.zoom == pytest.approx(1.0)
    bar = viewer.scroll.verticalScrollBar()
    before = bar.value()
    wheel(viewer.scroll.viewport(), -120, Qt.KeyboardModifier.NoModifier)
    assert viewer.zoom == pytest.approx(1.0) and bar.value() > before


def test_zoom_keeps_the_middle_in_view(qtbot, viewer):
    viewer.actual_size()
    h = viewer.scroll.horizontalScrollBar()
    middle = (h.value() + h.pageStep() / 2) / viewer.canvas.width()
    viewer.zoom_in()
    assert (h.value() + h.pageStep() / 2) / viewer.canvas.width() == pytest.approx(middle, abs=0.01)


def test_save_as_copies_the_stored_file(qtbot, tmp_path, viewer, stored, monkeypatch):
    asked = {}

    def fake(parent, caption, suggested, filters):
        asked["suggested"] = suggested
        return str(tmp_path / "out" / "copy"), ""

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    with qtbot.waitSignal(viewer.saved) as got:
        qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "out" / f"copy{stored.path.suffix}"
    assert got.args == [str(target)]
    assert target.read_bytes() == stored.path.read_bytes()
    assert asked["suggested"].endswith("holiday.jpg")
    assert str(target) in viewer.status.text()


def test_save_failure_shown_inline(qtbot, tmp_path, viewer, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "no" / "such" / "dir.jpg"), "")))
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be saved" in viewer.status.text())
    assert viewer.save_button.isEnabled()


def test_cancelled_save_does_nothing(qtbot, viewer, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    viewer.save_as()
    assert viewer.save_button.isEnabled() and viewer.status.text() == "2400 × 1600"


def test_unreadable_file_says_so(qtbot, tmp_path, att_session):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    v = ImageViewer(att_session, broken)
    qtbot.addWidget(v)
    with qtbot.waitSignal(v.loaded) as got:
        pass
    assert got.args == [False]
    assert "cannot be shown" in v.status.text()
    assert not v.zoom_in_button.isEnabled()
    v.zoom_in()
    assert v.zoom == 1.0
