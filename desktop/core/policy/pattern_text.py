"""Rewriting a rule's pattern source before it is compiled, without changing what it matches:
alternatives grouped by their first letter (`by_first_letter`, so each is tried only where its
letter is) or by script (`by_script`, the term regex's), groups made non-capturing (`_non_capturing`: what a
context matched is never read), and non-ASCII letters folded as the text is (`fold_words`).
Apart from `rules`, which builds the rules from their files with these."""

from __future__ import annotations

import functools
import re

from desktop.core.policy.normalise import fold_literal


def by_first_letter(patterns: list[str]) -> str:
    """The patterns as one alternation, those that open with a plain letter grouped behind it
    ("a(?:ccount|mount)|b(?:ank)|(?:[ab]c)"): the engine then tests one letter per group at each
    place it tries, and enters a pattern only where its first letter is. A pattern that opens
    with a group of plain words ("(my |the )?(bank|account) details") is written out as the
    patterns it stands for ("my bank details", "my account details"…). Sorted, so that the
    source is the same in every process (the pattern cache needs it)."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for p in sorted({e for pattern in patterns for e in (_letter_first(pattern) or (pattern,))}):
        if p[:1].isalnum() and p[1:2] not in _QUANTIFIERS and not _top_level_bar(p):
            groups.setdefault(p[0], []).append(f"(?:{p[1:]})")
        else:
            others.append(f"(?:{p})")
    return "|".join([re.escape(c) + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
                     for c, rest in sorted(groups.items())] + others)


def by_script(alternatives: list[tuple[str, str]]) -> str:
    """Alternatives, each given with the characters it may open with, as one alternation in
    which those of other scripts than Latin stand each behind one look at their script's
    opening characters: where a Latin word is, the engine tests the Latin alternatives' first
    characters and two looks, not the first character of every Cyrillic and Chinese one in
    turn. Only where every alternative opens in one script: then at any place the alternatives
    that can match are those of one group, in their order, and the match is the one the plain
    alternation of them all gives."""
    groups: dict[int, list[tuple[str, str]]] = {}
    for openers, alternative in alternatives:
        scripts = {_script(c) for c in openers}
        if len(scripts) != 1:
            return "|".join(alternative for _, alternative in alternatives)
        groups.setdefault(scripts.pop(), []).append((openers, alternative))
    out = ["|".join(alternative for _, alternative in groups.pop(0, []))]
    for _, members in sorted(groups.items()):
        openers = "".join(sorted({c for o, _ in members for c in o}))
        out.append(f"(?=[{re.escape(openers)}])(?:" + "|".join(alternative for _, alternative in members) + ")")
    return "|".join(filter(None, out))


def _script(c: str) -> int:
    """0 for Latin (digits and symbols too), 1 for Greek and Cyrillic, 2 for Chinese and what is past it."""
    return 0 if c < "\u0370" else 1 if c < "\u2e80" else 2


_QUANTIFIERS = ("?", "*", "+", "{")


def _non_capturing(pattern: str) -> str:
    """A context pattern with its groups made non-capturing: "(my|our) shop" as "(?:my|our) shop".
    A context is only looked for, what its groups matched is never read; and a capturing group
    costs the engine at every place it is tried (a list with one phrase opening with a group,
    "(on s.arrange|nos arreglamos)", tried at every word: three times the search of the whole
    list). Left as written if it refers back to a group ("\\1", "(?P=name)")."""
    if _BACKREFERENCE.search(pattern):
        return pattern
    return _GROUP_OPEN.sub(lambda m: "(?:" if m.group("open") else m.group(), pattern)


# An escaped character, a character class (its brackets hold no group), or a group that captures.
_GROUP_OPEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|(?P<open>\()(?!\?)")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")
# What an option of an opening group may not hold to be written out: a group, a class or an escape
# (each could hide a "|" or a ")"). Wildcards and quantifiers are fine ("(on s.arrange|don.?t) x"
# is "on s.arrange x" or "don.?t x").
_SPECIAL = re.compile(r"[\\\[\]()]")


@functools.cache       # a kind's patterns come back in every list built on it
def _letter_first(p: str, budget: int = 48) -> tuple[str, ...] | None:
    """`p` as patterns that each open with a plain letter and together match what `p` matches,
    when `p` opens with a group of alternatives (without groups, classes or escapes of their
    own), maybe optional; None when it cannot be (another kind of opening, an option that does
    not open with a plain letter, a back-reference, or more than `budget` patterns)."""
    if p[:1].isalnum() and p[1:2] not in _QUANTIFIERS:
        return (p,)
    if not p.startswith("(") or p.startswith("(?") or re.search(r"\\\d", p):
        return None
    close = p.find(")")
    if close < 0 or _SPECIAL.search(p, 1, close):
        return None
    options = p[1:close].split("|")
    rest = p[close + 1:]
    optional = rest.startswith("?")
    rest = rest[1:] if optional else rest
    if rest[:1] in _QUANTIFIERS:
        return None
    out: list[str] = []
    for candidate in [o + rest for o in options] + ([rest] if optional else []):
        expanded = _letter_first(candidate, budget - len(out)) if candidate else None
        if expanded is None or len(out) + len(expanded) > budget:
            return None
        out.extend(expanded)
    return tuple(out)


def _top_level_bar(pattern: str) -> bool:
    """Whether `pattern` has a "|" outside its groups and classes (then it cannot be split after its first letter)."""
    if "|" not in pattern:
        return False
    bare = _ESCAPED_OR_CLASS.sub("", pattern)
    while True:                          # innermost groups first, until none is left
        bare, removed = _GROUP.subn("", bare)
        if not removed:
            return "|" in bare


_ESCAPED_OR_CLASS = re.compile(r"\\.|\[\]?(?:\\.|[^\]])*\]")
_GROUP = re.compile(r"\([^()]*\)")


@functools.cache
def fold_words(pattern: str) -> str:
    """Fold the non-ASCII letters of a context pattern ("añádeme" -> "anademe"); regex syntax is ASCII and kept."""
    return pattern if pattern.isascii() else _NOT_ASCII.sub(lambda m: fold_literal(m.group()), pattern)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
