"""Code-drawn art for Buzón: the demo marketplace's product pictures and the app's icons.

Nothing here is downloaded or random: every picture is drawn with Pillow from code, so the
same code and fonts always give the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from collections.abc import Callable

from PIL import Image

from . import electronics, fashion, home, icons
from .canvas import Art, label_band, png_bytes, studio, write_if_changed

CATEGORIES: dict[str, dict[str, tuple[str, Callable[[Art], None]]]] = {
    "electronics": electronics.PRODUCTS,
    "fashion": fashion.PRODUCTS,
    "home": home.PRODUCTS,
}


def catalogue() -> dict[str, tuple[str, str]]:
    """Every product key with its (title, category)."""
    return {key: (title, category) for category, products in CATEGORIES.items() for key, (title, _) in products.items()}


def render_product(key: str) -> Image.Image:
    """One product picture: the object on a studio backdrop with its name in a band below (480x480, RGB)."""
    for products in CATEGORIES.values():
        if key in products:
            title, draw = products[key]
            art = Art()
            studio(art)
            draw(art)
            return label_band(art.finish(), title)
    raise KeyError(key)


def product_files() -> dict[str, bytes]:
    """<key>.png for every product plus index.json, by file name."""
    files = {f"{key}.png": png_bytes(render_product(key)) for key in catalogue()}
    index = {key: {"title": title, "category": category} for key, (title, category) in sorted(catalogue().items())}
    files["index.json"] = (json.dumps(index, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return files


def write_all(resources: Path, products: bool = True, icon_set: bool = True) -> tuple[list[Path], list[Path]]:
    """Write everything under a resources folder; returns (all files, files whose bytes changed)."""
    plan: list[tuple[Path, dict[str, bytes]]] = []
    if products:
        plan.append((resources / "demo" / "products", product_files()))
    if icon_set:
        plan.append((resources / "icons", {**icons.app_icon_files(), **icons.nav_icon_files()}))
    every, changed = [], []
    for folder, files in plan:
        for name, data in files.items():
            path = folder / name
            every.append(path)
            if write_if_changed(path, data):
                changed.append(path)
    return every, changed


def contact_sheet(paths: list[Path], out: Path, cell: int = 240) -> None:
    """All pictures and icons on one page, for a person to look over."""
    pictures = [p for p in paths if p.suffix == ".png"]
    cols = 8
    rows = (len(pictures) + cols - 1) // cols
    sheet = Image.new("RGB", (cols * cell, rows * cell), (255, 255, 255))
    for i, path in enumerate(pictures):
        with Image.open(path) as im:
            im = im.convert("RGBA")
            if im.width > cell:
                im = im.resize((cell, cell), Image.Resampling.LANCZOS)
            x = (i % cols) * cell + (cell - im.width) // 2
            y = (i // cols) * cell + (cell - im.height) // 2
            sheet.paste(im, (x, y), im)
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(out)
