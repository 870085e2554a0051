"""Build a Qt .qm catalogue from its .ts source with PySide6's lrelease."""

import shutil
import subprocess
import sys
from pathlib import Path


def main(paths: list[str]) -> int:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if exe is None:
        sys.stderr.write("pyside6-lrelease not found; install PySide6-Essentials\n")
        return 1
    for ts in paths:
        qm = Path(ts).with_suffix(".qm")
        subprocess.run([exe, "-silent", ts, "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
