"""Every text of this folder's corpora (every field of every *.tsv, every string in the corpus
modules), for checks that must give the same verdict on all of them (a change made for speed).

    python tests/unit/policy/verdict_corpus.py record OUT.json    # before the change
    python tests/unit/policy/verdict_corpus.py compare OUT.json   # after it: exit 1 if any differs

The command line also takes every string literal of the policy tests and the long repeated
shapes docs/policy.md names as the worst pastes (`all_texts`), and records three verdicts of
each: the shipped checker's, the rules' alone (no model of intent, so that every rule's verdict
shows) and the caution `looks_off_platform`. It says how many texts differ, never which (the
held-out sets are among them).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ("corpus_ordinary", "corpus_refused", "corpus_round3", "corpus_round4")


def _strings(value, out: set[str]) -> None:
    if isinstance(value, str):
        out.add(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            _strings(k, out)
            _strings(v, out)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            _strings(v, out)


def corpus_texts() -> list[str]:
    """Sorted, each once: the TSV files' fields (labels too: short texts cost nothing) and the
    module-level strings, lists, tuples and dicts of the corpus modules."""
    out: set[str] = set()
    for path in sorted(HERE.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out.update(f for f in line.split("\t") if f)
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    for name in MODULES:
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if attr.isupper():
                _strings(value, out)
    return sorted(out)


def verdicts(check, texts: list[str]) -> dict[str, list]:
    """Each text's verdict as plain data: blocked, then (category, start, end) of every match."""
    result = {}
    for text in texts:
        v = check(text)
        result[text] = [v.blocked, [[m.category, m.start, m.end] for m in v.matches]]
    return result


# The worst pastes of docs/policy.md ("Measured"), shortened to 2,000 characters.
WORST_SHAPES = ("pag ", "薇❤", "|1", "o6 ", "6l2 ", "te, e, ", "moc.x@ ", "us at x.shop@y.com ", "lapyaP ",
                "xiP ", "te-e-ele-", "double-u ay ", "tel l38 ", "06.l2.", "a点b点com ", "x chez y point fr ")


def all_texts() -> list[str]:
    """`corpus_texts`, the string literals of the policy tests and the worst shapes."""
    out = set(corpus_texts())
    for path in sorted(HERE.glob("test_*.py")) + sorted(HERE.parent.glob("test_*policy*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.add(node.value)
    out.update(shape * (2000 // len(shape)) for shape in WORST_SHAPES)
    return sorted(out)


def _three_verdicts() -> dict[str, list]:
    from desktop.core.policy import looks_off_platform
    from desktop.core.policy.checker import PolicyChecker, default_checker

    shipped = default_checker()
    rules_only = PolicyChecker(shipped.rules)
    return {text: [shipped.check(text).to_json(), rules_only.check(text).to_json(), looks_off_platform(text)]
            for text in all_texts()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Record every policy verdict, or compare them with a record.")
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parents[2]))
    now = _three_verdicts()
    if args.action == "record":
        # ASCII: a few texts hold lone surrogates, which UTF-8 cannot write.
        args.file.write_text(json.dumps(now, sort_keys=True), encoding="ascii")
        print(f"{len(now)} texts recorded in {args.file}")
        return 0
    before = json.loads(args.file.read_text(encoding="ascii"))
    # A test added or changed since the record brings texts of its own: counted, not compared.
    both = before.keys() & now.keys()
    differ = sum(before[t] != now[t] for t in both)
    print(f"{len(both)} texts compared, {differ} differ ({len(now.keys() - both)} new, {len(before.keys() - both)} gone)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
