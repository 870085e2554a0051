"""Internal notes among a chat's messages (issue 18 §4): where each goes, by time.

A note row is a `desktop.core.team.NoteRow` (a `MessageRow` whose `id` is 0, its own id in
`note_id`). The chat's model holds notes only within the messages it has loaded: a note older
than its oldest loaded message waits for the older page that brings its neighbours, so paging
up never shows a note out of place.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.messaging import MessageRow


def note_id(row: MessageRow) -> int:
    """The note's id for a note row, 0 for a message."""
    return int(getattr(row, "note_id", 0) or 0)


def is_note(row: MessageRow | None) -> bool:
    return row is not None and note_id(row) > 0


def merge(rows: list[MessageRow], notes: list[MessageRow]) -> list[MessageRow]:
    """Messages and notes in one list by time (a note after the messages of its instant)."""
    out = list(rows)
    for note in sorted(notes, key=lambda n: (n.sent_at, note_id(n))):
        out.insert(place(out, note), note)
    return out


def place(rows: list[MessageRow], note: MessageRow) -> int:
    """Where a note goes among `rows` (already in order): after everything not later than it."""
    keys = [(r.sent_at, 1 if is_note(r) else 0, note_id(r)) for r in rows]
    return bisect.bisect_right(keys, (note.sent_at, 1, note_id(note)))


def within(notes: list[MessageRow], start: MessageRow | None, end: MessageRow | None,
           at_start: bool) -> list[MessageRow]:
    """The notes that belong between two loaded messages: from `start` (or the beginning of the
    conversation when `at_start`) to before `end` (or for ever)."""
    return [n for n in notes
            if (at_start or (start is not None and n.sent_at >= start.sent_at))
            and (end is None or n.sent_at < end.sent_at)]
