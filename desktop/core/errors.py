"""The two kinds of failure (DESIGN "Errors") and the exit codes the CLI maps them to.

`KnownError` is the environment's fault (a busy or read-only database, a file that is
not an image, no language pack): the user is told what happened and what to do.
Everything else is a `BugError`: logged with its traceback, shown as an internal error.

A `KnownError` raised with a `text_id` is one the window can say in its own language: the
sentence (reason and hint, English, with `{name}` fields) is declared once in `TEXTS` with
`texts()`, the error carries the id and the field values (`args`), and the raw technical
detail (an OS message, an HTTP status) apart in `detail`. The English `message` and `hint`
are made from the same sentence, for the CLI and the log. scripts/update_translations.py puts
every declared sentence in the catalogues (context "Errors"); desktop/gui/errors.py
translates them (docs/languages.md).
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


def texts(**declared: tuple[str, str]) -> None:
    """Declare error sentences by id (at import time of the module that raises them)."""
    TEXTS.update(declared)


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
        self.text_id = text_id if text_id in TEXTS else ""
        self.args_ = {k: str(v) for k, v in (args or {}).items()}
        self.detail = detail
        if self.text_id:
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
