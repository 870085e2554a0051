"""`buzon admin init|create-user|grant|revoke|demo-roles`: a store's PostgreSQL server, run by
the database's owner (`desktop.core.access`; docs/postgresql.md)."""

from __future__ import annotations

import os

from desktop.commands.output import print_json
from desktop.core import access

PASSWORD_ENV = "BUZON_NEW_PASSWORD"


def register(sub) -> None:
    p = sub.add_parser("admin", help="set up a store's PostgreSQL server: row-level security, users, teams",
                       description="Run by the database's owner (the role that made it) on a PostgreSQL "
                                   "server: each person gets their own login role, and the server decides "
                                   "what each one sees.")
    actions = p.add_subparsers(dest="admin_action", metavar="ACTION", required=True)

    i = actions.add_parser("init", help="the users' group role, its rights and row-level security on every table",
                           description="Create the group role buzon_users, grant it the application's rights and "
                                       "turn on row-level security (ENABLE and FORCE) with Buzón's policies on "
                                       "every table holding people's data. Safe to run again after an upgrade.")
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=run_init)

    c = actions.add_parser("create-user", help="a person's login role (named after the handle) and user row",
                           description="Create the login role HANDLE and its user. The password is read from "
                                       f"{PASSWORD_ENV} (never from the command line, where others can see it); "
                                       "without it the role can only log in by other means (e.g. peer or cert).")
    c.add_argument("handle", metavar="HANDLE")
    c.add_argument("--role", required=True, choices=("buyer", "seller", "agent"))
    c.add_argument("--store", metavar="H", help="the store of a seller or agent (its handle)")
    c.add_argument("--name", default="", help="the name shown to others (default: the handle)")
    c.add_argument("--language", default="es", help="the person's language (default es)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=run_create_user)

    for name, fn, text in (("grant", run_grant, "put a person on a store's team (they see its conversations)"),
                           ("revoke", run_revoke, "take a person off a store's team")):
        g = actions.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        g.add_argument("--store", required=True, metavar="H")
        g.add_argument("handle", metavar="HANDLE")
        g.add_argument("--json", action="store_true")
        g.set_defaults(handler=fn)

    d = actions.add_parser("demo-roles", help="a login role for every demo user, the password its handle",
                           description="For the demo only: a login role for every user, whose password is "
                                       "the handle (lucia/lucia, wei/wei...).")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=run_demo_roles)


def _say(args, obj: dict, line: str) -> int:
    if args.json:
        print_json(obj)
    else:
        print(line)
    return 0


def run_init(args, ctx) -> int:
    tables = access.init(ctx.db())
    return _say(args, {"group": access.GROUP, "tables": tables},
                f"row-level security on {len(tables)} tables; group role {access.GROUP}")


def run_create_user(args, ctx) -> int:
    new = access.NewUser(args.handle, args.role, args.store, args.name, args.language)
    uid = access.create_user(ctx.db(), new, os.environ.get(PASSWORD_ENV) or None)
    return _say(args, {"id": uid, "handle": args.handle, "role": args.role, "store": args.store},
                f"user {args.handle} ({args.role}) can log in as role {args.handle}")


def run_grant(args, ctx) -> int:
    access.grant(ctx.db(), args.store, args.handle)
    return _say(args, {"store": args.store, "handle": args.handle, "member": True},
                f"{args.handle} is on the team of {args.store}")


def run_revoke(args, ctx) -> int:
    access.revoke(ctx.db(), args.store, args.handle)
    return _say(args, {"store": args.store, "handle": args.handle, "member": False},
                f"{args.handle} is no longer on the team of {args.store}")


def run_demo_roles(args, ctx) -> int:
    handles = access.demo_roles(ctx.db())
    return _say(args, {"roles": handles}, f"{len(handles)} login roles (password: the handle)")
