"""Printing a benchmark's figure next to its baseline (measured in the same run) and the ratio."""

from __future__ import annotations

import statistics


def report(name: str, ours: float, baseline: float, unit: str, goal: str, *, lower_is_better: bool = True) -> float:
    ratio = ours / baseline if baseline else float("inf")
    print(f"\n[{name}] ours {ours:.1f} {unit} | baseline {baseline:.1f} {unit} | ratio {ratio:.2f} | goal {goal}")
    return ratio


def median(values) -> float:
    return statistics.median(values)


def percentile(values, p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]
