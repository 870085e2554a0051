"""Counts of a held-out policy set: caught and refused, per language, never the texts.

    .venv/bin/python scripts/policy_heldout.py tests/unit/policy/heldout_3hold

Reads PREFIX_blocked.tsv (language, class, text) and PREFIX_clean.tsv (language, text). Also
counts what refused the clean messages it refused: a rule (by category) or the model of intent.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from desktop.core import policy
from desktop.core.policy.checker import PolicyChecker, default_checker


def main(prefix: str) -> int:
    blocked = [line.split("\t") for line in Path(f"{prefix}_blocked.tsv").read_text(encoding="utf-8").splitlines() if line]
    clean = [line.split("\t") for line in Path(f"{prefix}_clean.tsv").read_text(encoding="utf-8").splitlines() if line]
    caught: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for lang, _cls, text in blocked:
        total[lang] += 1
        caught[lang] += policy.check(text).blocked
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
    print("  clean refused by: " + "  ".join(f"{k} {n}" for k, n in sorted(by.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
