"""A digit or a pair said more than once in a dictated number: "2x vier" is 44, "deux fois
onze" 1111, "nine double zero" 900 (a word of repeating before a number word, phone.json's
`repeat_words`), and Russian's digit named as a noun after two to four, "два нуля" 00, "три
семёрки" 777 (`digit_nouns`). Only a number said in words up to 99 is repeated: "2x 500 ml"
stays two numbers. The phone detector's tokens go through `RepeatedDigits.apply`."""

from __future__ import annotations

import re

from desktop.core.errors import KnownError
from desktop.core.policy.normalise import fold_literal
from desktop.core.policy.rules import LETTER, Rules

Token = tuple[int, int, str, str]       # (start, end, kind, digits), as phones.py makes them


def _digit_words(config, name: str) -> dict[str, int]:
    """phone.json's `name` ({"2": ["twice", "deux fois"], ...}) as folded words (spaces
    single) -> the digit they stand for, the way phones.py reads number_words."""
    if not isinstance(config, dict):
        config = {None: config}
    words: dict[str, int] = {}
    for digit, spelled in config.items():
        if not (isinstance(digit, str) and len(digit) == 1 and digit.isascii() and digit.isdigit()
                and isinstance(spelled, list)):
            raise KnownError(f"The policy rules file phone.json: {name} maps a digit to a list of words, "
                             f"not {digit!r}.", hint='For example "2": ["twice", "deux fois"].',
                             text_id="policy_file_broken", args={"path": "phone.json"})
        for w in spelled:
            words[" ".join(fold_literal(str(w)).split())] = int(digit)
    return words


def _words_source(words) -> str:
    """The words as one alternation, longest first, a space inside one matching one or two."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s{1,2}") for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


class RepeatedDigits:
    def __init__(self, cfg: dict, rules: Rules):
        self.times = _digit_words(cfg.get("repeat_words", {}), "repeat_words")
        self.before = rules.compile(rf"(?<![{LETTER}0-9])(?P<r>{_words_source(self.times)})[\s-]{{1,2}}\Z")
        self.nouns = _digit_words(cfg.get("digit_nouns", {}), "digit_nouns")
        self.noun = rules.compile(rf"[\s-]{{1,2}}(?P<n>{_words_source(self.nouns)})(?![{LETTER}])")

    def apply(self, s: str, tokens: list[Token]) -> list[Token]:
        """The tokens with a number word said more than once read as its digits repeated (kind
        "repeat", from the word of repeating on)."""
        if not (self.times or self.nouns):
            return tokens
        out: list[Token] = []
        for tok in tokens:
            start, end, kind, digits = tok
            if kind == "word" and len(digits) <= 2:
                m = self.before.search(s, max(0, start - 24), start)
                if m is not None and not (out and out[-1][0] < m.start() < out[-1][1]):
                    while out and out[-1][0] >= m.start():
                        out.pop()        # the "2" of "2x", the "deux" of "deux fois"
                    times = self.times[" ".join(m.group("r").split())]
                    out.append((m.start(), end, "repeat", digits * times))
                    continue
                noun = self.noun.match(s, end) if digits in ("2", "3", "4") else None
                if noun is not None:
                    digit = self.nouns[" ".join(noun.group("n").split())]
                    out.append((start, noun.end(), "repeat", str(digit) * int(digits)))
                    continue
            out.append(tok)
        return out
