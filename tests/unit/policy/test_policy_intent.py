"""The model of intent (advice, never a refusal): the shipped weights match their record, it
speaks only where no rule's word stands, and it notices wordings no rule names."""

from __future__ import annotations

import hashlib
import json

import pytest

from desktop.config import resources_dir
from desktop.core import policy
from desktop.core.policy import intent


def test_the_shipped_weights_are_the_recorded_ones():
    folder = resources_dir() / "policy"
    meta = json.loads((folder / "intent_model.json").read_text(encoding="utf-8"))
    raw = (folder / "intent_model.bin").read_bytes()
    assert len(raw) == 4 * intent.BUCKETS
    assert hashlib.sha256(raw).hexdigest() == meta["weights_sha256"]
    assert "heldout_3hold_blocked.tsv" not in meta["trained_on"]["files"]     # the held-out half stays out
    model = intent.default_model()
    assert model is not None and model.threshold == meta["threshold"]


def test_a_missing_or_damaged_model_means_rules_alone(tmp_path):
    assert intent.load(tmp_path) is None
    (tmp_path / "intent_model.json").write_text('{"bias": 0, "threshold": 1}')
    (tmp_path / "intent_model.bin").write_bytes(b"\0" * 10)
    assert intent.load(tmp_path) is None


@pytest.mark.parametrize("text", [
    "mándame la plata por fuera y te hago precio",
    "vamos a hablar por otro lado, aquí me censuran",
])
def test_it_notices_wordings_no_rule_names(text):
    assert not policy.check(text).blocked
    assert policy.looks_off_platform(text)


@pytest.mark.parametrize("text", [
    "I don't need WhatsApp on it, just calls",        # a rule's word stands: its context decided
    "hola, ¿tienes la talla M en negro?",
    "Thanks, it arrived today and fits well.",
    "",
    "ok",
])
def test_it_stays_silent_where_the_rules_decided_or_nothing_is_said(text):
    assert not policy.looks_off_platform(text)


def test_a_refused_message_is_the_rules_business():
    assert policy.check("escríbeme al wasap 612 345 678").blocked
    assert not policy.looks_off_platform("escríbeme al wasap 612 345 678")


def test_features_are_stable_across_processes():
    # CRC-32, not Python's salted hash: the same text gives the same buckets in any process.
    assert sorted(intent.features("hola amigo")) == sorted(intent.features("hola amigo"))
    assert all(0 <= f < intent.BUCKETS for f in intent.features("x" * 10_000 + "\ud800"))
