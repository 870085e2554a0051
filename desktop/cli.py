"""The `buzon` command: no subcommand opens the window; subcommands run the same core
services without one, so every action the GUI takes is scriptable (and testable with
several processes at once)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import desktop
import desktop.commands
from desktop.core.context import AppContext
from desktop.core.errors import BugError, ExitCode, KnownError

log = logging.getLogger("buzon")


def _command_modules():
    import importlib
    import pkgutil

    for info in sorted(pkgutil.iter_modules(desktop.commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"desktop.commands.{info.name}")
        if hasattr(module, "register"):
            yield module


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The parser; without the commands (none was asked for) it skips importing every
    command module, which keeps the window's cold start short."""
    parser = argparse.ArgumentParser(
        prog="buzon",
        description="Buzón: the marketplace inbox for buyers and stores, with offline translation.",
    )
    parser.add_argument("--version", action="version", version=f"buzon {desktop.__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="data folder (env BUZON_DATA_DIR; default: the platform's user data folder)")
    parser.add_argument("--database", dest="database_url", default=None, metavar="URL",
                        help="database URL (env BUZON_DATABASE_URL; default: a SQLite file in the data folder)")
    parser.add_argument("--user", dest="user_handle", default=None, metavar="HANDLE",
                        help="the account to act as (default: the demo buyer)")
    parser.add_argument("--lang", choices=("es", "en"), default=None,
                        help="language of the window (default: the system's)")
    parser.add_argument("--self-test", action="store_true",
                        help="open the window offscreen on a throw-away demo, send a message, check it, exit")
    parser.set_defaults(command=None)
    if with_commands:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for module in _command_modules():
            module.register(sub)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Global options alone open the window; anything more is parsed with every command."""
    args, rest = build_parser(with_commands=False).parse_known_args(argv)
    if rest:
        return build_parser().parse_args(argv)
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
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        ctx = make_context(args)
    except KnownError as exc:
        return _report(exc)
    try:
        if args.self_test:
            from desktop.gui.self_test import run_self_test

            return run_self_test(args)
        if args.command is None:
            from desktop.gui.app import run_gui

            return run_gui(ctx)
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
