"""Importing the attachment widgets loads neither Pillow nor SQLAlchemy: the main window
imports them at start-up, and those libraries load on the worker (see gui/core_api.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODULES = ("attachment_strip", "drop_target", "image_viewer", "dispute_dialog")


def test_widgets_import_without_the_heavy_core():
    code = ("import sys\n"
            + "".join(f"import desktop.gui.views.{m}\n" for m in MODULES)
            + "print(sorted(n for n in ('PIL', 'sqlalchemy', 'desktop.core.attachments', 'desktop.core.disputes')"
              " if n in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
