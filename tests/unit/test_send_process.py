"""What a `buzon send` process loads (issue 12: the send's start): in a real second process
with the policy's cache warm, the rules are not derived from the rules files again, and
nothing the send does not use is imported. An import graph, not a timing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Runs one send as `buzon` does, counting the derivations of the rules from their files.
SEND = """
import json, sys
from desktop import cli
from desktop.core.policy import kept_rules

derived = []
real = kept_rules.load_rules
kept_rules.load_rules = lambda *a, **k: derived.append(1) or real(*a, **k)
code = cli.main(sys.argv[1:])
print(json.dumps({"code": code, "derived": len(derived), "modules": sorted(sys.modules)}))
"""

# Each is loaded by another command or when the message needs it (the window's toolkit, the
# pictures' library, migrations that are due, the demo's builders, the language models).
NOT_FOR_A_SEND = ("PySide6", "PIL", "alembic", "numpy", "py3langid", "ctranslate2", "sentencepiece", "argostranslate",
                  "desktop.gui", "desktop.core.demo", "desktop.core.attachments")


def _send(tmp_path: Path, text: str, *, what: str = "--text") -> dict:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), BUZON_DATA_DIR=str(tmp_path / "data"))
    env.pop("BUZON_DATABASE_URL", None)
    out = subprocess.run([sys.executable, "-c", SEND, "--user", "wei", "send", "--conversation", "1", what, text,
                          "--json"], capture_output=True, text=True, cwd=REPO, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert json.loads(lines[0])["state"] == "sent"
    return json.loads(lines[-1])


def test_a_warm_send_derives_no_rules_and_imports_only_what_it_uses(tmp_path):
    first = _send(tmp_path, "快递到了吗？")            # makes the demo, derives and keeps the rules
    assert first["code"] == 0 and first["derived"] == 1
    second = _send(tmp_path, "什么时候发货？")
    assert second["code"] == 0 and second["derived"] == 0
    loaded = [m for m in second["modules"] if any(m == name or m.startswith(name + ".") for name in NOT_FOR_A_SEND)]
    assert loaded == []


def test_a_quick_reply_in_a_latin_script_is_sent_without_the_language_classifier(tmp_path):
    """The reply's Spanish version says its language: NumPy and the model are not loaded to
    find it again (they were, for every `send --reply` and every message of a batch)."""
    _send(tmp_path, "快递到了吗？")                     # makes the demo and warms the caches
    sent = _send(tmp_path, "shipping", what="--reply")
    assert sent["code"] == 0
    loaded = [m for m in sent["modules"] if any(m == name or m.startswith(name + ".") for name in NOT_FOR_A_SEND)]
    assert loaded == []
