"""Dispute evidence (videos by content, byte for byte, capped) and the thumbnail cache."""

from __future__ import annotations

import hashlib
import os

import pytest
from PIL import Image

from attachment_samples import avi_bytes, jpeg_bytes, matroska_bytes, minimal_pdf, mp4_bytes, noisy_rgb, png_bytes
from desktop.config import Settings
from desktop.core.attachments import (
    AttachmentRefused, Limits, check_bytes, check_file, ingest_evidence, ingest_image, sniff,
    store_dir, stored_path, sweep_partial, thumbnail, thumbnail_dir,
)

VIDEOS = {
    "video/mp4": lambda: mp4_bytes(b"isom"),
    "video/quicktime": lambda: mp4_bytes(b"qt  "),
    "video/3gpp": lambda: mp4_bytes(b"3gp5"),
    "video/webm": lambda: matroska_bytes(b"webm"),
    "video/x-matroska": lambda: matroska_bytes(b"matroska"),
    "video/x-msvideo": avi_bytes,
}


@pytest.mark.parametrize("mime", sorted(VIDEOS))
def test_videos_are_recognised_refused_in_chat_and_accepted_as_evidence(mime, tmp_path, store, limits):
    data = VIDEOS[mime]()
    assert sniff(data) == mime
    assert check_bytes(data, limits=limits).reason == "video_in_chat"
    path = tmp_path / "IMG_2024.jpg"          # the name lies; the content decides
    path.write_bytes(data)
    verdict = check_file(path, limits=limits, evidence=True)
    assert (verdict.accepted, verdict.mime, verdict.bytes) == (True, mime, len(data))
    stored = ingest_evidence(path, store_dir=store, limits=limits)
    assert stored.path.read_bytes() == data
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.path == stored_path(store, stored.sha256, mime)
    assert (stored.mime, stored.bytes, stored.width, stored.height) == (mime, len(data), None, None)
    assert stored.safe_name.rsplit(".", 1)[1] == stored.path.suffix[1:]


def test_quicktime_without_ftyp_is_still_a_video():
    data = mp4_bytes(b"qt  ")
    assert sniff(data[data.index(b"moov") - 4:]) == "video/quicktime"


def test_video_over_the_cap_is_refused_and_nothing_is_left(tmp_path, store):
    data = mp4_bytes(media=50_000)
    with pytest.raises(AttachmentRefused) as info:
        ingest_evidence(data, store_dir=store, limits=Limits(video_max_bytes=len(data) - 1))
    assert info.value.reason == "too_large"
    assert not store.exists() or not [p for p in store.rglob("*") if p.is_file()]


@pytest.mark.parametrize("broken", [
    lambda: mp4_bytes(with_moov=False),            # recording cut before its index was written
    lambda: mp4_bytes()[:-100],                    # mdat overruns the file
    lambda: matroska_bytes()[:20],                 # header cut short
    lambda: avi_bytes()[:1000],                    # shorter than its RIFF size
], ids=["mp4-no-moov", "mp4-truncated", "mkv-truncated", "avi-truncated"])
def test_broken_video_containers_are_refused(broken, limits):
    assert check_bytes(broken(), limits=limits, evidence=True).reason == "corrupt"


def test_evidence_images_are_reencoded_like_chat_images(store, limits):
    data = jpeg_bytes(noisy_rgb(3000, 100))
    stored = ingest_evidence(data, store_dir=store, limits=limits, name="scratch.webp")
    assert (stored.mime, stored.width, stored.safe_name) == ("image/jpeg", 2560, "scratch.jpg")
    assert stored.path.read_bytes() != data


def test_evidence_refuses_documents(limits, store):
    assert check_bytes(minimal_pdf(), limits=limits, evidence=True).reason == "not_an_image"
    with pytest.raises(AttachmentRefused):
        ingest_evidence(minimal_pdf(), store_dir=store, limits=limits)


def test_limits_come_from_settings():
    settings = Settings(attachment_max_bytes=5, attachment_max_pixels=6, attachment_max_side=700,
                        dispute_video_max_bytes=8)
    assert Limits.from_settings(settings) == Limits(5, 6, 700, 8)
    assert Limits.from_settings(Settings()) == Limits()
    assert Limits().max_bytes == 10 * 1024 * 1024 and Limits().max_pixels == 40_000_000


def test_thumbnail_is_made_once_and_cached(store, thumbs, limits):
    stored = ingest_image(jpeg_bytes(noisy_rgb(1200, 800)), store_dir=store, limits=limits)
    first = thumbnail(stored.path, cache_dir=thumbs)
    assert Image.open(first).size == (256, 171)
    os.utime(first, (1_000_000, 1_000_000))
    again = thumbnail(stored.path, cache_dir=thumbs)
    assert again == first and again.stat().st_mtime == 1_000_000
    assert Image.open(thumbnail(stored.path, max_side=64, cache_dir=thumbs)).size == (64, 43)


def test_ingest_can_make_the_thumbnail_from_the_decoded_pixels(store, thumbs, limits):
    clear = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    stored = ingest_image(png_bytes(clear), store_dir=store, limits=limits, thumbnail_dir=thumbs)
    assert stored.thumbnail is not None and stored.thumbnail.suffix == ".png"
    assert Image.open(stored.thumbnail).size == (256, 128)
    assert thumbnail(stored.path, cache_dir=thumbs) == stored.thumbnail


def test_no_thumbnail_for_a_video(store, thumbs, limits):
    stored = ingest_evidence(mp4_bytes(), store_dir=store, limits=limits)
    with pytest.raises(AttachmentRefused) as info:
        thumbnail(stored.path, cache_dir=thumbs)
    assert info.value.reason == "unsupported_type"


def test_folders_and_crash_leftovers(tmp_path):
    assert store_dir(tmp_path) == tmp_path / "attachments"
    assert thumbnail_dir(tmp_path) == tmp_path / "cache" / "thumbnails"
    store = store_dir(tmp_path)
    store.mkdir()
    old = store / ".incoming-abc.part"
    young = store / ".incoming-def.part"
    old.write_bytes(b"half")
    young.write_bytes(b"half")
    os.utime(old, (1_000_000, 1_000_000))
    assert sweep_partial(store) == 1
    assert not old.exists() and young.exists()


def test_a_stored_name_is_a_hash_only_if_it_is_one_whole(store, thumbs, limits, tmp_path):
    """A file named "<sha256>\\n.jpg" is not a stored name (`$` used to accept the newline):
    its thumbnail is keyed by its content's hash, and no cache file name holds a newline."""
    data = jpeg_bytes(noisy_rgb(300, 200))
    odd = tmp_path / ("a" * 64 + "\n.jpg")
    odd.write_bytes(data)
    made = thumbnail(odd, cache_dir=thumbs)
    assert "\n" not in str(made) and made.name.startswith(hashlib.sha256(data).hexdigest())
