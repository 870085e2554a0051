"""`buzon demo [--reset] [--scale N]`: make the demo marketplace (again), optionally with a
busy seller's inbox of N generated messages. On PostgreSQL it also turns row-level security on
(`buzon admin init`) and gives every demo user a login role whose password is the handle
(`buzon admin demo-roles`), so each person, the agent Mei included, can connect as themselves."""

from __future__ import annotations

import sys

from desktop.commands.args import message_count
from desktop.core import demo
from desktop.core.errors import KnownError, UsageError


def register(sub) -> None:
    p = sub.add_parser("demo", help="make the demo marketplace if the database is empty; --reset makes it again",
                       description="Make the demo marketplace if the database is empty; --reset replaces every row "
                                   "with it. --scale N adds a busy seller's inbox: N messages over about N/50 "
                                   "conversations for wei of Shenzhen Tech, with N/100 orders and N/200 products "
                                   "(deterministic: the same N makes the same database).")
    p.add_argument("--reset", action="store_true", help="remove every row and make the demo again")
    p.add_argument("--scale", type=message_count, metavar="N",
                   help="also generate N messages (e.g. 1000000: 20,000 conversations, about a minute)")
    p.set_defaults(handler=run)


def _progress(text: str) -> None:
    print(f"  {text}", flush=True)


def run(args, ctx) -> int:
    db = ctx.db(seed_demo=False)
    if args.scale is not None:
        from desktop.core import demo_scale

        if not args.reset and not demo.is_empty(db):
            raise UsageError(f"{db.where} already has data.", hint="Add --reset to replace it.")
        summary = demo_scale.generate(db, args.scale, progress=_progress)
        print(f"The demo marketplace with {summary.messages:,} more messages in {summary.conversations:,} "
              f"conversations was made in {db.where}.")
    elif args.reset:
        demo.reset(db, cases=True)
        print(f"The demo marketplace was made again in {db.where}.")
    elif demo.ensure_demo(db, cases=True):
        print(f"The demo marketplace was made in {db.where}.")
    else:
        print(f"{db.where} already has data; use --reset to replace it with the demo.")
        return 0
    _logins(db)
    return 0


def _logins(db) -> None:
    """On PostgreSQL: row-level security on, and a login role per demo user (issue 18 §2). A
    role that may not create roles still gets its demo, with a warning saying what to run."""
    if db.engine.dialect.name != "postgresql":
        return
    from desktop.core import access

    try:
        access.init(db)
        handles = access.demo_roles(db)
    except KnownError as exc:
        print(f"warning: the demo's login roles were not made: {exc}", file=sys.stderr)
        print("  Run `buzon admin init` and `buzon admin demo-roles` as a role that may create roles.",
              file=sys.stderr)
        return
    print(f"{len(handles)} login roles ({', '.join(handles)}), each password the handle: "
          f"connect as one with postgresql://HANDLE@HOST/DB (that user acts; no --user needed).")
