"""Real disk faults for the database tests, run as root inside a private mount namespace
(`unshare -m`), so the small file systems it mounts are seen by nobody else and vanish
with it.

    unshare -m python disk_fault_child.py full MOUNT DB FREE_BYTES...
        for each FREE_BYTES: a 2 MB tmpfs at MOUNT holding a copy of DB, filled until only
        FREE_BYTES are left; `buzon send` into it; then the filler is removed and the
        database checked. One JSON line per run.
    unshare -m python disk_fault_child.py read-only MOUNT DB
        a read-only tmpfs at MOUNT holding a copy of DB; `buzon conversations` with MOUNT as
        the data folder, and with a folder that would have to be created inside it.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path


def sh(*argv: str) -> None:
    subprocess.run(argv, check=True)


def buzon(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *argv], capture_output=True, text=True, timeout=120)


def messages(db: Path) -> tuple[str, list[str]]:
    con = sqlite3.connect(db)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        texts = [row[0] for row in con.execute("SELECT text FROM messages ORDER BY id")]
    finally:
        con.close()
    return integrity, texts


def fill(mount: Path, leave: int) -> None:
    free = shutil.disk_usage(mount).free
    with open(mount / "filler", "wb") as out:
        try:
            out.write(b"\0" * max(free - leave, 0))
        except OSError:
            pass


def full(mount: Path, source: Path, free_values: list[int]) -> None:
    for leave in free_values:
        sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount))
        try:
            db = mount / "buzon.sqlite3"
            shutil.copyfile(source, db)
            _, before = messages(db)
            fill(mount, leave)
            free = shutil.disk_usage(mount).free
            text = f"lleno {leave}"
            done = buzon("--data-dir", str(mount), "send", "--conversation", "1", "--text", text, "--json")
            (mount / "filler").unlink()
            integrity, after = messages(db)
            print(json.dumps({"leave": leave, "free": free, "exit": done.returncode, "stderr": done.stderr,
                              "integrity": integrity, "kept": after[:len(before)] == before,
                              "stored": after.count(text)}), flush=True)
        finally:
            sh("umount", str(mount))


def read_only(mount: Path, source: Path) -> None:
    sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount))
    try:
        shutil.copyfile(source, mount / "buzon.sqlite3")
        sh("mount", "-o", "remount,ro", str(mount))
        for data_dir in (mount, mount / "new-folder"):
            done = buzon("--data-dir", str(data_dir), "conversations", "--json")
            print(json.dumps({"data_dir": str(data_dir), "exit": done.returncode, "stderr": done.stderr}), flush=True)
    finally:
        sh("umount", str(mount))


def main(argv: list[str]) -> int:
    scenario, mount, source, *rest = argv
    os.environ.pop("BUZON_DATABASE_URL", None)
    if scenario == "full":
        full(Path(mount), Path(source), [int(v) for v in rest])
    elif scenario == "read-only":
        read_only(Path(mount), Path(source))
    else:
        raise SystemExit(f"unknown scenario {scenario}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
