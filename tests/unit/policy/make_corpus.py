"""Writes corpus_blocked.tsv and corpus_ordinary.tsv from the hand-written sentences below.

Run once after editing: `.venv/bin/python tests/unit/policy/make_corpus.py`. The TSV files
are committed; the tests read them and never this module. The refused variants are the
hand-written offending words in hand-written sentences, disguised the ways people do it
(each disguise class a function here, deterministic); the ordinary messages are
hand-written templates with realistic order numbers, tracking numbers, prices, sizes,
dates and postal codes filled in.
"""

from __future__ import annotations

import random
from pathlib import Path

from corpus_ordinary import ORDINARY, ORDINARY_HELD_OUT_2, ORDINARY_LOOKALIKE, ORDINARY_MORE
from corpus_refused import (BLOCKED_HAND, BLOCKED_HELD_OUT, BLOCKED_HELD_OUT_2, BLOCKED_SPOKEN_NUMBERS, CONTACTS,
                            SENTENCES)
from corpus_round3 import BLOCKED_ROUND_3, BLOCKED_ROUND_3_LATE, ORDINARY_ROUND_3, ORDINARY_ROUND_3_LATE
from corpus_round4 import (BLOCKED_ROUND_4, BLOCKED_ROUND_4_LATE, BLOCKED_ROUND_4_LATE_3, ORDINARY_ROUND_4,
                           ORDINARY_ROUND_4_LATE, ORDINARY_ROUND_4_LATE_2, ORDINARY_ROUND_4_LATE_3)
from heldout_set_1 import heldout_blocked, heldout_clean

HERE = Path(__file__).resolve().parent
RNG = random.Random(4)

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ",
            "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
GREEK = {"a": "α", "o": "ο", "i": "ι", "k": "κ", "p": "ρ", "t": "τ", "u": "υ", "v": "ν", "x": "χ",
         "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ"}
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"))
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f", "\u180e"]


def spacing(word: str, i: int) -> str:
    sep = [" ", "  ", ".", "-", "_", " . ", "*", "/"][i % 8]
    return sep.join(c for c in word if c != " ")


def case_mix(word: str, i: int) -> str:
    if i % 3 == 0:
        return word.upper()
    return "".join(c.upper() if (k + i) % 2 else c.lower() for k, c in enumerate(word))


def leet(word: str, i: int) -> str:
    out, changed = [], 0
    for k, c in enumerate(word):
        if c.lower() in LEET and (k + i) % 2 == 0:
            out.append(LEET[c.lower()])
            changed += 1
        else:
            out.append(c)
    if not changed:
        return "".join(LEET.get(c.lower(), c) for c in word)
    return "".join(out)


def confusable(word: str, i: int) -> str:
    style = i % 6
    if style == 0:
        return "".join(CYRILLIC.get(c, c) for c in word)
    if style == 1:
        return "".join(GREEK.get(c.upper() if k == 0 else c, c) for k, c in enumerate(word))
    if style == 2:
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)   # full-width
    if style == 3:
        return "".join(_math_bold(c) for c in word)
    if style == 4:
        return "".join(SMALL_CAPS.get(c.lower(), c) for c in word)
    return "".join(CYRILLIC.get(c, GREEK.get(c, c)) if k % 2 else c for k, c in enumerate(word))


def _math_bold(c: str) -> str:
    if "a" <= c <= "z":
        return chr(0x1D41A + ord(c) - ord("a"))
    if "A" <= c <= "Z":
        return chr(0x1D400 + ord(c) - ord("A"))
    if "0" <= c <= "9":
        return chr(0x1D7CE + ord(c) - ord("0"))
    return c


def invisible(word: str, i: int) -> str:
    mark = INVISIBLE[i % len(INVISIBLE)]
    step = 1 + i % 3
    return "".join(c + (mark if k % step == 0 and k < len(word) - 1 else "") for k, c in enumerate(word))


DISGUISES = {"plain": lambda w, i: w, "spacing": spacing, "case": case_mix, "leetspeak": leet,
             "confusables": confusable, "invisible": invisible}


def mixed(word: str, i: int) -> str:
    pairs = [(case_mix, invisible), (leet, spacing), (confusable, invisible), (leet, case_mix),
             (confusable, spacing), (leet, invisible)]
    first, second = pairs[i % len(pairs)]
    return second(first(word, i), i + 1)


# Each row says which batch it came from, so the report can give a batch's figures apart:
# "first" was written together with the filter; "held_out_1" after it, measured as written;
# "round_2" before the filter learned the disguises of its second round; "held_out_2" after;
# "round_3" (issue 13) before the filter learned its classes, "round_3_late" after;
# "heldout_set_1" was written blind by another person and measured before it was used;
# "round_4" after it, new wordings of its classes, before the filter was changed for them;
# "round_4_late" written while fixing them, kept as regression rows. Only
# the rows from the third round on name their language.
def blocked_rows() -> list[tuple[str, str, str, str, str]]:
    rows = []
    n = 0
    for disguise, fn in list(DISGUISES.items()) + [("mixed", mixed)]:
        for category, words in CONTACTS.items():
            for word, applies in words:
                if disguise not in applies and not (disguise == "mixed" and "leetspeak" in applies):
                    continue
                template = SENTENCES[category][n % len(SENTENCES[category])]
                rows.append((category, disguise, template.format(fn(word, n)), "first", ""))
                n += 1
    for batch, hand in (("first", BLOCKED_HAND), ("held_out_1", BLOCKED_HELD_OUT),
                        ("round_2", BLOCKED_SPOKEN_NUMBERS), ("held_out_2", BLOCKED_HELD_OUT_2)):
        rows.extend(row + (batch, "") for row in hand)
    for batch, hand3 in (("round_3", BLOCKED_ROUND_3), ("round_3_late", BLOCKED_ROUND_3_LATE)):
        rows.extend((category, disguise, text, batch, lang) for category, disguise, lang, text in hand3)
    rows.extend((category, disguise, text, "heldout_set_1", lang) for category, disguise, lang, text in heldout_blocked())
    rows.extend((category, disguise, text, "round_4", lang) for category, disguise, lang, text in BLOCKED_ROUND_4)
    for late in (BLOCKED_ROUND_4_LATE, BLOCKED_ROUND_4_LATE_3):
        rows.extend((category, disguise, text, "round_4_late", lang) for category, disguise, lang, text in late)
    return rows


def _fill(template: str) -> str:
    values = {
        "order": "8" + "".join(RNG.choice("0123456789") for _ in range(15)),
        "track": RNG.choice([
            "LP00" + "".join(RNG.choice("0123456789") for _ in range(12)),
            "RB" + "".join(RNG.choice("0123456789") for _ in range(9)) + "CN",
            "YT22" + "".join(RNG.choice("0123456789") for _ in range(14)),
            "UH0" + "".join(RNG.choice("0123456789") for _ in range(8)) + "YP",
            "CAINIAO" + "".join(RNG.choice("0123456789") for _ in range(10)),
        ]),
        "item": "100500" + "".join(RNG.choice("0123456789") for _ in range(10)),
        "price": RNG.choice(["12,99 €", "US $8.45", "R$ 49,90", "1.299,00 ₽", "¥59", "23.50€", "7,20 $"]),
        "size": RNG.choice(["S", "M", "L", "XL", "38", "40", "42", "44", "EU 39", "US 9"]),
        "date": RNG.choice(["12/05/2024", "03.11.2024", "2024-06-18", "5 de marzo", "28/02"]),
        "postal": RNG.choice(["28013", "08001", "01310-100", "1000-001", "75011", "101000", "200000", "46020"]),
        "qty": str(RNG.randint(2, 12)),
    }
    return template.format(**values)


def _ordinary(lang: str, template: str, batch: str) -> list[tuple[str, str, str]]:
    copies = 2 if "{" in template else 1
    texts: list[str] = []
    for _ in range(copies):
        text = _fill(template)
        if text not in texts:
            texts.append(text)
    return [(lang, text, batch) for text in texts]


def ordinary_rows() -> list[tuple[str, str, str]]:
    rows = []
    for lang in ORDINARY:
        for template in ORDINARY[lang]:
            rows.extend(_ordinary(lang, template, "first"))
        for template in ORDINARY_MORE.get(lang, []):
            rows.extend(_ordinary(lang, template, "held_out_1"))
    # Later batches come after, so the values filled into the earlier ones stay as they were.
    for batch, by_lang in (("round_2", ORDINARY_LOOKALIKE), ("held_out_2", ORDINARY_HELD_OUT_2),
                           ("round_3", ORDINARY_ROUND_3), ("round_3_late", ORDINARY_ROUND_3_LATE)):
        for lang, templates in by_lang.items():
            for template in templates:
                rows.extend(_ordinary(lang, template, batch))
    rows.extend((lang, text, "heldout_set_1") for lang, text in heldout_clean())
    rows.extend((lang, text, "round_4") for lang, texts in ORDINARY_ROUND_4.items() for text in texts)
    rows.extend((lang, text, "round_4_late") for lang, texts in ORDINARY_ROUND_4_LATE.items() for text in texts)
    for late_ordinary in (ORDINARY_ROUND_4_LATE_2, ORDINARY_ROUND_4_LATE_3):
        rows.extend((lang, text, "round_4_late") for lang, texts in late_ordinary.items() for text in texts)
    return rows


def _write(path: Path, header: tuple[str, ...], rows) -> None:
    lines = ["\t".join(header)]
    for row in rows:
        assert all("\t" not in cell and "\n" not in cell for cell in row), row
        lines.append("\t".join(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _write(HERE / "corpus_blocked.tsv", ("category", "disguise", "text", "batch", "lang"), blocked_rows())
    _write(HERE / "corpus_ordinary.tsv", ("lang", "text", "batch"), ordinary_rows())
