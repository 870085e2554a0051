"""Chinese numbers said as counts ("一百三十八" is 138), read as the digits they stand for.

The skeleton reads Chinese numerals one by one (`normalise.CJK_DIGITS`: "一三八" is "138") and
leaves the words of counting (十, 百, 千, 两) alone, so "一百三十八" is "1百3十8" there. A phone
number is also dictated in counts, a group at a time ("一百三十八，零零一三，八千": 138 0013
8000), so the phone detector reads a second time where a count stands, with each count
written as its digits. A size or a price said so stays short ("三十八码" is 38, "一百五十元"
150) and is judged as any short number.
"""

from __future__ import annotations

import re

# A count in the skeleton: thousands, hundreds, a zero, tens, a unit, at least one word of counting.
_COUNT = re.compile(r"(?:([1-9两])千)?(?:([1-9两])百)?(0)?(?:([1-9])?(十))?([0-9])?")
# Where one can stand: a word of counting with a digit or 两 beside it, or 十 alone.
HINT = re.compile(r"[0-9两][十百千]|十")
_DICTATED = re.compile(r"(?<![0-9])0[0-9]")
_PAUSE = re.compile(r"(?<=[0-9]),(?= ?[0-9])")


def _digit(c: str | None) -> int:
    return 0 if c is None else 2 if c == "两" else int(c)


def read_counts(s: str) -> tuple[str, list[int]] | None:
    """`s` with every count written as its digits, and each character's index in `s`; None
    when no count stands in it."""
    parts: list[str] = []
    back: list[int] = []
    pos = 0
    changed = False
    for m in _COUNT.finditer(s):
        if m.end() == m.start() or not re.search("[十百千]", m.group()):
            continue
        thousands, hundreds, _zero, tens, ten, unit = m.groups()
        value = (1000 * _digit(thousands) + 100 * _digit(hundreds)
                 + (10 * (_digit(tens) or 1) if ten else 0) + _digit(unit))
        if value == 0:
            continue
        parts.append(s[pos:m.start()])
        back.extend(range(pos, m.start()))
        digits = str(value)
        parts.append(digits)
        # The digits spread over the count's characters: the first at its start, the last at its end.
        last, n = m.end() - m.start() - 1, len(digits) - 1
        back.extend(m.start() + (i * last // n if n else 0) for i in range(len(digits)))
        pos = m.end()
        changed = True
    if not changed:
        return None
    parts.append(s[pos:])
    back.extend(range(pos, len(s)))
    read = "".join(parts)
    # A group that opens with a zero ("零零一三", "零一九") is dictated, not counted: the
    # commas between the groups are then pauses in one number, not a list of prices.
    if _DICTATED.search(read):
        read = _PAUSE.sub(" ", read)
    return read, back
