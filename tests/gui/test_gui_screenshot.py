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
    ("orders", ["--order", "7"], "zh"),
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


@pytest.mark.parametrize("argv, says", [
    (["--product", "99999999999999999999"], "ids go from 1"),
    (["--product", "999"], "There is no product 999"),
    (["--view", "messages", "--conversation", "42"], "Choose one of: 1, 2, 3."),
    (["--view", "orders", "--order", "0"], "not an id"),
])
def test_screenshot_of_something_that_is_not_there_exits_2_naming_the_choices(tmp_path, argv, says):
    out = tmp_path / "x.png"
    run = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), "screenshot",
                          str(out), *argv], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and says in run.stderr
    assert not out.exists()


@pytest.mark.logs_errors
def test_a_bug_while_the_window_works_ends_the_screenshot_with_70(qtbot, tmp_path, monkeypatch, logged_errors):
    from desktop.core import catalog
    from desktop.core.context import AppContext
    from desktop.core.errors import BugError, ExitCode
    from desktop.gui.render import screenshot

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug on the product page")

    monkeypatch.setattr(catalog, "product_detail", broken)
    ctx = AppContext(data_dir=tmp_path / "data")
    out = tmp_path / "x.png"
    with pytest.raises(BugError) as failed:
        screenshot(ctx, out, view="products", size=(800, 600), product=3)
    ctx.close()
    assert failed.value.exit_code == ExitCode.INTERNAL and "a bug on the product page" in str(failed.value)
    assert not out.exists()
    assert any("a bug on the product page" in r.getMessage() for r in logged_errors)


def test_screenshot_with_the_store_settings_dialog(tmp_path):
    """`--dialog store-settings` shows a seller's dialog over the window (centred, with a title
    bar); a buyer has none, refused before the window opens."""
    out = tmp_path / "settings.png"
    run = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), "--user", "wei",
                          "screenshot", str(out), "--view", "orders", "--dialog", "store-settings",
                          "--size", "800x560", "--lang", "es"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    image = Image.open(out).convert("RGB")
    assert image.size == (800, 560)
    # the title bar's colour, across the middle of the picture where the dialog is
    bar = [x for x in range(800) if image.getpixel((x, 280)) == (0x3A, 0x3F, 0x47)]
    title_rows = [y for y in range(560) if image.getpixel((400, y)) == (0x3A, 0x3F, 0x47)]
    assert not bar and 20 <= len(title_rows) <= 26
    run = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), "--user", "lucia",
                          "screenshot", str(tmp_path / "no.png"), "--dialog", "store-settings"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "buyer" in run.stderr and not (tmp_path / "no.png").exists()
