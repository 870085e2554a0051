"""Ops on files offered as attachments: checked against the user's limits, previewed.

`AttachmentRefused` (a file that cannot be attached; `reason` says why by a code) is the
core's, read from it when first asked (see `ops/core.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from desktop.gui.decode import load_image
from desktop.gui.ops import core
from desktop.gui.ops.core import attachments
from desktop.gui.session import Backend, Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.attachments import CheckResult

__getattr__ = core.reexport(AttachmentRefused=(attachments, "AttachmentRefused"))


@dataclass(frozen=True)
class PendingAttachment:
    """A checked file waiting to be sent (with a message or a dispute): `source` is the
    file or the bytes, `name` what to call it; `mime`, `width`, `height`, `size` describe it."""

    source: Path | bytes
    name: str
    mime: str
    width: int | None
    height: int | None
    size: int | None

    @property
    def is_video(self) -> bool:
        return self.mime.startswith("video/")


@dataclass(frozen=True)
class Checked:
    """What checking a file found, and its preview (None for a video or a refusal)."""

    check: CheckResult
    image: QImage | None

    def attachment(self, source: Path | bytes, name: str) -> PendingAttachment:
        c = self.check
        return PendingAttachment(source, name, c.mime or "", c.width, c.height, c.bytes)


def check(session: Session, source: Path | bytes, *, evidence: bool, preview_side: int) -> Op[Checked]:
    """Check one file against the user's limits (a picture; with `evidence`, a video too)
    and decode its preview. A file that cannot be read fails with an `AttachmentRefused`."""
    def run(b: Backend) -> Checked:
        limits = attachments.Limits.from_settings(b.settings)
        if isinstance(source, bytes):
            result = attachments.check_bytes(source, limits=limits, evidence=evidence)
        else:
            result = attachments.check_file(source, limits=limits, evidence=evidence)
        image = None
        if result.accepted and result.mime and result.mime.startswith("image/"):
            image = load_image(source, preview_side)
        return Checked(result, image)

    return session.op(run, "check an attachment")
