"""Defect 16 of issue 15: a newcomer learns from the README where `buzon` is, `buzon --help`
lists the commands, and `buzon send --help` shows send's own options and an example."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.cli import COMMANDS

REPO = Path(__file__).resolve().parents[2]


def test_the_readme_says_where_the_command_lives():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("## The two commands")
    first_section = readme[start:readme.index("\n## ", start + 5)]
    assert ".venv/bin/buzon --help" in first_section and ".venv/bin/buzon send --help" in first_section


def run(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_help_lists_the_commands_and_send_help_is_sends_own():
    top = run("--help")
    assert all(name in top for name in COMMANDS)
    send = run("send", "--help")
    assert send.startswith("usage: buzon send")
    assert "--text" in send and "--product" in send and "example:" in send and COMMANDS["send"].example in send
    assert "--data-dir" not in send                       # not the global help again
