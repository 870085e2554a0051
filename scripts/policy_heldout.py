"""Counts of a held-out policy set: caught and refused, per language, the misses by their class
(the writer's), never the texts.

    .venv/bin/python scripts/policy_heldout.py tests/unit/policy/heldout_3hold

Reads PREFIX_blocked.tsv (language, class, text) and PREFIX_clean.tsv (language, text). Also
counts what refused the clean messages it refused: a rule (by category) or the model of intent.
"""

from __future__ import annotations

import argparse
import collections
import stat
import sys
from pathlib import Path

from desktop.core import policy
from desktop.core.policy.checker import PolicyChecker, default_checker


MAX_BYTES = 50 * 1024 * 1024      # a set is a few hundred KB


def read_rows(path: Path, columns: int) -> list[list[str]]:
    """The file's lines split at tabs; a file that is not a regular one of a set's size (a FIFO
    would block, /dev/zero never end), not UTF-8, without rows, or a line without its columns is
    a usage error."""
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        raise ValueError(f"{path}: not a regular file")
    if st.st_size > MAX_BYTES:
        raise ValueError(f"{path}: {st.st_size:,} bytes, more than a set holds ({MAX_BYTES:,})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 (byte {exc.start})") from None
    rows = [line.split("\t") for line in text.splitlines() if line]
    if not rows:
        raise ValueError(f"{path}: no rows")
    for n, row in enumerate(rows, 1):
        if len(row) != columns:
            raise ValueError(f"{path}:{n}: {len(row)} columns, expected {columns}")
    return rows


def main(prefix: str) -> int:
    try:
        blocked = read_rows(Path(f"{prefix}_blocked.tsv"), 3)
        clean = read_rows(Path(f"{prefix}_clean.tsv"), 2)
    except (OSError, ValueError) as exc:
        print(f"policy_heldout: {exc}", file=sys.stderr)
        return 2
    caught: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    missed: collections.Counter[str] = collections.Counter()
    for lang, cls, text in blocked:
        total[lang] += 1
        refused = policy.check(text).blocked
        caught[lang] += refused
        if not refused:
            missed[cls] += 1
    rules_alone = PolicyChecker(default_checker().rules, None)
    by: collections.Counter[str] = collections.Counter()
    for _lang, text in clean:
        verdict = policy.check(text)
        if verdict.blocked:
            source = "rule" if rules_alone.check(text).blocked else "model"
            by[f"{source}:{'+'.join(verdict.categories)}"] += 1
    refused = sum(by.values())
    n = sum(caught.values())
    print(f"caught {n}/{len(blocked)} = {100 * n / len(blocked):.1f}%   "
          f"clean refused {refused}/{len(clean)} = {100 * refused / len(clean):.2f}%")
    print("  " + "  ".join(f"{lang} {caught[lang]}/{total[lang]}" for lang in sorted(total)))
    print("  missed by class: " + "  ".join(f"{cls} {n}" for cls, n in sorted(missed.items())))
    print("  clean refused by: " + "  ".join(f"{k} {n}" for k, n in sorted(by.items())))
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Counts of a held-out policy set (never its texts).")
    parser.add_argument("prefix", help="PREFIX of PREFIX_blocked.tsv (lang, class, text) and PREFIX_clean.tsv "
                                       "(lang, text), e.g. tests/unit/policy/heldout_3hold")
    sys.exit(main(parser.parse_args().prefix))
