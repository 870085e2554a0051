"""Messages on their way out: `PendingSends` owns each one from the press of Send until it
is stored, refused or given up, whichever conversation is on screen meanwhile.

    pending.send(conversation_id, text, files, original_size=False)
    pending.retry(local_id)                  # a failed one, with the same client id

Each has a local (negative) id, the client id that makes a retry idempotent, its files
and its `SendState`. The message list model only displays them (`in_conversation`) and
follows the signals; the chat view only asks to send or retry.
"""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.errors import KnownError
from desktop.core.kinds import MessageKind
from desktop.core.messaging import MessageRow, SendResult
from desktop.core.outbox import OutgoingFile, PolicyRefusal, SendOutcome, SendRequest
from desktop.core.schema import utcnow
from desktop.gui.ops import messages
from desktop.gui.ops.attachments import PendingAttachment
from desktop.gui.session import Session


class SendState(enum.Enum):
    """Where one of my messages is, as its bubble says it."""

    SENDING = "sending"      # handed to the worker
    FAILED = "failed"        # the worker could not store it: a click retries
    SENT = "sent"            # stored; the other side has not read it yet
    READ = "read"            # the other side has read it


_local_ids = itertools.count(-1, -1)


@dataclass
class PendingSend:
    """One message on its way out; `row` is what its bubble shows meanwhile."""

    local_id: int
    conversation_id: int
    client_id: str
    text: str
    files: tuple[PendingAttachment, ...]
    original_size: bool
    row: MessageRow
    state: SendState = SendState.SENDING
    error: str = ""
    message_id: int | None = field(default=None)   # once stored

    def request(self) -> SendRequest:
        return SendRequest(text=self.text, conversation_id=self.conversation_id, client_id=self.client_id,
                           files=tuple(OutgoingFile(f.name, f.source) for f in self.files),
                           original_size=self.original_size)


class PendingSends(QObject):
    """Every message of this session still on its way out, by local id."""

    added = Signal(object)            # PendingSend
    changed = Signal(object)          # PendingSend: its state or error changed
    stored = Signal(object)           # PendingSend: stored as `message_id`; it leaves the list
    refused = Signal(object, object)  # PendingSend, PolicyRefusal: not sent; it leaves the list

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._sends: dict[int, PendingSend] = {}

    def in_conversation(self, conversation_id: int) -> list[PendingSend]:
        """The ones in this conversation, oldest first."""
        return sorted((p for p in self._sends.values() if p.conversation_id == conversation_id),
                      key=lambda p: -p.local_id)

    def get(self, local_id: int) -> PendingSend | None:
        return self._sends.get(local_id)

    def send(self, conversation_id: int, text: str, files: tuple[PendingAttachment, ...] = (), *,
             original_size: bool = False) -> PendingSend:
        user = self._session.user
        assert user is not None, "a message is sent only once the session is open"
        local_id = next(_local_ids)
        row = MessageRow(id=local_id, conversation_id=conversation_id, sender_id=user.id, sender_handle=user.handle,
                         sender_name=user.name, mine=True, kind=MessageKind.TEXT, text=text, lang="",
                         sent_at=utcnow(), read=False)
        pending = PendingSend(local_id, conversation_id, messages.new_client_id(), text, tuple(files),
                              original_size, row)
        self._sends[local_id] = pending
        self.added.emit(pending)
        self._deliver(pending)
        return pending

    def retry(self, local_id: int) -> None:
        pending = self._sends.get(local_id)
        if pending is None or pending.state is not SendState.FAILED:
            return
        pending.state, pending.error = SendState.SENDING, ""
        self.changed.emit(pending)
        self._deliver(pending)

    def _deliver(self, pending: PendingSend) -> None:
        messages.send(self._session, pending.request()).on_success(
            lambda outcome: self._delivered(pending, outcome)).on_failure(
            lambda exc: self._failed(pending, exc)).bound_to(self).run()

    def _delivered(self, pending: PendingSend, outcome: SendOutcome) -> None:
        del self._sends[pending.local_id]
        if outcome.refused is not None:
            self.refused.emit(pending, outcome.refused)
            return
        result: SendResult | None = outcome.result
        assert result is not None, "an outcome is either stored or refused"
        pending.message_id = result.message_id
        pending.row = replace(pending.row, id=result.message_id)
        self.stored.emit(pending)
        self._session.poll_now()

    def _failed(self, pending: PendingSend, exc: BaseException) -> None:
        pending.state = SendState.FAILED
        if isinstance(exc, KnownError):
            pending.error = exc.message
        else:
            pending.error = QCoreApplication.translate("PendingSends", "Internal error: %1").replace("%1", str(exc))
        self.changed.emit(pending)


__all__ = ["PendingSend", "PendingSends", "PolicyRefusal", "SendState"]
