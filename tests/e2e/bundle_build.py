"""Building and running PyInstaller bundles for the bundle test and benchmark.

Both bundles are built the same way: one folder, windowed, no UPX, no blanket strip
(app.spec removes the debug sections the CTranslate2 wheel ships; the hello-world's
libraries carry none).
Buzón goes through app.spec; the hello-world baseline (bundle_hello.py) through the
equivalent command-line options, so it gets PyInstaller's default Qt plugin set.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HELLO = Path(__file__).with_name("bundle_hello.py")
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILD_TIMEOUT_S = 600
FIRST_PAINT_TAG = "buzon-first-paint"


def _pyinstaller(args: list[str], log: Path) -> None:
    with log.open("w") as out:
        proc = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args],
                              cwd=REPO, stdout=out, stderr=subprocess.STDOUT, timeout=BUILD_TIMEOUT_S)
    if proc.returncode != 0:
        raise RuntimeError(f"PyInstaller failed ({proc.returncode}):\n{log.read_text()[-4000:]}")


def build_app(root: Path) -> Path:
    """Build Buzón from app.spec under `root`; returns the bundle folder (root/dist/buzon)."""
    root.mkdir(parents=True, exist_ok=True)
    _pyinstaller(["--distpath", str(root / "dist"), "--workpath", str(root / "work"), str(REPO / "app.spec")],
                 root / "pyinstaller.log")
    return root / "dist" / "buzon"


def build_hello(root: Path) -> Path:
    """Build the bare PySide6 hello-world with the options app.spec uses; returns its folder."""
    root.mkdir(parents=True, exist_ok=True)
    options = ["--onedir", "--windowed", "--noupx", "--name", "hello"]
    _pyinstaller([*options, "--distpath", str(root / "dist"), "--workpath", str(root / "work"),
                  "--specpath", str(root), str(HELLO)], root / "pyinstaller.log")
    return root / "dist" / "hello"


def executable(bundle: Path) -> Path:
    return bundle / f"{bundle.name}{EXE_SUFFIX}"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a new user: an empty HOME, no Buzón variables, no display."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "TMPDIR": str(home),
           "LANG": "C.UTF-8", "QT_LOGGING_RULES": "qt.qpa.fonts.warning=false"}
    for key in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP"):   # Windows cannot start a process without these
        if key in os.environ and sys.platform == "win32":
            env[key] = os.environ[key]
    env.update(extra)
    return env


def run(exe: Path, args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout)


def tree_bytes(folder: Path) -> int:
    """Bytes of the regular files under `folder`; symbolic links are not counted twice."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every path under `folder` with its size and modification time."""
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def first_paint_s(exe: Path, env: dict[str, str]) -> float:
    """Seconds from starting `exe` to the first paint of its window (its probe prints the time)."""
    env = {**env, "BUZON_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    proc = run(exe, [], env, timeout=60)
    for line in proc.stdout.splitlines():
        if line.startswith(FIRST_PAINT_TAG + " "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{exe.name} printed no first-paint time (exit {proc.returncode}):\n{proc.stderr[-2000:]}")


def median_first_paint(exes: dict[str, Path], env: dict[str, str], rounds: int) -> dict[str, float]:
    """Median start-up of each program, runs interleaved so that load on the machine hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in exes}
    for _ in range(rounds):
        for name, exe in exes.items():
            times[name].append(first_paint_s(exe, env))
    return {name: statistics.median(values) for name, values in times.items()}
