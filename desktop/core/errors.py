"""The two kinds of failure (DESIGN "Errors") and the exit codes the CLI maps them to.

`KnownError` is the environment's fault (a busy or read-only database, a file that is
not an image, no language pack): the user is told what happened and what to do.
Everything else is a `BugError`: logged with its traceback, shown as an internal error.
"""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """Process exit codes, documented in the README."""

    OK = 0
    FAILURE = 1        # a KnownError with no more specific code
    USAGE = 2          # bad arguments, unknown user, not a member of the conversation
    REFUSED = 3        # the content policy refused a message
    DATABASE = 4       # the database cannot be opened or written (locked, read-only, corrupt)
    NO_DISPLAY = 5     # the GUI cannot open a window
    INTERNAL = 70      # a BugError (EX_SOFTWARE)


class KnownError(Exception):
    """A failure caused by the environment or the user's input, with what to do about it."""

    exit_code: ExitCode = ExitCode.FAILURE

    def __init__(self, message: str, *, hint: str = "", exit_code: ExitCode | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class UsageError(KnownError):
    """The caller asked for something that cannot be: unknown handle, id, option."""

    exit_code = ExitCode.USAGE


class DatabaseError(KnownError):
    """The database file or server cannot be used as asked."""

    exit_code = ExitCode.DATABASE


class BugError(Exception):
    """A failure that is Buzón's fault. Tests fail on it."""

    exit_code = ExitCode.INTERNAL
