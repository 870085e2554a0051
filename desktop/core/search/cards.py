"""Search results that are request cards (a step of a cancellation or a dispute): the step
and the words that came with it, for the window to say in the reader's language.

A card's stored text is the CLI's English sentence ("Cancellation requested (found_cheaper):
Lo he encontrado más barato"), which is what the index matched; a Spanish reader is shown
"Cancelación solicitada · Lo he encontrado más barato" instead, the query's words highlighted
in the words they wrote.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core import order_history
from desktop.core.db import Database
from desktop.core.kinds import CaseAction
from desktop.core.search import highlight as hl
from desktop.core.search.query import parse
from desktop.core.users import UserRecord


@dataclass(frozen=True)
class CardMatch:
    action: CaseAction
    words: str                   # what the person wrote with the step (or its reason's code), "" for none
    snippet: hl.Snippet          # of `words`, around the query's first match in them


def card_matches(db: Database, user: UserRecord, query: str, message_ids: Sequence[int]) -> dict[int, CardMatch]:
    """The step of each request card among `message_ids` (message id -> match); cards of orders
    `user` cannot see are left out."""
    if not message_ids:
        return {}
    parsed = parse(query)
    out = {}
    for message_id, step in order_history.card_steps(db, user, message_ids).items():
        words = " ".join(step.text.split())
        out[message_id] = CardMatch(step.action, words, hl.snippet(words, hl.spans(parsed, words)))
    return out
