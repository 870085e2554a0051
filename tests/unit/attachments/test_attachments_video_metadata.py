"""Dispute videos lose their metadata boxes (location, device, dates, XMP) without re-encoding."""

from __future__ import annotations

import hashlib
import io
import struct

import av
import pytest
from PIL import Image

from attachment_samples import XMP_UUID, avi_bytes, box, box64, iso_video, matroska_bytes
from desktop.core.attachments import AttachmentRefused, ingest_evidence
from desktop.core.attachments import video
from desktop.core.attachments.video import check_container, strip_metadata

LOCATION = "+40.4168-003.7038/"
APPLE_LOCATION = "+40.4168-003.7038+657.000/"
PERSONAL = {
    "location": LOCATION,
    "com.apple.quicktime.location.ISO6709": APPLE_LOCATION,
    "make": "PhoneMaker",
    "model": "Phone 12",
    "creation_time": "2024-05-01T10:20:30Z",
    "title": "Casa de Ana",
}
TRACK_TITLE = "Track of Ana"
FRAMES = 6


def _encode(path, movflags: str | None) -> None:
    with av.open(str(path), "w", options={"movflags": movflags} if movflags else {}) as out:
        out.metadata.update(PERSONAL)
        try:
            stream = out.add_stream("h264", rate=10)
        except ValueError:             # this FFmpeg build has no H.264 encoder
            stream = out.add_stream("mpeg4", rate=10)
        stream.width = stream.height = 64
        stream.pix_fmt = "yuv420p"
        stream.metadata["title"] = TRACK_TITLE
        for i in range(FRAMES):
            im = Image.new("RGB", (64, 64), (40 * i, 90, 200 - 30 * i))
            im.paste((255, 255, 255), (0, 0, 10 * (i + 1), 16))
            for packet in stream.encode(av.VideoFrame.from_image(im)):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


@pytest.fixture(scope="module")
def recordings(tmp_path_factory):
    """A real H.264 (or MPEG-4) clip as MP4 with Apple-style keys and as MOV with QuickTime atoms."""
    folder = tmp_path_factory.mktemp("recordings")
    made = {}
    for ext, movflags in (("mp4", "use_metadata_tags"), ("mov", None)):
        path = folder / f"IMG_0001.{ext}"
        _encode(path, movflags)
        made[ext] = path
    return made


def _decoded_planes(path) -> list[list[bytes]]:
    with av.open(str(path)) as container:
        return [[bytes(plane) for plane in frame.planes] for frame in container.decode(video=0)]


def _top_level(data: bytes) -> dict[bytes, tuple[int, int]]:
    boxes, pos = {}, 0
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos:pos + 8])
        boxes[kind] = (pos, size)
        pos += size
    return boxes


@pytest.mark.parametrize("ext", ["mp4", "mov"])
def test_a_real_recording_loses_its_location_and_keeps_its_pictures(ext, recordings, store, limits):
    original = recordings[ext].read_bytes()
    present = [s.encode() for s in (*PERSONAL.values(), TRACK_TITLE) if s.encode() in original]
    assert LOCATION.encode() in original            # else the test below would prove nothing
    assert {b"PhoneMaker", b"Phone 12", b"Casa de Ana", TRACK_TITLE.encode()} <= set(present)

    stored = ingest_evidence(recordings[ext], store_dir=store, limits=limits)
    cleaned = stored.path.read_bytes()

    assert b"+40.4168" not in cleaned and b"ISO6709" not in cleaned and b"loci" not in cleaned
    assert [s for s in present if s in cleaned] == []
    assert len(cleaned) == len(original) == stored.bytes
    assert stored.sha256 == hashlib.sha256(cleaned).hexdigest() != hashlib.sha256(original).hexdigest()
    with stored.path.open("rb") as fp:
        check_container(fp, stored.mime)
    offset, size = _top_level(original)[b"mdat"]
    assert _top_level(cleaned)[b"mdat"] == (offset, size)
    assert cleaned[offset:offset + size] == original[offset:offset + size]
    before, after = _decoded_planes(recordings[ext]), _decoded_planes(stored.path)
    assert len(before) == len(after) == FRAMES
    assert after == before


def _blanked(data: bytes, start: int, header_len: int = 8) -> bytes:
    """`data` with the box at `start` turned into a same-size `free` box of zeros."""
    size = int.from_bytes(data[start:start + 4], "big")
    if size == 1:
        size = int.from_bytes(data[start + 8:start + 16], "big")
    elif size == 0:
        size = len(data) - start
    header = data[start:start + 4] + b"free" + data[start + 8:start + header_len]
    return data[:start] + header + bytes(size - header_len) + data[start + size:]


def _cleaned(data: bytes) -> bytes:
    out = io.BytesIO()
    assert strip_metadata(io.BytesIO(data), out, "video/mp4") == len(data)
    return out.getvalue()


def test_metadata_in_tracks_media_and_movie_is_blanked():
    track = box(b"trak", box(b"tkhd", bytes(84))
                + box(b"mdia", box(b"mdhd", bytes(24)) + box(b"udta", box(b"\xa9nam", b"media name")))
                + box(b"udta", box(b"\xa9xyz", LOCATION.encode())))
    apple = box(b"meta", bytes(4) + box(b"keys", b"com.apple.quicktime.location.ISO6709")
                + box(b"ilst", APPLE_LOCATION.encode()))
    data = iso_video(track + apple + box(b"udta", box(b"\xa9mak", b"PhoneMaker")))
    expected = data
    for start in (data.index(b"udta" + struct.pack(">I", 18) + b"\xa9nam") - 4,      # in mdia
                  data.index(b"udta" + struct.pack(">I", 26) + b"\xa9xyz") - 4,      # in trak
                  data.index(b"meta") - 4,                                          # in moov
                  data.index(b"udta" + struct.pack(">I", 18) + b"\xa9mak") - 4):     # in moov
        expected = _blanked(expected, start)
    cleaned = _cleaned(data)
    assert cleaned == expected
    for secret in (b"media name", b"+40.4168", b"PhoneMaker", b"ISO6709"):
        assert secret in data and secret not in cleaned
    check_container(io.BytesIO(cleaned), "video/mp4")


def test_xmp_uuid_goes_and_other_uuid_boxes_stay():
    xmp = box(b"uuid", XMP_UUID + b'<x:xmpmeta><exif:GPSLatitude>40,25.0N</exif:GPSLatitude></x:xmpmeta>')
    vendor = box(b"uuid", bytes(range(16)) + b"camera profile")
    data = iso_video(box(b"uuid", XMP_UUID + b"<x:xmpmeta/>"), before_moov=xmp + vendor)
    cleaned = _cleaned(data)
    first = data.index(xmp)
    inner = data.index(b"uuid" + XMP_UUID + b"<x:xmpmeta/>") - 4
    assert cleaned == _blanked(_blanked(data, first), inner)
    assert XMP_UUID not in cleaned and b"GPSLatitude" not in cleaned
    assert vendor in cleaned


def test_a_large_size_box_keeps_its_16_byte_header():
    udta = box64(b"udta", box(b"\xa9xyz", LOCATION.encode()))
    data = iso_video(udta)
    start = data.index(udta)
    cleaned = _cleaned(data)
    assert cleaned[start:start + 16] == struct.pack(">I", 1) + b"free" + struct.pack(">Q", len(udta))
    assert cleaned == _blanked(data, start, header_len=16)


def test_a_metadata_box_running_to_the_end_of_the_file_keeps_size_zero():
    data = iso_video(after_mdat=b"\x00\x00\x00\x00meta" + LOCATION.encode())
    cleaned = _cleaned(data)
    assert cleaned == _blanked(data, len(data) - 8 - len(LOCATION))
    assert cleaned.endswith(b"\x00\x00\x00\x00free" + bytes(len(LOCATION)))


def test_large_media_is_copied_across_many_chunks(store, limits):
    data = iso_video(box(b"udta", box(b"\xa9xyz", LOCATION.encode())), media=3 * 1024 * 1024 + 17,
                     after_mdat=box(b"meta", bytes(4) + b"x" * 100))
    assert len(data) > 3 * video._CHUNK
    stored = ingest_evidence(data, store_dir=store, limits=limits)
    expected = _blanked(_blanked(data, data.index(b"udta") - 4), len(data) - 112)
    assert stored.path.read_bytes() == expected
    assert stored.sha256 == hashlib.sha256(expected).hexdigest()


def test_a_video_without_metadata_is_stored_unchanged(store, limits):
    data = iso_video(box(b"trak", box(b"tkhd", bytes(84)) + box(b"mdia", box(b"mdhd", bytes(24)))))
    stored = ingest_evidence(data, store_dir=store, limits=limits)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.path.read_bytes() == data


def _store_is_empty(store) -> bool:
    return not store.exists() or not [p for p in store.rglob("*") if p.is_file()]


@pytest.mark.parametrize("moov_children", [
    box(b"trak", box(b"tkhd", bytes(84)))[:-8],                      # trak claims 8 bytes more than moov holds
    struct.pack(">I", 40) + b"udta" + bytes(24),                     # a metadata box reaching into mdat
    box(b"trak", struct.pack(">I", 500) + b"mdia" + bytes(20)),      # mdia overruns its trak
    box(b"trak", struct.pack(">I", 4) + b"udta" + bytes(20)),        # a size below the header's own
    box(b"trak", struct.pack(">I", 1) + b"udta" + struct.pack(">Q", 1 << 40) + bytes(8)),
], ids=["trak", "udta-into-mdat", "mdia", "size-below-header", "large-size"])
def test_a_child_that_overruns_its_parent_is_refused(moov_children, tmp_path, store, limits):
    data = iso_video(moov_children)
    with io.BytesIO(data) as fp:
        check_container(fp, "video/mp4")          # the top level is sound: only the walk inside finds it
    source = tmp_path / "clip.mp4"
    source.write_bytes(data)
    with pytest.raises(AttachmentRefused) as info:
        ingest_evidence(source, store_dir=store, limits=limits)
    assert info.value.reason == "corrupt" and "overruns" in info.value.message
    assert _store_is_empty(store)
    with pytest.raises(AttachmentRefused):
        strip_metadata(io.BytesIO(data), io.BytesIO(), "video/mp4")


def test_a_read_error_while_copying_leaves_nothing(monkeypatch, store, limits):
    data = iso_video(box(b"udta", b"x" * 20), media=3 * 1024 * 1024)
    real_copy = video._copy

    def failing_copy(fp, count):
        yield from real_copy(fp, min(count, 100))
        raise OSError("input/output error")

    monkeypatch.setattr(video, "_copy", failing_copy)
    with pytest.raises(AttachmentRefused) as info:
        ingest_evidence(data, store_dir=store, limits=limits)
    assert info.value.reason == "unreadable"
    assert _store_is_empty(store)


@pytest.mark.parametrize("mime, data", [
    ("video/webm", matroska_bytes(b"webm")), ("video/x-matroska", matroska_bytes(b"matroska")),
    ("video/x-msvideo", avi_bytes()),
])
def test_other_containers_are_stored_as_they_are(mime, data, store, limits):
    data = data + b"udta\xa9xyz" + LOCATION.encode() if mime != "video/x-msvideo" else data
    stored = ingest_evidence(data, store_dir=store, limits=limits)
    assert (stored.mime, stored.path.read_bytes()) == (mime, data)
    with pytest.raises(ValueError):
        strip_metadata(io.BytesIO(data), io.BytesIO(), mime)
