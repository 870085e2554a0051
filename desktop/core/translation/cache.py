"""Translate only what the cache lacks: the glue between the engine and the database's
message-translation table (message, target language, pack version).

The worker hands `translate_missing` the messages a view shows, in their detected
languages; cached translations made with the current pack version are reused, the rest
are translated in one batched call per source language and stored. A translation made
with another pack version (the pack was replaced) counts as missing. The cache itself
is two callables, so this module knows nothing about SQL: the database layer passes
functions over its table, tests pass a `DictCache`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Callable, Hashable, Iterable

from desktop.core.translation.detect import UNDETERMINED
from desktop.core.translation.engine import NoPackError, Translator

# lookup(keys, target_language) -> {key: (text, pack_version)} for the keys it holds
Lookup = Callable[[list, str], dict]
# store([(key, target_language, pack_version, text), ...])
Store = Callable[[list], None]


@dataclass(frozen=True)
class Pending:
    """A message to show in the reader's language: its id, text and detected language."""

    key: Hashable
    text: str
    src: str


@dataclass(frozen=True)
class Outcome:
    """What to show for one message.

    `text` is the translation (the original when no translation is needed), or None when
    no pack translates its language: `missing` then names the packs to install.
    """

    key: Hashable
    text: str | None
    pack_version: str = ""
    cached: bool = False
    missing: tuple[tuple[str, str], ...] = ()
    src: str = ""                # the language it was written in, as detected

    @property
    def translated(self) -> bool:
        return self.text is not None and bool(self.pack_version)


def translate_missing(translator: Translator, items: Iterable[Pending], tgt: str, *,
                      lookup: Lookup, store: Store) -> dict[Hashable, Outcome]:
    """Outcomes by key for `items` shown to a reader of `tgt`; only cache misses reach
    the engine, and each is stored once translated."""
    items = list(items)
    outcomes: dict[Hashable, Outcome] = {}
    by_src: dict[str, list[Pending]] = {}
    for item in items:
        if item.src in (tgt, UNDETERMINED, "") or not item.text.strip():
            outcomes[item.key] = Outcome(item.key, item.text)
        else:
            by_src.setdefault(item.src, []).append(item)
    for src, group in by_src.items():
        try:
            version = translator.pack_version(src, tgt)
        except NoPackError as exc:
            for item in group:
                outcomes[item.key] = Outcome(item.key, None, missing=tuple(exc.missing))
            continue
        held = lookup([item.key for item in group], tgt)
        todo = []
        for item in group:
            hit = held.get(item.key)
            if hit is not None and hit[1] == version:
                outcomes[item.key] = Outcome(item.key, hit[0], version, cached=True, src=src)
            else:
                todo.append(item)
        if not todo:
            continue
        texts = translator.translate_batch([item.text for item in todo], src, tgt)
        store([(item.key, tgt, version, text) for item, text in zip(todo, texts)])
        for item, text in zip(todo, texts):
            outcomes[item.key] = Outcome(item.key, text, version, src=src)
    return outcomes


@dataclass
class DictCache:
    """An in-memory cache with the `lookup`/`store` shape (tests, previews)."""

    entries: dict = field(default_factory=dict)     # (key, tgt) -> (text, version)

    def lookup(self, keys: list, tgt: str) -> dict:
        return {k: self.entries[(k, tgt)] for k in keys if (k, tgt) in self.entries}

    def store(self, rows: list) -> None:
        for key, tgt, version, text in rows:
            self.entries[(key, tgt)] = (text, version)
