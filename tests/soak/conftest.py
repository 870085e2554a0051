"""`make soak` only: long fault loops, never collected by `make test` (which runs a short
version of each in tests/e2e). BUZON_SOAK_KILLS sets how many senders the crash loop kills."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

if not os.environ.get("BUZON_SOAK_KILLS"):
    collect_ignore_glob = ["test_*.py"]
