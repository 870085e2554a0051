"""The PyInstaller entry point of the bundled `buzon` program.

`multiprocessing.freeze_support()` must run first: the attachments code starts a child
process with "spawn", and in a frozen program that child is this very executable,
started with arguments that only freeze_support understands.
"""

import multiprocessing
import os
import sys


def _main() -> int:
    multiprocessing.freeze_support()
    # A windowed build on Windows has no console: sys.stdout/stderr are None there, and
    # argparse (--version, --help) and our reports would raise on them.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    from desktop.cli import main

    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(_main())
