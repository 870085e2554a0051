"""Opening untrusted images with Pillow safely, and re-encoding them into clean files.

Pillow is only ever asked to open the one format the magic bytes named, the pixel
count is checked before any pixel is decoded, and every failure a hostile or broken
file can provoke becomes an `AttachmentRefused`. Re-encoding writes only pixels: no
EXIF (GPS, camera serials), no XMP, no comments, no ICC profile (colours are converted
to sRGB first), and nothing appended after the image, which defeats polyglot files.
"""

from __future__ import annotations

import io
import struct
import warnings
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, ImageCms

from desktop.core.attachments.limits import AttachmentRefused, Limits, too_many_pixels
from desktop.core.attachments.sniff import ACCEPTED_IMAGES

JPEG_QUALITY = 88
"""High enough that a photo of a scratch or a label stays legible, about 1/3 of a phone's original."""

PNG_COMPRESS_LEVEL = 6

# Failures Pillow raises on broken or hostile input (its fuzzing history shows all of these).
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, struct.error, EOFError, IndexError,
                  KeyError, ZeroDivisionError, OverflowError)

_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_EXIF_ORIENTATION = 0x0112


@contextmanager
def pillow_guard(mime: str | None = None):
    """Turn whatever Pillow raises on a bad file into an `AttachmentRefused`.

    The DecompressionBombWarning Pillow emits for huge headers becomes an error here.
    `warnings.catch_warnings` changes process-wide state, which is why ingest runs on
    the one worker thread and never on several threads at once.
    """
    with warnings.catch_warnings():
        # Pillow's UserWarnings ("Corrupt EXIF data", "Invalid APNG") are noise for a user:
        # the outcome is judged on what decodes, and a refusal says why.
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            yield
        except AttachmentRefused:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise AttachmentRefused("decompression_bomb", mime=mime) from exc
        except MemoryError as exc:
            raise AttachmentRefused(
                "decompression_bomb", "The image needs more memory to open than is available.",
                mime=mime) from exc
        except _DECODE_ERRORS as exc:
            raise AttachmentRefused(
                "corrupt", "The image is damaged or incomplete and cannot be read.",
                mime=mime) from exc


def open_checked(data: bytes, mime: str, limits: Limits) -> Image.Image:
    """Open (header only) with the one plugin `mime` names, refusing too many pixels.

    Call inside `pillow_guard`. A header beyond Pillow's own safety limit (89 megapixels,
    far past any camera) is a decompression bomb and fails inside `Image.open`; anything
    over `limits.max_pixels` is refused here, before a single pixel is decoded.
    """
    im = Image.open(io.BytesIO(data), formats=[ACCEPTED_IMAGES[mime]])
    width, height = im.size
    if width < 1 or height < 1:
        raise AttachmentRefused("corrupt", "The image has no pixels.", mime=mime)
    if width * height > limits.max_pixels:
        raise too_many_pixels(width, height, limits.max_pixels, mime=mime)
    return im


def orientation(im: Image.Image) -> int:
    """The EXIF orientation (1-8); 1 when absent or unreadable (a broken EXIF is not fatal)."""
    try:
        value = im.getexif().get(_EXIF_ORIENTATION, 1)
    except _DECODE_ERRORS:
        return 1
    return value if isinstance(value, int) and value in _TRANSPOSE else 1


def oriented_size(size: tuple[int, int], orient: int) -> tuple[int, int]:
    """The size as displayed: orientations 5-8 swap width and height."""
    return (size[1], size[0]) if orient in (5, 6, 7, 8) else size


def fit(size: tuple[int, int], max_side: int) -> tuple[int, int]:
    """`size` scaled down so its longest side is at most `max_side` (never scaled up)."""
    w, h = size
    longest = max(w, h)
    if longest <= max_side:
        return size
    scale = max_side / longest
    return max(1, round(w * scale)), max(1, round(h * scale))


def _to_srgb(im: Image.Image) -> Image.Image:
    """Convert colours from an embedded ICC profile to sRGB, so dropping the profile is harmless."""
    icc = im.info.get("icc_profile")
    if not icc or im.mode not in ("RGB", "RGBA", "CMYK"):
        return im
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if "srgb" in (ImageCms.getProfileDescription(src) or "").lower().replace(" ", ""):
            return im
        alpha = im.getchannel("A") if im.mode == "RGBA" else None
        base = im.convert("RGB") if alpha is not None else im
        out = ImageCms.profileToProfile(base, src, ImageCms.createProfile("sRGB"), outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        # An unusable profile: keep the pixels as they are, which is what most viewers show.
        return im
    if out is None:         # only with inPlace=True, which is not asked for
        return im
    if alpha is not None:
        out.putalpha(alpha)
    return out


def _has_alpha(im: Image.Image) -> bool:
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        return True
    if im.mode == "P":
        return "transparency" in im.info or (im.palette is not None and im.palette.mode == "RGBA")
    return False


def normalise(im: Image.Image) -> Image.Image:
    """The decoded image in a mode JPEG or PNG can store: L, LA, RGB, RGBA or P (opaque)."""
    im = _to_srgb(im)
    mode = im.mode
    if mode in ("L", "RGB"):
        return im
    if mode == "P":
        return im.convert("RGBA") if _has_alpha(im) else im
    if mode == "1":
        return im.convert("L")
    if mode.startswith("I;16") or mode in ("I", "F"):
        # 16-bit and integer greys: scale to 8 bits rather than clip everything to white.
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if mode in ("LA", "La", "PA"):
        im = im.convert("LA")
    elif mode in ("RGBA", "RGBa"):
        im = im.convert("RGBA")
    elif mode in ("CMYK", "YCbCr", "LAB", "HSV", "RGBX"):
        return im.convert("RGB")
    else:
        im = im.convert("RGBA")
    # An alpha channel that is opaque everywhere only makes the file bigger and forces PNG.
    if im.getchannel("A").getextrema() == (255, 255):
        return im.convert("L" if im.mode == "LA" else "RGB")
    return im


@dataclass
class Decoded:
    """A decoded, oriented, normalised image and the facts about its source."""

    image: Image.Image
    source_mime: str
    source_size: tuple[int, int]      # as displayed (orientation applied), before downscaling


def decode(data: bytes, mime: str, limits: Limits, *, max_side: int | None) -> Decoded:
    """Decode the first frame, apply the EXIF orientation, normalise, downscale to `max_side`.

    JPEGs are decoded at a reduced DCT scale (1/2, 1/4, 1/8) when that still leaves at
    least the target size: a 24-megapixel photo stored at 2560 pixels is decoded at
    half size, and thumbnails of stored JPEGs at 1/8.
    """
    with pillow_guard(mime):
        im = open_checked(data, mime, limits)
        raw_size = im.size
        target = fit(raw_size, max_side) if max_side else raw_size
        if target != raw_size and mime == "image/jpeg":
            im.draft(im.mode, target)
        # Only the current frame, the first, is decoded: an animation becomes its first frame.
        im.load()
        # EXIF is read after load(): for PNG it may follow the pixels, and a load() that
        # failed once would succeed the second time on the truncated data.
        orient = orientation(im)
        im = normalise(im)
        if target != im.size:
            if im.mode == "P":
                im = im.convert("RGB")
            # Bicubic (antialiased, as Pillow's thumbnail uses) rather than Lanczos: the
            # difference is invisible at these ratios and it takes a third less time.
            im = im.resize(target, Image.Resampling.BICUBIC, reducing_gap=3.0)
        if orient != 1:
            im = im.transpose(_TRANSPOSE[orient])
    return Decoded(im, mime, oriented_size(raw_size, orient))


def output_mime(decoded: Decoded) -> str:
    """JPEG for photographs (JPEG and opaque WebP sources), PNG for everything else.

    PNG keeps screenshots, drawings and palette images sharp and keeps transparency; a
    photo re-encoded as JPEG stays small. GIF and BMP become PNG (lossless).
    """
    im = decoded.image
    if im.mode in ("RGBA", "LA", "P"):
        return "image/png"
    if decoded.source_mime in ("image/jpeg", "image/webp"):
        return "image/jpeg"
    return "image/png"


def encode(im: Image.Image, mime: str) -> bytes:
    """The image as a fresh file of type `mime`, carrying pixels and nothing else."""
    # Pillow copies some metadata (JPEG comments, PNG ICC and text) from `info` when
    # saving; a clean file starts from an empty one.
    im.info = {}
    buf = io.BytesIO()
    if mime == "image/jpeg":
        im.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=False, progressive=False)
    else:
        im.save(buf, "PNG", compress_level=PNG_COMPRESS_LEVEL)
    return buf.getvalue()


def render_thumbnail(im: Image.Image, max_side: int) -> Image.Image:
    """A copy of `im` fitted in `max_side`×`max_side`, for the chat and the preview strip."""
    size = fit(im.size, max_side)
    if im.mode == "P":
        im = im.convert("RGB")
    if size == im.size:
        return im.copy()
    return im.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)


def probe(data: bytes, mime: str, limits: Limits) -> tuple[int, int]:
    """Check that the whole image decodes; returns its displayed (oriented) size.

    JPEGs are decoded at 1/8 scale: the entropy-coded data is still read to the end, so
    truncation is still caught, at a fraction of the time and memory.
    """
    with pillow_guard(mime):
        im = open_checked(data, mime, limits)
        size = im.size
        if mime == "image/jpeg":
            im.draft(im.mode, (max(1, size[0] // 8), max(1, size[1] // 8)))
        im.load()
        orient = orientation(im)
    return oriented_size(size, orient)
