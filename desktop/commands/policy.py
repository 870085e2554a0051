"""`buzon policy check [--json]`: the content policy filter on lines of standard input.

One verdict per input line, in order, flushed as it is made, so a script can pipe a
seller's batch of replies through it. Exit status 0 whatever the verdicts (a refusal is
an answer, not a failure); `buzon send` is the command that exits 3 on a refusal. A line
longer than any message can be (args.LONGEST_MESSAGE) is not checked: exit 2 at that line,
naming it and the limit, after the verdicts of the lines before it.
"""

from __future__ import annotations

import json
import sys

from desktop.commands.args import LONGEST_MESSAGE, language_code, too_long
from desktop.commands.output import LineTooLong, stdin_lines
from desktop.core.errors import ExitCode, UsageError
from desktop.core.policy import RULE_DESCRIPTIONS, check


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "policy", help="the content policy filter",
        description="Check messages against the marketplace's content policy.")
    sub = parser.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    check_parser = sub.add_parser(
        "check", help="one verdict per line of standard input",
        description="Read messages, one per line, on standard input and say for each whether it "
                    "would be refused, and which words break which rule. Exit status 0; 2 at a line "
                    f"longer than any message can be ({LONGEST_MESSAGE:,} characters).")
    check_parser.add_argument(
        "--json", action="store_true",
        help='one {"blocked": bool, "matches": [{"category","start","end","text"}]} per line; '
             "start/end index the line as decoded (an undecodable byte counts as one character)")
    # Its own dest: `--lang` before the command is the window's language (`buzon --lang zh policy check`).
    check_parser.add_argument("--lang", dest="text_lang", type=language_code, default=None,
                              help="the messages' language, if known")
    check_parser.set_defaults(handler=run_check)


def _printable(text: str) -> str:
    # Undecodable input bytes arrive as lone surrogates; UTF-8 output cannot carry them, so
    # each becomes U+FFFD: one character for one, so offsets still line up.
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def _human(verdict) -> str:
    if not verdict.blocked:
        return "ok"
    parts = [f"{m.category} [{m.start}:{m.end}] {_printable(m.text)!r}" for m in verdict.matches]
    rules = "; ".join(RULE_DESCRIPTIONS[c] for c in verdict.categories)
    return f"refused: {', '.join(parts)} ({rules})"


def run_check(args, ctx) -> int:
    out = sys.stdout.buffer
    try:
        for line in stdin_lines(LONGEST_MESSAGE):
            _write_verdict(out, line, args)
    except LineTooLong as exc:
        length = f"{exc.length:,}" if exc.length is not None else f"over {LONGEST_MESSAGE:,}"
        raise UsageError(f"Line {exc.number} was not checked: it is {too_long(length)}.",
                         hint="Check messages one per line.") from None
    return int(ExitCode.OK)


def _write_verdict(out, line: str, args) -> None:
    verdict = check(line, lang=args.text_lang)
    if args.json:
        obj = verdict.to_json()
        for m in obj["matches"]:
            m["text"] = _printable(m["text"])
        text = json.dumps(obj, ensure_ascii=False)
    else:
        text = _human(verdict)
    out.write(text.encode("utf-8", errors="replace") + b"\n")
    out.flush()
