"""Ops on language packs, on the session's pack worker (a download must not hold up a
message): the installed ones, the index's, install, download, remove.

Install and download report `progress(done, total)` on that worker's thread (give them a
signal's emit, which Qt queues to the GUI thread) and stop when `cancel` is set.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from typing import TYPE_CHECKING

from desktop.gui.ops import core
from desktop.gui.ops.core import packs
from desktop.gui.session import Session
from desktop.gui.worker import Op

if TYPE_CHECKING:
    from desktop.core.translation.packs import PackInfo

# The pair is installed already (`existing`, `offered_version`): the dialog asks to replace it.
__getattr__ = core.reexport(PackExists=(packs, "PackExists"))

Progress = Callable[[int, int], None]


def installed(session: Session) -> Op[list[PackInfo]]:
    return session.pack_op(packs.installed, "installed packs")


def available(session: Session) -> Op[list]:
    """The packs the argos index offers (online)."""
    return session.pack_op(lambda _data_dir: packs.available(), "available packs")


def install(session: Session, file: Path, *, replace: bool = False, progress: Progress | None = None,
            cancel: threading.Event | None = None) -> Op[PackInfo]:
    """Check and install a `.argosmodel` file; `PackExists` when the pair is installed and not `replace`."""
    return session.pack_op(lambda data_dir: packs.install(data_dir, file, replace=replace, progress=progress,
                                                          cancel=cancel), "install a pack")


def download(session: Session, package, *, replace: bool = False, progress: Progress | None = None,
             cancel: threading.Event | None = None) -> Op[PackInfo]:
    """Download a pack the index offers and install it."""
    return session.pack_op(lambda data_dir: packs.download(
        data_dir, package.from_code, package.to_code, replace=replace, package=package, progress=progress,
        cancel=cancel), "download a pack")


def remove(session: Session, from_code: str, to_code: str) -> Op[PackInfo]:
    return session.pack_op(lambda data_dir: packs.remove(data_dir, from_code, to_code), "remove a pack")
