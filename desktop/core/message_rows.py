"""The rows a conversation's page is made of (`MessageRow`, `AttachmentRow`), apart from
`messaging`, which reads and sends them: the team's internal notes are drawn among the
messages as a kind of `MessageRow`, and the desk's first page of conversations, which
imports the team, then needs neither the sending code nor the catalogue and orders modules
(about 20 ms of a start before the first rows)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.kinds import MessageKind

if TYPE_CHECKING:
    from desktop.core import catalog, orders


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    sha256: str
    mime: str
    width: int | None
    height: int | None
    bytes: int
    name: str

    def to_json(self, store: Path | None = None) -> dict:
        from desktop.core.attachments import stored_path

        return {"sha256": self.sha256, "mime": self.mime, "width": self.width, "height": self.height,
                "bytes": self.bytes, "path": str(stored_path(store, self.sha256, self.mime)) if store else None}


@dataclass(frozen=True)
class MessageRow:
    id: int
    conversation_id: int
    sender_id: int | None
    sender_handle: str
    sender_name: str
    mine: bool                   # I sent it (what only the sender may do: delete for everyone...)
    kind: MessageKind
    text: str
    lang: str
    sent_at: dt.datetime
    read: bool                   # our side's: the other side has read it; theirs: I have read it
    product: catalog.ProductRow | None = None
    order: orders.OrderRow | None = None
    attachments: tuple[AttachmentRow, ...] = ()
    translations: dict = field(default_factory=dict)   # target language -> text
    our_side: bool = False       # sent from the reader's side: the buyer for the buyer, the store's team
                                 # (a colleague too) for a seller or an agent; drawn on the right

    def to_json(self, store: Path | None = None) -> dict:
        """The CLI's message format; `store` (the attachment folder) fills each attachment's path."""
        d = {"id": self.id, "sender": self.sender_handle, "kind": MessageKind(self.kind).value, "text": self.text,
             "lang": self.lang,
             "sent_at": self.sent_at.isoformat() + "Z", "read": self.read, "our_side": self.our_side,
             "attachments": [a.to_json(store) for a in self.attachments]}
        if self.product is not None:
            d["product"] = self.product.id
        if self.order is not None:
            d["order"] = self.order.number
        return d
