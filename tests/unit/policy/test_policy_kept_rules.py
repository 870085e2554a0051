"""The rules as derived from the rules files, kept with the compiled programs (issue 12): the
next build takes them instead of deriving them again, they are the ones the files make, they
follow the files' bytes, and a derivation that is not what this code makes is ignored."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from desktop.config import resources_dir
from desktop.core.policy import PolicyChecker, checker, kept_rules, pattern_store
from desktop.core.policy.pattern_store import PREFIX, SUFFIX, PatternStore

SAMPLES = ["hola, ¿tienen la talla 39?", "wasap 612345678", "Contact us at ventas@mi-tienda.com", "margeleT no em dda",
           "te, e, ele, e, ge, erre, a, eme", "empieza por 655 12 y termina en 34 56", "I changed my email in the app",
           "je préfère un virement direct, sans la plateforme", "我的手机六五五一二三四五六七", "gracias.Me encanta",
           "O6 I2 E4 S6 78 (O=0, I=1, E=3, S=5)", "ppastahw em dda", "escríbeme por chatzilla"]


@pytest.fixture
def rules(tmp_path):
    folder = tmp_path / "policy"
    shutil.copytree(resources_dir() / "policy", folder)
    return folder


@pytest.fixture
def derivations(monkeypatch):
    """How many times the rules were derived from the files."""
    calls = []
    real = kept_rules.load_rules

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(kept_rules, "load_rules", counted)
    return calls


def kept_file(cache):
    files = list(cache.glob(f"{PREFIX}*{SUFFIX}"))
    assert len(files) == 1, files
    return files[0]


def refuses_chatzilla(c: PolicyChecker) -> bool:
    """Whether the term "chatzilla" (added by a test) is one of the words the rules refuse (the
    rules alone: the model of intent refuses the sentence anyway, its span a guess from words)."""
    return any("chatzilla" in m.text for m in PolicyChecker(c.rules).check("escríbeme por chatzilla").matches)


def verdicts(c: PolicyChecker) -> list:
    return [c.check(t).to_json() for t in SAMPLES]


def compiled_sources(monkeypatch, build) -> tuple[PolicyChecker, list[tuple[str, int]]]:
    """The checker `build()` makes, and every pattern compiled through the store for it, in order."""
    seen: list[tuple[str, int]] = []
    real = PatternStore.compile

    def recording(self, source, flags=0):
        seen.append((source, flags))
        return real(self, source, flags)

    monkeypatch.setattr(PatternStore, "compile", recording)
    made = build()
    monkeypatch.setattr(PatternStore, "compile", real)
    return made, seen


def test_the_next_build_takes_the_kept_rules_and_they_are_the_derived_ones(rules, tmp_path, monkeypatch,
                                                                         derivations):
    cache = tmp_path / "cache"
    derived, derived_sources = compiled_sources(monkeypatch, lambda: PolicyChecker.from_folder(rules, cache))
    assert len(derivations) == 1
    kept, kept_sources = compiled_sources(monkeypatch, lambda: PolicyChecker.from_folder(rules, cache))
    assert len(derivations) == 1                      # not derived again
    assert kept.rules.patterns.loaded == len(set(kept_sources)) > 50
    # The same terms with equal patterns (source, flags and program), the files' other sections
    # in the files' order (the detectors build their alternatives in it), and every pattern the
    # detectors build from them, in the same order.
    assert kept.rules.terms == derived.rules.terms
    assert kept.rules.term_regex == derived.rules.term_regex
    assert kept.rules.term_of.keys() == derived.rules.term_of.keys()
    assert kept.rules.descriptions == derived.rules.descriptions
    assert json.dumps(kept.rules.settings) == json.dumps(derived.rules.settings)
    assert kept_sources == derived_sources
    assert verdicts(kept) == verdicts(derived) == verdicts(PolicyChecker.from_folder(rules))


def test_a_pattern_terms_share_stays_one_object(rules, tmp_path):
    cache = tmp_path / "cache"
    PolicyChecker.from_folder(rules, cache)
    kept = PolicyChecker.from_folder(rules, cache).rules
    fresh = PolicyChecker.from_folder(rules).rules

    def distinct(r):
        return len({id(t.before) for t in r.terms if t.before is not None})

    assert distinct(kept) == distinct(fresh)


def test_a_rules_edit_is_derived_from_the_files_then_kept(rules, tmp_path, derivations):
    cache = tmp_path / "cache"
    PolicyChecker.from_folder(rules, cache)
    path = rules / "messaging_app.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["terms"]["any"].append("chatzilla")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert refuses_chatzilla(PolicyChecker.from_folder(rules, cache))
    assert len(derivations) == 2
    assert refuses_chatzilla(PolicyChecker.from_folder(rules, cache))
    assert len(derivations) == 2


def test_the_rules_kept_under_a_key_are_of_the_bytes_it_hashed(rules, tmp_path, monkeypatch):
    """A rules file changed between hashing it and reading it: the rules built, and kept under
    that key, are those of the bytes hashed, never the newer file's."""
    cache = tmp_path / "cache"
    path = rules / "messaging_app.json"
    before = path.read_bytes()
    data = json.loads(before)
    data["terms"]["any"].append("chatzilla")
    edited = json.dumps(data, ensure_ascii=False).encode()
    real = pattern_store.source_key

    def edit_after_hashing(contents):
        key = real(contents)
        path.write_bytes(edited)
        return key

    monkeypatch.setattr(checker, "source_key", edit_after_hashing)
    assert not refuses_chatzilla(PolicyChecker.from_folder(rules, cache))
    monkeypatch.setattr(checker, "source_key", real)
    path.write_bytes(before)                              # the bytes of that key again: its rules
    assert not refuses_chatzilla(PolicyChecker.from_folder(rules, cache))
    path.write_bytes(edited)
    assert refuses_chatzilla(PolicyChecker.from_folder(rules, cache))


def _rewrite(path, change) -> None:
    """The file with its index changed by `change(index)`, its checksum made valid again."""
    data = path.read_bytes()
    head_end = data.index(b"\n")
    index_end = data.index(b"\n", head_end + 1)
    index = json.loads(data[head_end + 1:index_end])
    change(index)
    body = json.dumps(index).encode() + b"\n" + data[index_end + 1:]
    path.write_bytes(f"{pattern_store.MAGIC} {hashlib.sha256(body).hexdigest()}\n".encode() + body)


def _term_option(name):
    return kept_rules.TERM_FIELDS.index(name)


DAMAGE = {
    "missing": lambda d: None,
    "not_an_object": lambda d: [],
    "fewer_options": lambda d: d["terms"][0].pop(),
    "a_string_for_a_number": lambda d: d["terms"][0].__setitem__(_term_option("window"), "40"),
    "a_bool_for_a_number": lambda d: d["terms"][0].__setitem__(_term_option("window"), True),
    "a_number_for_a_bool": lambda d: d["terms"][0].__setitem__(_term_option("suffix"), 1),
    "a_list_for_a_pattern": lambda d: d["terms"][0].__setitem__(_term_option("before"), ["x"]),
    "a_source_outside": lambda d: d.__setitem__("term_regex", {"re": len(d["sources"]) + 5}),
    "other_flags": lambda d: d["sources"][0].__setitem__(1, 2),
    "a_source_that_does_not_compile": lambda d: d["sources"][d["term_regex"]["re"]].__setitem__(0, "(unclosed"),
    "another_shape_of_term": lambda d: d.__setitem__("term_fields", d["term_fields"][::-1]),
    "settings_not_an_object": lambda d: d.__setitem__("settings", "phone"),
    "a_description_not_text": lambda d: d["descriptions"].__setitem__("email", 3),
    "no_terms": lambda d: d.pop("terms"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_kept_derivation_that_is_not_what_the_code_makes_is_ignored(rules, tmp_path, derivations, damage):
    cache = tmp_path / "cache"
    expected = verdicts(PolicyChecker.from_folder(rules, cache))

    def change(index):
        if damage == "missing":
            index.pop("derived")
        elif damage == "not_an_object":
            index["derived"] = []
        else:
            DAMAGE[damage](index["derived"])

    _rewrite(kept_file(cache), change)
    derivations.clear()
    damaged = PolicyChecker.from_folder(rules, cache)
    assert len(derivations) == 1                      # derived from the files again
    assert verdicts(damaged) == expected
    # Kept again, whole: the next build takes it.
    derivations.clear()
    assert verdicts(PolicyChecker.from_folder(rules, cache)) == expected
    assert derivations == []


def test_without_a_cache_folder_the_rules_are_derived_and_nothing_kept(rules, tmp_path, derivations):
    PolicyChecker.from_folder(rules)
    PolicyChecker.from_folder(rules)
    assert len(derivations) == 2
    assert not list(tmp_path.rglob(f"*{SUFFIX}"))


def test_a_rules_option_that_cannot_be_kept_leaves_the_rules_derived_each_time(rules, tmp_path, monkeypatch,
                                                                              derivations):
    """A term option of a type the module does not write (a new option, say) is never written
    wrongly: the rules are derived in every process, as before they were kept."""
    real = kept_rules.to_json

    def refuses(r):
        object.__setattr__(r.terms[0], "window", 40.5)
        try:
            return real(r)
        finally:
            object.__setattr__(r.terms[0], "window", 40)

    monkeypatch.setattr(kept_rules, "to_json", refuses)
    cache = tmp_path / "cache"
    first = verdicts(PolicyChecker.from_folder(rules, cache))
    assert verdicts(PolicyChecker.from_folder(rules, cache)) == first
    assert len(derivations) == 2
