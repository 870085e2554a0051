"""`buzon users`, `buzon products`, `buzon orders`: the marketplace as JSON or a table."""

from __future__ import annotations

from desktop.commands.args import row_id
from desktop.commands.output import print_json, print_table
from desktop.core import catalog, orders, users
from desktop.core.errors import UsageError


def register(sub) -> None:
    p = sub.add_parser("users", help="list the accounts",
                       description="Every account: buyers and the sellers of each store.")
    p.add_argument("--json", action="store_true", help='a JSON list of {"handle","name","role","language","store"}')
    p.set_defaults(handler=run_users)
    p = sub.add_parser("products", help="list the catalogue",
                       description="The catalogue, store by store (or one store's).")
    p.add_argument("--store", metavar="HANDLE", help="only this store's products (see: buzon users)")
    p.add_argument("--json", action="store_true",
                   help='a JSON list of {"id","title","price","currency","rating","reviews","sold","store","image"}')
    p.set_defaults(handler=run_products)
    p = sub.add_parser("orders", help="list your orders (a seller: the store's)",
                       description="Your orders, newest first; a seller sees the store's.")
    p.add_argument("--status", choices=orders.STATUSES, help="only orders in this status")
    p.add_argument("--json", action="store_true",
                   help='a JSON list of {"id","number","status","created_at","total","currency","store","buyer",'
                        '"items","summary","carrier","tracking_number"}')
    p.set_defaults(handler=run_orders)
    p = sub.add_parser("order", help="one order as its page shows it: items and tracking",
                       description="One of your orders (a seller: the store's) with its items and its tracking "
                                   "events, oldest first. Each event has its `kind` code, the carrier's own words "
                                   "as stored (`description`), and `detail`: the code of those words when the app "
                                   "knows them ({\"code\", \"args\"}, which the window says in its language), "
                                   "null when it does not (the window shows them as the carrier wrote them).")
    p.add_argument("--order", type=row_id, required=True, metavar="ID", help="the order's id (buzon orders --json)")
    p.add_argument("--json", action="store_true", help="the order, its lines and tracking as JSON")
    p.set_defaults(handler=run_order)


def run_users(args, ctx) -> int:
    db = ctx.db()
    if ctx.user_handle is not None:
        users.resolve(db, ctx.user_handle)     # an unknown --user is a usage error everywhere
    rows = [u.to_json() for u in users.list_users(db)]
    print_json(rows) if args.json else print_table(rows, ["handle", "name", "role", "language", "store"])
    return 0


def run_products(args, ctx) -> int:
    db = ctx.db()
    if ctx.user_handle is not None:
        users.resolve(db, ctx.user_handle)
    rows = [r.to_json() for r in catalog.iter_products(db, store_handle=args.store)]
    print_json(rows) if args.json else print_table(rows, ["id", "title", "price", "currency", "reviews", "store"])
    return 0


def run_orders(args, ctx) -> int:
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    rows = [r.to_json() for r in orders.iter_orders(db, user, status=args.status)]
    print_json(rows) if args.json else print_table(rows, ["id", "number", "status", "total", "store", "summary"])
    return 0


def run_order(args, ctx) -> int:
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    detail = orders.order_detail(db, user, args.order)
    if detail is None:
        raise UsageError(f"There is no order {args.order} of yours.", hint="List them with: buzon orders",
                         text_id="order_unknown", args={"order": args.order})
    if args.json:
        print_json(detail.to_json())
        return 0
    row = detail.row
    print(f"order {row.number} ({row.id}): {row.status}, {row.total_cents / 100:.2f} {row.currency}, "
          f"{row.store_handle}, {row.carrier} {row.tracking_number}".rstrip(", "))
    for item in detail.items:
        print(f"  {item.quantity} × {item.title} {item.variant}".rstrip())
    for ev in detail.tracking:
        code = f"  [{ev.detail.code}]" if ev.detail else "  [carrier's words]"
        place = f" {ev.location}" if ev.location else ""
        print(f"  {ev.at.isoformat()}Z  {ev.kind}{place}: {ev.description}{code}")
    return 0
