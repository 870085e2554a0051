"""`buzon demo [--reset]`: make the demo marketplace (again)."""

from __future__ import annotations

from desktop.core import demo


def register(sub) -> None:
    p = sub.add_parser("demo", help="make the demo marketplace if the database is empty; --reset makes it again")
    p.add_argument("--reset", action="store_true", help="remove every row and make the demo again")
    p.set_defaults(handler=run)


def run(args, ctx) -> int:
    db = ctx.db(seed_demo=False)
    if args.reset:
        demo.reset(db)
        print(f"The demo marketplace was made again in {db.where}.")
    elif demo.ensure_demo(db):
        print(f"The demo marketplace was made in {db.where}.")
    else:
        print(f"{db.where} already has data; use --reset to replace it with the demo.")
    return 0
