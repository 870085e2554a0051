"""Recall of the content policy filter per category and disguise class, and its false-positive
rate, measured on the corpus in tests/unit/policy/.

    .venv/bin/python scripts/policy_report.py [--misses] [--batch NAME]

A refused variant counts as caught when the verdict is blocked and one of its matches has
the expected category; an ordinary message counts as a false positive when it is blocked.
Figures are also given per batch (the corpus files' `batch` column): a batch written before
the filter learned it is the honest estimate for new text.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop.core.policy import check  # noqa: E402

CORPUS = REPO / "tests" / "unit" / "policy"
RECALL_GOAL = 0.97
FALSE_POSITIVE_GOAL = 0.005


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass
class Tally:
    total: int = 0
    caught: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.caught / self.total if self.total else 1.0


@dataclass
class Report:
    by_category: dict[str, Tally]
    by_disguise: dict[str, Tally]
    ordinary: Tally            # caught = wrongly blocked
    false_positives: list[tuple[str, str, list]]
    refused_by_batch: dict[str, Tally] = field(default_factory=dict)
    ordinary_by_batch: dict[str, Tally] = field(default_factory=dict)   # caught = wrongly blocked
    refused_by_lang: dict[str, Tally] = field(default_factory=dict)     # rows that name their language
    ordinary_by_lang: dict[str, Tally] = field(default_factory=dict)
    blocked_by_batch: dict[str, int] = field(default_factory=dict)     # refused rows blocked for any rule

    @property
    def false_positive_rate(self) -> float:
        return self.ordinary.caught / self.ordinary.total if self.ordinary.total else 0.0


def measure(corpus: Path = CORPUS, batch: str | None = None) -> Report:
    """The figures on the whole corpus, or on one batch of it."""
    by_category: dict[str, Tally] = defaultdict(Tally)
    by_disguise: dict[str, Tally] = defaultdict(Tally)
    refused_by_batch: dict[str, Tally] = defaultdict(Tally)
    refused_by_lang: dict[str, Tally] = defaultdict(Tally)
    blocked_by_batch: dict[str, int] = defaultdict(int)
    for row in read_tsv(corpus / "corpus_blocked.tsv"):
        if batch is not None and row.get("batch") != batch:
            continue
        verdict = check(row["text"])
        ok = verdict.blocked and row["category"] in verdict.categories
        blocked_by_batch[row.get("batch") or "-"] += verdict.blocked
        tallies = [by_category[row["category"]], by_disguise[row["disguise"]], refused_by_batch[row.get("batch") or "-"]]
        if row.get("lang"):
            tallies.append(refused_by_lang[row["lang"]])
        for tally in tallies:
            tally.total += 1
            tally.caught += ok
            if not ok:
                tally.misses.append(row["text"])
    ordinary, false_positives = Tally(), []
    ordinary_by_batch: dict[str, Tally] = defaultdict(Tally)
    ordinary_by_lang: dict[str, Tally] = defaultdict(Tally)
    for row in read_tsv(corpus / "corpus_ordinary.tsv"):
        if batch is not None and row.get("batch") != batch:
            continue
        verdict = check(row["text"])
        for tally in (ordinary, ordinary_by_batch[row.get("batch") or "-"], ordinary_by_lang[row["lang"]]):
            tally.total += 1
            tally.caught += verdict.blocked
        if verdict.blocked:
            false_positives.append((row["lang"], row["text"], [m.to_json() for m in verdict.matches]))
    return Report(dict(by_category), dict(by_disguise), ordinary, false_positives,
                  dict(refused_by_batch), dict(ordinary_by_batch), dict(refused_by_lang), dict(ordinary_by_lang),
                  dict(blocked_by_batch))


def _batches(report: Report) -> list[str]:
    """Recall and false positives per batch, in the order the batches were written; "any rule"
    counts a refused row blocked even when for another rule than its own (the message is not sent)."""
    lines = [f"{'batch':<22} {'refused caught':>16} {'any rule':>14} {'ordinary refused':>18}"]
    for name in dict.fromkeys([*report.refused_by_batch, *report.ordinary_by_batch]):
        r, o = report.refused_by_batch.get(name, Tally()), report.ordinary_by_batch.get(name, Tally())
        blocked = report.blocked_by_batch.get(name, 0)
        lines.append(f"{name:<22} {f'{r.caught}/{r.total}':>9} {r.rate:>6.1%} {f'{blocked}/{r.total}':>8} "
                     f"{(blocked / r.total if r.total else 1):>5.1%} {f'{o.caught}/{o.total}':>11} "
                     f"{(o.caught / o.total if o.total else 0):>6.1%}")
    return lines


def _languages(report: Report) -> list[str]:
    """Recall and false positives per language (refused rows that name their language)."""
    lines = [f"{'language':<22} {'refused caught':>16} {'ordinary refused':>18}"]
    for lang in sorted({*report.refused_by_lang, *report.ordinary_by_lang}):
        r, o = report.refused_by_lang.get(lang, Tally()), report.ordinary_by_lang.get(lang, Tally())
        lines.append(f"{lang:<22} {f'{r.caught}/{r.total}':>9} {r.rate:>6.1%} {f'{o.caught}/{o.total}':>11} "
                     f"{(o.caught / o.total if o.total else 0):>6.1%}")
    return lines


def _table(title: str, tallies: dict[str, Tally]) -> list[str]:
    lines = [f"{title:<22} {'caught':>7} {'total':>6} {'recall':>7}"]
    for name, t in sorted(tallies.items()):
        flag = "" if t.rate >= RECALL_GOAL else "  < goal"
        lines.append(f"{name:<22} {t.caught:>7} {t.total:>6} {t.rate:>7.1%}{flag}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the variants missed and the false positives")
    parser.add_argument("--batch", help="only this batch of the corpus (first, held_out_1, round_2, held_out_2, round_3...)")
    args = parser.parse_args(argv)
    report = measure(batch=args.batch)
    lines = (_table("category", report.by_category) + [""] + _table("disguise class", report.by_disguise)
             + [""] + _batches(report) + [""] + _languages(report))
    total = sum(t.total for t in report.by_category.values())
    caught = sum(t.caught for t in report.by_category.values())
    lines += ["", f"overall recall        {caught}/{total} = {caught / total:.1%} (goal >= {RECALL_GOAL:.0%} per class)",
              f"false positives       {report.ordinary.caught}/{report.ordinary.total} = "
              f"{report.false_positive_rate:.2%} (goal <= {FALSE_POSITIVE_GOAL:.1%})"]
    if args.misses:
        lines.append("\nmissed:")
        for name, t in sorted(report.by_disguise.items()):
            lines += [f"  [{name}] {text}" for text in t.misses]
        lines.append("\nfalse positives:")
        lines += [f"  [{lang}] {text}  {matches}" for lang, text, matches in report.false_positives]
    print("\n".join(lines))
    ok = all(t.rate >= RECALL_GOAL for t in report.by_disguise.values()) \
        and report.false_positive_rate <= FALSE_POSITIVE_GOAL
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
