"""Reading bench-results.json back and rendering it as the table `make bench` prints at its end
and scripts/bench_readme.py writes into README.md: one renderer, so the two never differ."""

from __future__ import annotations

import json
import math
import stat
from dataclasses import dataclass, fields
from pathlib import Path


class ResultsError(ValueError):
    """bench-results.json is missing, empty or not what bench_helpers writes."""


@dataclass(frozen=True)
class Figure:
    """One recorded figure; `ours` is None when the benchmark did not finish (`did_not_finish`
    says why)."""

    name: str
    ours: float | None
    baseline: float | None
    baseline_name: str
    ratio: float | None
    goal: str
    unit: str
    met: bool | None
    floor: float | None = None
    floor_name: str = ""
    floor_ratio: float | None = None
    lower_is_better: bool = True
    detail: str = ""
    did_not_finish: str | None = None


@dataclass(frozen=True)
class Run:
    """A whole `make bench` run: where and when, under which load, and its figures in order."""

    started: str
    cores: int
    load_start: float | None
    load_end: float | None
    timeout_s: float | None
    selection: str
    note: str
    platform: str
    duration_s: float | None
    figures: tuple[Figure, ...]


MAX_BYTES = 4 * 1024 * 1024

_NUMBER_FIELDS = {"ours", "baseline", "ratio", "floor", "floor_ratio"}
_TEXT_FIELDS = {"name", "baseline_name", "goal", "unit", "floor_name", "detail"}
_REQUIRED = {"name", "ours", "baseline", "baseline_name", "ratio", "goal", "unit", "met"}


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _number(value, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ResultsError(f"{where}: expected a number, found {_shown(value)}")
    return float(value)


def _figure(entry: dict, where: str) -> Figure:
    missing = _REQUIRED - entry.keys()
    if missing:
        raise ResultsError(f"{where}: a figure without {', '.join(sorted(missing))}")
    values = {}
    for f in fields(Figure):
        if f.name not in entry:
            continue
        value = entry[f.name]
        if f.name in _NUMBER_FIELDS:
            value = _number(value, f"{where}, {f.name}")
        elif f.name in _TEXT_FIELDS:
            if not isinstance(value, str):
                raise ResultsError(f"{where}, {f.name}: expected text, found {_shown(value)}")
        elif f.name in ("met", "lower_is_better"):
            if value is not None and not isinstance(value, bool):
                raise ResultsError(f"{where}, {f.name}: expected true, false or null, found {_shown(value)}")
            if f.name == "lower_is_better" and value is None:
                value = True
        elif f.name == "did_not_finish" and value is not None and not isinstance(value, str):
            raise ResultsError(f"{where}, did_not_finish: expected text or null, found {_shown(value)}")
        values[f.name] = value
    if values["ours"] is None and not values.get("did_not_finish"):
        values["did_not_finish"] = "no value recorded"
    return Figure(**values)


def load(path: Path) -> Run:
    """The run recorded in `path`; raises ResultsError naming the line that is wrong."""
    path = Path(path)
    try:
        # Not /dev/zero, a FIFO or a file no run could have written: a run writes a few kB.
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ResultsError(f"{path} is not a regular file")
        if info.st_size > MAX_BYTES:
            raise ResultsError(f"{path} is {info.st_size:,} bytes, more than a benchmark run writes ({MAX_BYTES:,})")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResultsError(f"{path} does not exist: run `make bench` first") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ResultsError(f"{path} cannot be read ({exc})") from None
    header: dict = {}
    footer: dict = {}
    figures = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            entry = json.loads(line)
        except (ValueError, RecursionError):
            raise ResultsError(f"{where}: not JSON") from None
        if not isinstance(entry, dict):
            raise ResultsError(f"{where}: expected a JSON object")
        if isinstance(entry.get("run"), dict):
            header = entry["run"]
        elif isinstance(entry.get("run_end"), dict):
            footer = entry["run_end"]
        else:
            figures.append(_figure(entry, where))
    if not header:
        raise ResultsError(f"{path} has no run header: it was not written by `make bench`")
    cores = header.get("cores")
    return Run(
        started=str(header.get("started", "")),
        cores=cores if isinstance(cores, int) and not isinstance(cores, bool) else 0,
        load_start=_number(header.get("load_average"), f"{path}, run header load_average"),
        load_end=_number(footer.get("load_average"), f"{path}, run end load_average"),
        timeout_s=_number(header.get("timeout_s"), f"{path}, run header timeout_s"),
        selection=str(header.get("selection", "") or ""),
        note=str(header.get("note", "") or ""),
        platform=str(header.get("platform", "")),
        duration_s=_number(footer.get("duration_s"), f"{path}, run end duration_s"),
        figures=tuple(figures),
    )


def amount(value: float, unit: str) -> str:
    """A measured value with its unit, to the precision a shared machine's noise allows."""
    if abs(value) >= 100:
        shown = f"{value:,.0f}"
    elif abs(value) >= 10:
        shown = f"{value:.1f}"
    else:
        shown = f"{value:.2f}"
    return f"{shown} {unit}".strip()


def times(ratio: float) -> str:
    if ratio < 0.1:
        return f"{ratio:.2g}x"          # 0.0022x, not 0.00x
    return f"{ratio:.2f}x" if ratio < 10 else f"{ratio:.1f}x"


def verdict(figure: Figure) -> str:
    if not figure.goal:
        return "—"
    if figure.did_not_finish:
        return f"{figure.goal}: no figure"
    if figure.met is None:
        return figure.goal
    return f"{figure.goal}: {'met' if figure.met else 'NOT met'}"


def cells(figure: Figure) -> list[str]:
    """The row of one figure: what, ours, baseline, ours ÷ baseline, floor, goal."""
    if figure.ours is None:
        ours = f"did not finish ({figure.did_not_finish})"
    else:
        ours = amount(figure.ours, figure.unit)
    if figure.baseline is not None:
        baseline = f"{figure.baseline_name}: {amount(figure.baseline, figure.unit)}"
    else:
        baseline = figure.baseline_name or "—"
    ratio = times(figure.ratio) if figure.ratio is not None else "—"
    if figure.floor is not None:
        floor = f"{figure.floor_name}: {amount(figure.floor, figure.unit)}"
        if figure.floor_ratio is not None:
            floor += f" (ours ÷ floor {times(figure.floor_ratio)})"
    else:
        floor = figure.floor_name or "—"
    return [figure.name, ours, baseline, ratio, floor, verdict(figure)]


HEADINGS = ["what", "ours", "baseline (same run)", "ours ÷ baseline", "floor (same run)", "goal"]


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|").replace("\n", " ")


def describe(run: Run) -> str:
    """A paragraph: when, on how many cores, under which load, with which time limit."""
    parts = [f"Measured by `make bench` on {run.started or 'an unrecorded date'}"]
    parts.append(f"on {run.cores} CPU core{'s' if run.cores != 1 else ''}" if run.cores else "on an unrecorded machine")
    if run.platform:
        parts.append(f"({run.platform})")
    text = " ".join(parts)
    if run.load_start is not None:
        text += f", load average {run.load_start:.1f} at the start"
        if run.load_end is not None:
            text += f" and {run.load_end:.1f} at the end"
    if run.duration_s is not None:
        text += f"; the run took {run.duration_s / 60:.0f} min"
    text += "."
    if run.timeout_s:
        text += f" Each benchmark had {run.timeout_s:.0f} s to finish (unless it states more)."
    if run.note:
        text += f" {run.note.strip().rstrip('.')}."
    if run.selection:
        text += f" Only the benchmarks matching `{run.selection}` were run."
    return " ".join(text.split())


def markdown(run: Run, *, aligned: bool = False) -> str:
    """The table (GitHub Markdown), the notes under it and the run's description above it."""
    rows = [HEADINGS]
    notes = []
    for figure in run.figures:
        row = [_escape(c) for c in cells(figure)]
        if figure.detail:
            notes.append(figure.detail)
            row[0] += f" [{len(notes)}]"
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADINGS))] if aligned else [0] * len(HEADINGS)
    lines = [describe(run), ""]
    for n, row in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) if aligned else "---" for w in widths) + "|")
    if notes:
        lines.append("")
        lines.extend(f"{n}. {_escape(note)}" for n, note in enumerate(notes, 1))
    return "\n".join(lines) + "\n"


def summary(run: Run) -> str:
    """How many figures, goals met and missed, and benchmarks that did not finish."""
    unfinished = sum(1 for f in run.figures if f.did_not_finish)
    met = sum(1 for f in run.figures if f.met is True)
    missed = sum(1 for f in run.figures if f.met is False)
    return (f"{len(run.figures)} figures: {met} goals met, {missed} not met, "
            f"{unfinished} did not finish")
