"""Where a query matches inside a text, as character offsets of that text.

The text is tokenised exactly as the index tokenises it, keeping each token's place in the
original text, and every pattern of the query is looked for among those tokens. So the
highlighted spans are what the index matched, and the same test tells whether a row the
index returned really matches (a row whose text no longer does, or a phrase that only ran
across two translations, is left out of the results).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from desktop.core.search import normalise as nz
from desktop.core.search.query import Pattern, Query, Term, Where

SNIPPET = 160           # characters of context shown around the first match
LEAD = 40               # of which before it


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of a text: [start, end) in characters (Python string indices)."""

    start: int
    end: int


class _Tok(NamedTuple):
    text: str
    start: int          # in the original text
    end: int
    head_end: int       # end of the first character (a prefix of one CJK character highlights just it)


@dataclass(frozen=True)
class Tokens:
    """A text's tokens, as the index has them, placed in the text."""

    primary: tuple[_Tok, ...]
    extra: tuple[_Tok, ...]


def tokenise(text: str) -> Tokens:
    folded, offsets = nz.fold_with_offsets(text)

    def tok(token: str, a: int, b: int) -> _Tok:
        return _Tok(token, offsets[a], offsets[b - 1] + 1, offsets[a] + 1)

    primary: list[_Tok] = []
    extra: list[_Tok] = []
    for kind, word, s, end in nz.units(folded):
        if kind is nz.UnitKind.CJK:
            primary.extend(tok(word[i:i + 2], s + i, s + i + 2) for i in range(len(word) - 1))
            primary.append(tok(word[-1], s + len(word) - 1, s + len(word)))
            continue
        primary.append(tok(nz.cut(word), s, end))
        if kind is nz.UnitKind.COMPOUND:
            parts, at = [], s
            for part in word.split("-"):
                extra.append(tok(nz.cut(part), at, at + len(part)))
                parts.append((part, at))
                at += len(part) + 1
            for part, at in parts:           # the parts first, then their codes' substrings, as in the index
                if len(part) >= nz.CODE_MIN and nz.is_code(part) and len(part) <= nz.CODE_GRAMS_MAX:
                    extra.extend(tok(g, at + i, at + i + nz.GRAM) for i, g in enumerate(nz.grams(part)))
        elif len(word) >= nz.CODE_MIN and nz.is_code(word) and len(word) <= nz.CODE_GRAMS_MAX:
            extra.extend(tok(g, s + i, s + i + nz.GRAM) for i, g in enumerate(nz.grams(word)))
    return Tokens(tuple(primary), tuple(extra))


def _find(pattern: Pattern, stream: tuple[_Tok, ...]) -> list[Span]:
    want, k = pattern.tokens, len(pattern.tokens)
    if not k:
        return []
    spans = []
    for i in range(len(stream) - k + 1):
        if all(stream[i + j].text == want[j] for j in range(k - 1)):
            last = stream[i + k - 1]
            if last.text == want[-1] or (pattern.prefix and last.text.startswith(want[-1])):
                # a one-character Chinese prefix matched the pair it starts: highlight the character
                short = pattern.prefix and last.text != want[-1] and _is_cjk(last.text)
                spans.append(Span(stream[i].start, last.head_end if short else last.end))
    return spans


def _is_cjk(token: str) -> bool:
    first = next(nz.units(token), None)
    return first is not None and first.kind is nz.UnitKind.CJK


def term_spans(term: Term, tokens: Tokens) -> list[Span]:
    spans: list[Span] = []
    for p in term.patterns:
        if p.where in (Where.PRIMARY, Where.BOTH):
            spans += _find(p, tokens.primary)
        if p.where in (Where.EXTRA, Where.BOTH):
            spans += _find(p, tokens.extra)
    return spans


def merge(spans: list[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        if out and s.start <= out[-1].end:
            if s.end > out[-1].end:
                out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return tuple(out)


@dataclass(frozen=True)
class TextMatch:
    """How a query meets one text: which of its terms and exclusions match, and where."""

    terms: tuple[bool, ...]
    excluded: bool
    spans: tuple[Span, ...]


def _may_match(query: Query, text: str) -> bool:
    """Could any of the query's patterns be in `text`? (Each needs its first token somewhere in
    the folded text: a cheap test that spares tokenising most texts of a page.)"""
    folded = nz.fold(text)
    return any(p.tokens and p.tokens[0] in folded for t in query.terms + query.excluded for p in t.patterns)


def match_text(query: Query, text: str) -> TextMatch:
    if not _may_match(query, text):
        return TextMatch((False,) * len(query.terms), False, ())
    tokens = tokenise(text)
    per_term = [term_spans(t, tokens) for t in query.terms]
    excluded = any(term_spans(t, tokens) for t in query.excluded)
    return TextMatch(tuple(bool(s) for s in per_term), excluded, merge([s for spans in per_term for s in spans]))


def spans(query: Query, text: str) -> tuple[Span, ...]:
    """Where the query's words and phrases are in `text` (merged, in order)."""
    return match_text(query, text).spans


def verified(query: Query, matches: list[TextMatch]) -> bool:
    """Do these texts (a message's original and translations) together match the query, as the index says?"""
    if any(mt.excluded for mt in matches):
        return False
    return all(any(mt.terms[i] for mt in matches) for i in range(len(query.terms)))


@dataclass(frozen=True)
class Snippet:
    """A stretch of a text around its first match, with the spans inside it (offsets into `text`)."""

    text: str
    start: int                   # where `text` begins in the whole text
    spans: tuple[Span, ...]


def snippet(text: str, found: tuple[Span, ...], width: int = SNIPPET) -> Snippet:
    if len(text) <= width:
        return Snippet(text, 0, found)
    first = found[0].start if found else 0
    start = max(0, first - LEAD)
    space = text.find(" ", start, first)
    if 0 <= space < start + LEAD // 2:
        start = space + 1              # begin at a word rather than inside one
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    inside = tuple(Span(max(s.start, start) - start, min(s.end, end) - start) for s in found
                   if s.end > start and s.start < end)
    return Snippet(text[start:end], start, inside)


def utf16_spans(text: str, spans_: tuple[Span, ...]) -> tuple[Span, ...]:
    """The same spans counted in UTF-16 code units, as Qt's strings count (emoji take two)."""
    def at(i: int) -> int:
        return i + sum(1 for ch in text[:i] if ord(ch) > 0xFFFF)

    return tuple(Span(at(s.start), at(s.end)) for s in spans_)
