"""The training of the model of intent (`scripts/train_policy_intent.py`): it never reads a
held-out file, it learns from every development set, and its cross-validation keeps each
writer's blind set whole in one fold (so its thresholds are set on a new writer's scores)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from desktop.config import resources_dir

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def training():
    spec = importlib.util.spec_from_file_location("train_policy_intent", ROOT / "scripts" / "train_policy_intent.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_held_out_file_is_refused_before_it_is_opened(training, monkeypatch):
    opened = []
    monkeypatch.setattr(Path, "read_text", lambda self, *a, **k: opened.append(self) or "")
    for name in ("heldout_9hold_blocked.tsv", "heldout_13hold_clean.tsv", "heldout_3hold_blocked.tsv"):
        with pytest.raises(ValueError, match="held-out"):
            training.rows(((name, 2, 1, False),))
    assert opened == []


def test_it_learns_from_every_development_set_and_no_held_out_one(training):
    names = [f[0] for f in training.REFUSED + training.ORDINARY]
    assert not any("hold" in name for name in names)
    for k in ("5", "6", "7", "8", "10", "12", "14"):
        assert f"heldout_{k}_blocked.tsv" in names and f"heldout_{k}_clean.tsv" in names
    assert all((training.DATA / name).is_file() for name in names)
    recorded = (resources_dir() / "policy" / "intent_model.json").read_text(encoding="utf-8")
    assert all(f'"{name}"' in recorded for name in names)       # the shipped model is this list's


def test_each_writer_lies_whole_in_one_fold(training):
    files = (["corpus_blocked.tsv"] * 50 + ["heldout_6_blocked.tsv"] * 7 + ["heldout_6_clean.tsv"] * 9
             + ["heldout_12_clean.tsv"] * 5 + ["heldout_3dev_blocked.tsv"] * 4 + ["round7_clean.tsv"] * 20)
    folds = training.writer_folds(files)
    assert sorted(np.concatenate(folds).tolist()) == list(range(len(files)))
    fold = {i: k for k, rows in enumerate(folds) for i in rows}
    for writer in ("heldout_6", "heldout_12", "heldout_3dev"):
        assert len({fold[i] for i, f in enumerate(files) if f.startswith(writer + "_")}) == 1
    assert len({fold[i] for i, f in enumerate(files) if f == "corpus_blocked.tsv"}) > 1
    assert [r.tolist() for r in training.writer_folds(files)] == [r.tolist() for r in folds]   # deterministic
