"""`buzon screenshot` renders the real window to a PNG of the requested size, with content."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PIL import Image


@pytest.mark.parametrize("view, extra, lang", [
    ("products", [], "en"),
    ("orders", ["--order", "7"], "es"),
    ("messages", ["--conversation", "1"], "es"),
])
def test_screenshot_size_and_content(tmp_path, view, extra, lang):
    out = tmp_path / f"{view}.png"
    run = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), "screenshot",
                          str(out), "--view", view, "--size", "1000x700", "--lang", lang, *extra],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    image = Image.open(out).convert("RGB")
    assert image.size == (1000, 700)
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 200          # text, pictures, bubbles: not a blank frame
    # The accent colour of the selected navigation entry is on screen.
    assert any(abs(r - 0xE6) < 12 and abs(g - 0x2E) < 12 and abs(b - 0x04) < 12 for _, (r, g, b) in colours)


def test_screenshot_bad_size(tmp_path):
    run = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "screenshot",
                          str(tmp_path / "x.png"), "--size", "huge"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "WIDTHxHEIGHT" in run.stderr
