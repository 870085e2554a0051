"""The preview strip: checked on the worker, thumbnails, refusals by reason, remove, caps."""

from __future__ import annotations

import dataclasses

import pytest
from conftest_attachments import (
    image_bytes, mp4_bytes, write_image, write_mp4, write_pdf_named_png,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.attachments import REASONS, Limits, ingest_image, store_dir
from desktop.gui.ops.messages import MAX_FILES as MAX_CHAT_IMAGES
from desktop.gui.views.attachment_strip import PREVIEW_SIDE, AttachmentStrip, refusal_text
from desktop.gui.decode import load_image


def in_window(qtbot, session, **kwargs) -> AttachmentStrip:
    # A parent that is never shown: the strip's own show/hide is what the tests look at.
    window = QWidget()
    qtbot.addWidget(window)
    strip = AttachmentStrip(session, window, **kwargs)
    strip.test_window = window          # qtbot keeps only a weak reference
    return strip


@pytest.fixture
def strip(qtbot, att_session):
    s = in_window(qtbot, att_session)
    refusals = []
    s.refused.connect(lambda *args: refusals.append(args))
    s.refusals = refusals
    return s


def settle(qtbot, strip):
    qtbot.waitUntil(lambda: strip.checking == 0, timeout=10_000)


def test_paths_checked_and_previewed(qtbot, tmp_path, strip):
    png = write_image(tmp_path, "shoe.png", size=(400, 200))
    jpg = write_image(tmp_path, "box.jpg", "JPEG", size=(90, 300))
    assert strip.is_empty() and strip.isHidden()
    with qtbot.waitSignals([strip.changed, strip.changed]):
        strip.add_paths([str(png), str(jpg)])
    settle(qtbot, strip)
    items = strip.items()
    assert [(i.source, i.name, i.mime, i.width, i.height) for i in items] == [
        (png, "shoe.png", "image/png", 400, 200), (jpg, "box.jpg", "image/jpeg", 90, 300)]
    assert items[0].size == png.stat().st_size
    assert not strip.isHidden() and not strip.is_empty()
    pm = strip.item_widgets()[0].picture.pixmap()
    logical = pm.deviceIndependentSize()
    assert max(logical.width(), logical.height()) == pytest.approx(PREVIEW_SIDE, abs=1)
    assert logical.width() > logical.height()                   # the shape of the picture, not a tile
    assert strip.refusals == []


def test_pasted_bytes_added_with_name(qtbot, strip):
    data = image_bytes("PNG", size=(50, 50))
    strip.add_image_bytes(data, "image-20261126-090000.png")
    settle(qtbot, strip)
    [item] = strip.items()
    assert item.source == data and item.name == "image-20261126-090000.png" and item.mime == "image/png"


def test_video_refused_with_dispute_explanation(qtbot, tmp_path, strip):
    video = write_mp4(tmp_path)
    with qtbot.waitSignal(strip.refused) as got:
        strip.add_paths([str(video)])
    settle(qtbot, strip)
    name, reason, message = got.args
    assert (name, reason) == ("unboxing.mp4", "video_in_chat")
    assert "dispute" in message and message == refusal_text("video_in_chat")
    assert strip.is_empty() and strip.isHidden()


def test_video_bytes_refused_too(qtbot, strip):
    with qtbot.waitSignal(strip.refused) as got:
        strip.add_image_bytes(mp4_bytes(), "clip.mp4")
    assert got.args[1] == "video_in_chat"


def test_pdf_named_png_refused(qtbot, tmp_path, strip):
    with qtbot.waitSignal(strip.refused) as got:
        strip.add_paths([str(write_pdf_named_png(tmp_path))])
    assert got.args[:2] == ["invoice.png", "not_an_image"]
    assert strip.items() == []


def test_missing_file_refused(qtbot, tmp_path, strip):
    with qtbot.waitSignal(strip.refused) as got:
        strip.add_paths([str(tmp_path / "gone.png")])
    assert got.args[1] == "unreadable"


def test_limits_come_from_settings(qtbot, tmp_path, att_session):
    # Below the range `buzon settings set` allows, to refuse a small test picture.
    att_session.use_settings(dataclasses.replace(att_session.settings, attachment_max_bytes=100))
    s = in_window(qtbot, att_session)
    with qtbot.waitSignal(s.refused) as got:
        s.add_paths([str(write_image(tmp_path, "big.jpg", "JPEG", size=(300, 300)))])
    assert got.args[1] == "too_large"
    # the window says how large, against which limit, in its own language (issue 15)
    from PySide6.QtWidgets import QApplication

    from desktop.gui.app import install_language

    app = QApplication.instance()
    install_language(app, "zh")
    try:
        with qtbot.waitSignal(s.refused) as again:
            s.add_paths([str(write_image(tmp_path, "big2.jpg", "JPEG", size=(300, 300)))])
    finally:
        install_language(app, "en")
    assert again.args[2].startswith("文件大小为 ") and "超过了 100 字节 的上限" in again.args[2]


def test_remove_button(qtbot, tmp_path, strip):
    a, b = write_image(tmp_path, "a.png"), write_image(tmp_path, "b.png", colour=(0, 0, 0))
    strip.add_paths([str(a), str(b)])
    settle(qtbot, strip)
    with qtbot.waitSignal(strip.changed):
        qtbot.mouseClick(strip.item_widgets()[0].remove_button, Qt.MouseButton.LeftButton)
    assert [i.name for i in strip.items()] == ["b.png"]
    strip.add_paths([str(a)])                                      # removed, so it can come back
    settle(qtbot, strip)
    assert [i.name for i in strip.items()] == ["b.png", "a.png"]
    for w in strip.item_widgets():
        qtbot.mouseClick(w.remove_button, Qt.MouseButton.LeftButton)
    assert strip.is_empty() and strip.isHidden()


def test_duplicates_added_once(qtbot, tmp_path, strip):
    a = write_image(tmp_path, "a.png")
    data = image_bytes()
    strip.add_paths([str(a), str(a)])
    strip.add_image_bytes(data, "x.png")
    strip.add_image_bytes(data, "y.png")
    settle(qtbot, strip)
    assert [i.name for i in strip.items()] == ["a.png", "x.png"]


def test_cap_on_images_per_message(qtbot, tmp_path, strip):
    paths = [str(write_image(tmp_path, f"p{n}.png", colour=(n, 0, 0))) for n in range(MAX_CHAT_IMAGES + 2)]
    strip.add_paths(paths)
    settle(qtbot, strip)
    assert len(strip.items()) == MAX_CHAT_IMAGES
    assert [(r[0], r[1]) for r in strip.refusals] == [("p9.png", "too_many")]      # once per batch
    assert str(MAX_CHAT_IMAGES) in strip.refusals[0][2]
    strip.add_image_bytes(image_bytes(), "one-more.png")
    assert strip.refusals[-1][:2] == ("one-more.png", "too_many")


def test_clear_forgets_checks_in_flight(qtbot, tmp_path, strip, att_session):
    strip.add_paths([str(write_image(tmp_path, "late.png"))])
    strip.original_size.setChecked(True)
    strip.clear()
    assert strip.checking == 0
    done = []
    att_session.op(lambda _backend: None).on_success(done.append).run()    # runs after the check: ops are serial
    qtbot.waitUntil(lambda: done == [None])
    assert strip.is_empty() and not strip.send_original_size()


def test_original_size_checkbox(qtbot, tmp_path, strip):
    strip.add_paths([str(write_image(tmp_path, "a.png"))])
    settle(qtbot, strip)
    assert strip.original_size.isVisibleTo(strip) and not strip.send_original_size()
    strip.original_size.setChecked(True)
    assert strip.send_original_size()


def test_pending_item_ingests(qtbot, tmp_path, strip):
    strip.add_paths([str(write_image(tmp_path, "photo.jpg", "JPEG", size=(64, 32)))])
    settle(qtbot, strip)
    [item] = strip.items()
    stored = ingest_image(item.source, store_dir=store_dir(tmp_path), limits=Limits(), name=item.name,
                          original_size=strip.send_original_size())
    assert (stored.width, stored.height, stored.safe_name) == (64, 32, "photo.jpg")


def test_evidence_strip_accepts_videos(qtbot, tmp_path, att_session):
    s = in_window(qtbot, att_session, evidence=True, empty_text="Drop evidence here")
    s.add_paths([str(write_mp4(tmp_path)), str(write_image(tmp_path, "a.png"))])
    settle(qtbot, s)
    assert [(i.mime, i.is_video) for i in s.items()] == [("video/mp4", True), ("image/png", False)]
    assert not s.original_size.isVisibleTo(s)
    assert not s.item_widgets()[0].picture.pixmap().isNull()        # the play tile
    s.clear()
    assert not s.isHidden() and s.empty_label.isVisibleTo(s)


def test_pick_files_adds_chosen(qtbot, tmp_path, strip, monkeypatch):
    a = write_image(tmp_path, "picked.png")
    seen = {}

    def fake(parent, caption, folder, filters):
        seen["filters"] = filters
        return [str(a)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake))
    strip.pick_files()
    settle(qtbot, strip)
    assert [i.name for i in strip.items()] == ["picked.png"]
    assert "*.png" in seen["filters"] and "*.mp4" not in seen["filters"]


def test_strip_gone_before_check_returns(qtbot, tmp_path, att_session):
    parent = QWidget()
    qtbot.addWidget(parent)
    s = AttachmentStrip(att_session, parent)
    s.add_paths([str(write_image(tmp_path, "a.png"))])
    s.deleteLater()
    qtbot.waitUntil(lambda: att_session.worker.pending == 0)     # the late result is dropped quietly


def test_every_reason_has_a_sentence():
    generic = refusal_text("no_such_reason")
    for reason in REASONS:
        assert refusal_text(reason) and refusal_text(reason) != generic


def test_load_image_scales_while_decoding(tmp_path):
    path = write_image(tmp_path, "big.jpg", "JPEG", size=(1600, 1200))
    image = load_image(path, 144)
    assert (image.width(), image.height()) == (144, 108)
    assert load_image(path.read_bytes(), 144).size() == image.size()
    assert load_image(tmp_path / "nothing.png", 144).isNull()
