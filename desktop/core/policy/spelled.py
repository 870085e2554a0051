"""Words spelled out with the names of their letters: "te, e, ele, e, ge, erre, a, eme" is
Telegram, "double-u, aitch, ay, tee…" WhatsApp, "тэ, е, эль…" телеграм, "zê-a-pê" zap.

A run of four letter names or more is read back as the letters it spells, and the terms
of the rules are looked for in them; only a term of four letters or more counts (two or
three names in a row are ordinary words: "a, e, i", "te e"). A shorter run counts when it
is plainly spelling, and then only a term it spells whole: three names joined by hyphens
("zê-a-pê"), or a run with a name that no word shares ("double-u ay" for WA). A term's
context is looked for in the message around the names ("háblame por ese-i-ge-ene-a-ele").
The names live in `messaging_app.json` (`letter_names`, `distinctive_letter_names`);
every term of every category is looked for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from desktop.core.errors import KnownError
from desktop.core.policy.detectors import Hit, context_ok, find_terms
from desktop.core.policy.normalise import fold_literal
from desktop.core.policy.rules import LETTER, Rules, Term

MIN_NAMES = 4
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _name_pattern(names) -> str:
    """The names as one trie-shaped alternation, longest first at each branch; a space or
    hyphen inside a name ("uve doble", "double-u") matches up to two of either."""
    trie: dict = {}
    for name in names:
        node = trie
        for piece in re.findall(r"[^\W\d_]|[\W\d_]+", name):
            node = node.setdefault(piece if piece.isalpha() else " ", {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [("[\\s-]{1,2}" if key == " " else re.escape(key)) + emit(child) for key, child in node.items() if key]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie) if trie else "(?!x)x"


class LetterNames:
    """Finds terms spelled with letter names in the skeleton."""

    def __init__(self, rules: Rules) -> None:
        table = rules.settings.get("letter_names", {})
        distinctive = rules.settings.get("distinctive_letter_names", [])
        if not isinstance(table, dict) or not all(
                isinstance(k, str) and 1 <= len(k) <= 2 and k.isalpha() and isinstance(v, list) for k, v in table.items()):
            raise KnownError("The policy rules file messaging_app.json: letter_names maps a letter (or a pair said as one, "
                             "\"ch\") to a list of its names.", hint='For example "t": ["te", "tee"].',
                             text_id="policy_file_broken", args={"path": "messaging_app.json"})
        if not (isinstance(distinctive, list) and all(isinstance(n, str) for n in distinctive)):
            raise KnownError("The policy rules file messaging_app.json: distinctive_letter_names is a list of names.",
                             text_id="policy_file_broken", args={"path": "messaging_app.json"})
        self.rules = rules
        # name -> the letter it says read as Latin, and read as Cyrillic ("эм": m, м); a name
        # of one alphabet only says the same letter both ways.
        latin: dict[str, str] = {}
        cyrillic: dict[str, str] = {}
        for letter, names in table.items():
            alphabet = cyrillic if _CYRILLIC.match(letter) else latin
            # A letter typed bare among names is its own name ("double-u, h, a, t, s…").
            for name in [*names, *([letter] if len(letter) == 1 else [])]:
                alphabet.setdefault(_squeeze(fold_literal(str(name))), fold_literal(letter))
        self.readings = {name: (latin.get(name) or cyrillic[name], cyrillic.get(name) or latin[name])
                         for name in latin.keys() | cyrillic.keys()}
        self.distinctive = {_squeeze(fold_literal(n)) for n in distinctive} & self.readings.keys()
        name = _name_pattern(fold_literal(str(n)) for letter, names in table.items()
                             for n in [*names, *([letter] if len(letter) == 1 else [])])
        one = rf"{name}(?![{LETTER}])"
        # Matched on " " + text: the engine skips from one non-letter to the next in C.
        self.run = rules.compile(rf"[^{LETTER}](?P<run>{one}(?:[\W_]{{1,3}}{one}){{{MIN_NAMES - 1},}})")
        self.hyphened = rules.compile(rf"[^{LETTER}](?P<run>{one}(?:-{one}){{2,}})")
        self.short = rules.compile(rf"[^{LETTER}](?P<run>{one}(?:[\W_]{{1,3}}{one})+)")
        # The longest word of each distinctive name, looked for first: a regex of plain words
        # costs less than the runs' pattern, and almost never finds anything.
        needles = sorted({max(n.split(), key=len) for n in self.distinctive})
        self.needles = rules.compile("|".join(map(re.escape, needles))) if needles else None
        self.name = rules.compile(rf"(?<![{LETTER}]){one}")

    def find(self, s: str) -> list[Hit]:
        padded = " " + s
        first = self.run.search(padded)
        hyphened = s.count("-") >= 2
        marked = self.needles is not None and self.needles.search(s) is not None
        if first is None and not (hyphened or marked):
            return []                         # almost every message
        runs = [(m, False) for m in self.run.finditer(padded, first.start())] if first is not None else []
        if hyphened:
            runs.extend((m, True) for m in self.hyphened.finditer(padded))
        if marked:
            runs.extend((m, True) for m in self.short.finditer(padded)
                        if any(_squeeze(n.group()) in self.distinctive for n in self.name.finditer(m.group("run"))))
        found: dict[Hit, None] = {}
        for m, whole in runs:
            lo = m.start("run") - 1           # in `s`: the padding shifts every index by one
            spans = [(n.start() + lo, n.end() + lo) for n in self.name.finditer(m.group("run"))]
            if all(b - a == 1 for a, b in spans):
                continue       # letters, not names: "W h a t s A p p" is the terms' own business
            if whole or len(spans) >= MIN_NAMES:
                found.update(dict.fromkeys(self._spelled(s, spans, whole)))
        return list(found)

    def _spelled(self, s: str, spans: list[tuple[int, int]], whole: bool) -> Iterator[Hit]:
        """The terms the names at `spans` spell: any of MIN_NAMES names or more, or, for a
        run that is plainly spelling (`whole`), one spelled by every name of it."""
        said = [_squeeze(s[a:b]) for a, b in spans]
        read: list[str] | None = None
        for alphabet in (0, 1):
            # The letters a space apart (every term pattern accepts letters spaced out, and a
            # pair said as one name, "ch", is two letters), and where each name's start.
            letters = [" ".join(self.readings[w][alphabet]) for w in said]
            if letters == read:
                break        # names of one alphabet only: the same letters, the same terms found again
            read = letters
            starts = list(_starts(letters))
            place = _Place(starts, spans)

            def around(term: Term, a: int, b: int, place: _Place = place) -> bool:
                return context_ok(term, s, *place(a, b))

            for hit in find_terms(self.rules, " ".join(letters), around):
                first, last = place.names(hit.start, hit.end)
                covers = last - first + 1
                if covers >= MIN_NAMES or (whole and covers == len(spans)):
                    yield Hit(hit.category, spans[first][0], spans[last][1])


class _Place:
    """From a span of the letters read from names back to the names and to their span in the message."""

    def __init__(self, starts: list[int], spans: list[tuple[int, int]]) -> None:
        self.starts, self.spans = starts, spans

    def names(self, a: int, b: int) -> tuple[int, int]:
        """The first and last name whose letters `a:b` covers."""
        return bisect.bisect_right(self.starts, a) - 1, bisect.bisect_right(self.starts, b - 1) - 1

    def __call__(self, a: int, b: int) -> tuple[int, int]:
        first, last = self.names(a, b)
        return self.spans[first][0], self.spans[last][1]


def _starts(letters: list[str]) -> Iterator[int]:
    pos = 0
    for letter in letters:
        yield pos
        pos += len(letter) + 1


def _squeeze(name: str) -> str:
    """A name as looked up: "double-u", "double  u" and "double u" are one name."""
    return re.sub(r"[\s-]+", " ", name)
