"""The Spanish catalogue: every string of the window translated, the core's policy sentences
included, and no file names or line numbers in it (scripts/update_translations.py)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.config import resources_dir
from desktop.core import policy
from desktop.gui.views.policy_warning import warning_text

REPO = Path(__file__).resolve().parents[2]
TS = resources_dir() / "translations" / "buzon_es.ts"


def test_every_string_of_the_code_has_its_spanish():
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "update_translations.py"), "--check"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr


def test_the_catalogue_has_no_locations_and_the_policy_sentences():
    root = ET.parse(TS).getroot()
    assert not list(root.iter("location"))
    rules = {m.findtext("source"): m.findtext("translation") for c in root.iter("context")
             if c.findtext("name") == "PolicyRules" for m in c.iter("message")}
    assert set(rules) == {policy.WARNING_EN, *policy.RULE_DESCRIPTIONS.values()}
    assert rules[policy.WARNING_EN] == policy.WARNING_ES


def test_the_policy_warning_reads_the_cores_sentences_in_spanish(qapp, tmp_path):
    from desktop.core.outbox import PolicyRefusal

    qm = tmp_path / "buzon_es.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        text = warning_text(PolicyRefusal(policy.check("mi wasap es 612 345 678")))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text.startswith(policy.WARNING_ES)
    assert "• No están permitidos los números de teléfono." in text


def test_no_alias_hides_strings_from_the_catalogue():
    # lupdate reads `QCoreApplication.translate("Context", "text")` and `self.tr("text")`; a call
    # through a local alias (`t = QCoreApplication.translate; t("Ctx", "…")`) is invisible to it,
    # and its strings stay English in every language (46 were, in the order section's labels).
    import re
    from pathlib import Path

    gui = Path(__file__).resolve().parents[2] / "desktop" / "gui"
    aliased = [str(p.relative_to(gui)) for p in gui.rglob("*.py")
               if re.search(r"^\s*\w+\s*=\s*QCoreApplication\.translate\s*(#.*)?$", p.read_text(encoding="utf-8"), re.M)]
    assert aliased == []


def test_a_placeholder_example_keeps_its_names_and_has_a_fallback_in_the_language():
    """The batch reply's example said "{buyer_name|there}" in Spanish and Chinese: a fallback
    is written in the buyer's language, as the quick replies manager's "{buyer_name|amigo}"."""
    import re

    braces = re.compile(r"\{([a-z_]+)(?:\|([^{}]*))?\}")
    for ts in ("buzon_es.ts", "buzon_zh_CN.ts"):
        root = ET.parse(resources_dir() / "translations" / ts).getroot()
        for m in root.iter("message"):
            source, translation = m.findtext("source") or "", m.findtext("translation") or ""
            said, put = braces.findall(source), braces.findall(translation)
            if not said or m.find("translation").get("type") in ("vanished", "obsolete"):
                continue
            assert {n for n, _ in said} == {n for n, _ in put}, (ts, source)     # order and repeats may differ
            english, local = dict(said), dict(put)
            assert all(not english[n] or local[n] != english[n] for n in english), (ts, translation)
