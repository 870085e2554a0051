"""The database side of stored files: one `Attachment` row per content hash and store."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import schema as m
from desktop.core.attachments import StoredAttachment


def attachment_ids(s: Session, store_id: int, stored: Sequence[StoredAttachment]) -> list[int]:
    """The `Attachment` row id of each stored file in the store `store_id` (the conversation's
    or the order's), adding the rows not there yet.

    Files are stored by hash, so the same picture given twice in one store (in the chat, as
    dispute evidence, or both) is one row; in another store it is another row (0009_store_keys:
    a store's rows point only at its own), with the same file on disk.
    """
    ids = []
    for a in stored:
        row = s.scalar(select(m.Attachment).where(m.Attachment.store_id == store_id, m.Attachment.sha256 == a.sha256))
        if row is None:
            row = m.Attachment(store_id=store_id, sha256=a.sha256, mime=a.mime, bytes=a.bytes, width=a.width,
                               height=a.height, safe_name=a.safe_name or "")
            s.add(row)
            s.flush()
        ids.append(row.id)
    return ids
