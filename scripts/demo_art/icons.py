"""Buzón's own icons: the app icon (a letterbox with a speech bubble) and the toolbar/navigation icons.

Every icon is drawn once in design units and rendered per pixel size at 4x, then reduced
with LANCZOS, so small sizes stay crisp and antialiased.
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Callable

from PIL import Image, ImageFont

from .canvas import Art, Linear, encode, rgb
from .geometry import ellipse_points

APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
RED, DEEP = rgb("#FF4747"), rgb("#E62E04")
INK = rgb("#333333")
SUPERSAMPLE = 4

# Fonts that carry CJK ideographs, most common first (Debian, macOS, Windows).
CJK_FONTS = [
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/System/Library/Fonts/PingFang.ttc"),
    Path("C:/Windows/Fonts/msyh.ttc"),
]


def cjk_font(size: int) -> ImageFont.FreeTypeFont | None:
    """A font that really draws 文 (not a missing-glyph box), or None."""
    for path in CJK_FONTS:
        if not path.is_file():
            continue
        try:
            font = ImageFont.truetype(str(path), size)
        except OSError:
            continue
        glyph = font.getmask("文")
        missing = font.getmask("\U0010fffd")
        if glyph.getbbox() and (glyph.size != missing.size or bytes(glyph) != bytes(missing)):
            return font
    return None


# --- the app icon -------------------------------------------------------------


def app_icon(size: int) -> Image.Image:
    """The app icon at one pixel size; details that would turn to mush are left out of the smallest."""
    # Large sizes have pixels enough for their own edges: 2x is as smooth there and far cheaper.
    a = Art(size=size, scale=SUPERSAMPLE if size <= 256 else 2, design=512)
    tiny = size <= 24
    margin = 8 if tiny else 28
    tile_box = (margin, margin, 512 - margin, 512 - margin)
    tile = a.rect(tile_box, 60 if tiny else 108)
    tile_fill = Linear(rgb("#FF7A45"), RED, DEEP, angle=65)
    gloss = a.clip(tile, a.oval((-120, -300, 632, 230)))
    if not tiny:
        a.drop_shadow(tile, 0, 8, 10, 0.3)
    a.paint(tile, tile_fill)
    a.paint(gloss, (255, 255, 255), 0.12)

    white, cream = (255, 255, 255), rgb("#FFE3DB")
    post = a.rect((198, 370, 246, 462 if not tiny else 470), 6)
    a.paint(post, Linear(white, cream, angle=0))
    body_pts = ellipse_points((70, 196, 374, 404), 48, 180, 360) + [(374, 382), (70, 382)]
    body = a.poly(body_pts)
    if not tiny:
        a.drop_shadow(body, 4, 10, 10, 0.25)
    a.paint(body, Linear(white, rgb("#FFF4F0"), cream, angle=90))
    door = a.clip(body, a.rect((70, 180, 122, 400)))
    a.paint(door, rgb("#FFD2C6"))
    a.paint(a.rect((160, 278, 292, 300), 11), DEEP)
    if not tiny:
        a.paint(a.stroke([(344, 330), (344, 230)], 12), rgb("#FFC93C"))
        a.paint(a.rect((338, 222, 404, 262), 6), Linear(rgb("#FFD966"), rgb("#FFB800")))

    bubble_box = (250, 56, 470, 196) if not tiny else (236, 40, 484, 206)
    tail = [(300, 180), (262, 250), (350, 186)] if not tiny else [(290, 190), (246, 260), (350, 196)]
    bubble = a.union(a.rect(bubble_box, 60), a.poly(tail))
    gap = a.union(a.rect((bubble_box[0] - 14, bubble_box[1] - 14, bubble_box[2] + 14, bubble_box[3] + 14), 74), a.poly([(tail[0][0] - 14, tail[0][1]), (tail[1][0] - 10, tail[1][1] + 16), (tail[2][0] + 14, tail[2][1])]))
    # Cut the mailbox back around the bubble by repainting the tile there, so the two read apart.
    a.paint(gap, tile_fill, clip=a.clip(tile, a.minus(gap, bubble)), span=tile_box)
    a.paint(gap, (255, 255, 255), 0.12, clip=a.clip(gloss, a.minus(gap, bubble)))
    a.paint(bubble, Linear(white, rgb("#FFF0EB"), angle=90))
    if not tiny:
        cy = (bubble_box[1] + bubble_box[3]) / 2
        a.paint(a.circles([(318, cy), (360, cy), (402, cy)], 15), RED)
    return a.finish()


def app_icon_files() -> dict[str, bytes]:
    """buzon-<N>.png for every size, buzon.ico for Windows, buzon.icns for macOS, by file name."""
    images = {n: app_icon(n) for n in sorted(set(APP_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))}
    files = {f"buzon-{n}.png": encode(images[n], "PNG", optimize=True) for n in APP_SIZES}
    # Each size is supplied drawn, not resized from the largest, so small ones keep their simplified design.
    files["buzon.ico"] = encode(images[256], "ICO", sizes=[(n, n) for n in ICO_SIZES], append_images=[images[n] for n in ICO_SIZES if n != 256])
    files["buzon.icns"] = encode(images[1024], "ICNS", append_images=[images[n] for n in ICNS_SIZES if n != 1024])
    return files


# --- navigation and action icons (24 design units, 2-unit strokes) --------------


def _outline_rect(a: Art, box, radius: float, width: float = 2):
    x0, y0, x1, y1 = box
    return a.minus(a.rect(box, radius), a.rect((x0 + width, y0 + width, x1 - width, y1 - width), max(0.1, radius - width)))


def products_icon(a: Art):
    """A shopping bag."""
    body = _outline_rect(a, (3.5, 7.5, 20.5, 21.5), 2.5)
    handle = a.arc((8, 2.5, 16, 12.5), 180, 360, 2)
    straps = a.union(a.stroke([(8.9, 7.5), (8.9, 7.5)], 2), a.stroke([(15.1, 7.5), (15.1, 7.5)], 2))
    dots = a.circles([(8.9, 11.5), (15.1, 11.5)], 1.2)
    return a.union(body, handle, straps, dots)


def orders_icon(a: Art):
    """A parcel box with its tape."""
    outline = [(12, 2.5), (21, 7), (21, 17), (12, 21.5), (3, 17), (3, 7), (12, 2.5)]
    box = a.stroke(outline, 2)
    inner = a.stroke([(3.5, 7.2), (12, 11.5), (20.5, 7.2)], 2)
    spine = a.stroke([(12, 11.5), (12, 21)], 2)
    tape = a.stroke([(7.5, 4.8), (16.5, 9.3)], 2)
    return a.union(box, inner, spine, tape)


def messages_icon(a: Art):
    """A speech bubble with three dots."""
    bubble = _outline_rect(a, (2.5, 3.5, 21.5, 17.5), 4)
    tail = a.minus(a.poly([(6.5, 15.6), (6.5, 21.5), (12.5, 15.6)]), a.poly([(8.5, 15.4), (8.5, 17.6), (10.6, 15.4)]))
    dots = a.circles([(7.5, 10.5), (12, 10.5), (16.5, 10.5)], 1.4)
    return a.union(bubble, tail, dots)


def send_icon(a: Art):
    """A paper plane pointing right."""
    plane = a.poly([(2.5, 21), (22.5, 12), (2.5, 3), (2.5, 10), (16, 12), (2.5, 14)])
    return plane


def attach_icon(a: Art):
    """A plus in a circle."""
    ring = a.ring((2.5, 2.5, 21.5, 21.5), 2)
    plus = a.union(a.stroke([(12, 7.5), (12, 16.5)], 2), a.stroke([(7.5, 12), (16.5, 12)], 2))
    return a.union(ring, plus)


def translate_icon(a: Art):
    """Two overlapping bubbles, one with a Latin letter and one with a Chinese character."""
    front_box = (9.5, 9.5, 22.5, 21)
    front = a.union(a.rect(front_box, 2.5), a.poly([(17, 20), (20.5, 23.5), (20.5, 20)]))
    halo = a.union(a.rect((8, 8, 24, 22.5), 3.5), a.poly([(16, 21), (21.5, 25), (22, 21)]))
    back = a.union(_outline_rect(a, (1.5, 1.5, 14.5, 13.5), 2.5, 1.8), a.stroke([(4.5, 13), (4, 16.2), (7.5, 13)], 1.6))
    back = a.union(back, a.text_mask((8, 7.6), "A", 8.5, bold=True))
    font = cjk_font(int(round(9 * a.s)))
    glyph = "文" if font is not None else "Z"
    mark = a.text_mask((16, 15.3), glyph, 8.5, bold=True, font=font)
    return a.union(a.minus(back, halo), a.minus(front, mark))


NAV_ICONS: dict[str, Callable] = {
    "products": products_icon,
    "orders": orders_icon,
    "messages": messages_icon,
    "send": send_icon,
    "attach": attach_icon,
    "translate": translate_icon,
}


def nav_icon(name: str, size: int) -> Image.Image:
    """One navigation icon in dark grey on transparent, at `size` pixels."""
    a = Art(size=size, scale=SUPERSAMPLE, design=24)
    a.paint(NAV_ICONS[name](a), INK)
    # One colour everywhere, coverage only in alpha: the reduction's rounding would otherwise
    # leave slightly different greys at the edges, and transparent pixels stay #333 for any later scaling.
    out = Image.new("RGBA", (size, size), INK)
    out.putalpha(a.finish().getchannel("A"))
    return out


def nav_icon_files() -> dict[str, bytes]:
    """<name>.png (24 px) and <name>@2x.png (48 px) for every navigation icon, by file name."""
    return {f"{name}{suffix}.png": encode(nav_icon(name, size), "PNG", optimize=True) for name in NAV_ICONS for size, suffix in ((24, ""), (48, "@2x"))}
