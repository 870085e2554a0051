"""The limits an attachment must respect, and the refusal raised when it does not."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.config import Settings
from desktop.core.errors import KnownError, ids

_DEFAULTS = Settings()


@dataclass(frozen=True)
class Limits:
    """Caps applied to every attachment; `from_settings` reads the user's settings.

    `max_bytes` and `max_pixels` apply to the file as given; `max_side` is the longest
    side an image is stored at (unless the user asks for the original size);
    `video_max_bytes` caps a video sent as dispute evidence.
    """

    max_bytes: int = _DEFAULTS.attachment_max_bytes
    max_pixels: int = _DEFAULTS.attachment_max_pixels
    max_side: int = _DEFAULTS.attachment_max_side
    video_max_bytes: int = _DEFAULTS.dispute_video_max_bytes
    thumbnail_side: int = 256

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            max_bytes=max(1, int(settings.attachment_max_bytes)),
            max_pixels=max(1, int(settings.attachment_max_pixels)),
            max_side=max(16, int(settings.attachment_max_side)),
            video_max_bytes=max(1, int(settings.dispute_video_max_bytes)),
        )


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


HINT_IMAGES = "Send a JPEG, PNG, GIF, WebP or BMP picture."
HINT_VIDEO = ("A video can only be sent as evidence in a dispute: open a dispute on the "
              "delivered order and add the video there.")

REASONS = {
    "empty": "The file is empty.",
    "unreadable": "The file cannot be read.",
    "not_an_image": "This file is not an image.",
    "unsupported_type": "This kind of file is not supported.",
    "video_in_chat": "Videos cannot be sent in the chat.",
    "too_large": "The file is too large.",
    "too_many_pixels": "The image has too many pixels.",
    "decompression_bomb": "The image claims a size far beyond the limit (a decompression bomb).",
    "corrupt": "The file is damaged or incomplete and cannot be read.",
}
"""Every refusal reason code with its default message (the GUI translates by code)."""
ids(*(f"attachment_{reason}" for reason in REASONS))


class AttachmentRefused(KnownError):
    """A file that cannot be attached; `reason` is one of `REASONS`, the message says why."""

    def __init__(self, reason: str, message: str | None = None, *, hint: str = "",
                 mime: str | None = None, width: int | None = None, height: int | None = None,
                 size: int | None = None, args: dict[str, object] | None = None, detail: str = ""):
        if reason not in REASONS:
            raise ValueError(f"unknown refusal reason {reason!r}")
        # The window says the reason's sentence (id "attachment_<reason>", with `args` when it
        # has fields); a precise English message the sentence leaves out goes behind Details.
        precise = message if message and message != REASONS[reason] and not args else ""
        super().__init__(message or REASONS[reason], hint=hint, text_id=f"attachment_{reason}", args=args,
                         detail=detail or precise)
        self.reason = reason
        self.mime = mime
        self.width = width
        self.height = height
        self.size = size

    def __reduce__(self):
        # Refusals cross process boundaries (see `pool`); the default pickling would
        # call __init__ with the message as the reason.
        return (_rebuild_refusal, (self.reason, self.message, self.hint, self.mime,
                                   self.width, self.height, self.size, self.args_, self.detail))


def _rebuild_refusal(reason, message, hint, mime, width, height, size, args=None, detail="") -> AttachmentRefused:
    return AttachmentRefused(reason, message, hint=hint, mime=mime, width=width, height=height, size=size,
                             args=args, detail=detail)


def too_large(size: int, cap: int, what: str = "file", **details) -> AttachmentRefused:
    return AttachmentRefused(
        "too_large", f"The {what} is {_mb(size)}, over the limit of {_mb(cap)}.",
        hint="Choose a smaller file.", size=size, args={"bytes": size, "max_bytes": cap},
        **details)


def too_many_pixels(width: int, height: int, cap: int, **details) -> AttachmentRefused:
    return AttachmentRefused(
        "too_many_pixels",
        f"The image is {width}×{height} ({width * height / 1e6:.1f} megapixels), "
        f"over the limit of {cap / 1e6:g} megapixels.",
        hint="Resize it or take a screenshot of the part that matters.",
        width=width, height=height, args={"width": width, "height": height, "limit": f"{cap / 1e6:g}"},
        **details)
