"""The `buzon` command: no subcommand opens the window; subcommands run the same core
services without one, so every action the GUI takes is scriptable (and testable with
several processes at once).

The commands are listed in `COMMANDS` (name, module, one line, an example): `buzon --help`
is built from the table alone, and a command imports only its own module, so a process
pays for what it runs and nothing else.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass

import desktop
from desktop import heap
from desktop.commands.args import database_url, folder, handle, refuse_undecodable
from desktop.commands.output import tolerant_output
from desktop.core import clock
from desktop.core.context import AppContext
from desktop.core.errors import BugError, ExitCode, KnownError

log = logging.getLogger("buzon")


@dataclass(frozen=True)
class Command:
    module: str          # desktop.commands.<module> registers it
    summary: str         # the line `buzon --help` shows
    example: str         # shown at the end of `buzon COMMAND --help`


COMMANDS: dict[str, Command] = {
    "demo": Command("demo", "make the demo marketplace if the database is empty; --reset makes it again",
                    "buzon demo --reset --scale 1000000"),
    "users": Command("catalogue", "list the accounts", "buzon users --json"),
    "products": Command("catalogue", "list the catalogue", "buzon products --store shenzhen-tech --json"),
    "orders": Command("catalogue", "list your orders (a seller: the store's)", "buzon --user wei orders --status shipped --json"),
    "order": Command("catalogue", "one order as its page shows it: items and tracking", "buzon order --order 7 --json"),
    "conversations": Command("chat", "list your conversations, newest first", "buzon --user wei conversations --json"),
    "messages": Command("chat", "the messages of one conversation", "buzon messages --conversation 1 --json"),
    "send": Command("chat", "send a message (to a conversation, or to a store about a product or order)",
                    "buzon send --store shenzhen-tech --product 4 --text '¿Tenéis fotos reales?'"),
    "read": Command("chat", "mark a conversation (or several) as read", "buzon read --conversations 1,4"),
    "unread": Command("chat", "mark a conversation as unread (for you only)", "buzon unread --conversation 1"),
    "delete": Command("chat", "delete a conversation or one message for you (the other side keeps it)",
                      "buzon delete --conversation 1 --message 7"),
    "policy": Command("policy", "the content policy filter", "echo 'mi wasap es 612 345 678' | buzon policy check --json"),
    "attach": Command("attach", "check files as attachments, or store them", "buzon attach check photo.jpg --json"),
    "packs": Command("packs", "list, install, remove or download language packs",
                     "buzon packs install translate-es_en-1_9.argosmodel"),
    "translate": Command("translate", "translate text offline with the installed packs",
                         "buzon translate --from es --to en '¿Cuándo llega mi pedido?'"),
    "lang": Command("lang", "detect the language of messages", "echo '你好，还有货吗？' | buzon lang detect --json"),
    "dispute": Command("dispute", "open a dispute on a delivered order, answer, escalate or decide it",
                       "buzon dispute open --order 5 --reason damaged --text 'Llegó roto' --evidence foto.jpg\n"
                       "  buzon --user wei dispute respond --order 5 --action partial --amount 10 --json\n"
                       "  buzon --now 2026-11-24T09:00Z dispute escalate --order 5\n"
                       "  buzon --user marketplace dispute decide --order 5 --decision partial --amount 15 "
                       "--text 'Half'"),
    "cancel": Command("cancel", "ask to cancel an order before it ships, or answer the request",
                      "buzon cancel request --order 2 --reason changed_mind --json\n"
                      "  buzon --user chen cancel decline --order 2 --reason already_shipped "
                      "--carrier Cainiao --tracking LP0042CN"),
    "ship": Command("cancel", "(store) mark an order shipped, with carrier and tracking number",
                    "buzon --user chen ship --order 2 --carrier Cainiao --tracking LP0042CN"),
    "evidence": Command("evidence", "export an order's evidence pack (ZIP) or verify one",
                        "buzon evidence export --order 7 pack.zip\n  buzon evidence verify pack.zip"),
    "settings": Command("settings", "list, read or change your settings",
                        "buzon settings set translate_incoming false"),
    "advice": Command("advice", "the advice the window gives: the store's time, waiting before a dispute, "
                                "writing tips, what a refusal costs",
                      "buzon advice time --conversation 1 --json"),
    "guide": Command("advice", "the guide to talking with sellers (or with buyers), as text", "buzon --lang es guide"),
    "screenshot": Command("screenshot", "render the main window to a PNG (no display needed)",
                          "buzon screenshot out.png --view messages --conversation 1"),
    "label": Command("desk", "put a store label on a conversation, take it off, or list the labels",
                     "buzon --user wei label add --conversation 4 VIP"),
    "archive": Command("desk", "archive a conversation (for you only; a new message brings it back)",
                       "buzon --user wei archive --conversation 4"),
    "unarchive": Command("desk", "bring an archived conversation back to All", "buzon --user wei unarchive --conversation 4"),
    "pin": Command("desk", "pin a conversation at the top of All (at most 20)", "buzon --user wei pin --conversation 4"),
    "unpin": Command("desk", "unpin a conversation", "buzon --user wei unpin --conversation 4"),
    "no-response": Command("desk", "mark a conversation as needing no response (out of Awaiting and of the response figures)",
                           "buzon --user wei no-response --conversation 4"),
    "store-settings": Command("desk", "the store's response target, office hours, away reply and return address",
                              "buzon --user wei store-settings --response-target-hours 12 --hours mon=09:00-18:00"),
    "stats": Command("desk", "the store's response figures: answered within the target, median, awaiting",
                     "buzon --user wei stats --days 7 --json"),
    "replies": Command("replies", "the store's quick replies: list, add, edit, remove, reorder",
                       "buzon --user wei replies add thanks --title Thanks --text '谢谢您，{buyer_name|朋友}！'"),
    "buyer": Command("buyer", "(store) the buyer of a conversation: language, time zone, orders, problems",
                     "buzon --user wei buyer --conversation 1 --json"),
    "batch-reply": Command("replies", "send a quick reply or a text to many conversations, each in its buyer's language",
                           "buzon --user wei batch-reply --filter awaiting --reply shipping --json"),
    "admin": Command("admin", "set up a store's PostgreSQL server: row-level security, users, teams",
                     "BUZON_NEW_PASSWORD=… buzon --database postgresql://owner@db/buzon admin create-user ana "
                     "--role agent --store shenzhen-tech"),
    "team": Command("team", "a store's team: assign conversations, internal notes, who is replying",
                    "buzon --user wei team assign --conversation 1 --to ana"),
    "search": Command("search", "search your messages (and their translations), products or orders",
                      "buzon --user wei search '退款 order:0104' --json"),
}


class _HelpFormatter(argparse.HelpFormatter):
    """Wraps descriptions as usual, but keeps the example's lines as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def _global_parser(*, add_help: bool = True, checked: bool = True) -> argparse.ArgumentParser:
    """The options before the command. `checked=False` takes any value (no types, no choices):
    finding where the command starts must not judge a command's own option of the same name
    (`policy check --lang fr`, `replies add … --lang en`)."""

    def check(kind):
        return kind if checked else None

    parser = argparse.ArgumentParser(
        prog="buzon", add_help=add_help, formatter_class=_HelpFormatter,
        description="Buzón: the marketplace inbox for buyers and stores, with offline translation. "
                    "Without a command it opens the window.",
        epilog="Each command has its own help: buzon COMMAND --help")
    parser.add_argument("--version", action="version", version=f"buzon {desktop.__version__}")
    parser.add_argument("--data-dir", type=check(folder), default=None,
                        help="data folder (env BUZON_DATA_DIR; default: the platform's user data folder)")
    parser.add_argument("--database", dest="database_url", default=None, metavar="URL", type=check(database_url),
                        help="database URL (env BUZON_DATABASE_URL; default: a SQLite file in the data folder)")
    parser.add_argument("--user", dest="user_handle", default=None, metavar="HANDLE", type=check(handle),
                        help="the account to act as (default: the demo buyer; on PostgreSQL the login role's user, and only it)")
    parser.add_argument("--lang", choices=check(("es", "en", "zh")), default=None,
                        help="language of the window (default: the Settings' interface language, else the "
                             "system's if es, en or zh, else the user's own; docs/languages.md)")
    parser.add_argument("--view", dest="start_view", choices=check(("products", "orders", "messages")), default=None,
                        help="the view the window opens on (default: the one it was left on)")
    parser.add_argument("--now", default=None, metavar="ISO-8601",
                        help="act as if it were this time, UTC unless the offset says otherwise "
                             "(env BUZON_NOW; for trying deadlines without waiting)")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window offscreen on a throw-away demo, send a message, check it, exit")
    parser.set_defaults(command=None)
    return parser


def build_parser(commands: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser: every command listed, with the options of `commands` (default: all of them),
    whose modules are the only ones imported."""
    parser = _global_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    wanted = COMMANDS.keys() if commands is None else [c for c in commands if c in COMMANDS]
    for module in dict.fromkeys(COMMANDS[name].module for name in wanted):
        importlib.import_module(f"desktop.commands.{module}").register(sub)
    for name, cmd in COMMANDS.items():
        real = sub.choices.get(name)
        if real is None:
            sub.add_parser(name, help=cmd.summary, description=cmd.summary)
        else:
            real.formatter_class = _HelpFormatter
            real.epilog = f"example:\n  {cmd.example}\n"
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Global options alone open the window; otherwise the named command's parser is built."""
    _probe, rest = _global_parser(add_help=False, checked=False).parse_known_args(argv)
    if not rest:
        parser = _global_parser()
        args = parser.parse_args(argv)
        refuse_undecodable(parser, args)
        return args
    command = next((word for word in rest if not word.startswith("-")), None)
    parser = build_parser([command] if command else [])
    args = parser.parse_args(argv)
    refuse_undecodable(parser, args)
    return args


def make_context(args: argparse.Namespace) -> AppContext:
    ctx = AppContext(database_url=args.database_url, user_handle=args.user_handle, lang=args.lang)
    if args.data_dir is not None:
        ctx.data_dir = args.data_dir
    return ctx


def _report(exc: KnownError) -> int:
    sys.stderr.write(f"buzon: {exc.message}\n")
    if exc.hint:
        sys.stderr.write(f"  {exc.hint}\n")
    return int(exc.exit_code)


def main(argv: list[str] | None = None) -> int:
    # NumPy comes only with the language detector (py3langid), whose products are a few thousand
    # numbers: OpenBLAS's pool of a thread per core costs more to start and keeps spinning after
    # each product (0.1 s of CPU for a `send` in Spanish) than it ever saves. A user's own setting wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    heap.pause_for_start()       # no collection while the start imports (desktop/heap.py)
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    finally:
        heap.start_done()        # whatever happened, the pause ends with main at the latest


def _main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    tolerant_output()
    args = parse_args(argv)
    try:
        # BUZON_NOW is checked here too, not only when a command reads the clock.
        now = args.now if args.now is not None else os.environ.get("BUZON_NOW") or None
        if now is not None:
            clock.set_now(clock.parse(now))
        ctx = make_context(args)
    except KnownError as exc:
        return _report(exc)
    try:
        if args.self_test:
            from desktop.gui.self_test import run_self_test

            return run_self_test(args)
        if args.command is None:
            from desktop.gui.app import run_gui

            ctx.demo_cases = True
            return run_gui(ctx, args.start_view)
        heap.start_done()        # the command's modules are imported: its own work collects as usual
        return int(args.handler(args, ctx) or 0)
    except KnownError as exc:
        return _report(exc)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except BugError as exc:
        log.exception("internal error")
        sys.stderr.write(f"buzon: internal error: {exc}\n")
        return int(ExitCode.INTERNAL)
    except Exception as exc:
        log.exception("internal error")
        sys.stderr.write(f"buzon: internal error: {type(exc).__name__}: {exc}\n")
        return int(ExitCode.INTERNAL)
    finally:
        ctx.close()
