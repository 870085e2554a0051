"""The child process: same results as in-process calls, refusals intact, recovery after a kill."""

from __future__ import annotations

import pickle

import pytest

from attachment_samples import jpeg_bytes, mp4_bytes, noisy_rgb, png_claiming
from desktop.core.attachments import AttachmentRefused, Limits, ingest_image
from desktop.core.attachments.process import AttachmentProcess


def test_refusals_survive_pickling():
    refusal = AttachmentRefused("too_many_pixels", "big", hint="smaller", mime="image/png", width=9, height=8, size=7)
    copy = pickle.loads(pickle.dumps(refusal))
    assert (copy.reason, copy.message, copy.hint, copy.mime, copy.width, copy.height, copy.size) == \
        ("too_many_pixels", "big", "smaller", "image/png", 9, 8, 7)


def test_child_process_ingests_refuses_and_recovers(tmp_path, limits):
    photo = jpeg_bytes(noisy_rgb(1600, 1200))
    with AttachmentProcess() as child:
        stored = child.ingest_image(photo, store_dir=tmp_path / "a", limits=limits, name="p.jpg")
        local = ingest_image(photo, store_dir=tmp_path / "b", limits=limits, name="p.jpg")
        assert (stored.sha256, stored.width, stored.safe_name) == (local.sha256, local.width, local.safe_name)
        assert stored.path.is_file()
        assert child.check_bytes(mp4_bytes(), limits=limits).reason == "video_in_chat"
        with pytest.raises(AttachmentRefused) as info:
            child.ingest_image(png_claiming(100_000, 100_000), store_dir=tmp_path / "a", limits=limits)
        assert info.value.reason == "decompression_bomb"

        child._proc.kill()            # a decoder crash between calls
        child._proc.join()
        assert child.check_file(stored.path, limits=limits).accepted

        child.timeout = 0.001         # a call that overruns its budget is killed and refused
        with pytest.raises(AttachmentRefused) as info:
            child.ingest_image(photo, store_dir=tmp_path / "c", limits=Limits(), original_size=True)
        assert info.value.reason == "corrupt" and "longer than" in info.value.message
        child.timeout = 60
        assert child.thumbnail(stored.path, cache_dir=tmp_path / "t").is_file()
