"""Pictures for the views: fitted into their square, decoded small, turned upright."""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QColor

from desktop.gui.decode import fitted_image as _load
from desktop.gui.images import ImageCache


def _photo(path, size, orientation=None):
    """A real JPEG: left half red, right half blue; with an EXIF orientation tag if given."""
    image = Image.new("RGB", size, "blue")
    image.paste("red", (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


def test_a_large_picture_is_decoded_at_the_size_shown(tmp_path):
    image = _load(_photo(tmp_path / "big.jpg", (4000, 3000)), 160)
    assert (image.width(), image.height()) == (160, 120)


def test_a_small_picture_is_fitted_up_to_the_square(tmp_path):
    image = _load(_photo(tmp_path / "small.jpg", (80, 40)), 160)
    assert (image.width(), image.height()) == (160, 80)


def test_a_phone_photo_is_turned_upright_by_its_exif_tag(tmp_path):
    # Orientation 6: the camera was turned 90° clockwise; the stored pixels lie on their side.
    image = _load(_photo(tmp_path / "phone.jpg", (400, 200), orientation=6), 160)
    assert (image.width(), image.height()) == (80, 160)
    top, bottom = QColor(image.pixel(40, 10)), QColor(image.pixel(40, 150))
    assert top.red() > 200 and top.blue() < 60          # the red half is now on top
    assert bottom.blue() > 200 and bottom.red() < 60


def test_a_file_that_is_not_a_picture_gives_a_null_image(tmp_path):
    bad = tmp_path / "not-a-picture.jpg"
    bad.write_bytes(b"this is text, not a JPEG")
    assert _load(bad, 160).isNull()
    assert _load(tmp_path / "missing.png", 160).isNull()


def test_the_cache_hands_out_a_pixmap_once_the_worker_has_decoded_it(qtbot, session, tmp_path):
    cache = ImageCache(session)
    path = str(_photo(tmp_path / "card.jpg", (320, 320)))
    assert cache.get(path, 160) is None
    with qtbot.waitSignal(cache.ready, timeout=5000) as ready:
        pass
    assert ready.args == [path]
    pixmap = cache.get(path, 160)
    assert pixmap is not None and pixmap.width() == 160
