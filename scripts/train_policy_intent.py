"""Train the content policy's model of intent (docs/policy.md, "The model of intent, a refuser").

    .venv/bin/python scripts/train_policy_intent.py [--target 0.001] [--strict-target 0.0001] [--mention-target 0.02]
    .venv/bin/python scripts/train_policy_intent.py --leave-out 6 --leave-out 7   # measure, write nothing

A logistic regression over hashed features of the policy's skeleton (the folded text the
rules read): its tokens (words and marks), pairs of tokens, 5-byte stems and pairs of Chinese characters,
leaving out digits and number words, each hashed with CRC-32 into 2^18 weights.
It learns from every refused and ordinary message the project may read: the corpus, held-out
sets 1, 2, 3's and 4's development halves, round 7's attacks and hard ordinary messages, and
the blind development sets 5, 6, 7, 8, 10, 12, 14, 16, 17, 19, 20, 21 and 22 (400 disguises and 800 mostly hard
clean messages each). It never reads a held-out file: `rows` refuses any name with `hold` in it
before opening it. Training is deterministic (fixed seeds): the same files give the same model.

The thresholds are chosen without looking at any held-out text: five-fold cross-validation on
the training data, each blind set (one writer) whole in one fold, so the held-out scores are a
new writer's. The refusing threshold is the score over which `--target` of the ordinary
messages the rules allow (with nothing of theirs in them) fall; where a rule looked and let a
message pass, the score over which `--strict-target` (0.01%) of such ordinary messages fall (it
was their highest score until one message of set 17 set it; 0.05% in rounds 14 and 15, which with
sets 21 and 22 refused three hard ordinary messages of the unit tests: docs/policy.md, round 16).
The model refuses only what the rules let through, and judges what they refused only where every hit is an app or a payment
word written plainly (`mentions.py`): under `mention_threshold`, the score under which
`--mention-target` (2%) of such disguises fall, the message passes.

`--leave-out K` trains without development set K and prints the whole filter's counts on it
(rules and the retrained model; the rules alone; the shipped model): how the model carries to
a writer it has not read.

A second model, one-vs-rest over the five categories on 2^16 buckets of the same features,
names the rule a refused message breaks: trained on the refused messages, each labelled with
the rules' own verdict (or, where the rules miss it, its batch's class).

Writes resources/policy/intent_model.bin (2^18 + 5 x 2^16 little-endian float32 weights) and
intent_model.json (biases, thresholds, how it was made, the cross-validated figures).
"""

from __future__ import annotations

import argparse
import array
import collections
import dataclasses
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.core.policy.checker import PolicyChecker, default_checker  # noqa: E402
from desktop.core.policy import intent  # noqa: E402
from desktop.core.policy.intent import BUCKETS, CATEGORY_BUCKETS, features, number_words, tokens  # noqa: E402
from desktop.core.policy.normalise import skeleton  # noqa: E402
from desktop.core.policy.rules import CATEGORIES  # noqa: E402

DATA = ROOT / "tests" / "unit" / "policy"
OUT = ROOT / "resources" / "policy"
# (file, text column, class column or None, has a header)
# The blind sets whose every line may be read (docs/policy.md): each one writer's 400 disguises
# and 800 clean messages, most of them hard. `--leave-out` trains without one and measures the
# whole filter on it.
DEV_SETS = ("5", "6", "7", "8", "10", "12", "14", "16", "17", "19", "20", "21", "22")
REFUSED = (("corpus_blocked.tsv", 2, 0, True), ("heldout_1_blocked.tsv", 2, 1, False),
           ("heldout_2_blocked.tsv", 2, 1, False), ("heldout_3dev_blocked.tsv", 2, 1, False),
           ("heldout_4dev_blocked.tsv", 2, 1, False), ("round7_blocked.tsv", 2, 1, False),
           *((f"heldout_{k}_blocked.tsv", 2, 1, False) for k in DEV_SETS))
ORDINARY = (("corpus_ordinary.tsv", 1, None, True), ("heldout_1_clean.tsv", 1, None, False),
            ("heldout_2_clean.tsv", 1, None, False), ("heldout_3dev_clean.tsv", 1, None, False),
            ("heldout_4dev_clean.tsv", 1, None, False), ("round7_clean.tsv", 1, None, False),
            *((f"heldout_{k}_clean.tsv", 1, None, False) for k in DEV_SETS))
EPOCHS, RATE, L2, FOLDS = 12, 0.2, 1e-2, 5
HARD = "heldout_"   # the blind sets' clean messages (most of them hard): `--clean-weight` weighs them
# A batch's class, where the rules miss the message, to the rule it breaks (the first prefix that fits).
CLASS_PREFIXES = (("phone", "phone"), ("split_number", "phone"), ("words_between_digits", "phone"),
                  ("email", "email"), ("link", "link"), ("own_shop", "link"), ("other_shop", "link"),
                  ("payment", "off_platform_payment"), ("pay", "off_platform_payment"),
                  ("app", "messaging_app"), ("social", "messaging_app"), ("qr", "messaging_app"),
                  ("messaging", "messaging_app"), ("off_platform", "off_platform_payment"))


def rows(files) -> list[tuple[str, str, str]]:
    """(text, class, file) of every line of the files; a held-out file (`*hold*`) is never read."""
    out = []
    for name, column, cls, header in files:
        if "hold" in name:
            raise ValueError(f"{name}: a held-out file is never read for training")
        lines = [line.split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        out += [(row[column], row[cls] if cls is not None else "", name) for row in lines[1 if header else 0:]]
    return out


def fit(x: list[np.ndarray], y: np.ndarray, order: np.ndarray, seed: int, buckets: int = BUCKETS,
        weight: np.ndarray | None = None):
    """Stochastic gradient descent on the (weighted) logistic loss, one example at a time."""
    w, b = np.zeros(buckets), 0.0
    rng = np.random.default_rng(seed)
    for _ in range(EPOCHS):
        for i in rng.permutation(order):
            p = 1.0 / (1.0 + np.exp(-(w[x[i]].sum() + b)))
            g = (p - y[i]) * (weight[i] if weight is not None else 1.0)
            w[x[i]] -= RATE * (g + L2 * w[x[i]])
            b -= RATE * g
    return w, b


RULES = PolicyChecker(default_checker().rules)      # the rules alone, without the model being made


def plain_mentions(texts: list[str]) -> np.ndarray:
    """Which texts the rules refuse only for messaging apps named plainly (`mentions`): the
    checker's own test, asked through a model that never refuses and lets every such text pass."""
    shipped = default_checker().model
    if shipped is None:
        return np.zeros(len(texts), bool)
    inf = float("inf")
    probe = PolicyChecker(RULES.rules, dataclasses.replace(shipped, threshold=inf, strict_threshold=inf,
                                                           mention_threshold=inf))
    return np.array([RULES.check(t).blocked and not probe.check(t).blocked for t in texts])


def label(text: str, cls: str) -> str | None:
    """The rule a refused message breaks: the rules' verdict first, else its class."""
    found = RULES.check(text).categories
    if found:
        return found[0]
    return next((c for prefix, c in CLASS_PREFIXES if cls.startswith(prefix)), None)


def writer_folds(files: list[str]) -> list[np.ndarray]:
    """Five folds in which each blind set (one writer's disguises and clean messages) lies whole
    in one fold, and the rest (the corpus, round 7) is spread at random: a fold's held-out scores
    are a new writer's, as in use, and the thresholds set from them hold for one. Random folds
    put a writer's own wordings on both sides and set the thresholds too low."""
    rng = np.random.default_rng(0)
    writers = sorted({f.rsplit("_", 1)[0] for f in files if f.startswith(HARD)})
    fold_of = {w: k % FOLDS for k, w in enumerate(rng.permutation(writers))}
    spread = rng.integers(0, FOLDS, len(files))
    assigned = np.array([fold_of[f.rsplit("_", 1)[0]] if f.startswith(HARD) else spread[i]
                         for i, f in enumerate(files)])
    return [np.flatnonzero(assigned == k) for k in range(FOLDS)]


def train(refused, ordinary, targets: tuple[float, float, float], clean_weight: float = 1.0,
          mention_target: float = 0.01):
    """The model (weights, bias, thresholds, category model) and its cross-validated figures.
    The thresholds come from the five folds' held-out scores of the training data alone."""
    target, strict_target, caution_target = targets
    texts = [t for t, _, _ in refused + ordinary]
    numbers = number_words(OUT)
    skeletons = [skeleton(t)[0] for t in texts]
    x = [np.fromiter(features(tokens(s, numbers)), dtype=np.int64) for s in skeletons]
    y = np.array([1.0] * len(refused) + [0.0] * len(ordinary))
    sample = np.array([1.0] * len(refused) + [clean_weight if f.startswith(HARD) else 1.0 for _, _, f in ordinary])
    allowed = np.array([not RULES.check(t).blocked for t in texts])
    looked = np.array([RULES.looked(s, len(re.findall("[0-9]", s)), numbers) for s in skeletons])
    folds = writer_folds([f for _, _, f in refused + ordinary])
    held = np.zeros(len(x))
    w, b = np.zeros(BUCKETS), 0.0
    for k in range(FOLDS):
        train_rows = np.concatenate([folds[j] for j in range(FOLDS) if j != k])
        wk, bk = fit(x, y, train_rows, seed=k + 1, weight=sample)
        for i in folds[k]:
            held[i] = wk[x[i]].sum() + bk
        w, b = w + wk / FOLDS, b + bk / FOLDS
    # The shipped model is the mean of the five folds' models: it has seen every message, and
    # averaging takes out much of one stochastic run's noise, so its ordinary messages score no
    # higher than the single models' whose held-out scores set the thresholds.

    def at(mask: np.ndarray, share: float) -> float:
        scores = np.sort(held[(y == 0) & allowed & mask])
        return float(scores[min(len(scores) - 1, int(len(scores) * (1 - share)))])

    threshold, caution = at(~looked, target), at(np.ones(len(x), bool), caution_target)
    strict = max(threshold, at(looked, strict_target))
    says = held >= np.where(looked, strict, threshold)
    # Apps named plainly and nothing else found: refused unless the model scores the message
    # under `mention_threshold`, the score under which `mention_target` of such disguises fall.
    mention = plain_mentions(texts)
    refused_mentions = np.sort(held[(y == 1) & mention])
    mention_threshold = (float(refused_mentions[int(len(refused_mentions) * mention_target)])
                         if len(refused_mentions) else None)
    passes = mention & (held < mention_threshold) if mention_threshold is not None else np.zeros(len(x), bool)
    cv = {"folds": FOLDS, "targets": list(targets), "clean_weight": clean_weight,
          "model_caught": round(float(says[y == 1].mean()), 4),
          "model_caught_of_rules_misses": round(float(says[(y == 1) & allowed].mean()), 4),
          "rules_misses": int(((y == 1) & allowed).sum()),
          "model_refused": round(float((says & allowed)[y == 0].mean()), 4),
          "caught_with_rules": round(float((says | ~allowed)[y == 1].mean()), 4),
          "refused_with_rules": round(float((says | ~allowed)[y == 0].mean()), 4),
          "mention_target": mention_target,
          "plain_mentions_refused": int(((y == 1) & mention).sum()),
          "plain_mentions_ordinary": int(((y == 0) & mention).sum()),
          "mentions_passed_refused": int((passes & (y == 1)).sum()),
          "mentions_passed_ordinary": int((passes & (y == 0)).sum())}

    # The category model: one-vs-rest on the refused messages with a known rule.
    labelled = [(i, label(t, cls)) for i, (t, cls, _) in enumerate(refused)]
    labelled = [(i, c) for i, c in labelled if c in CATEGORIES]
    xc = [x[i] & (CATEGORY_BUCKETS - 1) for i, _ in labelled]
    category_rows, category_bias = [], []
    for k, category in enumerate(CATEGORIES):
        yc = np.array([1.0 if c == category else 0.0 for _, c in labelled])
        wc, bc = fit(xc, yc, np.arange(len(xc)), seed=100 + k, buckets=CATEGORY_BUCKETS)
        category_rows.append(wc)
        category_bias.append(bc)
    weights = np.concatenate([w, *category_rows]).astype("<f4").tobytes()
    return {"weights": weights, "bias": b, "threshold": threshold, "strict_threshold": strict,
            "caution_threshold": caution, "mention_threshold": mention_threshold,
            "category_bias": category_bias, "labelled": len(labelled), "cv": cv}


def as_model(made) -> intent.IntentModel:
    """The trained model as the checker reads it (the same float32 weights `load` would read)."""
    values = array.array("f")
    values.frombytes(made["weights"])
    if sys.byteorder != "little":
        values.byteswap()
    return intent.IntentModel(values[:BUCKETS], made["bias"], made["threshold"], made["strict_threshold"],
                              made["caution_threshold"], number_words(OUT), tuple(CATEGORIES),
                              values[BUCKETS:], tuple(made["category_bias"]), made["mention_threshold"])


def measure(checker: PolicyChecker, k: str) -> tuple[int, int, int, int]:
    """Counts on development set k: (disguises caught, of them, clean refused, of them)."""
    blocked = rows(((f"heldout_{k}_blocked.tsv", 2, 1, False),))
    clean = rows(((f"heldout_{k}_clean.tsv", 1, None, False),))
    return (sum(checker.check(t).blocked for t, _, _ in blocked), len(blocked),
            sum(checker.check(t).blocked for t, _, _ in clean), len(clean))


def missed_by_class(checker: PolicyChecker, k: str) -> str:
    """The disguises of development set k the filter lets through, counted by the writer's class
    ("phone 3  app 2"): counts only, as `policy_heldout.py` prints them."""
    missed = collections.Counter(cls for t, cls, _ in rows(((f"heldout_{k}_blocked.tsv", 2, 1, False),))
                                 if not checker.check(t).blocked)
    return "  ".join(f"{cls} {n}" for cls, n in sorted(missed.items())) or "none"


def _share(text: str) -> float:
    """A share of messages: a finite number from 0 up to, not including, 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value < 1.0:          # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{text!r} is not a share from 0 up to 1")
    return value


def _weight(text: str) -> float:
    """A weight in the loss: a finite number above 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 < value < float("inf"):  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite weight above 0")
    return value


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", type=_share, default=0.001,
                        help="share of the ordinary messages the rules allow, with nothing of theirs in them, "
                             "that the model may refuse")
    parser.add_argument("--strict-target", type=_share, default=0.0001,
                        help="the same where a rule's word or a number stands and the rules let it pass")
    parser.add_argument("--caution-target", type=_share, default=0.015,
                        help="the share of ordinary messages shown the caution (looks_off_platform)")
    parser.add_argument("--clean-weight", type=_weight, default=1.0,
                        help="weight of the blind sets' clean messages (most of them hard) in the loss")
    parser.add_argument("--mention-target", type=_share, default=0.02,
                        help="the share of the disguises the rules refuse only for apps named plainly that the "
                             "model may let pass (cross-validated): sets mention_threshold")
    parser.add_argument("--leave-out", choices=DEV_SETS, action="append", default=[],
                        help="train without this development set and print the whole filter's counts on it, "
                             "beside the shipped model's (writes nothing; may be given more than once)")
    args = parser.parse_args()
    targets = (args.target, args.strict_target, args.caution_target)
    for k in args.leave_out:
        refused = rows(tuple(f for f in REFUSED if not f[0].startswith(f"heldout_{k}_")))
        ordinary = rows(tuple(f for f in ORDINARY if not f[0].startswith(f"heldout_{k}_")))
        made = train(refused, ordinary, targets, args.clean_weight, args.mention_target)
        shipped = measure(default_checker(), k)
        retrained = measure(PolicyChecker(RULES.rules, as_model(made)), k)
        no_mentions = measure(PolicyChecker(RULES.rules, dataclasses.replace(as_model(made), mention_threshold=None)), k)
        rules_alone = measure(RULES, k)
        missed = missed_by_class(PolicyChecker(RULES.rules, as_model(made)), k)
        print(f"set {k}: rules alone {rules_alone[0]}/{rules_alone[1]}, {rules_alone[2]}/{rules_alone[3]}; "
              f"shipped model {shipped[0]}/{shipped[1]}, {shipped[2]}/{shipped[3]}; "
              f"retrained without it {retrained[0]}/{retrained[1]}, {retrained[2]}/{retrained[3]} "
              f"(without the mention test {no_mentions[0]}, {no_mentions[2]}) "
              f"(mention threshold {made['mention_threshold']}; cross-validated plain mentions: "
              f"{made['cv']['mentions_passed_refused']}/{made['cv']['plain_mentions_refused']} disguises and "
              f"{made['cv']['mentions_passed_ordinary']}/{made['cv']['plain_mentions_ordinary']} clean passed); "
              f"retrained misses by class: {missed}", flush=True)
    if args.leave_out:
        return 0
    refused, ordinary = rows(REFUSED), rows(ORDINARY)
    made = train(refused, ordinary, targets, args.clean_weight, args.mention_target)
    weights, cv = made["weights"], made["cv"]
    (OUT / "intent_model.bin").write_bytes(weights)
    meta = {
        "comment": "The policy's model of intent: made by scripts/train_policy_intent.py, see docs/policy.md.",
        "features": "tokens, token pairs, 5-byte stems and Chinese character pairs of the policy skeleton "
                    "without digits and number words, CRC-32 into 2^18 buckets (the category model: 2^16)",
        "bias": made["bias"], "threshold": made["threshold"], "strict_threshold": made["strict_threshold"],
        "caution_threshold": made["caution_threshold"], "mention_threshold": made["mention_threshold"],
        "categories": list(CATEGORIES), "category_bias": made["category_bias"],
        "weights_sha256": hashlib.sha256(weights).hexdigest(),
        "trained_on": {"refused": len(refused), "ordinary": len(ordinary), "labelled": made["labelled"],
                       "files": [f[0] for f in REFUSED + ORDINARY]},
        "cross_validated": cv,
    }
    (OUT / "intent_model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"{len(refused)} refused + {len(ordinary)} ordinary; cross-validated at the chosen threshold: model alone "
          f"{100 * cv['model_caught']:.1f}% caught ({100 * cv['model_caught_of_rules_misses']:.1f}% of what the rules "
          f"let through), {100 * cv['model_refused']:.2f}% refused; with the rules {100 * cv['caught_with_rules']:.1f}% "
          f"caught, {100 * cv['refused_with_rules']:.2f}% refused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
