"""`buzon users`, `buzon products`, `buzon orders`: the marketplace as JSON or a table."""

from __future__ import annotations

from desktop.commands.output import print_json, print_table
from desktop.core import catalog, orders, users


def register(sub) -> None:
    p = sub.add_parser("users", help="list the accounts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_users)
    p = sub.add_parser("products", help="list the catalogue")
    p.add_argument("--store", metavar="HANDLE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_products)
    p = sub.add_parser("orders", help="list your orders (a seller: the store's)")
    p.add_argument("--status", choices=orders.STATUSES)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_orders)


def run_users(args, ctx) -> int:
    db = ctx.db()
    if ctx.user_handle:
        users.resolve(db, ctx.user_handle)     # an unknown --user is a usage error everywhere
    rows = [u.to_json() for u in users.list_users(db)]
    print_json(rows) if args.json else print_table(rows, ["handle", "name", "role", "language", "store"])
    return 0


def run_products(args, ctx) -> int:
    db = ctx.db()
    ids = catalog.product_ids(db, store_handle=args.store)
    rows_by_id = catalog.product_rows(db, ids)
    rows = [rows_by_id[i].to_json() for i in ids]
    print_json(rows) if args.json else print_table(rows, ["id", "title", "price", "currency", "reviews", "store"])
    return 0


def run_orders(args, ctx) -> int:
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    ids = orders.order_ids(db, user, status=args.status)
    rows_by_id = orders.order_rows(db, user, ids)
    rows = [rows_by_id[i].to_json() for i in ids]
    print_json(rows) if args.json else print_table(rows, ["id", "number", "status", "total", "store", "summary"])
    return 0
