"""`buzon attach check|ingest` in a real process: JSON lines, exit status, no database."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PIL import Image

from attachment_samples import exif_with_gps, jpeg_bytes, marked_landscape, minimal_pdf, mp4_bytes, png_claiming

KEYS = ["file", "accepted", "reason", "mime", "width", "height", "bytes"]


def buzon(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=120)


def test_attach_check_json_one_line_per_file(tmp_path, data_dir):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_bytes(marked_landscape(60, 40), exif=exif_with_gps(6).tobytes()))
    fake = tmp_path / "fake.png"
    fake.write_bytes(minimal_pdf())
    clip = tmp_path / "clip.jpg"
    clip.write_bytes(mp4_bytes())
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_claiming(100_000, 100_000))
    missing = tmp_path / "missing.gif"
    done = buzon("attach", "check", "--json", *map(str, (photo, fake, clip, bomb, missing)))
    assert done.returncode == 1, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert all(list(r) == KEYS for r in rows)
    assert [r["file"] for r in rows] == [str(p) for p in (photo, fake, clip, bomb, missing)]
    assert rows[0] == {"file": str(photo), "accepted": True, "reason": None, "mime": "image/jpeg",
                       "width": 40, "height": 60, "bytes": photo.stat().st_size}
    assert [r["reason"] for r in rows[1:]] == ["not_an_image", "video_in_chat", "decompression_bomb",
                                               "unreadable"]
    # Checking reads files and settings only: no database appears in the data folder.
    assert list(data_dir.iterdir()) == []


def test_attach_check_all_accepted_exits_zero_and_dispute_accepts_video(tmp_path, data_dir):
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(mp4_bytes())
    done = buzon("attach", "check", "--dispute", "--json", str(clip))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["mime"] == "video/mp4"
    table = buzon("attach", "check", str(clip))
    assert table.returncode == 1 and "refused: Videos cannot be sent in the chat." in table.stdout


def test_attach_check_follows_the_settings_file(tmp_path, data_dir):
    (data_dir / "settings.json").write_text(json.dumps({"attachment_max_pixels": 1000}))
    photo = tmp_path / "big.png"
    Image.new("RGB", (100, 100)).save(photo)
    done = buzon("attach", "check", "--json", str(photo))
    assert json.loads(done.stdout)["reason"] == "too_many_pixels"


def test_attach_ingest_stores_and_reports(tmp_path, data_dir):
    photo = tmp_path / "IMG_1.JPG"
    photo.write_bytes(jpeg_bytes(marked_landscape(60, 40), exif=exif_with_gps(6).tobytes()))
    done = buzon("attach", "ingest", "--json", str(photo), str(photo))
    assert done.returncode == 0, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first == second
    assert (first["mime"], first["width"], first["height"], first["safe_name"]) == ("image/jpeg", 40, 60, "IMG_1.jpg")
    stored = data_dir / "attachments" / first["sha256"][:2] / f"{first['sha256']}.jpg"
    assert first["path"] == str(stored) and stored.is_file()
    assert not (data_dir / "buzon.sqlite3").exists()


def test_attach_check_read_errors_and_devices_exit_1_naming_the_file(tmp_path, data_dir):
    """/proc/self/mem is a regular file whose first read fails (EIO): it was a traceback."""
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    names = ["/proc/self/mem", "/dev/zero", "/dev/null", str(fifo), str(tmp_path)]
    done = buzon("attach", "check", "--json", *names)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["file"], r["accepted"], r["reason"]) for r in rows] == [(n, False, "unreadable") for n in names]
    table = buzon("attach", "check", "/proc/self/mem")
    assert table.returncode == 1
    assert "The file /proc/self/mem cannot be read (Input/output error)" in table.stdout


def test_send_with_an_unreadable_attachment_exits_1_naming_it(tmp_path, data_dir):
    assert buzon("demo").returncode == 0
    for name in ("/proc/self/mem", "/dev/zero", str(tmp_path)):
        done = buzon("send", "--conversation", "1", "--text", "hola", "--attach", name)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert name in done.stderr
    listed = json.loads(buzon("messages", "--conversation", "1", "--json").stdout)
    assert "hola" not in [m["text"] for m in listed]
