"""`buzon buyer --conversation ID`: what the store knows about a conversation's buyer, as the
window's side panel shows it (docs/desk.md "The buyer's side panel")."""

from __future__ import annotations

from desktop.commands.args import row_id
from desktop.commands.output import print_json, print_table
from desktop.core import buyer_profile, users


def register(sub) -> None:
    p = sub.add_parser("buyer", help="(store) the buyer of a conversation: language, time zone, orders, problems",
                       description="The buyer of one of the store's conversations: name, language, time zone and "
                                   f"city, their newest {buyer_profile.MAX_ORDERS} orders with this store (status, "
                                   "number, tracking), their cancellation requests and disputes with it, and the "
                                   "store's labels on the conversation. A seller or agent of the store only.")
    p.add_argument("--conversation", type=row_id, required=True, metavar="ID", help="the conversation's id")
    p.add_argument("--json", action="store_true",
                   help='print {"conversation","buyer","name","language","time_zone","city","orders":[{"id",'
                        '"number","status","created_at","carrier","tracking_number","total_cents","currency"}],'
                        '"order_count","problems":[{"order_id","order_number","kind","state","reason","at"}],'
                        '"labels"}')
    p.set_defaults(handler=run_buyer)


def run_buyer(args, ctx) -> int:
    db = ctx.db()
    profile = buyer_profile.buyer_profile(db, users.resolve(db, ctx.user_handle), args.conversation)
    if args.json:
        print_json(profile.to_json())
        return 0
    print(f"{profile.name} (@{profile.handle}) · {profile.language} · {profile.time_zone}"
          + (f" · {profile.city}" if profile.city else ""))
    if profile.labels:
        print("labels: " + ", ".join(profile.labels))
    print(f"orders with this store: {profile.order_count}")
    print_table([o.to_json() for o in profile.orders], ["number", "status", "carrier", "tracking_number"])
    if profile.problems:
        print_table([p.to_json() for p in profile.problems], ["order_number", "kind", "state", "reason", "at"])
    return 0
