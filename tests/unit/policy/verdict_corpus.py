"""Every text of this folder's corpora (every field of every *.tsv, every string in the corpus
modules), for checks that must give the same verdict on all of them (a change made for speed).

    python tests/unit/policy/verdict_corpus.py OUT.json     # each text's verdict, to compare
"""

from __future__ import annotations

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


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    from desktop.core.policy import check

    texts = corpus_texts()
    Path(sys.argv[1]).write_text(json.dumps(verdicts(check, texts), ensure_ascii=False, sort_keys=True))
    print(len(texts), "texts,", sum(1 for t in texts if check(t).blocked), "refused")
