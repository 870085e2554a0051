"""The rules as derived from the rules files, kept with the compiled patterns, so that a
process (`buzon send`) does not derive them again before its first check.

`load_rules` reads the five files and turns each term into its options and the sources of
its patterns (context lists folded, grouped by first letter; the term trie): 60-250 ms of
a command's CPU, every time. What comes out is plain data but for the pattern objects, which
are kept as their sources and compiled again through the pattern store (from its programs).
It is kept in the store's file, under the store's key (the rules files' bytes, the policy's
code, the Python build), so it is never used for other rules or another version of the code;
a derivation that is missing, or not what this code would have made of it, is ignored and
the rules are derived from the files, as they always were.
"""

from __future__ import annotations

import logging
import re
import typing
from dataclasses import fields
from pathlib import Path

from desktop.core.policy.pattern_store import PatternStore
from desktop.core.policy.rules import Rules, Term, load_rules

log = logging.getLogger(__name__)

TERM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Term) if f.init)
RULES_FIELDS = ("descriptions", "terms", "term_regex", "settings", "patterns")


def load(folder: Path, contents: dict[Path, bytes | OSError], patterns: PatternStore) -> Rules:
    """The rules of `folder`, whose files `contents` holds: as kept in `patterns` when it holds
    them, else derived from the files (a broken file is load_rules' KnownError) and kept there."""
    if patterns.derived is not None:
        try:
            return from_json(patterns.derived, patterns)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError, re.error) as exc:
            log.info("The kept policy rules are not used (%s); they are derived from the files again.", exc)
    rules = load_rules(folder, patterns, contents)
    if patterns.path is not None:
        try:
            patterns.keep_derived(to_json(rules))
        except TypeError as exc:        # a term option this module cannot write: derived in every process
            log.info("The policy rules cannot be kept (%s).", exc)
    return rules


def to_json(rules: Rules) -> dict:
    """The rules as plain data; each pattern as its source and flags, once however many terms share it."""
    if tuple(f.name for f in fields(Rules)) != RULES_FIELDS:
        raise TypeError("Rules has fields this module does not know")
    sources: dict[tuple[str, int], int] = {}

    def value(v):
        if isinstance(v, re.Pattern):
            return {"re": sources.setdefault((v.pattern, v.flags), len(sources))}
        if v is None or isinstance(v, (str, bool, int)):
            return v
        raise TypeError(f"a term option of type {type(v).__name__}")

    terms = [[value(getattr(term, name)) for name in TERM_FIELDS] for term in rules.terms]
    term_regex = value(rules.term_regex)
    return {"term_fields": list(TERM_FIELDS), "terms": terms, "term_regex": term_regex,
            "sources": [list(key) for key in sources], "descriptions": rules.descriptions,
            "settings": rules.settings}


def from_json(data, patterns: PatternStore) -> Rules:
    """The rules `to_json` wrote, their patterns compiled through `patterns` as load_rules
    compiles them (no flags given); anything else than what it wrote is a ValueError or TypeError."""
    if data["term_fields"] != list(TERM_FIELDS):
        raise ValueError("kept for another shape of term")
    sources = data["sources"]
    compiled: dict[int, re.Pattern] = {}

    def pattern(index) -> re.Pattern:
        if index not in compiled:
            source, flags = sources[index]
            made = patterns.compile(source)
            if made.flags != flags:          # load_rules compiles every pattern without flags
                raise ValueError(f"a pattern kept with flags {flags}, compiled with {made.flags}")
            compiled[index] = made
        return compiled[index]

    hints = typing.get_type_hints(Term)
    terms = []
    for row in data["terms"]:
        if len(row) != len(TERM_FIELDS):
            raise ValueError("a term with another number of options")
        options: dict[str, typing.Any] = {}
        for name, v in zip(TERM_FIELDS, row):
            v = pattern(v["re"]) if isinstance(v, dict) else v
            if not _fits(v, hints[name]):
                raise ValueError(f"a term's {name} is {v!r}")
            options[name] = v
        terms.append(Term(**options))
    descriptions, settings = data["descriptions"], data["settings"]
    if not (isinstance(descriptions, dict) and all(isinstance(v, str) for v in descriptions.values())
            and isinstance(settings, dict)):
        raise ValueError("descriptions or settings of another shape")
    return Rules(descriptions=descriptions, terms=terms, term_regex=pattern(data["term_regex"]["re"]),
                 settings=settings, patterns=patterns)


def _fits(value, hint) -> bool:
    """Whether a kept value is of its field's type (a bool is not an int here, nor the reverse)."""
    if hint is bool or hint is int:
        return type(value) is hint
    return isinstance(value, hint)
