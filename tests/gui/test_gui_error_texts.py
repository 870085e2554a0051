"""Every error the core can raise reaches the window in its language (issue 15, docs/languages.md
"Texts from the core"): each `KnownError` raised in desktop/core carries a text id, each id has
a template in the window's table (desktop/gui/error_texts.py) whose fields the raise gives, and
each template is translated into Spanish and Chinese."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from pathlib import Path

import pytest

import desktop.core
from desktop.core import errors as core_errors
from desktop.gui import errors
from desktop.gui.app import install_language
from desktop.gui.error_texts import TEMPLATES

CORE = Path(desktop.core.__file__).parent
# Modules only the command line reaches (a PostgreSQL administrator's commands, --now, --scale):
# their errors are English by design and never shown in the window.
CLI_ONLY = {"access.py", "clock.py", "demo_scale.py"}


def _trees() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8")) for p in sorted(CORE.rglob("*.py"))}


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def _known_classes(trees) -> tuple[set[str], set[str]]:
    """The KnownError classes of the core, and those whose __init__ gives the id itself."""
    known, naming = {"KnownError", "UsageError", "DatabaseError"}, set()
    classes = [n for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    for _ in range(5):
        for c in classes:
            if any(_name(b) in known for b in c.bases):
                known.add(c.name)
                if any(_name(b) in naming for b in c.bases):
                    naming.add(c.name)
            for call in (n for n in ast.walk(c) if isinstance(n, ast.Call) and _name(n.func) == "__init__"):
                if any(k.arg == "text_id" for k in call.keywords):
                    naming.add(c.name)
    return known, naming


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _raised() -> tuple[list[str], dict[str, list[set[str] | None]]]:
    """Raises without an id (where), and for each literal id the field names each call gives
    (None when its args are not a dict literal)."""
    trees = _trees()
    known, naming = _known_classes(trees)
    missing: list[str] = []
    ids: dict[str, list[set[str] | None]] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            keyword = next((k for k in node.keywords if k.arg == "text_id"), None)
            if keyword is not None:
                given = next((k.value for k in node.keywords if k.arg == "args"), None)
                fields = ({k.value for k in given.keys if isinstance(k, ast.Constant)}
                          if isinstance(given, ast.Dict) else set() if given is None else None)
                made = {id(c) for j in ast.walk(keyword.value) if isinstance(j, ast.JoinedStr) for c in ast.walk(j)}
                for const in ast.walk(keyword.value):      # a literal, or each branch of `a if x else b`
                    if isinstance(const, ast.Constant) and isinstance(const.value, str) and id(const) not in made:
                        ids.setdefault(const.value, []).append(fields)
            elif (_name(node.func) in known - naming and path.name not in CLI_ONLY
                  and _name(node.func) != "__init__"):
                missing.append(f"{path.relative_to(CORE)}:{node.lineno}")
    return missing, ids


def _import_core() -> None:
    """Import every core module, so that ids declared at import time (`errors.ids`, `texts`) are known."""
    for info in pkgutil.walk_packages(desktop.core.__path__, "desktop.core."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)


def test_every_known_error_raised_in_the_core_has_a_text_id():
    missing, _ = _raised()
    assert not missing, f"a KnownError without text_id= (give it one and a template): {missing}"


def test_every_id_raised_has_a_template_whose_fields_it_gives():
    _, ids = _raised()
    _import_core()
    assert len(ids) > 100
    no_template = sorted((set(ids) | core_errors.IDS) - set(TEMPLATES))
    assert not no_template, f"ids without a template in desktop/gui/error_texts.py: {no_template}"
    for text_id, calls in ids.items():
        needed = _fields(TEMPLATES[text_id][0]) | _fields(TEMPLATES[text_id][1])
        needed -= {"why"}                       # filled by the window from the error named inside
        for given in calls:
            if given is not None:
                assert needed <= given, (text_id, needed - given)


def test_no_template_is_left_without_a_raise():
    _, ids = _raised()
    _import_core()
    unused = sorted(set(TEMPLATES) - set(ids) - core_errors.IDS)
    assert not unused, f"templates no core code raises: {unused}"


@pytest.mark.parametrize("lang", ["es", "zh"])
def test_every_template_is_translated_with_its_fields(qapp, lang):
    install_language(qapp, lang)
    try:
        for text_id, (reason, hint) in TEMPLATES.items():
            fields = {name: "X" for text in (reason, hint) for name in _fields(text)}
            said = errors.explain(core_errors.KnownError("english", text_id=text_id, args=fields))
            for english, translated in ((reason, said.reason), (hint, said.hint)):
                assert "{" not in translated, (text_id, translated)         # every field filled
                if english and english != "{name}: {why}":
                    assert translated != english.format(**fields), (lang, text_id, english)
    finally:
        install_language(qapp, "en")


def test_counts_are_written_in_the_locale_digits(qapp):
    install_language(qapp, "es")
    try:
        said = errors.explain(core_errors.UsageError("x", text_id="message_too_long",
                                                     args={"length": 12345, "limit": 10000}))
    finally:
        install_language(qapp, "en")
    assert said.reason == "El mensaje tiene 12.345 caracteres; el límite es 10.000."


def test_a_summary_keeps_the_precise_english_behind_details(qapp):
    exc = core_errors.KnownError("The pack contains a link ('x/y'); packs never do.", text_id="pack_member_unsafe")
    said = errors.explain(exc)
    assert said.reason == "The language pack holds a file it must not hold; it was refused."
    assert said.detail == exc.message


def test_times_are_written_as_the_locale_writes_them(qapp):
    install_language(qapp, "es")
    try:
        said = errors.explain(core_errors.UsageError("x", text_id="dispute_too_early",
                                                     args={"order": "8190000000000104", "date": "2026-12-12T21:00:00Z"}))
    finally:
        install_language(qapp, "en")
    assert "2026-12-12T21:00:00Z" not in said.reason and "/12/" in said.reason      # 12/12/26 or 13/12/26
