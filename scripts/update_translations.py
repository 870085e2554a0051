"""Regenerate the translation sources (resources/translations/*.ts) from the GUI's code,
keeping every translation already made.

    .venv/bin/python scripts/update_translations.py

It runs PySide6's lupdate over desktop/gui with `-locations none` (no file names or line
numbers in the catalogue, so branches that move code around do not conflict on them).
Strings gone from the code stay in the catalogue as `type="vanished"`: a translation memory
(never built into the .qm) that lupdate reuses when the text comes back, for instance when a
branch that adds it is merged after its strings were translated here. `--prune` drops them. The sentences the GUI
shows from the core's own texts (the content policy's rules and warning, which lupdate
cannot see in a `translate()` call with a variable) are added in the "PolicyRules"
context from `desktop.core.policy`; the window's sentences for the core's errors are in
desktop/gui/error_texts.py (context "Errors"), which lupdate reads. New strings come out untranslated
(`type="unfinished"`): translate them (Qt Linguist: `pyside6-linguist FILE.ts`), then
`make translations` builds the .qm files. `buzon_en.ts` holds only the English plural forms
(lupdate's `-pluralonly`).

    .venv/bin/python scripts/update_translations.py --check

regenerates copies instead and exits 1, naming them, when a string of the code has no
translation (new, or changed since it was translated), or when the committed catalogue is not
up to date with the code (a translation waiting in the memory: run this script): what the
tests run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CORE_CONTEXT = "PolicyRules"       # desktop/gui/views/policy_warning.py translates these


def core_sentences() -> list[str]:
    """The core's sentences the GUI translates at run time."""
    from desktop.core import policy

    return [policy.WARNING_EN, *policy.RULE_DESCRIPTIONS.values()]


def lupdate() -> str:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if exe is None:
        raise SystemExit("pyside6-lupdate not found; install PySide6-Essentials")
    return exe


def untranslated(ts: Path) -> list[str]:
    """The source texts of a catalogue that have no finished translation."""
    import xml.etree.ElementTree as ET

    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return found


def active(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation of the entries the .qm is built from (not vanished)."""
    import xml.etree.ElementTree as ET

    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found[(context.findtext("name") or "", message.findtext("source") or "")] = "\x00".join(forms)
    return found


def update(ts: Path, sources: list[str], core: Path, *, prune: bool = False) -> None:
    # English is the language of the code: its catalogue holds only the plural forms
    # ("%n file(s)" → "1 file", "2 files").
    only_plurals = ["-pluralonly"] if ts.name == "buzon_en.ts" else []
    subprocess.run([lupdate(), *sources, str(core), "-ts", str(ts), "-locations", "none",
                    *(["-no-obsolete"] if prune else []), *only_plurals, "-silent"], check=True)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    prune = "--prune" in argv
    sources = sorted(str(p) for p in (REPO / "desktop" / "gui").rglob("*.py"))
    catalogues = sorted((REPO / "resources" / "translations").glob("*.ts"))
    missing = []
    with tempfile.TemporaryDirectory() as tmp:
        core = Path(tmp) / "core_sentences.py"
        lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
        lines += [f"QT_TRANSLATE_NOOP({CORE_CONTEXT!r}, {text!r})" for text in core_sentences()]
        core.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for ts in catalogues:
            target = Path(shutil.copy(ts, tmp)) if check else ts
            update(target, sources, core, prune=prune)
            missing += [f"{ts.name}: {text}" for text in untranslated(target)]
            if check and active(target) != active(ts):
                missing.append(f"{ts.name}: not up to date with the code (run scripts/update_translations.py)")
    if missing:
        sys.stderr.write("untranslated:\n" + "\n".join(f"  {m}" for m in missing) + "\n")
    return 1 if check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
