"""The blind sets of issue 13 §1, each written by someone who saw neither the filter nor any
corpus, in eight languages (es, en, pt, fr, de, it, ru, zh). Sets 3 and 4 were split in two by
line parity before anyone looked: the development half (`*dev*`) may be read and tuned on, the
held-out half (`*hold*`) never; set 5 is held out whole. **Do not open a held-out file while
changing the filter**: measure it with `scripts/policy_heldout.py`, which prints counts only.

- Set 3: 450 disguises and 900 clean messages.
- Set 4: 480 disguises and 960 clean messages, at least half of them hard (apps, e-mail, phones,
  payments, order and tracking numbers named without offering them); each language has one
  phone number split over two consecutive blocked lines, so each half holds half of it.
- Set 5: 400 disguises and 800 clean messages, at least 60 of each language's 100 hard.
- Sets 6 and 7 (development, read and tuned on in the ninth round) and set 8 (held out whole in
  the ninth round as `8hold`, never opened then; development from the tenth, renamed `8`): 400
  disguises and 800 clean messages each, by three more writers.
- Set 9 (`9hold`): the lead's, written with sets 6 to 8 and seen by nobody working on the
  filter; measured twice, before the ninth round and after the tenth, and committed unread.
- Set 10 (development in the tenth round) and set 11 (`11hold`, held out whole, never opened):
  400 disguises and 800 clean messages each, by two more writers.
- Set 12 (development in the eleventh round): 400 disguises and 800 clean messages by one more
  writer who never saw the filter.
- Set 13 (`13hold`): the lead's, written with set 12 and seen by nobody working on the filter;
  measured before and after the eleventh round and after the retrained model, committed unread.
- Set 14 (development in the thirteenth round): 400 disguises and 800 clean messages by one more
  writer; main's filter was measured on it once, blind, before anyone read it (344/400, 20/800).
- Set 15 (`15hold`): the lead's, written with set 14 and seen by nobody working on the filter;
  measured before and after the thirteenth round (357/400, 22/800 → 365/400, 21/800) and
  committed unread.
- Sets 16 and 17 (development in the fourteenth round): 400 disguises and 800 clean messages
  each by two more writers; main's filter was measured on each once, blind, before anyone read
  it (16: 326/400, 20/800; 17: 343/400, 35/800).
- Set 18 (`18hold`): the lead's, written with sets 16 and 17 and seen by nobody working on the
  filter; measured (counts only) before the fourteenth round, after it and after the fifteenth
  (363/400, 35/800 -> 367/400, 12/800 -> 368/400, 12/800) and committed unread.
- Sets 19 and 20 (development in the fifteenth round): 400 disguises and 800 clean messages each
  by two more writers (a cosmetics seller and its buyers; a car-parts seller, with part numbers,
  VINs and torque figures everywhere); the lead measured main's filter on each blind before and
  after the fourteenth round (19: 357/400, 19/800 -> 365/400, 5/800; 20: 330/400, 39/800 ->
  341/400, 25/800).
- Sets 21 and 22 (development in the sixteenth round): 400 disguises and 800 clean messages each
  by two more writers (a furniture reseller who teaches; a young console-repair buyer, heavy slang
  and emoji); main's filter was measured on each blind before anyone read them (21: 354/400, 4/800;
  22: 356/400, 16/800).

The floors below are what the lead measured at the end of each round (docs/policy.md has the
history, per language). These tests only keep the filter from sliding back; they fail with
counts, never a text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import policy

HERE = Path(__file__).resolve().parent
# part: (disguises, clean messages, least caught, most clean refused), after the eighth round
# (sets 3 to 5), the ninth (sets 6 and 7), the tenth (sets 8, 10 and 11) and the eleventh
# (sets 6, 7, 8, 10 and 12; the held-out 9, 11 and 13 as the lead measured them after it) and the
# thirteenth (the development sets 3dev to 14, in-sample: the model of intent was trained on them;
# the held-out 3hold, 4hold, 9, 11, 13 and 15 as the lead measured them after it) and the
# fourteenth (every development set in-sample, 16 and 17 new; the held-out ones as measured at
# its end, counts only: fewer caught on 11, 15 and 4hold, far fewer clean refused on every one)
# and the fifteenth (19 and 20 new and in-sample, the model retrained on 5-20: one or two fewer
# caught in-sample on 6, 8, 12 and 17; more caught on every held-out set, as the lead's counts show)
# and the sixteenth (21 and 22 new and in-sample, the model retrained on 5-22: every development set
# as many caught or more, raised on 8, 12, 16 and 17; the held-out sets as measured at its end: more
# caught on all but 3hold, one more clean refused on 13hold, two fewer on 18hold); 23hold is the
# lead's held-out of that session, committed unread as measured after the round (counts only);
# and the seventeenth (code only, the model untouched: 22's two clean refusals gone, one more caught
# on 13hold and on 23hold)
FLOORS = {
    "3dev": (225, 450, 224, 0),
    "3hold": (225, 450, 213, 1),
    "4dev": (240, 480, 236, 0),
    "4hold": (240, 480, 219, 0),
    "5": (400, 800, 397, 0),
    "6": (400, 800, 397, 0),
    "7": (400, 800, 398, 0),
    "8": (400, 800, 399, 0),
    "9hold": (400, 800, 371, 4),
    "10": (400, 800, 398, 0),
    "11hold": (400, 800, 370, 21),
    "12": (400, 800, 399, 0),
    "13hold": (400, 800, 363, 6),
    "14": (400, 800, 400, 0),
    "15hold": (400, 800, 369, 6),
    "16": (400, 800, 397, 6),
    "17": (400, 800, 389, 4),
    "18hold": (400, 800, 371, 10),
    "19": (400, 800, 398, 4),
    "20": (400, 800, 397, 8),
    "21": (400, 800, 400, 0),
    "22": (400, 800, 400, 0),
    "23hold": (400, 800, 327, 5),
}


def _rows(name: str) -> list[list[str]]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_no_worse_than_measured(part):
    n_blocked, n_clean, least_caught, most_refused = FLOORS[part]
    blocked, clean = _rows(f"heldout_{part}_blocked.tsv"), _rows(f"heldout_{part}_clean.tsv")
    assert len(blocked) == n_blocked and all(len(r) == 3 for r in blocked)
    assert len(clean) == n_clean and all(len(r) == 2 for r in clean)
    caught = sum(policy.check(text).blocked for _lang, _cls, text in blocked)
    refused = sum(policy.check(text).blocked for _lang, text in clean)
    assert caught >= least_caught, f"set {part}: {caught}/{n_blocked} caught, was {least_caught}"
    assert refused <= most_refused, f"set {part}: {refused}/{n_clean} clean refused, was {most_refused}"
