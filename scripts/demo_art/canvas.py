"""Drawing helpers shared by every product picture and icon.

A picture is drawn on a supersampled RGBA canvas in 480-unit coordinates and
reduced with LANCZOS at the end, so every edge is antialiased. Shapes are built
as masks and painted with a solid colour or a gradient, which is what gives the
objects their shading; masks can be combined and used to clip highlights,
patterns and texture to a shape.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from .geometry import SIZE, Box, Point

SCALE = 2
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
        # Separable: a column term plus a row term, broadcast to the full box.
        proj = np.arange(w, dtype=np.float32)[None, :] * math.cos(a) + np.arange(h, dtype=np.float32)[:, None] * math.sin(a)
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
        dx = (np.arange(w, dtype=np.float32)[None, :] - self.centre[0] * w) / max(w, 1)
        dy = (np.arange(h, dtype=np.float32)[:, None] - self.centre[1] * h) / max(h, 1)
        return np.minimum(np.sqrt(dx * dx + dy * dy) / self.radius, 1)


Fill = Colour | Linear | Radial


def _gradient_image(fill: Linear | Radial, w: int, h: int) -> Image.Image:
    # Quantise the ramp to 256 steps and look colours up in a table: far cheaper than
    # interpolating every pixel, and 256 steps is all an 8-bit channel can show anyway.
    index = (fill.ramp(w, h) * 255 + 0.5).astype(np.uint8)
    stops = [tuple(c) + (255,) * (4 - len(c)) for c in fill.stops]
    pos = np.linspace(0, 1, len(stops))
    x = np.linspace(0, 1, 256)
    lut = np.stack([np.interp(x, pos, [s[i] for s in stops]) for i in range(4)], axis=-1)
    lut = (lut + 0.5).astype(np.uint8)
    ramp = Image.fromarray(index, "L")
    return Image.merge("RGBA", [ramp.point(lut[:, i].tolist()) for i in range(4)])


# --- the canvas -------------------------------------------------------------


class Art:
    """A supersampled RGBA drawing surface.

    Coordinates are in `design` units (the final size unless given), so one drawing of an
    icon serves every pixel size.
    """

    def __init__(self, size: int = SIZE, scale: int = SCALE, background: Colour = (0, 0, 0, 0), design: float | None = None):
        self.size = size
        self.scale = scale
        self.s = scale * size / (design or size)
        self.px = size * scale
        self.im = Image.new("RGBA", (self.px, self.px), background)
        # Moves a whole drawing, so an object can be recentred without retyping its coordinates.
        self.offset: Point = (0.0, 0.0)

    # masks ------------------------------------------------------------------

    def _blank(self) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        m = Image.new("L", (self.px, self.px), 0)
        return m, ImageDraw.Draw(m)

    def _pts(self, points: Sequence[Point]) -> list[tuple[float, float]]:
        ox, oy = self.offset
        return [((x + ox) * self.s, (y + oy) * self.s) for x, y in points]

    def _box(self, box: Box) -> list[float]:
        ox, oy = self.offset
        return [(box[0] + ox) * self.s, (box[1] + oy) * self.s, (box[2] + ox) * self.s, (box[3] + oy) * self.s]

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
        (x, y), = self._pts([xy])
        d.text((x, y), text, font=f, fill=255, anchor=anchor)
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
        """A Gaussian blur, computed on the shape's neighbourhood at final resolution:
        a soft edge has no detail to lose, and this is most of the drawing time otherwise."""
        bbox = mask.getbbox()
        if bbox is None:
            return mask
        pad = int(radius * self.s * 3) + 2 * int(math.ceil(self.s))
        x0, y0 = max(0, bbox[0] - pad), max(0, bbox[1] - pad)
        x1, y1 = min(self.px, bbox[2] + pad), min(self.px, bbox[3] + pad)
        region = mask.crop((x0, y0, x1, y1))
        f = float(self.scale)
        small = region.resize((max(1, round((x1 - x0) / f)), max(1, round((y1 - y0) / f))), Image.Resampling.BOX)
        small = small.filter(ImageFilter.GaussianBlur(radius * self.s / f))
        out = Image.new("L", mask.size, 0)
        out.paste(small.resize(region.size, Image.Resampling.BILINEAR), (x0, y0))
        return out

    def shift(self, mask: Image.Image, dx: float, dy: float) -> Image.Image:
        return ImageChops.offset(mask, int(round(dx * self.s)), int(round(dy * self.s)))

    # painting ---------------------------------------------------------------

    def paint(self, mask: Image.Image, fill: Fill, opacity: float = 1.0, clip: Image.Image | None = None, span: Box | None = None) -> Image.Image:
        """Paint a fill through a mask. A gradient spans the mask's own bounding box, or `span`
        when given (so a clipped piece can continue a gradient painted earlier). Returns the mask."""
        m = mask if clip is None else ImageChops.multiply(mask, clip)
        bbox = m.getbbox()
        if bbox is None:
            return mask
        x0, y0, x1, y1 = bbox
        w, h = x1 - x0, y1 - y0
        if isinstance(fill, (Linear, Radial)) and span is not None:
            sx0, sy0, sx1, sy1 = (int(round(v)) for v in self._box(span))
            full = _gradient_image(fill, sx1 - sx0, sy1 - sy0)
            layer = full.crop((x0 - sx0, y0 - sy0, x1 - sx0, y1 - sy0))
        elif isinstance(fill, (Linear, Radial)):
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


_STUDIO_CACHE: dict[int, Image.Image] = {}


def studio(art: Art) -> None:
    """A light seamless studio backdrop: soft vertical falloff with a pool of light behind the object."""
    cached = _STUDIO_CACHE.get(art.px)
    if cached is None:
        art.paint(art.rect((0, 0, SIZE, SIZE)), Linear(rgb("#FBFBFC"), rgb("#F1F2F5"), rgb("#E4E6EB")))
        art.paint(art.oval((40, 10, 440, 380)), Radial((255, 255, 255, 200), (255, 255, 255, 0), radius=0.5))
        _STUDIO_CACHE[art.px] = art.im.copy()
    else:
        art.im = cached.copy()


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


def write_if_changed(path: Path, data: bytes) -> bool:
    """Replace a file only when its bytes change (atomically), so re-running touches nothing. True if written."""
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return True


def encode(image: Image.Image, fmt: str = "PNG", **params) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=fmt, **params)
    return buf.getvalue()


MAX_PNG_BYTES = 58_000  # a product picture stays under ~60 kB


def png_bytes(image: Image.Image) -> bytes:
    """A small, deterministic PNG. Opaque pictures are reduced to a palette and dithered so soft
    gradients do not band; a busy picture gets fewer colours rather than losing the dither,
    since banding shows far more than a slightly coarser palette."""
    if image.mode != "RGB":
        return encode(image, "PNG", optimize=True)
    for colours in (256, 192, 160, 128, 96):
        palette = image.quantize(colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        data = encode(image.quantize(palette=palette, dither=Image.Dither.FLOYDSTEINBERG), "PNG", optimize=True)
        if len(data) <= MAX_PNG_BYTES:
            return data
    return encode(palette, "PNG", optimize=True)


def save_png(image: Image.Image, path: Path) -> bool:
    return write_if_changed(path, png_bytes(image))
