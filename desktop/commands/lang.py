"""`buzon lang detect`: language detection of short messages, one per line of stdin.

Prints `LANG CONFIDENCE` per line, or with `--json` one {"lang","confidence"} per line.
Offline (py3langid's bundled model); the database is not opened.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import BinaryIO

from desktop.commands.output import print_json
from desktop.core.errors import UsageError
from desktop.core.translation.detect import DEFAULT_CANDIDATES, MAX_DETECT_CHARS, detect, known_languages
from desktop.core.translation.pack_archive import valid_lang_code

# What detection reads of a line, in UTF-8 bytes (up to 4 per character).
LINE_HEAD_BYTES = 4 * MAX_DETECT_CHARS


def register(subparsers) -> None:
    parser = subparsers.add_parser("lang", help="detect the language of messages",
                                   description="Language detection for short chat messages.")
    sub = parser.add_subparsers(dest="lang_command", metavar="ACTION", required=True)
    det = sub.add_parser("detect", help="detect the language of each line of standard input")
    det.add_argument("--json", action="store_true", help='one {"lang","confidence"} per line')
    det.add_argument("--candidates", metavar="LANGS", default=",".join(DEFAULT_CANDIDATES),
                     help="comma-separated plausible languages (default: %(default)s)")
    det.add_argument("--fallback", metavar="LANG", default=None,
                     help="the conversation's known language, used for one- or two-word lines")
    det.set_defaults(handler=run_detect)


def run_detect(args, ctx) -> int:
    candidates = [c.strip() for c in args.candidates.split(",") if c.strip()]
    for code in [*candidates, *([args.fallback] if args.fallback is not None else [])]:
        if not valid_lang_code(code):
            raise UsageError(f"{code!r} is not a language code.", hint="Write codes as es, en, zh, pt_BR…")
    if not set(candidates) & set(known_languages()):
        # Detection would quietly use its default languages instead.
        raise UsageError(f"The detector knows none of {args.candidates!r}.",
                         hint=f"Give some of: {', '.join(DEFAULT_CANDIDATES)}.")
    for line in line_heads(sys.stdin.buffer, LINE_HEAD_BYTES):
        result = detect(line, candidates=candidates, fallback=args.fallback)
        if args.json:
            print_json(result.to_json())
        else:
            print(f"{result.lang} {result.confidence:.3f}")
        # One answer per line as it comes, so that a pipe can converse with us.
        sys.stdout.flush()
    return 0


def line_heads(stream: BinaryIO, keep: int) -> Iterator[str]:
    """Each line of `stream` cut to its first `keep` bytes; the rest of a long line is
    read past in chunks, never held, so a gigabyte without a newline costs no memory."""
    while head := stream.readline(keep):
        if not head.endswith(b"\n"):
            while (rest := stream.readline(64 * 1024)) and not rest.endswith(b"\n"):
                pass
        # Undecodable bytes (and a character cut in two) are kept as surrogate escapes.
        yield head.decode("utf-8", errors="surrogateescape").rstrip("\r\n")
