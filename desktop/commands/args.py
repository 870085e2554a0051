"""Argument types shared by the commands: what argparse checks at the edge, so a bad value
is a usage error (exit 2) naming the option, never a traceback further in."""

from __future__ import annotations

import argparse

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
