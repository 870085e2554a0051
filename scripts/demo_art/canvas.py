"""Drawing helpers shared by every product picture and icon.

A picture is drawn on a supersampled RGBA canvas in 480-unit coordinates and
reduced with LANCZOS at the end, so every edge is antialiased. Shapes are built
as masks and painted with a solid colour or a gradient, which is what gives the
objects their shading; masks can be combined and used to clip highlights,
patterns and texture to a shape.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

SIZE = 480
SCALE = 3
BAND = 64  # height of the label band at the bottom of a product picture
STAGE_BOTTOM = SIZE - BAND

# Module-level so a test can point it elsewhere and exercise the fallback font.
FONT_DIRS: list[Path] = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
]

Point = tuple[float, float]
Box = tuple[float, float, float, float]
Colour = tuple[int, ...]


def rgb(hex_colour: str, alpha: int | None = None) -> Colour:
    """'#RRGGBB' to a tuple, with an optional alpha."""
    h = hex_colour.lstrip("#")
    c = tuple(int(h[i : i + 2], 16) for i in (0, 2, 4))
    return c if alpha is None else (*c, alpha)


def shade(colour: Colour, factor: float) -> Colour:
    """Darker (factor < 1) or lighter (factor > 1, towards white) version of a colour."""
    r, g, b = colour[:3]
    if factor <= 1:
        out = (r * factor, g * factor, b * factor)
    else:
        t = min(factor - 1, 1)
        out = (r + (255 - r) * t, g + (255 - g) * t, b + (255 - b) * t)
    return tuple(int(round(v)) for v in out) + tuple(colour[3:])


def load_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans when installed, else Pillow's built-in scalable font."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in FONT_DIRS:
        path = folder / name
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


# --- point geometry ---------------------------------------------------------


def bezier(p0: Point, p1: Point, p2: Point, p3: Point | None = None, n: int = 24) -> list[Point]:
    """Points along a quadratic (p3 None) or cubic Bézier curve, ends included."""
    pts = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        if p3 is None:
            x = u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0]
            y = u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]
        else:
            x = u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0]
            y = u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1]
        pts.append((x, y))
    return pts


def rotate(points: Sequence[Point], centre: Point, degrees: float) -> list[Point]:
    """Points turned clockwise (screen coordinates) about a centre."""
    a = math.radians(degrees)
    ca, sa = math.cos(a), math.sin(a)
    cx, cy = centre
    return [(cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca) for x, y in points]


def rounded_rect_points(box: Box, radius: float, n: int = 8) -> list[Point]:
    """The outline of a rounded rectangle as a polygon, so it can be rotated."""
    x0, y0, x1, y1 = box
    r = min(radius, (x1 - x0) / 2, (y1 - y0) / 2)
    corners = [(x1 - r, y0 + r, -90), (x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90), (x0 + r, y0 + r, 180)]
    pts = []
    for cx, cy, start in corners:
        for i in range(n + 1):
            a = math.radians(start + 90 * i / n)
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def mirrored(half: Sequence[Point], axis: float = SIZE / 2) -> list[Point]:
    """A symmetric outline from its left half (listed top to bottom): the half, then its mirror image back up."""
    return list(half) + [(2 * axis - x, y) for x, y in reversed(half)]


def translate(points: Sequence[Point], dx: float, dy: float) -> list[Point]:
    return [(x + dx, y + dy) for x, y in points]


def dashes(path: Sequence[Point], dash: float, gap: float) -> list[tuple[Point, Point]]:
    """Cut a polyline into dash segments: stitching, perforations."""
    out: list[tuple[Point, Point]] = []
    on, left = True, dash
    for (x0, y0), (x1, y1) in zip(path, path[1:]):
        seg = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while seg - pos > 1e-9:
            step = min(left, seg - pos)
            if on:
                t0, t1 = pos / seg, (pos + step) / seg
                out.append(((x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0), (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)))
            pos += step
            left -= step
            if left <= 1e-9:
                on = not on
                left = dash if on else gap
    return out


def ellipse_points(box: Box, n: int = 64, start: float = 0, end: float = 360) -> list[Point]:
    """Points along an ellipse (or an arc of it; angles clockwise from 3 o'clock)."""
    x0, y0, x1, y1 = box
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    return [
        (cx + rx * math.cos(math.radians(start + (end - start) * i / n)), cy + ry * math.sin(math.radians(start + (end - start) * i / n)))
        for i in range(n + 1)
    ]


# --- fills ------------------------------------------------------------------


@dataclass(frozen=True)
class Linear:
    """A gradient through colour stops along a direction (90 = top to bottom) across the shape."""

    stops: tuple[Colour, ...]
    angle: float = 90

    def __init__(self, *stops: Colour, angle: float = 90):
        object.__setattr__(self, "stops", tuple(stops))
        object.__setattr__(self, "angle", angle)

    def ramp(self, w: int, h: int) -> np.ndarray:
        a = math.radians(self.angle)
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        proj = xs * math.cos(a) + ys * math.sin(a)
        lo, hi = proj.min(), proj.max()
        return (proj - lo) / max(hi - lo, 1e-6)


@dataclass(frozen=True)
class Radial:
    """A gradient through colour stops outwards from a point given as a fraction of the shape's box."""

    stops: tuple[Colour, ...]
    centre: tuple[float, float] = (0.5, 0.5)
    radius: float = 0.71

    def __init__(self, *stops: Colour, centre: tuple[float, float] = (0.5, 0.5), radius: float = 0.71):
        object.__setattr__(self, "stops", tuple(stops))
        object.__setattr__(self, "centre", centre)
        object.__setattr__(self, "radius", radius)

    def ramp(self, w: int, h: int) -> np.ndarray:
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        dx = (xs - self.centre[0] * w) / max(w, 1)
        dy = (ys - self.centre[1] * h) / max(h, 1)
        return np.clip(np.sqrt(dx * dx + dy * dy) / self.radius, 0, 1)


Fill = Colour | Linear | Radial


def _gradient_image(fill: Linear | Radial, w: int, h: int) -> Image.Image:
    t = fill.ramp(w, h)
    stops = [tuple(c) + (255,) * (4 - len(c)) for c in fill.stops]
    pos = np.linspace(0, 1, len(stops))
    channels = [np.interp(t, pos, [s[i] for s in stops]) for i in range(4)]
    arr = np.clip(np.stack(channels, axis=-1) + 0.5, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, "RGBA")


# --- the canvas -------------------------------------------------------------


class Art:
    """A supersampled RGBA drawing surface addressed in final-size units."""

    def __init__(self, size: int = SIZE, scale: int = SCALE, background: Colour = (0, 0, 0, 0)):
        self.size = size
        self.s = scale
        self.px = size * scale
        self.im = Image.new("RGBA", (self.px, self.px), background)

    # masks ------------------------------------------------------------------

    def _blank(self) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        m = Image.new("L", (self.px, self.px), 0)
        return m, ImageDraw.Draw(m)

    def _pts(self, points: Sequence[Point]) -> list[tuple[float, float]]:
        return [(x * self.s, y * self.s) for x, y in points]

    def _box(self, box: Box) -> list[float]:
        return [v * self.s for v in box]

    def poly(self, points: Sequence[Point]) -> Image.Image:
        m, d = self._blank()
        d.polygon(self._pts(points), fill=255)
        return m

    def oval(self, box: Box) -> Image.Image:
        m, d = self._blank()
        d.ellipse(self._box(box), fill=255)
        return m

    def circle(self, centre: Point, r: float) -> Image.Image:
        return self.oval((centre[0] - r, centre[1] - r, centre[0] + r, centre[1] + r))

    def circles(self, centres: Sequence[Point], r: float) -> Image.Image:
        """Many equal circles in one mask (dots, rivets, LEDs, patterns)."""
        m, d = self._blank()
        rs = r * self.s
        for x, y in self._pts(centres):
            d.ellipse((x - rs, y - rs, x + rs, y + rs), fill=255)
        return m

    def rect(self, box: Box, radius: float = 0) -> Image.Image:
        m, d = self._blank()
        if radius > 0:
            d.rounded_rectangle(self._box(box), radius=radius * self.s, fill=255)
        else:
            d.rectangle(self._box(box), fill=255)
        return m

    def stroke(self, points: Sequence[Point], width: float, caps: bool = True) -> Image.Image:
        """A polyline of a given width with round joints and (optionally) round ends."""
        m, d = self._blank()
        pts = self._pts(points)
        w = width * self.s
        d.line(pts, fill=255, width=max(1, int(round(w))), joint="curve")
        if caps:
            r = w / 2
            for x, y in (pts[0], pts[-1]):
                d.ellipse((x - r, y - r, x + r, y + r), fill=255)
        return m

    def lines(self, segments: Sequence[tuple[Point, Point]], width: float) -> Image.Image:
        """Many straight segments in one mask (stitching, texture, ribbing)."""
        m, d = self._blank()
        w = max(1, int(round(width * self.s)))
        for p, q in segments:
            d.line(self._pts([p, q]), fill=255, width=w)
        return m

    def ring(self, box: Box, width: float) -> Image.Image:
        m, d = self._blank()
        d.ellipse(self._box(box), outline=255, width=max(1, int(round(width * self.s))))
        return m

    def arc(self, box: Box, start: float, end: float, width: float) -> Image.Image:
        m, d = self._blank()
        d.arc(self._box(box), start, end, fill=255, width=max(1, int(round(width * self.s))))
        return m

    def text_mask(self, xy: Point, text: str, size: float, bold: bool = False, anchor: str = "mm", font=None) -> Image.Image:
        m, d = self._blank()
        f = font if font is not None else load_font(int(round(size * self.s)), bold)
        d.text((xy[0] * self.s, xy[1] * self.s), text, font=f, fill=255, anchor=anchor)
        return m

    @staticmethod
    def union(*masks: Image.Image) -> Image.Image:
        out = masks[0]
        for m in masks[1:]:
            out = ImageChops.lighter(out, m)
        return out

    @staticmethod
    def minus(a: Image.Image, b: Image.Image) -> Image.Image:
        return ImageChops.subtract(a, b)

    @staticmethod
    def clip(a: Image.Image, b: Image.Image) -> Image.Image:
        return ImageChops.multiply(a, b)

    def blur(self, mask: Image.Image, radius: float) -> Image.Image:
        return mask.filter(ImageFilter.GaussianBlur(radius * self.s))

    def shift(self, mask: Image.Image, dx: float, dy: float) -> Image.Image:
        return ImageChops.offset(mask, int(round(dx * self.s)), int(round(dy * self.s)))

    # painting ---------------------------------------------------------------

    def paint(self, mask: Image.Image, fill: Fill, opacity: float = 1.0, clip: Image.Image | None = None) -> Image.Image:
        """Paint a fill through a mask; gradients span the mask's own bounding box. Returns the mask."""
        m = mask if clip is None else ImageChops.multiply(mask, clip)
        bbox = m.getbbox()
        if bbox is None:
            return mask
        x0, y0, x1, y1 = bbox
        w, h = x1 - x0, y1 - y0
        if isinstance(fill, (Linear, Radial)):
            layer = _gradient_image(fill, w, h)
        else:
            c = tuple(fill) + (255,) * (4 - len(fill))
            layer = Image.new("RGBA", (w, h), c)
        alpha = ImageChops.multiply(layer.getchannel("A"), m.crop(bbox))
        if opacity < 1:
            alpha = alpha.point(lambda v: int(v * opacity + 0.5))
        layer.putalpha(alpha)
        self.im.alpha_composite(layer, dest=(x0, y0))
        return mask

    def outline(self, mask: Image.Image, colour: Fill, width: float, opacity: float = 1.0) -> None:
        """Paint a band of the given width just inside a mask's edge."""
        # A box blur reaches full strength only `width` inside the edge: thresholding it
        # erodes the mask far faster than a rank filter of that size would.
        r = width * self.s
        inner = mask.filter(ImageFilter.BoxBlur(r)).point(lambda v: max(0, (v - 230) * 255 // 25))
        self.paint(ImageChops.subtract(mask, inner), colour, opacity)

    def shadow(self, box: Box, opacity: float = 0.35, blur: float = 10, colour: Colour = (40, 40, 50)) -> None:
        """A soft contact shadow on the floor under an object."""
        self.paint(self.blur(self.oval(box), blur), colour, opacity)

    def drop_shadow(self, mask: Image.Image, dx: float = 6, dy: float = 10, blur: float = 12, opacity: float = 0.3) -> None:
        """A soft shadow of any shape, offset as if lit from the upper left."""
        self.paint(self.blur(self.shift(mask, dx, dy), blur), (30, 30, 40), opacity)

    def glow(self, mask: Image.Image, colour: Colour, blur: float, opacity: float = 0.8) -> None:
        self.paint(self.blur(mask, blur), colour, opacity)

    def text(self, xy: Point, text: str, size: float, colour: Fill, bold: bool = False, anchor: str = "mm") -> None:
        self.paint(self.text_mask(xy, text, size, bold, anchor), colour)

    def finish(self) -> Image.Image:
        """The picture at its final size."""
        return self.im.resize((self.size, self.size), Image.Resampling.LANCZOS)


# --- product picture frame --------------------------------------------------


def studio(art: Art) -> None:
    """A light seamless studio backdrop: soft vertical falloff with a pool of light behind the object."""
    art.paint(art.rect((0, 0, SIZE, SIZE)), Linear(rgb("#FBFBFC"), rgb("#F1F2F5"), rgb("#E4E6EB")))
    art.paint(art.oval((40, 10, 440, 380)), Radial((255, 255, 255, 200), (255, 255, 255, 0), radius=0.5))


def label_band(image: Image.Image, title: str) -> Image.Image:
    """The product name in a clean white band across the bottom of the final-size picture."""
    out = image.convert("RGB")
    d = ImageDraw.Draw(out)
    top = SIZE - BAND
    d.rectangle((0, top, SIZE, SIZE), fill=(255, 255, 255))
    d.line((0, top, SIZE, top), fill=(226, 228, 233), width=1)
    d.rectangle((0, SIZE - 4, SIZE, SIZE), fill=rgb("#FF4747"))
    size = 26
    while size > 12:
        font = load_font(size, bold=True)
        if d.textlength(title, font=font) <= SIZE - 48:
            break
        size -= 1
    d.text((SIZE / 2, top + (BAND - 4) / 2), title, font=font, fill=(34, 36, 42), anchor="mm")
    return out


def save_png(image: Image.Image, path: Path, colours: int = 256) -> None:
    """Write a small, deterministic PNG: palette-quantised without dithering (flat noise-free gradients stay smooth)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if image.mode == "RGB":
        image = image.quantize(colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(path, format="PNG", optimize=True)
