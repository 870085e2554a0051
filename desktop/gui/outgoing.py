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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui.ops import messages
from desktop.gui.ops.attachments import PendingAttachment
from desktop.gui.session import Session

if TYPE_CHECKING:
    from desktop.core.messaging import MessageRow
    from desktop.core.outbox import SendOutcome


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
    lang: str = ""                 # the text's language when known (a quick reply as filled): not detected


class PendingSends(QObject):
    """Every message of this session still on its way out, by local id."""

    added = Signal(object)            # PendingSend
    changed = Signal(object)          # PendingSend: its state or error changed
    stored = Signal(object)           # PendingSend: stored as `message_id`; it leaves the list
    refused = Signal(object, object)  # PendingSend, outbox.PolicyRefusal: not sent; it leaves the list

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
             original_size: bool = False, lang: str = "") -> PendingSend:
        user = self._session.user
        assert user is not None, "a message is sent only once the session is open"
        local_id = next(_local_ids)
        row = messages.outgoing_row(user, conversation_id, local_id, text)
        pending = PendingSend(local_id, conversation_id, messages.new_client_id(), text, tuple(files),
                              original_size, row, lang=lang)
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
        messages.send(self._session, pending.conversation_id, pending.text, pending.files,
                      client_id=pending.client_id, original_size=pending.original_size,
                      lang=pending.lang).on_success(
            lambda outcome: self._delivered(pending, outcome)).on_failure(
            lambda exc: self._failed(pending, exc)).bound_to(self).run()

    def _delivered(self, pending: PendingSend, outcome: SendOutcome) -> None:
        del self._sends[pending.local_id]
        if outcome.refused is not None:
            self.refused.emit(pending, outcome.refused)
            return
        result = outcome.result
        assert result is not None, "an outcome is either stored or refused"
        pending.message_id = result.message_id
        pending.row = replace(pending.row, id=result.message_id)
        self.stored.emit(pending)
        self._session.poll_now()

    def _failed(self, pending: PendingSend, exc: BaseException) -> None:
        pending.state = SendState.FAILED
        if isinstance(exc, KnownError):
            pending.error = errors.explain(exc).line()
        else:
            pending.error = QCoreApplication.translate("PendingSends", "Internal error: %1").replace("%1", str(exc))
        self.changed.emit(pending)

