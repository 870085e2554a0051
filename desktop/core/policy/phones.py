"""Phone numbers: runs of digits and of numbers in words, told apart from order numbers,
tracking numbers, prices, sizes, dates and postal codes by their shape and by the words
before them.

Numbers in words are read the way people dictate a phone number: one digit at a time
("seis uno dos"), or in tens and hundreds ("seiscientos doce, treinta y cuatro", "six
twelve thirty-four", "quatre-vingt-douze"); the words and what they stand for live in
`phone.json`. Letters typed for digits inside a number ("6l2 345 6O8") are read as the
digits they imitate, but only where a letter cannot be part of a word or a code.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from desktop.core.errors import KnownError
from desktop.core.policy import cjk_numbers
from desktop.core.policy.detectors import Hit, alternation
from desktop.core.policy.letter_digits import LetterDigits, is_letter
from desktop.core.policy.normalise import fold_literal, original_span
from desktop.core.policy.phone_repeats import RepeatedDigits
from desktop.core.policy.rules import LETTER, Rules

_DIGIT = re.compile("[0-9]")
# Between two parts of a number said in pieces: a full stop or a line ends the dictation;
# an ellipsis is a pause in it ("seis cinco cinco... luego 123... y al final 456").
_SENTENCE_END = re.compile(r"(?<!\.)\.(?!\.)|[!?;\n]")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
# A message that opens with an ellipsis ("…" folds to "."): it goes on from the one before.
_CONTINUED = re.compile(r"\s{0,3}\.")
_WORD = re.compile(r"[^\W_]+")


def _within(positions: list[int], hit: Hit) -> int:
    """How many of the sorted `positions` fall inside the hit."""
    return bisect.bisect_left(positions, hit.end) - bisect.bisect_left(positions, hit.start)


def _plausible_date(text: str, kind: str) -> bool:
    parts = [int(p) for p in re.split(r"[-/.]", text)]
    if kind == "isodate":
        return 1 <= parts[1] <= 12 and 1 <= parts[2] <= 31
    day_month = 1 <= parts[0] <= 31 and 1 <= parts[1] <= 12
    month_day = 1 <= parts[0] <= 12 and 1 <= parts[1] <= 31
    return day_month or month_day


def _word_pattern(words) -> str:
    """The number words as one regex shaped as a trie (one comparison per letter, however
    many words); a space or hyphen inside a word ("quatre-vingt") matches up to two of either."""
    trie: dict = {}
    for word in words:
        node = trie
        for piece in re.findall(r"[^\W\d_]|[\W\d_]+", word):
            node = node.setdefault(piece if piece.isalpha() else " ", {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [("[\\s-]{0,2}" if key == " " else re.escape(key)) + emit(child) for key, child in node.items() if key]
        if "" in node:
            alts.append("")      # last, so the longer word is tried first
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie) if trie else "(?!x)x"


def _number_words(config) -> dict[str, int]:
    """phone.json's number_words ({"12": ["doce", "twelve"], ...}) as folded word -> value."""
    entries = config.items() if isinstance(config, dict) else [(config, None)]
    words: dict[str, int] = {}
    for digits, spelled in entries:
        if not (isinstance(digits, str) and digits.isascii() and digits.isdigit() and isinstance(spelled, list)):
            raise KnownError(f"The policy rules file phone.json: number_words maps the digits a word stands for "
                             f"to a list of words, not {digits!r}.", hint='For example "12": ["doce", "twelve"].',
                             text_id="policy_file_broken", args={"path": "phone.json"})
        for w in spelled:
            words[fold_literal(str(w))] = int(digits)
    return words


def _opening(value: int) -> str | None:
    """What a number said in words may still take after it: "seiscientos" a ten or a unit,
    "treinta" a unit, "seis" the word for a hundred ("six hundred")."""
    if value >= 100 and value % 100 == 0:
        return "hundreds"
    if 20 <= value <= 90 and value % 10 == 0:
        return "tens"
    if 1 <= value <= 9:
        return "unit"
    return None


def _merge(value: int, opening: str | None, nxt: int) -> tuple[int, str | None] | None:
    if opening == "hundreds" and 1 <= nxt <= 99:
        return value + nxt, ("tens" if _opening(nxt) == "tens" else None)
    if opening == "tens" and 1 <= nxt <= 9:
        return value + nxt, None
    if opening == "unit" and nxt == 100:
        return value * 100, "hundreds"
    return None


def _counted(values: list[int]) -> bool:
    """Quantities and sizes said in words, not a phone: only round numbers ("ten, twenty,
    fifty, one hundred") or a sequence in even steps ("thirty-six, thirty-seven, thirty-eight")."""
    if len(values) < 3:
        return False
    if all(v >= 10 and v % 10 == 0 for v in values):
        return True
    steps = {b - a for a, b in zip(values, values[1:])}
    return len(steps) == 1 and 0 < abs(next(iter(steps))) <= 2


class _WordValues(dict):
    """The value of a number word as matched ("quatre-vingt", "quatre vingt"), looked up once per spelling."""

    def __init__(self, table: dict[str, int]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, matched: str) -> int:
        value = self[matched] = self.table[_NOT_LETTERS.sub("", matched)]
        return value


class PhoneDetector:
    """Runs of digits, numbers in words and digits typed as letters that make a phone number."""

    def __init__(self, rules: Rules) -> None:
        cfg = rules.settings
        self.min_digits = int(cfg.get("min_digits", 9))
        self.min_with_keyword = int(cfg.get("min_digits_with_keyword", 7))
        self.max_digits = int(cfg.get("max_digits", 15))
        # The rest of a number begun in the message before ("…der Rest ist 88 43 21 0"): fewer digits.
        self.min_continued = int(cfg.get("min_digits_continued", 6))
        folded_words = _number_words(cfg.get("number_words", {}))
        self.word_value = _WordValues({_NOT_LETTERS.sub("", w): v for w, v in folded_words.items()})
        # Every alternative opens with a digit, so the engine skips to digits in C. Shapes
        # that hold digits but are not a phone (dates, CPF numbers, times, prices) end a run.
        # A price's groups of thousands are bounded ({0,5}): unbounded, a paste of "138,138,…"
        # made each start scan to the end (96 kB: 30 s; 2.5 s now, every corpus verdict the same).
        self.number = rules.compile(
            r"\d(?:\d?[-/.]\d{1,2}[-/.]\d{2,4}(?![-/.]?\d)(?P<date>)|\d{3}[-/.]\d{1,2}[-/.]\d{1,2}(?![-/.]?\d)(?P<isodate>)"
            r"|\d{2}\.\d{3}\.\d{3}-\d{2}(?!\d)(?P<cpf>)"
            r"|\d?[:h]\d{2}(?!\d)(?P<time>)"
            r"|\d{0,2}(?:[.,]\d{3}){0,5}[.,]\d{2}(?![\d.,]?\d)(?P<price>)"
            r"|\d*(?P<digits>))")
        # Matched on " " + text with the non-letter before the word: the engine skips
        # from one non-letter to the next in C.
        firsts = "".join(sorted({re.escape(w[0]) for w in folded_words if w})) or "x"
        self.word = rules.compile(f"[^{LETTER}](?=[{firsts}])(?P<w>{_word_pattern(folded_words)})(?![{LETTER}])")
        joiners = alternation(cfg.get("number_joiners", []))
        # What may stand between the words of one number: "treinta y cuatro", "thirty-four", "vingt-et-un".
        joined = rf"|\s{{1,2}}(?:{joiners})\s{{1,2}}|-(?:{joiners})-" if joiners else ""
        self.joint = rules.compile(r"\s{1,2}|-" + joined)
        self.gap = rules.compile(r"[\W_]{1,3}")
        self.keyword = rules.compile(rf"(?<![{LETTER}])(?:{alternation(cfg.get('phone_keywords', []))})(?![{LETTER}])")
        self.exempt = rules.compile(rf"(?<![{LETTER}])(?:{alternation(cfg.get('exempt_keywords', []))})(?![{LETTER}])")
        self.repeats = RepeatedDigits(cfg, rules)      # "2x vier", "deux fois onze", "два нуля"
        self.letters = LetterDigits(cfg.get("digit_letters", {}), rules.compile)
        # A number said in parts: the words that say so, and the words after a number that make it a quantity.
        self.parts_cue = rules.compile(rf"(?<![{LETTER}])(?:{alternation([*cfg.get('split_words', []), *cfg.get('phone_keywords', [])])})")
        self.quantity_after = rules.compile(rf"[\W_]{{0,2}}(?:{alternation(cfg.get('quantity_words', []))})(?![{LETTER}])")
        self.currency_before = rules.compile(r"(?:[$€£¥₽]|r\$|us\$)[\W_]?$")
        # A part's own word right before a number ("part 623 3087 00", "Teil 4711"), unless a word
        # saying the number comes in parts stands before it ("first part 917", "zweiter Teil 55").
        labels = alternation(cfg.get("reference_labels", [])) or "(?!)"
        self.label_before = rules.compile(rf"(?<![{LETTER}])(?:{labels})[\W_]{{0,3}}\Z")
        # A part's label after its number ("338S00225这个IC", "338S00225 chip"), and a label that
        # is also a word, a label only in capitals ("o CI 338S00225"; "ci" is Italian for "us").
        after = alternation(cfg.get("labels_after", [])) or "(?!)"
        self.label_after = rules.compile(rf"[\W_]{{0,3}}(?:这个|这颗|那个|the|this|этот|эта)?[\W_]{{0,2}}(?:{after})(?![{LETTER}])")
        capitals = "|".join(re.escape(str(w)) for w in sorted(cfg.get("capital_labels", []))) or "(?!)"
        self.capital_label = rules.compile(rf"(?<![^\W\d_])(?:{capitals})[\W_]{{0,3}}\Z")
        self.not_a_part = rules.compile(rf"(?<![{LETTER}])(?:{alternation([*cfg.get('exempt_keywords', []), *cfg.get('parts_exempt_words', [])])})(?![{LETTER}])")

    # ------------------------------------------------------------ tokens and runs

    def _word_tokens(self, s: str) -> list[tuple[int, int, int]]:
        """(start, end, value) of numbers said in words, several words joined into one number
        where they make one ("seiscientos doce" is 612, "six twelve" is 6 and 12)."""
        out: list[list] = []
        for m in self.word.finditer(" " + s):
            # In `s` the word starts where the match does: the padding and the separator cancel out.
            start, end = m.start(), m.end() - 1
            value = self.word_value[m.group("w")]
            if out and self.joint.fullmatch(s, out[-1][1], start):
                merged = _merge(out[-1][2], out[-1][3], value)
                if merged is not None:
                    out[-1][1:] = [end, *merged]
                    continue
            out.append([start, end, value, _opening(value)])
        return [(a, b, v) for a, b, v, _ in out]

    def _tokens(self, s: str, digits: int) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, digits) for numbers and numbers in words, in text order."""
        if self._too_few(s, digits):
            return []
        tokens: list[tuple[int, int, str, str]] = []
        for m in self.number.finditer(s):
            kind = m.lastgroup or "digits"
            if kind in ("date", "isodate") and not _plausible_date(m.group(), kind):
                # "34-56-78" has the shape of a date but is the end of a phone number.
                tokens.extend((d.start() + m.start(), d.end() + m.start(), "digits", d.group())
                              for d in re.finditer(r"\d+", m.group()))
            else:
                tokens.append((m.start(), m.end(), kind, m.group()))
        tokens.extend((start, end, "word", str(value)) for start, end, value in self._word_tokens(s))
        tokens.sort()
        return self.repeats.apply(s, tokens)

    def _too_few(self, s: str, digits: int) -> bool:
        """Whether `s`, holding `digits` digits, has too few for any phone number, even counting
        every number word at its widest ("seiscientos" is three): most messages."""
        least = self.min_continued if _CONTINUED.match(s) else self.min_with_keyword
        if digits >= least:
            return False
        words = self.word.findall(" " + s)
        return digits + len(words) < least and digits + sum(len(str(self.word_value[w])) for w in words) < least

    def _runs(self, s: str, count: int):
        """Lists of (start, end, digits, is_word, separator_before, one_digit) that follow each
        other closely; `one_digit`: one digit said, or one said more than once ("2x vier")."""
        run: list[tuple[int, int, str, bool, str, bool]] = []
        for start, end, kind, digits in self._tokens(s, count):
            # Digits glued to Latin or Cyrillic letters are a code ("LP00123456789012",
            # "RB123456789CN"); glued to Chinese they are still a number ("手机13800138000").
            attached = kind == "digits" and (
                (start > 0 and is_letter(s[start - 1])) or (end < len(s) and is_letter(s[end]))
                or self._after_code_prefix(s, start))
            if kind not in ("digits", "word", "repeat") or attached:
                if run:
                    yield run
                run = []
                continue
            word = kind != "digits"
            one = len(digits) == 1 or kind == "repeat"
            sep = s[run[-1][1]:start] if run else ""
            if run and not (self.gap.fullmatch(sep) and self._joins(run[-1], one, word, sep)):
                yield run
                run = []
                sep = ""
            run.append((start, end, digits, word, sep, one))
        if run:
            yield run

    def _after_code_prefix(self, s: str, start: int) -> bool:
        """Digits after letters and a hyphen are a case's or a dispute's code ("DS-2024-55818",
        "RMA-2024-0012"), unless the letters are a phone word ("tel-612 345 678")."""
        if start < 2 or s[start - 1] != "-" or not is_letter(s[start - 2]):
            return False
        m = _WORD_BEFORE.search(s, 0, start - 1)
        return m is not None and not self.keyword.search(m.group())

    @staticmethod
    def _joins(prev, one: bool, word: bool, sep: str) -> bool:
        # A comma, slash or line break between numbers separates a list ("38, 39, 40");
        # between single digits, or numbers said in words on one line, it is a pause in
        # the dictation ("6,1,2,3...", "seiscientos doce, trescientos cuarenta y cinco").
        if "×" in sep:
            return False     # dimensions: "278×175×190 毫米"
        if any(c in sep for c in ",/;\n"):
            return ((prev[5] and one)
                    or (prev[3] and word and not any(c in sep for c in "/\n")))
        return True

    # ------------------------------------------------------------ verdicts

    def find(self, s: str, original: str, offsets, digits: int | None = None) -> list[Hit]:
        """Phone numbers in the skeleton `s` of `original` (`offsets` as `normalise.skeleton` gives
        them); `digits`, how many digits `s` holds, when the caller has counted them."""
        if digits is None:
            digits = len(_DIGIT.findall(s))
        # Letters read as digits must stay fewer than the real digits of a phone number.
        swapping = bool(self.letters.table) and 2 * digits > self.min_with_keyword
        if not swapping and self._too_few(s, digits):
            return []                         # most messages: nothing to read, either way
        found = list(self._find(s, digits)) + (list(self._swapped(s, original, offsets, digits)) if swapping else [])
        if cjk_numbers.HINT.search(s):
            found.extend(self._counted(s))
        return found

    def _counted(self, s: str) -> Iterator[Hit]:
        """Phone numbers dictated in Chinese counts ("一百三十八，零零一三，八千"), read as digits."""
        read = cjk_numbers.read_counts(s)
        if read is not None:
            d, back = read
            for hit in self._find(d, len(_DIGIT.findall(d))):
                yield Hit(hit.category, back[hit.start], back[hit.end - 1] + 1)

    def _swapped(self, s: str, original: str, offsets, digits: int) -> Iterator[Hit]:
        """Phone numbers found once look-alike letters are read as digits ("6l2 345 6O8")."""
        anchors = [m.end() for m in self.keyword.finditer(s)] if self.letters.letter_hint.search(s) else []
        swapped = self.letters.swap(s, original, offsets, anchors)
        if swapped is not None:
            d, swaps, edges, anchored = swapped
            for hit in self._find(d, digits + len(swaps)):
                # Only where a letter was read as a digit (the rest was found above), only
                # in a run that is mostly real digits (unless a phone word stands right
                # before it), and with at most one letter read at the edge of a group
                # ("30 l32 34 l34 36" is a list of jeans sizes).
                n = _within(swaps, hit) - _within(anchored, hit)
                if (n or _within(anchored, hit)) and 2 * n < sum(c.isdigit() for c in d[hit.start:hit.end]) \
                        and _within(edges, hit) <= 1 and not self._part_number(d, original, offsets, hit):
                    yield hit

    def _part_number(self, d: str, original: str, offsets, hit: Hit) -> bool:
        """A number with a letter read inside it that is a part's: its label after it
        ("338S00225这个IC") or a label typed in capitals before it ("o CI 338S00225"). Digits
        alone before a label stay a phone ("612345678 chip" was found as one above)."""
        if self.label_after.match(d, hit.end) and not self._phone_word_before(d, hit.start):
            return True
        start = original_span(offsets, hit.start, hit.end, len(original))[0]
        return self.capital_label.search(original, max(0, start - 8), start) is not None

    def _find(self, s: str, count: int) -> Iterator[Hit]:
        parts: list[list | None] = []       # the runs that are no phone alone, None where one was
        runs = list(self._runs(s, count))
        series = self._series(s, runs) if len(runs) > 1 else [False] * len(runs)
        for run, in_series in zip(runs, series):
            hit = None if in_series else self._phone(s, run)
            if hit is not None:
                yield hit
            parts.append(None if hit is not None or in_series else run)
        if len(parts) > 1:
            yield from self._said_in_parts(s, parts)

    def _series(self, s: str, runs: list[list]) -> list[bool]:
        """Which runs belong to a series: two numbers of eight digits or more, typed in digits
        without a phone word before them, of the same length and the same but for their last two
        digits ("Los pedidos 3047781140 y 3047781141"): orders or parcels of one purchase, not
        two phones ("mine is 612345678, my brother's 612345699" has its phone word)."""
        typed = []
        for i, run in enumerate(runs):
            digits = "".join(t[2] for t in run)
            start = run[0][0]
            if len(digits) >= 8 and not any(t[3] for t in run) and not self.keyword.search(s[max(0, start - 30):start]):
                typed.append((digits, i))
        found = [False] * len(runs)
        for d, i in typed:
            found[i] = any(e != d and len(e) == len(d) and e[:-2] == d[:-2]
                           and not self._alternatives(s, runs[min(i, j)], runs[max(i, j)]) for e, j in typed)
        return found

    @staticmethod
    def _alternatives(s: str, first: list, second: list) -> bool:
        """Two numbers offered as alternatives ("612345678 o 612345679", "or", "ou", "oder",
        "или", "或"): one line or the other, as phones are given; orders of one purchase are
        listed ("y", "and", a comma)."""
        return bool(_OR_BETWEEN.fullmatch(s, first[-1][1], second[0][0]))

    def _phone(self, s: str, run) -> Hit | None:
        digits = "".join(t[2] for t in run)
        nd = len(digits)
        start, end = run[0][0], run[-1][1]
        continued = self._continues(s, start, run)
        if nd < (self.min_continued if continued else self.min_with_keyword) or nd > self.max_digits:
            return None
        words = sum(t[3] for t in run)
        before = s[max(0, start - 40):start]
        keyword = self._phone_word_before(s, start)
        if not keyword and not words and (self.exempt.search(before) or _NUMBER_SIGN.search(before)
                                          or self._labelled(before)
                                          or _YEAR_RANGE.search(s, start, end)):
            return None     # a reference ("order #3047781140", "Teilenummer"), a car's model years
        if not keyword and not words and nd == 13 and "+" not in before[-3:] and _ean13(digits):
            return None     # a product's barcode (EAN-13, its check digit right), not a number to call
        if not words and self._looks_like_a_list(run, before, keyword):
            return None
        if any(t[3] and len(t[2]) > 1 for t in run):
            # Tens and hundreds in words: a dictated number needs a phone's full length
            # (or a phone word before it), and a count or a list of sizes is not one.
            if not (nd >= self.min_digits or keyword) or _counted([int(t[2]) for t in run]):
                return None
        elif not (nd >= self.min_digits or keyword or words >= 3 or continued):
            return None
        return Hit("phone", start - 1 if start and s[start - 1] == "+" else start, end)

    def _phone_word_before(self, s: str, start: int) -> bool:
        """A phone word in the 30 characters before `start` that is not part of a reference's
        name ("nummer" in "OE-Nummer 34 11 6 860 912", "Teilenummer", "Art.-Nr.")."""
        lo = max(0, start - 30)
        found = [m.span() for m in self.keyword.finditer(s, lo, start)]
        if not found:
            return False
        names = [m.span() for m in self.exempt.finditer(s, max(0, lo - 20), start)]
        return any(not any(a <= k0 and k1 <= b for a, b in names) for k0, k1 in found)

    def _labelled(self, before: str) -> bool:
        """A part's word right before the number, no word of a number in parts before it."""
        m = self.label_before.search(before)
        return m is not None and not self.parts_cue.search(before, max(0, m.start() - 15), m.start())

    def _continues(self, s: str, start: int, run) -> bool:
        """Whether the run is the rest of a number begun in the message before: the message opens
        with an ellipsis and a few words saying so ("…der Rest ist 88 43 21 0", "...sigue con 21
        43 87", "……后面是 2468 1357"), the digits in groups."""
        head = s[:start]
        return (len(run) >= 2 and len(head) <= 32 and _CONTINUED.match(head) is not None
                and len(_WORD.findall(head)) <= 5 and self.parts_cue.search(head) is not None)

    # ------------------------------------------------------------ a number said in parts

    def _said_in_parts(self, s: str, runs: list[list | None]) -> Iterator[Hit]:
        """A phone number dictated in parts with a few words between them: "empieza por 655 12
        y termina en 34 56", "前面是138，后面是0013 8000". A part is a group of two digits or
        more that is not a quantity ("165 cm", "12 euros", "5 de mayo"); a lone digit between
        parts is one more word ("前三位"); a word saying the number comes in parts ("starts",
        "then", "the rest", "后面") or a phone word must stand among or before them."""
        chain: list[list] = []
        last_end = 0
        for run in runs:
            if run is None:                      # a phone number on its own ends the chain
                yield from self._parts_hit(s, chain)
                chain = []
                continue
            if len(run) == 1 and len(run[0][2]) == 1:
                continue     # one digit or number word between parts is a word: "the last four are"
            part = self._part(s, run, max(last_end, run[0][0] - 25))
            last_end = run[-1][1]
            if part and (not chain or self._between_parts(s[chain[-1][-1][1]:run[0][0]])):
                chain.append(run)
                continue
            yield from self._parts_hit(s, chain)
            chain = [run] if part else []
        yield from self._parts_hit(s, chain)

    def _part(self, s: str, run: list, said_from: int) -> bool:
        """Whether a run can be a part: two digits or more, not a quantity, and not said to be
        something else by the words right before it ("postcode 28013", "total 1299")."""
        start, end = run[0][0], run[-1][1]
        return (sum(len(t[2]) for t in run) >= 2 and not self.quantity_after.match(s, end)
                and not self.currency_before.search(s, max(0, start - 4), start)
                and not self.not_a_part.search(s, said_from, start)
                and not self._labelled(s[max(0, start - 40):start]))

    def _between_parts(self, filler: str) -> bool:
        """Whether the words between two parts keep them in one dictation: a few, on one line, and
        no sentence ended between them, unless the sentence after a full stop announces the next
        part ("Primera parte: 310. Segunda: 45 22. Última: …", "ring four one five. Then five…")."""
        if len(filler) > 32 or len(_WORD.findall(filler)) > 5:
            return False
        ends = list(_SENTENCE_END.finditer(filler))
        if not ends:
            return True
        last = ends[-1]
        return all(e.group() == "." for e in ends) and self.parts_cue.search(filler, last.end()) is not None

    def _parts_hit(self, s: str, chain: list[list]) -> Iterator[Hit]:
        """The phone number a chain of parts makes, if it makes one."""
        if len(chain) < 2:
            return
        groups = [t for run in chain for t in run]
        nd = sum(len(t[2]) for t in groups)
        start, end = chain[0][0][0], chain[-1][-1][1]
        if not self.min_digits <= nd <= self.max_digits:
            return
        before = s[max(0, start - 40):start]
        if self.exempt.search(before) and not self.keyword.search(before) or self._looks_like_a_list(groups, before):
            return
        if _counted([int(t[2]) for t in groups]) or not self.parts_cue.search(s, max(0, start - 30), min(len(s), end + 30)):
            return
        yield Hit("phone", start - 1 if start and s[start - 1] == "+" else start, end)

    @staticmethod
    def _looks_like_a_list(run, before: str, keyword: bool = False) -> bool:
        """Sizes or quantities: "38 39 40 41 42" (two-digit groups, none starting with 0, no "+");
        after a phone word, only pairs in order are ("mon numéro : 87 65 43 21 60" is a number)."""
        groups = [t[2] for t in run]
        if not (len(groups) >= 4 and all(len(g) == 2 for g in groups)
                and not groups[0].startswith("0") and "+" not in before[-3:]):
            return False
        values = [int(g) for g in groups]
        ordered = values == sorted(values) or values == sorted(values, reverse=True)
        return ordered or not keyword


def _ean13(digits: str) -> bool:
    """Whether 13 digits are an EAN-13 (GTIN-13, ISBN-13) barcode: weights 1 and 3 alternate,
    the sum a multiple of 10. A phone number of 13 digits typed together without "+" passes
    the check one time in ten."""
    return sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0


# Model years of a car or a part ("Fiat 500 2016-2020"): two years joined by a dash.
# A number sign right before the digits: "#3047781140", "№ 3047781140", "nº 3047781140".
# "o", "or", "ou", "oder", "или", "либо", "或", "或者" between two numbers, and what goes with it ("o al").
_OR_BETWEEN = re.compile(r"[\W_]*(?:o|or|ou|oder|od|или|либо|或者?|还是)(?: (?:al|el|the|au|le|ao|o|an|на))?[\W_]*")
_NUMBER_SIGN = re.compile(r"(?:#|№|\bn[º°]\.?)\s?\Z")
_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d ?[-\u2013] ?(?:19|20)\d\d(?!\d)")
_WORD_BEFORE = re.compile(rf"[{LETTER}]+\Z")
