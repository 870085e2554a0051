"""The rules files under `resources/policy/`, read and compiled into matchers.

One JSON file per category (`messaging_app.json`, `email.json`, `phone.json`, `link.json`,
`off_platform_payment.json`), each with a `comment` for the operator and `terms` per language,
so an operator changes what is blocked without touching code. A term is a plain string,
or an object with options (see docs/policy.md):

    {"term": "line", "context": {"before": ["por", "add me on"], "after": ["id"]}}

Terms are folded exactly as messages are (see `normalise`), then compiled into one regular
expression shaped as a trie, tolerant of leetspeak digits, repeated letters and up to three
separator characters between letters ("W h a t s A p p", "w.h.a.t.s.a.p.p", "whats-app").
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.errors import KnownError
from desktop.core.policy.normalise import fold_literal
from desktop.core.policy.pattern_store import PatternStore
from desktop.core.policy.pattern_text import _non_capturing, by_first_letter, by_script, fold_words

CATEGORIES: tuple[str, ...] = ("messaging_app", "email", "phone", "link", "off_platform_payment")

# Letters of the scripts that separate words with spaces; a term must not sit inside such a word.
LETTER = "a-z\u00df-\u024f\u0370-\u03ff\u0400-\u052f"
SEP = r"[\W_]{0,3}"
# A "." in a term ("t.me", "paypal.me") also accepts the dot written out.
DOT = r"(?:[\W_]{1,3}|[\W_]{0,3}(?:dot|punto|ponto|point)[\W_]{0,3})"
# Characters people type for letters (leetspeak); they are also separators, so chunking ignores them.
# Capital I and small l look the same in most fonts ("teIegram"), so each stands for the other;
# so do q and g ("Teleqram").
LEET = {"a": "a4@", "b": "b8", "e": "e3", "g": "g9q", "i": "i1!|l", "l": "l1|!i",
        "o": "o0", "s": "s5$", "t": "t7+", "z": "z2"}
LEET_SYMBOLS = frozenset("@$!|+")
# Letters typed as two characters that look like one: "vv" for "w" ("vvhatsapp", "v v e c h a t").
DIGRAPHS = {"w": ("vv",)}
SPLITS = ("any", "letters")
FEATURE_WINDOW = 80


@dataclass(frozen=True)
class Term:
    """One compiled rule term with the options that decide whether its match counts."""

    category: str
    text: str                       # as written in the rules file
    split: str = "any"              # "letters": "we chat" does not count, "w e c h a t" and "we.chat" do
    suffix: bool = False            # letters may follow ("wasapeame" for "wasap")
    before: re.Pattern | None = None   # at least one must match right before (or `after` right after)
    after: re.Pattern | None = None
    near: re.Pattern | None = None     # ... or anywhere within `window` characters
    unless: re.Pattern | None = None   # no match if this is found within `window` characters
    window: int = 40
    # An app named as a product feature ("show WhatsApp notifications", "compatible with")
    # is not an app offered as a channel ("write me on WhatsApp"): no match when a `feature`
    # pattern is within FEATURE_WINDOW characters (or `feature_before` ends right before it,
    # `feature_after` starts right after it: "notificaciones de WhatsApp", "WhatsApp calls")
    # and no `channel` pattern is within FEATURE_WINDOW characters.
    feature: re.Pattern | None = None
    feature_before: re.Pattern | None = None
    feature_after: re.Pattern | None = None
    channel: re.Pattern | None = None

    def __post_init__(self) -> None:
        # Looked at on every match: worked out once (the dataclass is frozen, hence the setattr).
        object.__setattr__(self, "phrase", any(c.isspace() for c in self.text.strip()))
        object.__setattr__(self, "needs_context",
                           self.before is not None or self.after is not None or self.near is not None)

    # Written as several words ("trato directo"), which must stand in one clause.
    phrase: bool = field(init=False, default=False)
    needs_context: bool = field(init=False, default=False)


@dataclass
class Rules:
    """Everything the detectors need, read from one rules folder."""

    descriptions: dict[str, str]     # the files' comments, for operators; the GUI uses RULE_DESCRIPTIONS
    terms: list[Term]
    term_regex: re.Pattern
    settings: dict = field(default_factory=dict)   # the non-term sections: domains, TLDs, number words...
    patterns: PatternStore = field(default_factory=PatternStore)   # compiles, from the disk cache when it can

    def compile(self, source: str, flags: int = 0) -> re.Pattern:
        """A pattern derived from the rules, compiled once for every process that has the same rules."""
        return self.patterns.compile(source, flags)

    def __post_init__(self) -> None:
        # The term each marker group of the term regex stands for ("t12_3" -> terms[12]).
        self.term_of: dict[str, Term] = {name: self.terms[int(name[1:].partition("_")[0])]
                                          for name in self.term_regex.groupindex}


def _char_class(chars: str) -> str:
    return chars if len(chars) == 1 and chars.isalnum() else \
        "[" + "".join("\\" + c if c in "\\]^-[" else c for c in chars) + "]"


def _slot(ch: str, similar: dict[str, str]) -> str:
    """One letter of a term, typed one to four times ("wasaaap"). Written as the letter and then
    up to three more (`xx{0,3}`, not `x{1,4}`: the same matches, tried in the same order), so
    that an alternative of the trie opens with the letter itself, which the engine tests in one
    step before entering the alternative; it enters every one that opens with a repeat."""
    one = _char_class(similar.get(ch, ch)) if ch in similar else re.escape(ch)
    if ch in DIGRAPHS:
        pairs = "|".join(SEP.join(re.escape(c) for c in pair) for pair in DIGRAPHS[ch])
        one = f"(?:{one}|{pairs})"
    return f"{one}{one}{{0,3}}"


def _slots(folded: str) -> tuple[str, ...]:
    """The term as a sequence of slots: characters, "." (a dot) and "-" (required separator)."""
    out: list[str] = []
    for ch in folded:
        if ch.isalnum():
            out.append(ch)
        elif ch == ".":
            out.append(".")
        elif ch.isspace():
            continue  # words may be written together or apart: SEP is optional anyway
        else:
            out.append("-")
    return tuple(out)


def _variants(slots: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Doubled letters written once ("whatsap", "telegran"), for terms long enough not to collide."""
    letters = [s for s in slots if s.isalnum()]
    if len(letters) < 5:
        return [slots]
    doubles = [i for i in range(1, len(slots)) if slots[i] == slots[i - 1] and slots[i].isalpha()]
    # In a fixed order, the term as written first: the trie, so the pattern's source, is the
    # same in every process (a set's order changes with each process's string hashing).
    found: dict[tuple[str, ...], None] = {}
    for drop in itertools.product((False, True), repeat=min(len(doubles), 3)):
        skip = {doubles[k] for k, d in enumerate(drop) if d}
        found[tuple(s for i, s in enumerate(slots) if i not in skip)] = None
    return list(found)


class _Node:
    __slots__ = ("children", "term")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.term: int | None = None


def _emit(node: _Node, first: bool, terms: list[Term], names: itertools.count, similar: dict[str, str]) -> str:
    alts, letters = [], []
    for key, child in node.children.items():
        if key == ".":
            alts.append(DOT + _emit(child, True, terms, names, similar))
        elif key == "-":
            alts.append(r"[\W_]{1,3}" + _emit(child, True, terms, names, similar))
        else:
            letters.append(_slot(key, similar) + _emit(child, False, terms, names, similar))
    if letters:
        # The separator before the next letter is written once, in front of the letters'
        # alternatives: each of them then opens with its character, which the engine
        # tests in one step; behind a separator each would be entered and tried in turn.
        group = letters[0] if len(letters) == 1 else "(?:" + "|".join(letters) + ")"
        alts.insert(0, group if first else SEP + group)
    if node.term is not None:
        tail = "" if terms[node.term].suffix else f"(?![{LETTER}])"
        # An empty named group marks which term ended here; a term's variants end at several nodes.
        alts.append(f"(?P<t{node.term}_{next(names)}>){tail}")
    return "(?:" + "|".join(alts) + ")" if len(alts) > 1 else alts[0]


def similar_characters(homophones: dict | None = None) -> dict[str, str]:
    """What may stand for each character of a term: leetspeak, and the rules' homophones
    (characters written for another that sounds the same: "薇" or "v" for "微" in 微信)."""
    similar = dict(LEET)
    for ch, others in (homophones or {}).items():
        if not (isinstance(ch, str) and isinstance(others, str) and len(fold_literal(ch)) == 1):
            raise KnownError("The policy rules file messaging_app.json: homophones maps one character to a string "
                             f"of the characters written for it, not {ch!r}.", hint='For example "微": "威薇维".',
                             text_id="policy_file_broken", args={"path": "messaging_app.json"})
        key = fold_literal(ch)
        similar[key] = "".join(dict.fromkeys(similar.get(key, key) + fold_literal(others)))
    return similar


def compile_terms(terms: list[Term], similar: dict[str, str] | None = None) -> str:
    """The source of one regex for all terms, shaped as a trie; `match.lastgroup` is
    `t<index>_<n>`, the index of the term that matched.

    The match includes the character before the term, which must not be a letter (the
    term starts a word; search `" " + text` so a term may open the text). Then each
    alternative opens with one character or one class of them (a letter and its leetspeak
    and homophones). That shape is what keeps the filter fast: the engine skips in C from
    one non-letter to the next, and there discards the alternatives for other opening
    characters with a single test each.
    """
    similar = LEET if similar is None else similar
    root = _Node()
    for index, term in enumerate(terms):
        for slots in _variants(_slots(fold_literal(term.text))):
            if not slots or not slots[0].isalnum():
                continue
            node = root
            for s in slots:
                node = node.children.setdefault(s, _Node())
            if node.term is None:
                node.term = index
    if not root.children:
        return r"(?!x)x"
    names = itertools.count()
    # Each subtree once, behind the class of its first character: a subtree repeated per
    # opening character made the pattern three times larger and as slow to compile.
    alternatives = [(_openers(key, similar), _slot(key, similar) + _emit(child, False, terms, names, similar))
                    for key, child in root.children.items()]
    # Every alternative opens with one of these characters: looked at first, they turn away a
    # place where no term starts with one test instead of one per alternative. (A necessary
    # condition only: the alternatives then match exactly as without it.)
    firsts = "".join(sorted({c for openers, _ in alternatives for c in openers}))
    return f"[^{LETTER}](?=" + _char_class(firsts) + ")(?:" + by_script(alternatives) + ")"


def _openers(key: str, similar: dict[str, str]) -> str:
    """The characters a term whose first letter is `key` may open with."""
    return similar.get(key, key) + "".join(pair[0] for pair in DIGRAPHS.get(key, ()))


class _Contexts:
    """Context patterns, each compiled once however many terms share it (a kind's long lists)."""

    def __init__(self, compile: Callable[[str], re.Pattern]) -> None:
        self.compile = compile
        self.made: dict[tuple, re.Pattern] = {}      # (where, the list as a tuple): its pattern
        self.sources: dict[str, re.Pattern] = {}
        self.by_id: dict[tuple[str, int], tuple[list, re.Pattern]] = {}

    def regex(self, words, where: str, source: str) -> re.Pattern | None:
        if not words:
            return None
        # A kind's lists are the same objects for every term like it: known by identity first
        # (the list is kept with its pattern, so its id is not reused), then by their words.
        seen = self.by_id.get((where, id(words)))
        if seen is not None and seen[0] is words:
            return seen[1]
        key = (where, tuple(words) if isinstance(words, list) else None)
        if key in self.made:
            self.by_id[(where, id(words))] = (words, self.made[key])
            return self.made[key]
        if not (isinstance(words, list) and all(isinstance(w, str) for w in words)):
            raise KnownError(f"The policy rules file {source}: a {where} context is a list of patterns, not {words!r}.",
                             hint='For example "before": ["por", "add me on"].',
                             text_id="policy_file_broken", args={"path": source})
        if key not in self.made:
            alts = _non_capturing(by_first_letter([fold_words(w) for w in words]))
            pattern = {"before": f"(?<![{LETTER}])(?:{alts})[\\W_]*\\Z",
                       "after": f"^[\\W_]*(?:{alts})",
                       # Consumes the non-letter before the word (searched on " " + text), so the
                       # engine skips from one non-letter to the next in C, not letter by letter.
                       "near": f"[^{LETTER}](?:{alts})"}[where]
            if pattern not in self.sources:          # two lists can make one pattern
                try:
                    self.sources[pattern] = self.compile(pattern)
                except re.error as exc:
                    raise KnownError(f"The policy rules file {source} has a bad {where} pattern: {exc}.",
                                     hint="Fix the regular expression, or restore the file from the installer.",
                                     text_id="policy_file_broken", args={"path": source}) from exc
            self.made[key] = self.sources[pattern]
        self.by_id[(where, id(words))] = (words, self.made[key])
        return self.made[key]



def merge_options(base: dict, own: dict) -> dict:
    """A term's options over those of its kind (or its file's defaults): its own win, except
    that context and `unless` lists add up ("bank transfer" like "pay_outside", plus "iban")."""
    merged = {**base, **own}
    for key in ("context", "feature"):
        if isinstance(base.get(key), dict) and isinstance(own.get(key), dict):
            context = {**base[key], **own[key]}
            for where in ("before", "after", "near"):
                if isinstance(base[key].get(where), list) and isinstance(own[key].get(where), list):
                    context[where] = base[key][where] + own[key][where]
            merged[key] = context
    if isinstance(base.get("unless"), list) and isinstance(own.get("unless"), list):
        merged["unless"] = base["unless"] + own["unless"]
    return merged


def _kind(name, term: str, kinds: dict, source: str, depth: int = 0) -> dict:
    """A kind's options, with those of the kind it is like in turn ("pay_service" is like "pay_outside")."""
    kind = kinds.get(name) if isinstance(name, str) else None
    if not isinstance(kind, dict) or depth > 4:
        raise KnownError(f"The policy rules file {source}: the term {term!r} is like {name!r}, which its "
                         "term_kinds section does not define (or kinds are like each other in a circle).",
                         hint=f"Known kinds: {', '.join(kinds)}.",
                         text_id="policy_file_broken", args={"path": source})
    return merge_options(_kind(kind["like"], term, kinds, source, depth + 1), kind) if "like" in kind else kind


def _term(category: str, entry, source: str, kinds: dict, contexts: _Contexts, defaults: dict) -> Term:
    if isinstance(entry, str):
        entry = {"term": entry}
    if not isinstance(entry, dict) or not isinstance(entry.get("term"), str) or not entry["term"].strip():
        raise KnownError(f"The policy rules file {source} has a term that is not a string: {entry!r}.",
                         hint="Each term is \"text\" or {\"term\": \"text\", ...options}.",
                         text_id="policy_file_broken", args={"path": source})
    if "like" in entry:
        entry = merge_options(_kind(entry["like"], entry["term"], kinds, source), entry)
    entry = merge_options(defaults, entry)
    folded = fold_literal(entry["term"])
    short = sum(c.isalnum() for c in folded) <= 3
    split = entry.get("split", "letters" if short else "any")
    if split not in SPLITS:
        raise KnownError(f"The policy rules file {source}: split must be one of {SPLITS}, not {split!r}.",
                         text_id="policy_file_broken", args={"path": source})
    ctx = entry.get("context", {}) or {}
    feature = entry.get("feature", {}) or {}
    if isinstance(feature, list):
        feature = {"near": feature}
    if not (isinstance(ctx, dict) and isinstance(feature, dict)):
        raise KnownError(f"The policy rules file {source}: the context and feature of {entry['term']!r} map "
                         "\"before\", \"after\" and \"near\" to lists of patterns.",
                         text_id="policy_file_broken", args={"path": source})
    return Term(
        category=category, text=entry["term"], split=split, suffix=bool(entry.get("suffix", False)),
        before=contexts.regex(ctx.get("before"), "before", source),
        after=contexts.regex(ctx.get("after"), "after", source),
        near=contexts.regex(ctx.get("near"), "near", source),
        unless=contexts.regex(entry.get("unless"), "near", source),
        window=int(ctx.get("window", 40)),
        feature=contexts.regex(feature.get("near"), "near", source),
        feature_before=contexts.regex(feature.get("before"), "before", source),
        feature_after=contexts.regex(feature.get("after"), "after", source),
        channel=contexts.regex(entry.get("channel"), "near", source),
    )


def rules_files(folder: Path) -> list[Path]:
    return [folder / f"{category}.json" for category in CATEGORIES]


def read_rules_files(folder: Path) -> dict[Path, bytes | OSError]:
    """Each rules file's bytes, or the error that kept it from being read. Read once per
    build, so that the compiled policy's key (`pattern_store.source_key`) and the rules built
    are of the same bytes, even if a file is changed in between."""
    contents: dict[Path, bytes | OSError] = {}
    for path in rules_files(folder):
        try:
            contents[path] = path.read_bytes()
        except OSError as exc:
            contents[path] = exc
    return contents


def load_rules(folder: Path, patterns: PatternStore | None = None,
               contents: dict[Path, bytes | OSError] | None = None) -> Rules:
    """Read every category file in `folder` (or take them from `contents`, as
    `read_rules_files` gives them); a missing or broken file is a KnownError naming it.
    `patterns` compiles what is derived from them (by default: compiled here, kept nowhere)."""
    patterns = PatternStore() if patterns is None else patterns
    contents = read_rules_files(folder) if contents is None else contents
    contexts = _Contexts(patterns.compile)
    descriptions: dict[str, str] = {}
    terms: list[Term] = []
    settings: dict = {}
    for category in CATEGORIES:
        path = folder / f"{category}.json"
        try:
            content = contents[path]
            if isinstance(content, OSError):
                raise content
            data = json.loads(content.decode("utf-8"))
        except FileNotFoundError as exc:
            raise KnownError(f"The policy rules file {path} is missing.",
                             hint="Reinstall Buzón or restore the file.",
                             text_id="policy_file_missing", args={"path": path}) from exc
        except (OSError, ValueError) as exc:
            raise KnownError(f"The policy rules file {path} cannot be read: {exc}.",
                             hint="Fix the JSON (an editor with JSON checking helps), or restore the file.",
                             text_id="policy_file_broken", args={"path": path}) from exc
        if not isinstance(data, dict):
            raise KnownError(f"The policy rules file {path} must hold a JSON object.",
                             text_id="policy_file_broken", args={"path": path})
        descriptions[category] = str(data.get("comment", ""))
        by_lang = data.get("terms", {})
        if not isinstance(by_lang, dict):
            raise KnownError(f"The policy rules file {path}: \"terms\" maps a language code to a list.",
                             text_id="policy_file_broken", args={"path": path})
        kinds = data.get("term_kinds", {})
        defaults = data.get("term_defaults", {})
        if not isinstance(kinds, dict) or not isinstance(defaults, dict):
            raise KnownError(f"The policy rules file {path}: \"term_kinds\" maps a name to shared term options, "
                             "and \"term_defaults\" holds the options every term of the file takes.",
                             text_id="policy_file_broken", args={"path": path})
        for lang_terms in by_lang.values():
            terms.extend(_term(category, entry, str(path), kinds, contexts, defaults) for entry in lang_terms)
        for key, value in data.items():
            if key not in ("comment", "terms", "term_kinds", "term_defaults"):
                settings[key] = value
    similar = similar_characters(settings.get("homophones"))
    return Rules(descriptions=descriptions, terms=terms, term_regex=patterns.compile(compile_terms(terms, similar)),
                 settings=settings, patterns=patterns)
