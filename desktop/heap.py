"""The garbage collector during a process's start.

A start makes a few hundred thousand objects that live as long as the process (modules,
classes, SQLAlchemy's registries, the schema's tables and mappers, Qt's wrappers) and
almost no garbage. While they are made, the collector keeps walking them: a young
collection every 700 new objects, and full ones that walk everything made so far, for
nothing (docs/startup.md has the figures). So `cli.main` pauses automatic collection
(`pause_for_start`) and `start_done` ends the pause once the start is over (the window's
first screen shown, or a command's modules imported): what the start made is frozen,
moved where no collection walks it again, and collection resumes for the rest.

Only a pause started here is ended here: a process that had turned the collector off
itself (or a test that never paused) keeps it as it was.
"""

from __future__ import annotations

import gc

START_LIMIT_MS = 30_000
"""A window whose first screen is not shown by then (opened minimised, its database refused)
ends the pause anyway: a pause must never outlive the start."""

_paused = False
_frozen_after_warm_up = False


def pause_for_start() -> None:
    """Stop automatic collection until `start_done()`."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def start_done() -> None:
    """Freeze what the start made and collect automatically again; once per pause (later
    calls do nothing)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def paused() -> bool:
    """True while a start's pause is on."""
    return _paused


def freeze_after_warm_up() -> None:
    """Freeze what the window's warm-up loaded (the policy's programs, the language model,
    Pillow): a full collection walked all of it, 100+ ms with the GIL held, which showed as
    a freeze while typing a search (docs/scale.md). Once per process: what a later session
    makes (a test's) is collected as usual."""
    global _frozen_after_warm_up
    if not _frozen_after_warm_up:
        _frozen_after_warm_up = True
        gc.freeze()
