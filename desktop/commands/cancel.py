"""`buzon cancel request|accept|decline|show` and `buzon ship`: cancelling an order before it
ships, and the store shipping it (`desktop.core.cancellations`).

With `--json` each prints the request: its `state` (pending, accepted, declined,
auto_cancelled), the `deadline` of the store's answer (UTC, while pending) and the
`history` of every step (`at`, `by`, `action`, `amount`, `text`, `evidence`)."""

from __future__ import annotations

from desktop.commands.args import row_id, utf8_text
from desktop.commands.output import print_json
from desktop.core import attachments, cancellations, users
from desktop.core.order_rules import CANCEL_REASONS, DECLINE_REASONS, OrderRules


def _common(p, handler) -> None:
    p.add_argument("--order", type=row_id, required=True, metavar="ID", help="the order's id (buzon orders --json)")
    p.add_argument("--json", action="store_true", help="print the request as JSON (state, deadline, history)")
    p.set_defaults(handler=handler)


def register(sub) -> None:
    if "cancel" not in sub.choices:
        p = sub.add_parser("cancel", help="ask to cancel an order before it ships, or answer the request",
                           description="Cancellation before shipping: the buyer asks, the store accepts or "
                                       "declines within 48 hours, or the order is cancelled automatically.")
        actions = p.add_subparsers(dest="cancel_action", metavar="ACTION", required=True)
        r = actions.add_parser("request", help="(buyer) ask the store to cancel an order awaiting payment or shipment",
                               description="Ask to cancel an order that has not shipped, with a reason.")
        r.add_argument("--reason", required=True, choices=CANCEL_REASONS)
        r.add_argument("--text", type=utf8_text, default="", help="in your words (required with --reason other)")
        _common(r, run_request)
        a = actions.add_parser("accept", help="(store) accept: the order is cancelled and refunded",
                               description="Accept the buyer's request: the order is cancelled, what was paid refunded.")
        a.add_argument("--text", type=utf8_text, default="", help="a message to the buyer")
        _common(a, run_accept)
        d = actions.add_parser("decline", help="(store) decline, with a reason",
                               description="Decline the buyer's request. With --reason already_shipped, give the "
                                           "carrier and tracking number: the order is marked shipped.")
        d.add_argument("--reason", required=True, choices=DECLINE_REASONS)
        d.add_argument("--text", type=utf8_text, default="", help="a message to the buyer")
        d.add_argument("--carrier", type=utf8_text, default=None)
        d.add_argument("--tracking", type=utf8_text, default=None)
        _common(d, run_decline)
        s = actions.add_parser("show", help="the order's cancellation request",
                               description="The newest cancellation request of an order (null when none); an "
                                           "unanswered request past its 48 hours is applied first.")
        _common(s, run_show)
    if "ship" not in sub.choices:
        p = sub.add_parser("ship", help="(store) mark an order shipped, with carrier and tracking number",
                           description="Mark an order awaiting shipment as shipped; its tracking timeline starts. "
                                       "A cancellation request still waiting is declined as already shipped.")
        p.add_argument("--carrier", type=utf8_text, required=True)
        p.add_argument("--tracking", type=utf8_text, required=True)
        _common(p, run_ship)


def _print(rec: cancellations.CancellationRecord | None, ctx, as_json: bool) -> None:
    if as_json:
        print_json(rec.to_json(attachments.store_dir(ctx.data_dir)) if rec is not None else None)
    elif rec is None:
        print("no cancellation request on this order")
    else:
        deadline = f", the store answers by {rec.deadline.isoformat()}Z" if rec.deadline else ""
        print(f"cancellation of order {rec.order_number}: {rec.state}{deadline}; order {rec.order_status.value}")
        for row in rec.history:
            print(f"  {row.at.isoformat()}Z  {row.by}: {row.action.value} {row.text}".rstrip())


def _context(ctx):
    db = ctx.db()
    return db, users.resolve(db, ctx.user_handle), OrderRules.from_settings(ctx.settings)


def run_request(args, ctx) -> int:
    db, user, rules = _context(ctx)
    _print(cancellations.request(db, user, args.order, args.reason, args.text, rules), ctx, args.json)
    return 0


def run_accept(args, ctx) -> int:
    db, user, rules = _context(ctx)
    _print(cancellations.accept(db, user, args.order, args.text, rules), ctx, args.json)
    return 0


def run_decline(args, ctx) -> int:
    db, user, rules = _context(ctx)
    _print(cancellations.decline(db, user, args.order, args.reason, args.text, carrier=args.carrier,
                                 tracking=args.tracking, rules=rules), ctx, args.json)
    return 0


def run_show(args, ctx) -> int:
    db, user, rules = _context(ctx)
    _print(cancellations.show(db, user, args.order, rules), ctx, args.json)
    return 0


def run_ship(args, ctx) -> int:
    db, user, rules = _context(ctx)
    cancellations.mark_shipped(db, user, args.order, args.carrier, args.tracking, rules)
    if args.json:
        from desktop.core import orders

        rows = orders.order_rows(db, user, [args.order])
        print_json(rows[args.order].to_json() if args.order in rows else None)
    else:
        print(f"order {args.order} shipped with {args.carrier}: {args.tracking}")
    return 0
