"""The code-drawn demo product pictures and app icons: complete, real pictures, deterministic."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "scripts"
PRODUCTS_DIR = REPO / "resources" / "demo" / "products"
ICONS_DIR = REPO / "resources" / "icons"

if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

import demo_art  # noqa: E402
from demo_art import canvas, icons  # noqa: E402
import make_demo_images  # noqa: E402

EXPECTED = {
    "electronics": {
        "wireless-earbuds": "Wireless Earbuds Pro",
        "smartwatch": "Smart Watch S8",
        "phone-case": "Silicone Phone Case",
        "power-bank": "Power Bank 20000 mAh",
        "usb-c-cable": "USB-C Cable 2 m",
        "bluetooth-speaker": "Bluetooth Speaker",
        "mechanical-keyboard": "Mechanical Keyboard",
        "wireless-mouse": "Wireless Mouse",
        "led-strip": "LED Strip 5 m",
        "action-camera": "Action Camera 4K",
        "headphones": "Over-Ear Headphones",
    },
    "fashion": {
        "t-shirt": "Cotton T-Shirt",
        "hoodie": "Oversize Hoodie",
        "summer-dress": "Floral Summer Dress",
        "jeans": "Slim Fit Jeans",
        "sneakers": "Running Sneakers",
        "baseball-cap": "Baseball Cap",
        "sunglasses": "Polarized Sunglasses",
        "handbag": "Leather Handbag",
        "leather-belt": "Leather Belt",
        "socks": "Wool Socks (5 pairs)",
        "scarf": "Knitted Scarf",
    },
    "home": {
        "coffee-mug": "Ceramic Coffee Mug",
        "desk-lamp": "LED Desk Lamp",
        "cushion": "Velvet Cushion",
        "knife-set": "Kitchen Knife Set",
        "plant-pot": "Ceramic Plant Pot",
        "wall-clock": "Silent Wall Clock",
        "bath-towel": "Cotton Bath Towel",
        "storage-box": "Foldable Storage Box",
        "teapot": "Porcelain Teapot",
        "scented-candle": "Scented Candle",
        "frying-pan": "Non-Stick Frying Pan",
    },
}
KEYS = sorted(k for products in EXPECTED.values() for k in products)
NAV = ["products", "orders", "messages", "send", "attach", "translate"]
STAGE = (0, 0, 480, 480 - canvas.BAND)
BAND = (0, 480 - canvas.BAND, 480, 480)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """One full run of the generator into an empty resources folder: (folder, every file, changed files)."""
    root = tmp_path_factory.mktemp("resources")
    every, changed = demo_art.write_all(root)
    return root, every, changed


def _stage_is_a_picture(im: Image.Image) -> None:
    rgb = im.convert("RGB")
    stage = rgb.crop(STAGE)
    colours = stage.getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) >= 60, f"only {len(colours)} colours"
    assert max(ImageStat.Stat(stage.convert("L")).stddev) > 12, "near-uniform picture"
    edges = ImageStat.Stat(stage.convert("L").filter(ImageFilter.FIND_EDGES)).mean[0]
    assert edges > 1.5, f"hardly any edges ({edges:.2f})"
    # The object sits in the middle of the stage: the centre is not the backdrop.
    backdrop = ImageStat.Stat(rgb.crop((2, 2, 22, 22))).mean
    centre = ImageStat.Stat(rgb.crop((160, 120, 320, 300)))
    assert max(abs(c - b) for c, b in zip(centre.mean, backdrop)) > 20 or max(centre.stddev) > 15


def _band_has_text(im: Image.Image) -> None:
    band = im.convert("L").crop(BAND)
    dark = sum(band.histogram()[:100])
    assert dark > 150, "no title in the label band"


def test_index_lists_exactly_the_expected_products_with_titles_and_categories():
    index = json.loads((PRODUCTS_DIR / "index.json").read_text(encoding="utf-8"))
    expected = {k: {"title": t, "category": c} for c, products in EXPECTED.items() for k, t in products.items()}
    assert index == expected
    assert {k: (t, c) for k, (t, c) in demo_art.catalogue().items()} == {k: (v["title"], v["category"]) for k, v in expected.items()}


@pytest.mark.parametrize("key", KEYS)
def test_committed_product_picture_is_a_small_480_square_drawing_with_its_title(key):
    path = PRODUCTS_DIR / f"{key}.png"
    assert path.is_file(), f"missing {path}"
    assert path.stat().st_size < 60_000
    with Image.open(path) as im:
        assert im.format == "PNG"
        assert im.size == (480, 480)
        _stage_is_a_picture(im)
        _band_has_text(im)


def test_pictures_differ_from_each_other():
    thumbs = {}
    for key in KEYS:
        with Image.open(PRODUCTS_DIR / f"{key}.png") as im:
            thumbs[key] = im.convert("L").crop(STAGE).resize((48, 42))
    for i, a in enumerate(KEYS):
        for b in KEYS[i + 1 :]:
            diff = ImageStat.Stat(ImageChops.difference(thumbs[a], thumbs[b])).mean[0]
            assert diff > 4, f"{a} and {b} look alike"


def test_rerunning_the_generator_in_another_process_gives_byte_identical_files(fresh):
    """A second run, in a fresh interpreter with another hash seed, finds every file already
    byte-identical and rewrites none: the generator is deterministic and idempotent."""
    root, every, changed = fresh
    assert set(changed) == set(every)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in every}
    env = dict(os.environ, PYTHONHASHSEED="4242")
    run = subprocess.run(
        [sys.executable, str(SCRIPTS / "make_demo_images.py"), "--resources", str(root)],
        env=env, capture_output=True, text=True, timeout=240, check=True,
    )
    assert f"{len(every)} files, 0 changed" in run.stdout
    for path, (data, mtime) in before.items():
        assert path.read_bytes() == data and path.stat().st_mtime_ns == mtime, path.name


def _share_of_changed_pixels(a: Path, b: Path) -> float:
    """Share of pixels that differ once both are softened: dither patterns and antialiasing
    nuances from another Pillow or FreeType build wash out, a changed drawing does not."""
    with Image.open(a) as ia, Image.open(b) as ib:
        assert ia.size == ib.size
        soft_a = ia.convert("RGBA").filter(ImageFilter.GaussianBlur(2))
        soft_b = ib.convert("RGBA").filter(ImageFilter.GaussianBlur(2))
    diff = ImageChops.difference(soft_a, soft_b)
    worst = diff.getchannel(0)
    for band in range(1, 4):
        worst = ImageChops.lighter(worst, diff.getchannel(band))
    return sum(worst.histogram()[12:]) / (worst.width * worst.height)


def test_committed_files_are_what_the_generator_draws(fresh):
    """Catches a drawing changed without regenerating. Compared by pixels with a small tolerance,
    not bytes, so another zlib, Pillow or FreeType build does not fail it; pictures with text are
    compared only where the fonts they were drawn with are installed."""
    root, every, _ = fresh
    dejavu = any((d / "DejaVuSans-Bold.ttf").is_file() for d in canvas.FONT_DIRS)
    cjk = icons.cjk_font(12) is not None
    compared = 0
    for path in every:
        if path.suffix != ".png" or (not dejavu and path.parent.name == "products") or (not cjk and path.name.startswith("translate")):
            continue
        committed = REPO / "resources" / path.relative_to(root)
        assert committed.is_file(), f"{committed} not committed"
        assert _share_of_changed_pixels(committed, path) < 0.005, f"{committed.name} is stale: run scripts/make_demo_images.py"
        compared += 1
    assert compared >= 20


def test_script_writes_into_the_folder_it_is_given(tmp_path, capsys):
    assert make_demo_images.main(["--resources", str(tmp_path), "--only", "icons", "--contact-sheet", str(tmp_path / "sheet.png")]) == 0
    assert (tmp_path / "icons" / "buzon.ico").is_file()
    assert not (tmp_path / "demo").exists()
    with Image.open(tmp_path / "sheet.png") as sheet:
        assert sheet.width > 0
    assert "0 changed" not in capsys.readouterr().out
    assert make_demo_images.main(["--resources", str(tmp_path), "--only", "icons"]) == 0
    assert "0 changed" in capsys.readouterr().out


def test_product_pictures_work_without_dejavu(monkeypatch, tmp_path):
    monkeypatch.setattr(canvas, "FONT_DIRS", [tmp_path / "no-fonts-here"])
    font = canvas.load_font(20, bold=True)
    assert "DejaVu" not in " ".join(font.getname())
    im = demo_art.render_product("smartwatch")
    assert im.size == (480, 480)
    _stage_is_a_picture(im)
    _band_has_text(im)


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_app_icon_png_sizes(size):
    with Image.open(ICONS_DIR / f"buzon-{size}.png") as im:
        assert im.size == (size, size) and im.mode == "RGBA"
        alpha = im.getchannel("A")
        assert alpha.getpixel((0, 0)) < 40, "corners are transparent (rounded tile)"
        assert alpha.getpixel((size // 2, size // 2)) == 255
        r, g, b, _ = im.convert("RGBA").getpixel((size * 85 // 100, size * 85 // 100))
        assert r > 200 and g < 140 and b < 120, "the tile is marketplace orange-red"


def test_app_icon_installer_formats():
    with Image.open(ICONS_DIR / "buzon.ico") as ico:
        assert {(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS_DIR / "buzon.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"] and (16, 16, 2) in icns.info["sizes"]
        icns.load()
        assert icns.size == (1024, 1024)


@pytest.mark.parametrize("name", NAV)
def test_nav_icons_are_dark_grey_antialiased_shapes_on_transparent(name):
    for suffix, size in (("", 24), ("@2x", 48)):
        with Image.open(ICONS_DIR / f"{name}{suffix}.png") as im:
            assert im.size == (size, size) and im.mode == "RGBA"
            alpha = im.getchannel("A")
            hist = alpha.histogram()
            assert hist[0] > size * size * 0.3, "mostly transparent"
            assert sum(hist[250:]) > size, "has solid strokes"
            assert sum(hist[20:235]) > size // 2, "edges are antialiased"
            colours = {c[:3] for _, c in im.getcolors(maxcolors=size * size) if c[3] > 0}
            assert colours == {(0x33, 0x33, 0x33)}


def test_translate_icon_falls_back_to_latin_letters_without_a_cjk_font(monkeypatch):
    monkeypatch.setattr(icons, "CJK_FONTS", [])
    assert icons.cjk_font(12) is None
    fallback = icons.nav_icon("translate", 48)
    assert fallback.getchannel("A").getbbox() is not None
    monkeypatch.undo()
    if icons.cjk_font(12) is not None:
        assert fallback.tobytes() != icons.nav_icon("translate", 48).tobytes()


def test_png_encoding_is_deterministic():
    im = demo_art.render_product("wall-clock")
    assert canvas.png_bytes(im) == canvas.png_bytes(im.copy())
    assert Image.open(io.BytesIO(canvas.png_bytes(im))).size == (480, 480)
