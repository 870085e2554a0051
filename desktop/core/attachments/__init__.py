"""Attachments: what a user's file really is, whether it may be sent, and a safe copy of it.

Images (JPEG, PNG, GIF, WebP, BMP, decided by content) are checked against `Limits`
and re-encoded into a clean JPEG or PNG stored by SHA-256; videos are refused in the
chat and accepted, byte for byte, as dispute evidence. See docs/attachments.md.

Qt-free; every call may block on the disk or the decoder, so the GUI runs them on its
worker thread.
"""

from desktop.core.attachments.ingest import (
    CheckResult, check_bytes, check_file, ingest_evidence, ingest_image, thumbnail,
)
from desktop.core.attachments.limits import REASONS, AttachmentRefused, Limits
from desktop.core.attachments.names import safe_name
from desktop.core.attachments.process import AttachmentProcess
from desktop.core.attachments.sniff import (
    ACCEPTED_IMAGES, EXTENSIONS, SNIFF_BYTES, is_accepted_image, is_video, sniff,
)
from desktop.core.attachments.store import (
    StoredAttachment, store_dir, stored_path, sweep_partial, thumbnail_dir,
)

__all__ = [
    "ACCEPTED_IMAGES", "EXTENSIONS", "REASONS", "SNIFF_BYTES",
    "AttachmentProcess", "AttachmentRefused", "CheckResult", "Limits", "StoredAttachment",
    "check_bytes", "check_file", "ingest_evidence", "ingest_image", "is_accepted_image",
    "is_video", "safe_name", "sniff", "store_dir", "stored_path", "sweep_partial",
    "thumbnail", "thumbnail_dir",
]
