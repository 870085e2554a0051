"""What a user types into a search field, read into a typed `Query`, and that query written
as an FTS5 match expression.

The syntax is the one search boxes share: words (all must match), `"a phrase"`, `prefix*`,
`-word` or `-"a phrase"` to exclude, and the filters `from:me` / `from:them`, `in:ID` (one
conversation), `order:NUMBER`, `before:DATE` and `after:DATE` (2025-03-01, 2025-03 or
2025). Nothing typed is ever an error: an unbalanced quote is read as text, a filter with a
value it cannot use (`in:abc`, `before:someday`) is read as words, FTS5's own operators
(`NEAR`, `AND`, `*`, `^`, `:`) are words or punctuation, and every token reaches FTS5 inside
a quoted string, so no input can change the expression's shape.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from desktop.core.search import normalise as nz
from desktop.core.search.normalise import UnitKind

MAX_QUERY = 2000       # characters read from a query; the rest is ignored
MAX_TERMS = 16         # words or phrases used, and as many exclusions
MAX_TOKENS = 40        # tokens in one phrase (a 40-character code's substrings fit)
MAX_ID = 2**63 - 1

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_FILTER = re.compile(r"(from|in|order|before|after):(.+)", re.IGNORECASE)
_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


class Where(enum.Enum):
    """Which columns a pattern looks in."""

    PRIMARY = "primary"      # the text's own tokens, in order (phrases)
    EXTRA = "extra"          # parts of hyphenated words, substrings of codes
    BOTH = "both"


@dataclass(frozen=True)
class Pattern:
    """A run of consecutive tokens; `prefix`: the last one is a prefix."""

    tokens: tuple[str, ...]
    where: Where
    prefix: bool = False


@dataclass(frozen=True)
class Term:
    """One word or phrase of the query: it matches where any of its patterns does."""

    text: str
    patterns: tuple[Pattern, ...]


class Sender(enum.Enum):
    ME = "me"
    THEM = "them"


@dataclass(frozen=True)
class Query:
    """A parsed query: what must match, what must not, and the filters."""

    terms: tuple[Term, ...] = ()
    excluded: tuple[Term, ...] = ()
    sender: Sender | None = None
    conversation_id: int | None = None
    before: dt.date | None = None
    after: dt.date | None = None

    @property
    def is_empty(self) -> bool:
        """Nothing to look for: no word, phrase, order or conversation (exclusions alone find nothing)."""
        return not self.terms and self.conversation_id is None


# ---- reading -----------------------------------------------------------------------------

def _word_patterns(unit: nz.Unit, prefix: bool, exact: bool) -> tuple[Pattern, ...]:
    text = nz.cut(unit.text)
    if unit.kind is UnitKind.CJK:
        if len(text) == 1:
            return (Pattern((text,), Where.PRIMARY, prefix=True),)
        return (Pattern(tuple(nz.cjk_pairs(text))[:MAX_TOKENS], Where.PRIMARY),)
    if exact:
        return (Pattern((text,), Where.PRIMARY, prefix),)
    if unit.kind is UnitKind.COMPOUND:
        parts = tuple(nz.cut(p) for p in unit.text.split("-"))[:MAX_TOKENS]
        return (Pattern((text,), Where.PRIMARY, prefix), Pattern(parts, Where.EXTRA, prefix))
    if nz.is_code_fragment(text) and not prefix:
        if len(text) == nz.GRAM or len(text) > nz.CODE_GRAMS_MAX:
            return (Pattern((text,), Where.BOTH),)
        return (Pattern((text,), Where.PRIMARY), Pattern(tuple(nz.grams(text))[:MAX_TOKENS], Where.EXTRA))
    return (Pattern((text,), Where.BOTH, prefix),)


def _phrase_pattern(units: list[nz.Unit], prefix: bool) -> Pattern:
    tokens: list[str] = []
    for k, unit in enumerate(units):
        last = k == len(units) - 1
        text = nz.cut(unit.text)
        if unit.kind is not UnitKind.CJK:
            tokens.append(text)
        elif len(text) == 1:
            tokens.append(text)
            prefix = prefix or last      # a run's last character may go on in the text
        else:
            # Inside the phrase the run ends where the next word starts, so its last character
            # is a token of its own there, as in the index.
            tokens.extend(nz.cjk_pairs(text) if last else nz.cjk_tokens(text))
    if len(tokens) > MAX_TOKENS:
        return Pattern(tuple(tokens[:MAX_TOKENS]), Where.PRIMARY)
    last_is_word = units[-1].kind is not UnitKind.CJK or len(units[-1].text) == 1
    return Pattern(tuple(tokens), Where.PRIMARY, prefix and last_is_word)


def make_term(raw: str, *, phrase: bool = False, prefix: bool = False) -> Term | None:
    """The term for a word (or, with `phrase`, a quoted phrase); None when it has no letters or digits."""
    found = list(nz.units(nz.fold(raw)))
    if not found:
        return None
    if len(found) == 1:
        return Term(raw, _word_patterns(found[0], prefix, exact=phrase))
    return Term(raw, (_phrase_pattern(found, prefix),))


def _date(text: str) -> dt.date | None:
    m = _DATE.fullmatch(text)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


@dataclass
class _Reader:
    terms: list
    excluded: list
    filters: dict

    def add(self, raw: str, *, negated: bool, phrase: bool, prefix: bool) -> None:
        into = self.excluded if negated else self.terms
        if len(into) >= MAX_TERMS:
            return
        term = make_term(raw, phrase=phrase, prefix=prefix)
        if term is not None:
            into.append(term)

    def word(self, word: str, negated: bool) -> None:
        m = _FILTER.fullmatch(word)
        if m is not None and not negated and self.filter(m.group(1).lower(), m.group(2)):
            return
        stripped = word.rstrip("*")
        self.add(stripped, negated=negated, phrase=False, prefix=len(stripped) < len(word))

    def filter(self, key: str, value: str) -> bool:
        """Apply a filter; False when the value is not one it can use (then it is read as text)."""
        low = value.lower()
        if key == "from" and low in ("me", "them"):
            self.filters["sender"] = Sender(low)
        elif key == "in" and value.isascii() and value.isdigit():
            self.filters["conversation_id"] = int(value) if len(value) <= 19 and int(value) <= MAX_ID else -1
        elif key == "order":
            self.add(value, negated=False, phrase=False, prefix=False)
        elif key in ("before", "after") and _date(value) is not None:
            self.filters[key] = _date(value)
        else:
            return False
        return True


def parse(text: str) -> Query:
    """Read what the user typed. Never raises: anything it cannot use as syntax is text."""
    text = _CONTROL.sub(" ", text[:MAX_QUERY])
    reader = _Reader([], [], {})
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        if negated:
            i += 1
        if text[i] == '"':
            close = text.find('"', i + 1)
            if close != -1:
                prefix = close + 1 < n and text[close + 1] == "*"
                reader.add(text[i + 1:close], negated=negated, phrase=True, prefix=prefix)
                i = close + 1 + prefix
                continue
            i += 1          # an unbalanced quote is just a character: read on as words
        j = i
        while j < n and not text[j].isspace():
            j += 1
        if j > i:
            reader.word(text[i:j], negated)
        i = j
    return Query(terms=tuple(reader.terms), excluded=tuple(reader.excluded), **reader.filters)


# ---- writing for FTS5 --------------------------------------------------------------------

def _quoted(tokens: tuple[str, ...]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def _pattern_expr(p: Pattern, primary: tuple[str, ...], extra: tuple[str, ...]) -> str:
    cols = {Where.PRIMARY: primary, Where.EXTRA: extra, Where.BOTH: primary + extra}[p.where]
    return "{" + " ".join(cols) + "}: " + _quoted(p.tokens) + ("*" if p.prefix else "")


def term_expression(term: Term, primary: tuple[str, ...], extra: tuple[str, ...]) -> str:
    return " OR ".join(f"({_pattern_expr(p, primary, extra)})" for p in term.patterns)


def match_expression(query: Query, primary: tuple[str, ...], extra: tuple[str, ...],
                     scope: tuple[str, ...] = ()) -> str | None:
    """The FTS5 expression for `query` over these columns, AND one of the `scope` tokens when
    given; None when there is nothing to look for."""
    parts = []
    if scope:
        parts.append("{scope}: (" + " OR ".join(_quoted((s,)) for s in scope) + ")")
    parts += [term_expression(t, primary, extra) for t in query.terms]
    if not parts:
        return None
    expr = " AND ".join(f"({p})" for p in parts)
    if query.excluded:
        expr = f"({expr}) NOT (" + " OR ".join(f"({term_expression(t, primary, extra)})" for t in query.excluded) + ")"
    return expr


# ---- writing for PostgreSQL's tsquery ------------------------------------------------------

def lexeme(token: str) -> str:
    """A token quoted for tsvector and tsquery input (which read the same quoting)."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _pattern_tsquery(p: Pattern, primary: str, extra: str) -> str:
    weights = {Where.PRIMARY: primary, Where.EXTRA: extra, Where.BOTH: primary + extra}[p.where]
    last = len(p.tokens) - 1
    parts = [f"{lexeme(t)}:{'*' if p.prefix and k == last else ''}{weights}" for k, t in enumerate(p.tokens)]
    return "(" + " <-> ".join(parts) + ")"


def _term_tsquery(term: Term, primary: str, extra: str) -> str:
    return "(" + " | ".join(_pattern_tsquery(p, primary, extra) for p in term.patterns) + ")"


def tsquery_expression(query: Query, primary: str, extra: str, scoped: bool = False) -> str | None:
    """The tsquery for `query` over documents written by `index.tsvector_text`: `primary` and
    `extra` are the weights of those columns. The same patterns as `match_expression`; the scope
    is the caller's join, and with `scoped` a query without words is "" (every document there,
    see `index.match_sql`). None when there is nothing to look for."""
    parts = [_term_tsquery(t, primary, extra) for t in query.terms]
    if not parts and not scoped:
        return None
    expr = " & ".join(parts)
    if query.excluded:
        excluded = "!(" + " | ".join(_term_tsquery(t, primary, extra) for t in query.excluded) + ")"
        expr = f"({expr}) & {excluded}" if expr else excluded
    return expr
