"""Chat images: what re-encoding removes and applies, what is refused, how the store dedups."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from attachment_samples import (
    XMP, exif_with_gps, jpeg_bytes, marked_landscape, mp4_bytes, minimal_pdf, noisy_rgb,
    png_bytes, png_claiming,
)
from desktop.core.attachments import (
    AttachmentRefused, Limits, check_bytes, check_file, ingest_evidence, ingest_image, sniff,
)


def _open(path):
    im = Image.open(path)
    im.load()
    return im


def test_gps_exif_xmp_and_comment_are_gone_and_orientation_is_applied(store, limits):
    source = jpeg_bytes(marked_landscape(60, 40), exif=exif_with_gps(orientation=6).tobytes(),
                        xmp=XMP, comment=b"taken at home")
    stored = ingest_image(source, store_dir=store, limits=limits, name="IMG_0001.JPG")
    out = _open(stored.path)
    # Orientation 6 means "rotate 90 degrees clockwise to display": 60x40 becomes 40x60
    # and the red top-left block ends in the top-right corner.
    assert out.size == (40, 60) == (stored.width, stored.height)
    r, g, b = out.getpixel((35, 3))
    assert r > 200 and g < 60 and b < 60
    assert out.getpixel((3, 3))[0] < 180
    assert len(out.getexif()) == 0
    assert not ({"exif", "xmp", "comment", "icc_profile"} & set(out.info))
    raw = stored.path.read_bytes()
    for secret in (b"PhoneMaker", b"Exif\x00\x00", b"GPSLatitude", b"taken at home", b"adobe:ns:meta"):
        assert secret not in raw
    assert stored.mime == "image/jpeg" and stored.safe_name == "IMG_0001.jpg"


def test_check_reports_the_displayed_size(limits):
    source = jpeg_bytes(marked_landscape(60, 40), exif=exif_with_gps(orientation=8).tobytes())
    result = check_bytes(source, "x.jpg", limits=limits)
    assert (result.accepted, result.width, result.height, result.mime) == (True, 40, 60, "image/jpeg")


def test_decompression_bomb_is_refused_before_decoding(store, limits):
    bomb = png_claiming(100_000, 100_000)
    assert check_bytes(bomb, limits=limits).reason == "decompression_bomb"
    with pytest.raises(AttachmentRefused) as info:
        ingest_image(bomb, store_dir=store, limits=limits)
    assert info.value.reason == "decompression_bomb"
    assert not store.exists() or not any(store.rglob("*.png"))


def test_more_pixels_than_the_limit_but_not_a_bomb(limits):
    result = check_bytes(png_claiming(7000, 7000), limits=limits)
    assert (result.reason, result.width, result.height) == ("too_many_pixels", 7000, 7000)
    small_limit = Limits(max_pixels=1000)
    assert check_bytes(png_bytes(Image.new("RGB", (40, 30))), limits=small_limit).reason == "too_many_pixels"


def test_polyglot_jpeg_with_zip_and_html_appended_is_reencoded_without_them(store, limits):
    payload = io.BytesIO()
    with zipfile.ZipFile(payload, "w") as z:
        z.writestr("evil.js", "alert('owned')")
    polyglot = jpeg_bytes(noisy_rgb(80, 60)) + b"<script>alert(1)</script>" + payload.getvalue()
    assert zipfile.is_zipfile(io.BytesIO(polyglot))
    stored = ingest_image(polyglot, store_dir=store, limits=limits)
    raw = stored.path.read_bytes()
    assert not zipfile.is_zipfile(stored.path)
    assert b"<script>" not in raw and b"evil.js" not in raw
    assert raw.endswith(b"\xff\xd9")


def test_gifar_is_reduced_to_its_picture(store, limits):
    buf = io.BytesIO()
    Image.new("P", (16, 16), 3).save(buf, "GIF")
    jar = io.BytesIO()
    with zipfile.ZipFile(jar, "w") as z:
        z.writestr("META-INF/MANIFEST.MF", "Main-Class: Evil\n")
    stored = ingest_image(buf.getvalue() + jar.getvalue(), store_dir=store, limits=limits)
    assert stored.mime == "image/png" and not zipfile.is_zipfile(stored.path)
    assert b"MANIFEST" not in stored.path.read_bytes()


@pytest.mark.parametrize("make", [jpeg_bytes, png_bytes], ids=["jpeg", "png"])
def test_truncated_image_is_refused(make, store, limits):
    whole = make(noisy_rgb(200, 150))
    cut = whole[: len(whole) // 2]
    assert check_bytes(whole, limits=limits).accepted
    assert check_bytes(cut, limits=limits).reason == "corrupt"
    with pytest.raises(AttachmentRefused) as info:
        ingest_image(cut, store_dir=store, limits=limits)
    assert info.value.reason == "corrupt"


def test_pdf_named_png_is_refused(tmp_path, limits):
    path = tmp_path / "holiday.png"
    path.write_bytes(minimal_pdf())
    result = check_file(path, limits=limits)
    assert (result.accepted, result.reason, result.mime) == (False, "not_an_image", "application/pdf")
    assert "PDF" in result.message


def test_video_named_jpg_is_refused_in_chat(tmp_path, store, limits):
    path = tmp_path / "photo.jpg"
    path.write_bytes(mp4_bytes())
    result = check_file(path, limits=limits)
    assert (result.reason, result.mime) == ("video_in_chat", "video/mp4")
    with pytest.raises(AttachmentRefused) as info:
        ingest_image(path, store_dir=store, limits=limits)
    assert info.value.reason == "video_in_chat"
    assert "dispute" in info.value.hint


def test_a_jpeg_named_pdf_is_an_image(tmp_path, limits):
    path = tmp_path / "scan.pdf"
    path.write_bytes(jpeg_bytes(noisy_rgb(32, 32)))
    assert check_file(path, limits=limits).accepted


def test_size_limit_and_empty_file(tmp_path, limits):
    data = png_bytes(noisy_rgb(300, 300))
    result = check_bytes(data, limits=Limits(max_bytes=len(data) - 1))
    assert (result.reason, result.bytes) == ("too_large", len(data))
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert check_file(empty, limits=limits).reason == "empty"


def test_things_that_are_not_readable_files(tmp_path, limits):
    folder = tmp_path / "folder.jpg"
    folder.mkdir()
    assert check_file(folder, limits=limits).reason == "unreadable"
    assert check_file(tmp_path / "nothing.jpg", limits=limits).reason == "unreadable"
    assert check_file(str(tmp_path / "nul\x00.jpg"), limits=limits).reason == "unreadable"
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.jpg"
        os.mkfifo(fifo)
        # Opened without blocking and refused: nothing will ever be written to it.
        assert check_file(fifo, limits=limits).reason == "unreadable"


def test_same_image_twice_is_stored_once(tmp_path, store, limits):
    data = jpeg_bytes(noisy_rgb(120, 90))
    (tmp_path / "a.jpg").write_bytes(data)
    first = ingest_image(tmp_path / "a.jpg", store_dir=store, limits=limits)
    second = ingest_image(data, store_dir=store, limits=limits, name="copy.jpeg")
    assert first.sha256 == second.sha256 and first.path == second.path
    assert [p for p in store.rglob("*") if p.is_file()] == [first.path]
    assert first.path == store / first.sha256[:2] / f"{first.sha256}.jpg"
    assert (first.safe_name, second.safe_name) == ("a.jpg", "copy.jpeg")


def test_downscaled_to_max_side_unless_original_size(store, limits):
    data = jpeg_bytes(noisy_rgb(3000, 2000))
    scaled = ingest_image(data, store_dir=store, limits=limits)
    full = ingest_image(data, store_dir=store, limits=limits, original_size=True)
    assert (scaled.width, scaled.height) == (2560, 1707)
    assert (full.width, full.height) == (3000, 2000)
    assert _open(scaled.path).size == (2560, 1707)
    tiny = ingest_image(png_bytes(Image.new("RGB", (5000, 2))), store_dir=store, limits=limits)
    assert (tiny.width, tiny.height) == (2560, 1)


def test_transparency_stays_png_and_opaque_alpha_is_dropped(store, limits):
    clear = Image.new("RGBA", (50, 50), (255, 0, 0, 0))
    clear.paste((0, 0, 255, 255), (10, 10, 20, 20))
    stored = ingest_image(png_bytes(clear), store_dir=store, limits=limits)
    out = _open(stored.path)
    assert stored.mime == "image/png" and out.mode == "RGBA" and out.getpixel((0, 0))[3] == 0
    opaque = ingest_image(png_bytes(Image.new("RGBA", (50, 50), (9, 9, 9, 255))), store_dir=store, limits=limits)
    assert _open(opaque.path).mode == "RGB"


def test_types_and_modes_become_jpeg_or_png(store, limits):
    webp = io.BytesIO()
    noisy_rgb(64, 64).save(webp, "WEBP", quality=80)
    assert ingest_image(webp.getvalue(), store_dir=store, limits=limits).mime == "image/jpeg"
    bmp = io.BytesIO()
    noisy_rgb(64, 64).save(bmp, "BMP")
    assert ingest_image(bmp.getvalue(), store_dir=store, limits=limits).mime == "image/png"
    cmyk = ingest_image(jpeg_bytes(Image.new("CMYK", (32, 32), (0, 255, 255, 0))), store_dir=store, limits=limits)
    assert cmyk.mime == "image/jpeg" and _open(cmyk.path).mode == "RGB"
    deep = Image.new("I;16", (16, 16), 65535)
    deep.paste(Image.new("I;16", (8, 16), 32768), (0, 0))
    grey = _open(ingest_image(png_bytes(deep), store_dir=store, limits=limits).path)
    assert grey.mode == "L" and grey.getpixel((12, 4)) == 255 and 120 <= grey.getpixel((2, 4)) <= 135


def test_animated_gif_becomes_its_first_frame(store, limits):
    frames = [Image.new("P", (20, 20), i) for i in (1, 2, 3)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    stored = ingest_image(buf.getvalue(), store_dir=store, limits=limits)
    out = Image.open(stored.path)
    assert stored.mime == "image/png" and getattr(out, "n_frames", 1) == 1


def test_icc_profile_is_not_carried_over(store, limits):
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    stored = ingest_image(png_bytes(noisy_rgb(40, 40), icc_profile=srgb), store_dir=store, limits=limits)
    assert "icc_profile" not in _open(stored.path).info


def test_no_temporary_files_are_left_in_the_store(store, limits):
    ingest_image(jpeg_bytes(noisy_rgb(40, 40)), store_dir=store, limits=limits)
    leftovers = [p.name for p in store.rglob("*") if p.is_file() and not p.name.endswith(".jpg")]
    assert leftovers == []


def test_sniff_knows_the_accepted_images():
    samples = {"image/png": png_bytes(Image.new("RGB", (2, 2))),
               "image/jpeg": jpeg_bytes(Image.new("RGB", (2, 2)))}
    for fmt, mime in (("GIF", "image/gif"), ("WEBP", "image/webp"), ("BMP", "image/bmp"),
                      ("TIFF", "image/tiff")):
        buf = io.BytesIO()
        Image.new("RGB", (2, 2)).save(buf, fmt)
        samples[mime] = buf.getvalue()
    for mime, data in samples.items():
        assert sniff(data[:64]) == mime
    assert sniff(b"") is None and sniff(b"hello world") is None


def test_a_read_error_is_a_refusal_naming_the_file(limits, tmp_path, store):
    """/proc/self/mem: a regular file whose every read at offset 0 fails with EIO."""
    result = check_file("/proc/self/mem", limits=limits)
    assert (result.accepted, result.reason) == (False, "unreadable")
    assert "/proc/self/mem cannot be read" in result.message
    with pytest.raises(AttachmentRefused, match="/proc/self/mem cannot be read"):
        ingest_image(Path("/proc/self/mem"), store_dir=store, limits=limits)
    with pytest.raises(AttachmentRefused, match="/proc/self/mem cannot be read"):
        ingest_evidence(Path("/proc/self/mem"), store_dir=store, limits=limits)
