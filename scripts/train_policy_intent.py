"""Train the content policy's model of intent (docs/policy.md, "A model of intent beside the rules").

    .venv/bin/python scripts/train_policy_intent.py

A logistic regression over hashed features of the policy's skeleton (the folded text the
rules read): byte 4-grams, words and word pairs, each hashed with CRC-32 into 2^18 weights.
It learns from every refused and ordinary message the project has: the corpus and held-out
sets 1, 2 and 3's development half, never 3's held-out half. Training is deterministic
(fixed seeds): the same files give the same model.

The threshold is chosen without looking at any held-out text: five-fold cross-validation on
the training data, at the score that refuses 0.5% of its ordinary messages.

Writes resources/policy/intent_model.bin (2^18 little-endian float32 weights) and
intent_model.json (bias, threshold, how it was made, the cross-validated figures).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.policy.intent import BUCKETS, features  # noqa: E402
from desktop.core.policy.normalise import skeleton  # noqa: E402

DATA = ROOT / "tests" / "unit" / "policy"
OUT = ROOT / "resources" / "policy"
REFUSED = (("corpus_blocked.tsv", 2, True), ("heldout_1_blocked.tsv", 2, False),
           ("heldout_2_blocked.tsv", 2, False), ("heldout_3dev_blocked.tsv", 2, False))
ORDINARY = (("corpus_ordinary.tsv", 1, True), ("heldout_1_clean.tsv", 1, False),
            ("heldout_2_clean.tsv", 1, False), ("heldout_3dev_clean.tsv", 1, False))
EPOCHS, RATE, L2, FOLDS, TARGET_REFUSED = 12, 0.2, 1e-6, 5, 0.005


def texts(files) -> list[str]:
    out = []
    for name, column, header in files:
        rows = [line.split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        out += [row[column] for row in rows[1 if header else 0:]]
    return out


def fit(x: list[np.ndarray], y: np.ndarray, order: np.ndarray, seed: int) -> tuple[np.ndarray, float]:
    """Stochastic gradient descent on the logistic loss, one example at a time."""
    w, b = np.zeros(BUCKETS), 0.0
    rng = np.random.default_rng(seed)
    for _ in range(EPOCHS):
        for i in rng.permutation(order):
            p = 1.0 / (1.0 + np.exp(-(w[x[i]].sum() + b)))
            g = p - y[i]
            w[x[i]] -= RATE * (g + L2 * w[x[i]])
            b -= RATE * g
    return w, b


def main() -> int:
    refused, ordinary = texts(REFUSED), texts(ORDINARY)
    x = [np.fromiter(features(skeleton(t)[0]), dtype=np.int64) for t in refused + ordinary]
    y = np.array([1.0] * len(refused) + [0.0] * len(ordinary))
    folds = np.array_split(np.random.default_rng(0).permutation(len(x)), FOLDS)
    held = np.zeros(len(x))
    for k in range(FOLDS):
        train = np.concatenate([folds[j] for j in range(FOLDS) if j != k])
        w, b = fit(x, y, train, seed=k + 1)
        for i in folds[k]:
            held[i] = w[x[i]].sum() + b
    ordinary_scores = np.sort(held[y == 0])
    threshold = float(ordinary_scores[int(len(ordinary_scores) * (1 - TARGET_REFUSED))])
    cv_caught = float((held[y == 1] >= threshold).mean())
    cv_refused = float((held[y == 0] >= threshold).mean())
    w, b = fit(x, y, np.arange(len(x)), seed=0)
    weights = w.astype("<f4").tobytes()
    (OUT / "intent_model.bin").write_bytes(weights)
    meta = {
        "comment": "The policy's model of intent: made by scripts/train_policy_intent.py, see docs/policy.md.",
        "features": "byte 4-grams, words and word pairs of the policy skeleton, CRC-32 into 2^18 buckets",
        "bias": b, "threshold": threshold,
        "weights_sha256": hashlib.sha256(weights).hexdigest(),
        "trained_on": {"refused": len(refused), "ordinary": len(ordinary),
                       "files": [f[0] for f in REFUSED + ORDINARY]},
        "cross_validated": {"folds": FOLDS, "caught": round(cv_caught, 4), "refused": round(cv_refused, 4)},
    }
    (OUT / "intent_model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"{len(refused)} refused + {len(ordinary)} ordinary; cross-validated at the chosen threshold: "
          f"{100 * cv_caught:.1f}% caught, {100 * cv_refused:.2f}% refused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
