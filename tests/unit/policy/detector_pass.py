"""One pass of the policy checker, or of one of its detectors alone, over the bench's messages
(corpus_ordinary.tsv and corpus_blocked.tsv), for counting its instructions with callgrind:

    XDG_CACHE_HOME=/tmp/x-cache PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=functools_reduce .venv/bin/python tests/unit/policy/detector_pass.py terms

Everything before the pass (loading the checker, a first check of every message that fills the
caches, the skeletons) is left out: only what runs inside `functools.reduce` is counted, with
the cyclic collector off, so the figure repeats to 0.01% (docs/policy.md, "Throughput: the model
of intent's calls"). Divide "Collected" by the messages passed, printed at the end (the model
reads only those no rule refused). Run it once without valgrind first: the kept patterns of a
changed policy are compiled and written then, not in the counted run.
"""

from __future__ import annotations

import argparse
import csv
import functools
import gc
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASSES = ("check", "terms", "shapes", "phones", "spelled", "backwards", "model", "judge", "skeleton")


def messages() -> list[str]:
    texts = []
    for name in ("corpus_ordinary.tsv", "corpus_blocked.tsv"):
        with (HERE / name).open(encoding="utf-8", newline="") as f:
            texts.extend(row["text"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="One pass of the checker or one detector, for callgrind.")
    parser.add_argument("detector", choices=PASSES)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parents[2]))
    from desktop.core.policy.checker import _DIGIT, default_checker
    from desktop.core.policy.detectors import find_terms
    from desktop.core.policy.normalise import skeleton

    c = default_checker()
    texts = messages()
    for t in texts:
        c.check(t)
    read = [(t, *skeleton(t), len(_DIGIT.findall(skeleton(t)[0]))) for t in texts]
    # The model reads the messages no rule refused (what a check of the rules alone allows).
    rules_only = type(c)(c.rules)
    unrefused = [(s, d) for t, s, _, d in read if t and not rules_only.check(t).blocked]
    model = c.model
    passes = {
        "check": lambda: [c.check(t) for t in texts],
        "terms": lambda: [list(find_terms(c.rules, s)) for _, s, _, _ in read],
        "shapes": lambda: [c._shapes_everywhere(s, t, o) for t, s, o, _ in read],
        "phones": lambda: [c._phones.find(s, t, o, d) for t, s, o, d in read],
        "spelled": lambda: [c._spelled.find(s) for _, s, _, _ in read],
        "backwards": lambda: [c._backwards.find(s, t, o) for t, s, o, _ in read],
        "model": lambda: [c._model_refuses(s, d) for s, d in unrefused],
        "judge": lambda: [model.judge(s, d > 0) for s, d in unrefused] if model is not None else [],
        "skeleton": lambda: [skeleton(t) for t in texts],
    }
    run = passes[args.detector]
    gc.collect()
    gc.disable()
    functools.reduce(lambda _, __: run(), [None], None)
    gc.enable()
    print(f"{len(unrefused) if args.detector in ('model', 'judge') else len(texts)} messages passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
