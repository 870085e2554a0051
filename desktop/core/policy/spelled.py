"""Words spelled out with the names of their letters: "te, e, ele, e, ge, erre, a, eme" is
Telegram, "double-u, aitch, ay, tee…" WhatsApp, "тэ, е, эль…" телеграм.

A run of four letter names or more is read back as the letters it spells, and the terms
of the rules are looked for in them; only a term of four letters or more counts (two or
three names in a row are ordinary words: "a, e, i", "te e"). The names live in
`messaging_app.json` (`letter_names`); every term of every category is looked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.errors import KnownError
from desktop.core.policy.detectors import Hit, find_terms
from desktop.core.policy.normalise import fold_literal
from desktop.core.policy.rules import LETTER, Rules

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

    return emit(trie)


class LetterNames:
    """Finds terms spelled with letter names in the skeleton."""

    def __init__(self, rules: Rules) -> None:
        table = rules.settings.get("letter_names", {})
        if not isinstance(table, dict) or not all(
                isinstance(k, str) and len(k) == 1 and isinstance(v, list) for k, v in table.items()):
            raise KnownError("The policy rules file messaging_app.json: letter_names maps one letter to a list of its names.",
                             hint='For example "t": ["te", "tee"].')
        self.rules = rules
        # name -> the letter it says read as Latin, and read as Cyrillic ("эм": m, м); a name
        # of one alphabet only says the same letter both ways.
        latin: dict[str, str] = {}
        cyrillic: dict[str, str] = {}
        for letter, names in table.items():
            alphabet = cyrillic if _CYRILLIC.match(letter) else latin
            for name in names:
                alphabet.setdefault(_squeeze(fold_literal(str(name))), fold_literal(letter))
        self.readings = {name: (latin.get(name) or cyrillic[name], cyrillic.get(name) or latin[name])
                         for name in latin.keys() | cyrillic.keys()}
        self.enabled = bool(self.readings)
        name = _name_pattern(fold_literal(str(n)) for names in table.values() for n in names) if self.enabled else "(?!x)x"
        one = rf"{name}(?![{LETTER}])"
        # Matched on " " + text: the engine skips from one non-letter to the next in C.
        self.run = rules.compile(rf"[^{LETTER}](?P<run>{one}(?:[\W_]{{1,3}}{one}){{{MIN_NAMES - 1},}})")
        self.name = rules.compile(rf"(?<![{LETTER}]){one}")

    def find(self, s: str) -> Iterator[Hit]:
        padded = " " + s
        if not (self.enabled and self.run.search(padded)):
            return
        for m in self.run.finditer(padded):
            lo = m.start("run") - 1           # in `s`: the padding shifts every index by one
            spans = [(n.start() + lo, n.end() + lo) for n in self.name.finditer(m.group("run"))]
            said = [_squeeze(s[a:b]) for a, b in spans]
            for alphabet in (0, 1):
                letters = [self.readings[w][alphabet] for w in said]
                # One letter, then a space: every term pattern accepts letters spaced out.
                spelled = " ".join(letters)
                for hit in find_terms(self.rules, spelled):
                    first, last = hit.start // 2, (hit.end - 1) // 2
                    if last - first + 1 >= MIN_NAMES:
                        yield Hit(hit.category, spans[first][0], spans[last][1])


def _squeeze(name: str) -> str:
    """A name as looked up: "double-u", "double  u" and "double u" are one name."""
    return re.sub(r"[\s-]+", " ", name)
