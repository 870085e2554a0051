"""The rules files: an operator's edit takes effect without code; a broken file is reported by name."""

from __future__ import annotations

import json
import random
import re
import shutil

import pytest

from desktop.config import resources_dir
from desktop.core.errors import KnownError
from desktop.core.policy import CATEGORIES, PolicyChecker
from desktop.core.policy.pattern_text import _script, by_script
from desktop.core.policy.rules import _non_capturing, load_rules


@pytest.fixture
def rules_copy(tmp_path):
    # The rules files alone: what an operator's edit changes (the model of intent, which would
    # also refuse "escríbeme por chatzilla" unnamed, is tested in test_policy_intent.py).
    folder = tmp_path / "policy"
    shutil.copytree(resources_dir() / "policy", folder, ignore=shutil.ignore_patterns("intent_model.*"))
    return folder


def _edit(folder, category, change):
    path = folder / f"{category}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def test_shipped_rules_cover_every_category_and_compile():
    rules = load_rules(resources_dir() / "policy")
    assert {t.category for t in rules.terms} >= {"messaging_app", "email", "link", "off_platform_payment"}
    assert set(rules.descriptions) == set(CATEGORIES)


def test_an_added_term_is_caught_with_every_disguise(rules_copy):
    before = PolicyChecker.from_folder(rules_copy)
    assert not before.check("escríbeme por chatzilla").blocked
    _edit(rules_copy, "messaging_app", lambda d: d["terms"]["any"].append("chatzilla"))
    after = PolicyChecker.from_folder(rules_copy)
    for text in ("escríbeme por chatzilla", "C h a t z i l l a", "ch4tz1lla", "сhаtzіllа", "chat\u200bzilla"):
        assert after.check(text).categories == ("messaging_app",), text


def test_a_removed_term_is_no_longer_refused(rules_copy):
    def remove_bizum(data):
        for lang, terms in data["terms"].items():
            data["terms"][lang] = [t for t in terms if (t if isinstance(t, str) else t["term"]) != "bizum"]
    _edit(rules_copy, "off_platform_payment", remove_bizum)
    assert not PolicyChecker.from_folder(rules_copy).check("paga por bizum").blocked


def test_an_allowed_domain_is_an_operator_setting(rules_copy):
    assert PolicyChecker.from_folder(rules_copy).check("mira en partner-shop.com").blocked
    _edit(rules_copy, "link", lambda d: d["allowed_domains"].append("partner-shop.com"))
    checker = PolicyChecker.from_folder(rules_copy)
    assert not checker.check("mira en partner-shop.com").blocked
    assert not checker.check("https://m.partner-shop.com/x").blocked
    assert checker.check("mira en other-shop.com").blocked


def test_context_words_are_operator_settings(rules_copy):
    def needs_context(data):
        data["terms"]["any"].append({"term": "ringo", "context": {"before": ["en", "por"], "after": ["id"]}})
    _edit(rules_copy, "messaging_app", needs_context)
    checker = PolicyChecker.from_folder(rules_copy)
    assert not checker.check("ringo starr").blocked
    assert checker.check("escríbeme por ringo").blocked
    assert checker.check("ringo id: tienda").blocked


def test_number_words_are_operator_settings(rules_copy):
    # Dutch, which the shipped rules do not read (Italian was the example until it was added): 9 60 23 45 67
    dictated = "negen zestig, drieentwintig, vijfenveertig, zevenenzestig"
    assert not PolicyChecker.from_folder(rules_copy).check(dictated).blocked

    def dutch(data):
        words = data["number_words"]
        for digits, word in (("9", "negen"), ("60", "zestig"), ("23", "drieentwintig"), ("45", "vijfenveertig"),
                             ("67", "zevenenzestig")):
            words.setdefault(digits, []).append(word)
    _edit(rules_copy, "phone", dutch)
    assert PolicyChecker.from_folder(rules_copy).check(dictated).categories == ("phone",)


def test_letters_read_as_digits_are_operator_settings(rules_copy):
    assert PolicyChecker.from_folder(rules_copy).check("6l2 345 6O8").blocked
    _edit(rules_copy, "phone", lambda d: d.pop("digit_letters"))
    assert not PolicyChecker.from_folder(rules_copy).check("6l2 345 6O8").blocked


@pytest.mark.parametrize("section, value", [("number_words", {"six": ["seis"]}), ("digit_letters", {"o": "zero"})])
def test_a_bad_number_setting_is_a_known_error(rules_copy, section, value):
    _edit(rules_copy, "phone", lambda d: d.update({section: value}))
    with pytest.raises(KnownError, match="phone.json"):
        PolicyChecker.from_folder(rules_copy)


def test_broken_json_is_a_known_error_naming_the_file(rules_copy):
    (rules_copy / "email.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(KnownError, match="email.json"):
        load_rules(rules_copy)


def test_a_bad_context_pattern_is_a_known_error(rules_copy):
    _edit(rules_copy, "messaging_app",
          lambda d: d["terms"]["any"].append({"term": "foo", "context": {"before": ["(unclosed"]}}))
    with pytest.raises(KnownError, match="messaging_app.json"):
        load_rules(rules_copy)


def test_a_missing_file_is_a_known_error(rules_copy):
    (rules_copy / "phone.json").unlink()
    with pytest.raises(KnownError, match="phone.json"):
        load_rules(rules_copy)


def test_a_term_that_is_not_text_is_a_known_error(rules_copy):
    _edit(rules_copy, "email", lambda d: d["terms"]["any"].append(42))
    with pytest.raises(KnownError, match="not a string"):
        load_rules(rules_copy)


@pytest.mark.parametrize(("pattern", "expected"), [
    ("(my|our) shop", "(?:my|our) shop"),
    (r"a\(b\) (c)", r"a\(b\) (?:c)"),                  # an escaped parenthesis is a character
    ("[(]x(y)", "[(]x(?:y)"),                          # so is one in a class
    ("[^]()](q)", "[^]()](?:q)"),
    ("(?:x)(?=y)(z)", "(?:x)(?=y)(?:z)"),              # other groups are left alone
    (r"(a)\1", r"(a)\1"),                              # a group referred back to is kept
])
def test_context_groups_are_made_non_capturing(pattern, expected):
    assert _non_capturing(pattern) == expected


def test_the_shipped_contexts_capture_nothing_and_still_decide():
    # A context's groups are only looked for, never read: none of the shipped ones captures
    # (each capturing group costs at every place the engine tries it).
    rules = load_rules(resources_dir() / "policy")
    for term in rules.terms:
        for where in ("before", "after", "near", "unless", "feature", "feature_before", "feature_after", "channel"):
            pattern = getattr(term, where)
            assert pattern is None or pattern.groups == 0, (term.text, where)
    checker = PolicyChecker(rules)
    assert checker.check("mándame el dinero por paypal como amigos").blocked
    assert not checker.check("¿puedo pagar con paypal al hacer el pedido aquí?").blocked


_SCRIPTS = [("a4@", "[a4@]b"), ("a", "ab?c"), ("4", "4[0-9]"), ("б", "бв"), ("ж", "ж+"), ("微威", "[微威]信"),
            ("微", "微博"), ("л", "л[^\\W\\d_]")]


def _first_match(pattern: re.Pattern, text: str):
    m = pattern.search(text)
    return m and (m.span(), m.lastgroup)


@pytest.mark.parametrize("alternatives", [_SCRIPTS, _SCRIPTS[::-1], _SCRIPTS[3:], _SCRIPTS[:3]])
def test_alternatives_grouped_by_script_match_as_their_plain_alternation(alternatives):
    # Each alternative in a group of its own, so that which one matched shows in `lastgroup`.
    captured = [(openers, f"(?P<a{i}>{alternative})") for i, (openers, alternative) in enumerate(alternatives)]
    grouped = re.compile(by_script(captured))
    plain = re.compile("|".join(alternative for _, alternative in captured))
    assert grouped.pattern != plain.pattern or len({_script(c) for o, _ in captured for c in o}) == 1
    rng = random.Random(5)
    pieces = "a4@bc0бвжл微威信博 ."
    for text in ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]:
        assert _first_match(grouped, text) == _first_match(plain, text), text


def test_an_alternative_opening_in_two_scripts_leaves_the_alternation_plain():
    mixed = [("a", "ab"), ("v微", "[v微]信")]
    assert by_script(mixed) == "ab|[v微]信"
