"""The two kinds of failure (DESIGN "Errors") and the exit codes the CLI maps them to.

`KnownError` is the environment's fault (a busy or read-only database, a file that is
not an image, no language pack): the user is told what happened and what to do.
Everything else is a `BugError`: logged with its traceback, shown as an internal error.

Every `KnownError` the core raises carries a `text_id` (a stable key) and its fields
(`args`, strings), and the raw technical detail (an OS message, an HTTP status, the exact flaw
of a file) apart in `detail`: the window says it in its own language from its table of
templates (desktop/gui/error_texts.py, one per id, translated in context "Errors"); the CLI
and the log keep the English `message` and `hint` (the CLI's JSON adds the id as `error_id`).
An error whose English is the same as the window's may be declared once in `TEXTS` with
`texts()` and raised with the id alone. Ids made at run time (`f"db_{fault}"`) are listed with
`ids()`, so that tests/gui/test_gui_error_texts.py can check that every id has a template.
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


# id -> (reason, hint): the sentences of the errors the window translates (English, `{name}` fields).
TEXTS: dict[str, tuple[str, str]] = {}


# Ids the core makes at run time (not written as a literal `text_id="…"`).
IDS: set[str] = set()


def texts(**declared: tuple[str, str]) -> None:
    """Declare error sentences by id (at import time of the module that raises them)."""
    TEXTS.update(declared)
    IDS.update(declared)


def ids(*made: str) -> None:
    """Declare the ids a module makes at run time."""
    IDS.update(made)


texts(
    no_connection=("Cannot reach {host}: no internet connection, or the server is down.",
                   "Check the network connection, or install a pack from a file."),
    no_answer=("No answer from {host} within {seconds} s.",
               "Check the network connection, or install a pack from a file."),
    server_refused=("{host} refused the request ({status}).", "Try again later, or install a pack from a file."),
    download_failed=("The download from {host} failed.", "Check the network connection and try again."),
    download_stalled=("The download from {host} stopped for {seconds} s.",
                      "Check the network connection and try again."),
    download_cancelled=("The download was cancelled.", ""),
)


class KnownError(Exception):
    """A failure caused by the environment or the user's input, with what to do about it."""

    exit_code: ExitCode = ExitCode.FAILURE

    def __init__(self, message: str = "", *, hint: str = "", exit_code: ExitCode | None = None,
                 text_id: str = "", args: dict[str, object] | None = None, detail: str = ""):
        self.text_id = text_id
        self.args_ = {k: str(v) for k, v in (args or {}).items()}
        self.detail = detail
        if self.text_id in TEXTS:
            reason, default_hint = TEXTS[self.text_id]
            message = message or reason.format(**self.args_)
            hint = hint or default_hint.format(**self.args_)
        super().__init__(message)
        self.message = message
        self.hint = hint
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        text = f"{self.message} {self.hint}".strip()
        return f"{text} ({self.detail})" if self.detail and self.detail not in text else text


class UsageError(KnownError):
    """The caller asked for something that cannot be: unknown handle, id, option."""

    exit_code = ExitCode.USAGE


class DatabaseError(KnownError):
    """The database file or server cannot be used as asked."""

    exit_code = ExitCode.DATABASE


class BugError(Exception):
    """A failure that is Buzón's fault. Tests fail on it."""

    exit_code = ExitCode.INTERNAL
