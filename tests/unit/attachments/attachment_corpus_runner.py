"""Child process of the corpus test: `buzon attach check --json` (or `ingest`) on every file named on stdin.

Each file gets its own call of the real CLI entry point (`desktop.cli.main`, which the
`buzon` script runs) under a wall-clock budget (SIGALRM), and the whole process runs
under an address-space cap, so a file that hangs or balloons is reported, not fatal.
Usage: python attachment_corpus_runner.py SECONDS_PER_FILE EXTRA_MEMORY_BYTES [check|ingest] < list
"""

from __future__ import annotations

import json
import resource
import signal
import sys


class FileTimedOut(BaseException):
    """Raised by the alarm; a BaseException so the CLI's own error handling lets it through."""


def _address_space() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _on_alarm(signum, frame):
    raise FileTimedOut


def main() -> int:
    budget, extra = float(sys.argv[1]), int(sys.argv[2])
    action = sys.argv[3] if len(sys.argv) > 3 else "check"
    from desktop import cli

    cli.build_parser()      # import every command module before the cap is set
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _address_space() + extra
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    signal.signal(signal.SIGALRM, _on_alarm)
    for line in sys.stdin:
        path = line.rstrip("\n")
        code = None
        signal.setitimer(signal.ITIMER_REAL, budget)
        try:
            code = cli.main(["attach", action, "--json", path])
        except FileTimedOut:
            sys.stdout.write(json.dumps({"file": path, "timed_out": True}) + "\n")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if code not in (None, 0, 1):
            sys.stdout.write(json.dumps({"file": path, "exit": code}) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
