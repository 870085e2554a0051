"""Ops on picture files: thumbnails for the views, a picture at full size, saving a copy."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QImage

from desktop.core.errors import KnownError
from desktop.gui.decode import fitted_image, load_image
from desktop.gui.ops.core import attachments
from desktop.gui.session import Session
from desktop.gui.worker import Op


def stored_file(session: Session, sha256: str, mime: str) -> Path:
    """Where the core stored an attachment (named by its content hash)."""
    return attachments.stored_path(attachments.store_dir(session.data_dir), sha256, mime)


def thumbnail(session: Session, path: Path, side: int) -> Op[QImage]:
    """The picture fitted into a `side` square (a null QImage when it is not a picture)."""
    return session.op(lambda _b: fitted_image(path, side), "decode a thumbnail")


def full_size(session: Session, path: Path) -> Op[QImage]:
    """The whole picture, for the viewer (a 40-megapixel original takes a while)."""
    return session.op(lambda _b: load_image(path), "decode a picture")


class PictureNotSaved(KnownError):
    """The copy could not be written; `detail` is the system's reason."""

    def __init__(self, target: Path, detail: str):
        super().__init__(f"The picture could not be saved to {target}: {detail}",
                         hint="Choose another folder, or free some space.")
        self.detail = detail


def save_copy(session: Session, source: Path, target: Path) -> Op[None]:
    """Copy a stored picture as it is (the core cleaned its metadata when it stored it)."""
    def copy(_b) -> None:
        try:
            shutil.copyfile(source, target)
        except OSError as exc:
            raise PictureNotSaved(target, exc.strerror or str(exc)) from exc

    return session.op(copy, "save a copy of a picture")
