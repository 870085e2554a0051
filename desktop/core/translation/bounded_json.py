"""JSON from files or servers we do not trust: size and nesting are checked before parsing.

`json.loads` recurses once per nesting level, so a file of 200,000 `[` ends in a
RecursionError (a crash, not a refusal); and a huge file costs memory before it is
refused. `loads` checks both first, in one linear pass over the brackets.
"""

from __future__ import annotations

import json
import re

MAX_DEPTH = 32
_STRUCTURE = re.compile(r'[\[\]{}"\\]')


class JsonRefused(ValueError):
    """The text is too large or too deeply nested to be parsed safely."""


def nesting_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in `text`, brackets inside strings
    ignored; linear in the length of `text` whatever it holds."""
    depth = deepest = 0
    in_string = False
    escaped_at = -1
    for token in _STRUCTURE.finditer(text):
        char, at = token.group(), token.start()
        if at == escaped_at:
            continue
        if in_string:
            if char == "\\":
                escaped_at = at + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def loads(data: bytes | str, *, max_bytes: int, max_depth: int = MAX_DEPTH) -> object:
    """Parse JSON of at most `max_bytes` and `max_depth` levels; raise `JsonRefused` (a
    ValueError, like every other reason the text is not usable JSON) otherwise."""
    if len(data) > max_bytes:
        raise JsonRefused(f"{len(data)} bytes, more than the {max_bytes} allowed")
    text = data.decode("utf-8") if isinstance(data, (bytes, bytearray)) else data
    if text.count("[") + text.count("{") > max_depth and nesting_depth(text) > max_depth:
        raise JsonRefused(f"nested more than {max_depth} levels deep")
    return json.loads(text)
