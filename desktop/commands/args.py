"""Argument types shared by the commands: what argparse checks at the edge, so a bad value
is a usage error (exit 2) naming the option, never a traceback further in."""

from __future__ import annotations

import argparse
import math
import re
from pathlib import Path

from desktop.core.settings import DECLARED

# SQLite's integers, and PostgreSQL's bigint, end here: a larger id cannot name a row.
MAX_ID = 2**63 - 1


def row_id(value: str) -> int:
    """An id of a row (conversation, message, product, order): a whole number from 1 to 2**63-1."""
    try:
        number = int(value.strip(), 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an id (a whole number)") from None
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{value} is not an id (ids go from 1 to {MAX_ID})")
    return number


# A user's handle, as `desktop.core.access.HANDLE` makes them (a test keeps the two equal).
HANDLE = re.compile(r"[a-z0-9][a-z0-9._-]{0,62}")


def handle(value: str) -> str:
    """A user's handle as --user gives it: lower-case letters, digits, '.', '_' or '-' (at most
    63). Whether the user exists is the database's to say; a value that cannot be a handle is
    refused here, even by the commands that never look the user up."""
    if HANDLE.fullmatch(value) is None:
        raise argparse.ArgumentTypeError(f"{value[:80]!r} is not a handle (lower-case letters, digits, "
                                         "'.', '_' or '-', at most 63; buzon users lists them)")
    return value


# A language code, as `desktop.core.translation.pack_archive.LANG_CODE` checks a pack's (a test keeps the two equal).
LANG_CODE = re.compile(r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?")


def language_code(value: str) -> str:
    """A language's code (es, en, zh, pt-BR): anything else names no language."""
    if LANG_CODE.fullmatch(value) is None:
        raise argparse.ArgumentTypeError(f"{value[:80]!r} is not a language code (like es, en, zh, pt-BR)")
    return value


def folder(value: str) -> Path:
    """A folder given on the command line: an empty one ("", an unset variable in a script)
    would be the current folder, quietly."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty folder name (the current folder would be used)")
    return Path(value)


def database_url(value: str) -> str:
    """A database URL: an empty one would quietly be the default database."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty URL (the default database would be used)")
    return value


def row_ids(value: str) -> tuple[int, ...]:
    """Ids separated by commas ("12,40,41"), each as `row_id` checks it."""
    return tuple(row_id(part) for part in value.split(","))


def message_count(value: str) -> int:
    """A number of messages to generate: a whole number of at least 1."""
    try:
        number = int(value.replace("_", "").replace(",", "").strip(), 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a number of messages (at least 1)")
    return number


def utf8_text(value: str) -> str:
    """Text from the command line that was valid UTF-8 there: bytes that were not arrive as
    lone surrogates, which cannot be stored or shown."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError("the text is not valid UTF-8 (check the terminal's encoding)") from None
    return value


# No message can be longer than the longest `max_message_chars` allows: a text past it can only
# be refused, so a command that checks or advises on messages refuses it before the work.
LONGEST_MESSAGE = DECLARED["max_message_chars"].maximum or 20_000


def too_long(length: int | str) -> str:
    return (f"{length} characters long; no message can be longer than {LONGEST_MESSAGE:,} "
            "(the top of the max_message_chars setting)")


def message_text(value: str) -> str:
    """Text that is checked as a message would be (the content policy): valid UTF-8, and no
    longer than any message can be."""
    value = utf8_text(value)
    if len(value) > LONGEST_MESSAGE:
        raise argparse.ArgumentTypeError("the text is " + too_long(f"{len(value):,}"))
    return value


def _finite(value: str, what: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not {what}") from None
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"{value!r} is not {what} (a finite number)")
    return number


def amount(value: str) -> float:
    """An amount of money in the currency's units ("12.50"): a finite number (its range against
    the order is the core's to check)."""
    return _finite(value, "an amount (e.g. 12.50)")


def hours(value: str) -> float:
    """A number of hours ("12", "0.5"): a finite number (the range is the core's to check)."""
    return _finite(value, "a number of hours")


MAX_WAIT_S = 3600.0


def seconds(value: str) -> float:
    """Seconds to wait for a server: above 0, at most an hour."""
    number = _finite(value, "a number of seconds")
    if not 0 < number <= MAX_WAIT_S:
        raise argparse.ArgumentTypeError(f"{value} seconds is out of range (above 0, at most {MAX_WAIT_S:.0f})")
    return number


def refuse_undecodable(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Exit 2 naming the argument whose text was not valid UTF-8 on the command line (it
    arrived as lone surrogates, which no database, JSON or terminal takes). Paths are exempt:
    a file name may hold any bytes, and the commands open it as it is."""
    for dest, value in vars(args).items():
        items = value if isinstance(value, (list, tuple)) else [value]
        if any(isinstance(item, str) and not _encodes(item) for item in items):
            parser.error(f"argument {_shown(parser, dest)}: the text is not valid UTF-8 "
                         "(check the terminal's encoding)")


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(parser: argparse.ArgumentParser, dest: str) -> str:
    """How the usage names the argument stored in `dest` (its longest option, or its metavar)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found = _shown(child, dest)
                if found != dest:
                    return found
        elif action.dest == dest:
            return max(action.option_strings, key=len) if action.option_strings else (action.metavar or dest)
    return dest
