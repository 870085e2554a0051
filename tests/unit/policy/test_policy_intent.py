"""The model of intent, a second refuser beside the rules (docs/policy.md): the shipped weights
match their record, it refuses wordings no rule names and says why in a rule's terms, it lets
the hard ordinary messages through (those of every other test file here pass with it on), and
where the rules looked at something and let it pass it needs to be surer."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys

import pytest

from desktop.config import resources_dir
from desktop.core import policy
from desktop.core.policy import CATEGORIES, PolicyChecker, intent
from desktop.core.policy.checker import default_checker
from desktop.core.policy.normalise import skeleton


def test_the_shipped_weights_are_the_recorded_ones():
    folder = resources_dir() / "policy"
    meta = json.loads((folder / "intent_model.json").read_text(encoding="utf-8"))
    raw = (folder / "intent_model.bin").read_bytes()
    assert len(raw) == 4 * (intent.BUCKETS + len(meta["categories"]) * intent.CATEGORY_BUCKETS)
    assert hashlib.sha256(raw).hexdigest() == meta["weights_sha256"]
    assert not any("hold" in name for name in meta["trained_on"]["files"])     # held-out halves stay out
    assert tuple(meta["categories"]) == CATEGORIES
    model = intent.default_model()
    assert model is not None and model.threshold == meta["threshold"]
    assert model.strict_threshold >= model.threshold > model.caution_threshold


def test_a_missing_or_damaged_model_means_rules_alone(tmp_path):
    assert intent.load(tmp_path) is None
    (tmp_path / "intent_model.json").write_text('{"bias": 0, "threshold": 1}')
    (tmp_path / "intent_model.bin").write_bytes(b"\0" * 10)
    assert intent.load(tmp_path) is None
    (tmp_path / "intent_model.json").write_text('{"bias": 0, "threshold": 1, "categories": 5}')
    assert intent.load(tmp_path) is None


def test_a_rules_folder_without_the_model_is_the_rules_alone(tmp_path):
    folder = tmp_path / "policy"
    shutil.copytree(resources_dir() / "policy", folder)
    text = "te hago mejor precio si lo arreglamos por nuestra cuenta"   # no rule names it: the model
    assert PolicyChecker.from_folder(folder).check(text).blocked
    for name in ("intent_model.json", "intent_model.bin"):
        (folder / name).unlink()
    assert not PolicyChecker.from_folder(folder).check(text).blocked


@pytest.mark.parametrize("text", [
    "mándame la plata y te hago precio",
    "ruf mich einfach an, dann klären wir das ohne die App",
    "me liga que a gente resolve sem o aplicativo",
    "打我电话，咱们不走App聊",
])
def test_it_refuses_wordings_no_rule_names(text):
    assert not PolicyChecker(default_checker().rules).check(text).blocked      # the rules alone let it through
    verdict = policy.check(text)
    assert verdict.blocked
    # Explained like any refusal: one of the five rules (its warning line), words to highlight.
    (match,) = verdict.matches
    assert match.category in CATEGORIES and verdict.categories == (match.category,)
    assert text[match.start:match.end] == match.text and match.text.strip()


def test_the_rule_it_names_fits_the_message():
    assert policy.check("lass uns das unter uns regeln, ohne Plattform").categories
    assert policy.check("il mio numero è sull'etichetta del pacco, chiamami lì e ci accordiamo").categories == ("phone",)
    assert policy.check("sur mon propre site c'est moins cher, cherchez-le sur Google").categories == ("link",)


@pytest.mark.parametrize("text", [
    # Written for this test, in the families the hard ordinary training messages cover.
    "Thanks, I'll look for the confirmation email tonight",
    "Mi número de pie es el 41, ¿qué talla me recomiendas?",
    "Ho ricevuto la mail del corriere, consegna domani",
    "Die Nummer auf dem Etikett ist die Sendungsnummer, oder?",
    "Pagherò qui nell'app appena arriva lo stipendio",
    "Paguei pelo aplicativo, aparece aprovado",
    "包裹到了，谢谢，我在这里给你好评",
    "Спасибо, оплатил через приложение, жду трек",
])
def test_new_hard_ordinary_messages_pass(text):
    assert not policy.check(text).blocked


def test_where_the_rules_looked_the_model_needs_to_be_surer():
    model = intent.default_model()
    assert model is not None
    checker = default_checker()
    # An order number, a term whose context decided, an address the detector judged: "looked".
    for text in ("pedido 1234 5678 9012 3456", "I'll check my email tonight", "juan.perez es mi nombre"):
        s = skeleton(text)[0]
        assert checker.looked(s, sum(c.isdigit() for c in s)), text
    assert not checker.looked(skeleton("te hago mejor precio si lo arreglamos")[0], 0)


def test_numbers_and_dotted_names_are_not_the_models_to_read():
    numbers = intent.default_model().numbers
    assert intent.tokens("llamame al seis uno dos 612", numbers) == [b"llamame", b"al"]
    assert intent.tokens("visita tienda.com ya") == [b"visita", b"ya"]


def test_the_caution_is_for_what_neither_refused():
    assert policy.check("escríbeme al wasap 612 345 678").blocked
    assert not policy.looks_off_platform("escríbeme al wasap 612 345 678")
    for text in ("hola, ¿tienes la talla M en negro?", "Thanks, it arrived today and fits well.", "", "ok"):
        assert not policy.looks_off_platform(text)
    # Under the refusal threshold, over the caution's: the window shows a caution, not a refusal.
    assert not policy.check("prefiero hablarlo contigo personalmente").blocked
    assert policy.looks_off_platform("prefiero hablarlo contigo personalmente")


def test_features_are_stable_across_processes():
    # CRC-32, not Python's salted hash: the same text gives the same buckets in any process.
    code = "from desktop.core.policy import intent; print(sorted(intent.features(intent.tokens('hola amigo mío'))))"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2)}
    assert len(runs) == 1
    assert all(0 <= f < intent.BUCKETS for f in intent.features(intent.tokens("x" * 10_000 + "\ud800 加我微信")))
