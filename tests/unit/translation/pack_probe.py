"""Install one pack file in a fresh process and report what it cost, for the hostile-pack
tests (peak memory must be measured in a process of its own).

    python pack_probe.py DATA_DIR FILE

prints one JSON line: {"outcome": "installed"|"refused"|"crashed", "message", "peak_rss_mb",
"baseline_rss_mb", "seconds"}. `baseline_rss_mb` is the peak before the install started.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's peak resident size. VmHWM, not getrusage's ru_maxrss: the latter
    carries the parent's size across fork and exec, so a probe started by a big pytest
    would report pytest's memory."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def main(data_dir: str, file: str) -> int:
    from desktop.core.translation import packs

    baseline = peak_rss_mb()
    start = time.perf_counter()
    try:
        info = packs.install(Path(data_dir), Path(file))
        outcome, message = "installed", f"{info.from_code}->{info.to_code}"
    except packs.PackError as exc:
        outcome, message = "refused", str(exc)
    except Exception as exc:        # noqa: BLE001 - the probe reports what escaped
        outcome, message = "crashed", f"{type(exc).__name__}: {exc}"[:500]
    print(json.dumps({"outcome": outcome, "message": message, "peak_rss_mb": round(peak_rss_mb(), 1),
                      "baseline_rss_mb": round(baseline, 1),
                      "seconds": round(time.perf_counter() - start, 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
