"""From a user's file or pasted bytes to a checked verdict or a safe stored attachment.

`check_*` answers "would this be accepted, and why not" without storing anything (the
preview strip and `buzon attach check`); `ingest_image` stores a chat image;
`ingest_evidence` stores an image or a video for a dispute; `thumbnail` makes and caches
the small picture the chat shows. All of them block on the disk and the decoder, so the
GUI calls them on its worker thread.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core.attachments import images
from desktop.core.attachments.limits import (
    HINT_IMAGES, HINT_VIDEO, AttachmentRefused, Limits, too_large,
)
from desktop.core.attachments.names import safe_name
from desktop.core.attachments.sniff import (
    SNIFF_BYTES, is_accepted_image, is_video, sniff,
)
from desktop.core.attachments.store import (
    StoredAttachment, put_bytes, put_stream, write_atomic,
)
from desktop.core.attachments.video import ISO_MIMES, check_container, without_metadata

_KINDS = {
    "application/pdf": "a PDF document",
    "application/zip": "a ZIP archive (or an Office document)",
    "application/gzip": "a compressed archive",
    "application/x-7z-compressed": "a 7-Zip archive",
    "application/vnd.rar": "a RAR archive",
    "application/x-msdownload": "a Windows program",
    "application/x-elf": "a program",
    "application/postscript": "a PostScript document",
    "text/html": "a web page",
    "application/xml": "an XML document",
    "image/svg+xml": "an SVG drawing",
    "image/tiff": "a TIFF image",
    "image/avif": "an AVIF image",
    "image/heic": "a HEIC image",
    "image/jxl": "a JPEG XL image",
    "image/jp2": "a JPEG 2000 image",
    "image/x-icon": "an icon file",
    "image/vnd.adobe.photoshop": "a Photoshop document",
}
_SHA256_NAME = re.compile(r"[0-9a-f]{64}")          # fullmatch: `$` would accept a final newline


def _kind(mime: str | None) -> str:
    if mime is None:
        return "not a file type Buzón recognises"
    if mime.startswith("audio/"):
        return "a sound file"
    return _KINDS.get(mime, f"a file of type {mime}")


@dataclass(frozen=True)
class CheckResult:
    """The verdict on one file; `reason` is None when accepted, else a refusal code."""

    accepted: bool
    reason: str | None
    mime: str | None
    width: int | None
    height: int | None
    bytes: int | None
    message: str = ""
    fields: dict[str, str] | None = None     # the refusal's text fields (a size and its limit), for the window

    def to_json(self, file: str) -> dict:
        """The line `buzon attach check --json` writes."""
        return {"file": file, "accepted": self.accepted, "reason": self.reason, "mime": self.mime,
                "width": self.width, "height": self.height, "bytes": self.bytes}


class _Source:
    """The user's file or bytes, opened once: its size, its first bytes, and a stream.

    Only a regular file is opened (a device, FIFO or folder is refused before a byte is
    read), and every read error (EIO from /proc/self/mem, a disk failing) is a refusal
    naming the file, never an OSError escaping to the caller."""

    def __init__(self, source: Path | str | bytes | bytearray | memoryview):
        self.name: str | None
        if isinstance(source, (bytes, bytearray, memoryview)):
            data = bytes(source)
            self.name = None
            self.fp: BinaryIO = io.BytesIO(data)
            self.size = len(data)
        else:
            self.name = os.fspath(source)
            self.fp, self.size = self._open(Path(source))
        try:
            self.head = self.fp.read(SNIFF_BYTES)
            self.fp.seek(0)
        except OSError as exc:
            self.fp.close()
            raise self.unreadable(exc) from exc

    @property
    def label(self) -> str:
        return self.name if self.name is not None else "the pasted data"

    def unreadable(self, exc: OSError, what: str = "file") -> AttachmentRefused:
        """The refusal for a read that failed, naming the file and the system's reason."""
        return AttachmentRefused("unreadable", f"The {what} {self.label} cannot be read ({exc.strerror or exc}).",
                                 size=self.size, args={"name": self.label}, detail=exc.strerror or str(exc))

    @staticmethod
    def _open(path: Path) -> tuple[BinaryIO, int]:
        # O_NONBLOCK so that a FIFO given as a "file" cannot block us before fstat says
        # what it is; regular files ignore the flag.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(path, flags)
        except FileNotFoundError as exc:
            raise AttachmentRefused("unreadable", f"The file {path.name} does not exist.") from exc
        except IsADirectoryError as exc:
            raise AttachmentRefused("unreadable", f"{path.name} is a folder.") from exc
        except (OSError, ValueError) as exc:     # ValueError: a NUL in the name
            detail = getattr(exc, "strerror", None) or exc
            raise AttachmentRefused("unreadable", f"The file {path.name!r} cannot be read ({detail}).") from exc
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            what = "a folder" if stat.S_ISDIR(st.st_mode) else "a device, a pipe or a socket, not a regular file"
            raise AttachmentRefused("unreadable", f"{path} is {what}.")
        return os.fdopen(fd, "rb"), st.st_size

    def read_all(self, cap: int) -> bytes:
        """The whole content; refuses if it turns out larger than `cap` (a file growing meanwhile)."""
        try:
            self.fp.seek(0)
            data = self.fp.read(cap + 1)
        except OSError as exc:
            raise self.unreadable(exc) from exc
        if len(data) > cap:
            raise too_large(max(len(data), self.size), cap)
        return data

    def close(self) -> None:
        self.fp.close()

    def __enter__(self) -> _Source:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _classify(src: _Source, *, evidence: bool) -> str:
    """The sniffed type if it may go further; refusals for empty, video-in-chat, not-an-image."""
    if src.size == 0:
        raise AttachmentRefused("empty", size=0)
    mime = sniff(src.head)
    if is_accepted_image(mime):
        return mime
    if is_video(mime):
        if evidence:
            return mime
        raise AttachmentRefused("video_in_chat", hint=HINT_VIDEO, mime=mime, size=src.size)
    if mime is not None and mime.startswith("image/"):
        raise AttachmentRefused(
            "unsupported_type", f"This is {_kind(mime)}, which Buzón does not accept.",
            hint=HINT_IMAGES, mime=mime, size=src.size)
    what = "an image or a video" if evidence else "an image"
    raise AttachmentRefused(
        "not_an_image", f"This file is {_kind(mime)}, not {what}.",
        hint=HINT_IMAGES, mime=mime, size=src.size)


def _image_bytes(src: _Source, mime: str, limits: Limits) -> bytes:
    if src.size > limits.max_bytes:
        raise too_large(src.size, limits.max_bytes, "image", mime=mime)
    return src.read_all(limits.max_bytes)


def _check_video(src: _Source, mime: str, limits: Limits) -> None:
    if src.size > limits.video_max_bytes:
        raise too_large(src.size, limits.video_max_bytes, "video", mime=mime)
    try:
        check_container(src.fp, mime)
    except OSError as exc:
        raise src.unreadable(exc, "video") from exc


def _check(source, limits: Limits, evidence: bool) -> CheckResult:
    size = None
    try:
        with _Source(source) as src:
            size = src.size
            mime = _classify(src, evidence=evidence)
            if is_video(mime):
                _check_video(src, mime, limits)
                return CheckResult(True, None, mime, None, None, size)
            data = _image_bytes(src, mime, limits)
        width, height = images.probe(data, mime, limits)
        return CheckResult(True, None, mime, width, height, size)
    except AttachmentRefused as refusal:
        return CheckResult(False, refusal.reason, refusal.mime, refusal.width, refusal.height,
                           size if size is not None else refusal.size, refusal.message, refusal.args_ or None)


def check_bytes(data: bytes, name: str | None = None, *, limits: Limits,
                evidence: bool = False) -> CheckResult:
    """Would these bytes (a paste) be accepted? `evidence=True` judges as dispute evidence.

    `name` is accepted for symmetry with the GUI's calls and never decides the type.
    """
    return _check(bytes(data), limits, evidence)


def check_file(path: Path | str, *, limits: Limits, evidence: bool = False) -> CheckResult:
    """Would this file be accepted? Reads at most `limits.max_bytes` of it; never raises a refusal."""
    return _check(Path(path), limits, evidence)


def _display_name(src: _Source, name: str | None, mime: str) -> str:
    base = name if name is not None else (Path(src.name).name if src.name else "")
    return safe_name(base or "image", mime)


def _thumbnail_path(cache_dir: Path, key: str, max_side: int, mime: str) -> Path:
    ext = "jpg" if mime == "image/jpeg" else "png"
    return Path(cache_dir) / key[:2] / f"{key}-{max_side}.{ext}"


def _store_thumbnail(im, key: str, mime: str, cache_dir: Path, max_side: int) -> Path:
    path = _thumbnail_path(cache_dir, key, max_side, mime)
    if path.is_file():
        return path
    with images.pillow_guard(mime):
        small = images.render_thumbnail(im, max_side)
        blob = images.encode(small, mime)
    return write_atomic(path, blob)


def ingest_image(source: Path | bytes, *, store_dir: Path, limits: Limits,
                 original_size: bool = False, name: str | None = None,
                 thumbnail_dir: Path | None = None) -> StoredAttachment:
    """Check, re-encode and store a chat image; raises `AttachmentRefused` if it cannot be.

    The stored file is a fresh JPEG or PNG (see `images.output_mime`), oriented, with
    no metadata, at most `limits.max_side` pixels on its longest side unless
    `original_size`. With `thumbnail_dir`, the thumbnail is made now from the pixels
    already decoded, so the chat never decodes the image a second time.
    """
    with _Source(source) as src:
        mime = _classify(src, evidence=False)
        data = _image_bytes(src, mime, limits)
        display = _display_name(src, name, mime)
    decoded = images.decode(data, mime, limits, max_side=None if original_size else limits.max_side)
    out_mime = images.output_mime(decoded)
    with images.pillow_guard(mime):
        blob = images.encode(decoded.image, out_mime)
    sha, path = put_bytes(store_dir, blob, out_mime)
    thumb = None
    if thumbnail_dir is not None:
        thumb = _store_thumbnail(decoded.image, sha, out_mime, thumbnail_dir, limits.thumbnail_side)
    width, height = decoded.image.size
    return StoredAttachment(sha, out_mime, width, height, len(blob), path,
                            safe_name(display, out_mime), thumb)


def ingest_evidence(source: Path | bytes, *, store_dir: Path, limits: Limits,
                    name: str | None = None, thumbnail_dir: Path | None = None) -> StoredAttachment:
    """Store dispute evidence: an image exactly as `ingest_image` does, or a video.

    A video must be recognised by content, be at most `limits.video_max_bytes`, and have
    a sound container; it is streamed into the store and hashed on the way. An MP4, MOV
    or 3GP video loses its metadata boxes on the way (`video.strip_metadata`: same size,
    same media bytes); other videos are stored byte for byte.
    """
    with _Source(source) as src:
        mime = _classify(src, evidence=True)
        if not is_video(mime):
            src.close()
            return ingest_image(source, store_dir=store_dir, limits=limits, name=name,
                                thumbnail_dir=thumbnail_dir)
        _check_video(src, mime, limits)

        def refuse(size: int):
            raise too_large(size, limits.video_max_bytes, "video", mime=mime)

        try:
            src.fp.seek(0)
            # The cleaned copy is produced as the store reads it: no second temporary file.
            content = without_metadata(src.fp, mime) if mime in ISO_MIMES else src.fp
            sha, path, size = put_stream(store_dir, content, mime, max_bytes=limits.video_max_bytes,
                                         on_too_large=refuse)
        except OSError as exc:
            raise src.unreadable(exc, "video") from exc
        display = safe_name((name if name is not None else Path(src.name or "").name) or "video", mime)
    return StoredAttachment(sha, mime, None, None, size, path, display)


def thumbnail(stored_path: Path, *, max_side: int = 256, cache_dir: Path,
              limits: Limits | None = None) -> Path:
    """The cached thumbnail of a stored image (made on first call); refuses videos.

    The cache key is the stored file's hash (its name), so a thumbnail never goes stale.
    """
    stored_path = Path(stored_path)
    limits = limits or Limits()
    key = stored_path.stem
    with _Source(stored_path) as src:
        sniffed = sniff(src.head)
        if not is_accepted_image(sniffed):
            raise AttachmentRefused("unsupported_type", f"There is no preview for {_kind(sniffed)}.",
                                    mime=sniffed)
        mime = sniffed
        cached = _thumbnail_path(cache_dir, key, max_side, mime) if _SHA256_NAME.fullmatch(key) else None
        if cached is not None and cached.is_file():
            return cached
        data = src.read_all(max(limits.max_bytes, src.size))
    if cached is None:
        key = hashlib.sha256(data).hexdigest()
    decoded = images.decode(data, mime, limits, max_side=max_side)
    return _store_thumbnail(decoded.image, key, mime, cache_dir, max_side)
