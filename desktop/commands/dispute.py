"""`buzon dispute open|show`: a buyer's dispute on a delivered order, as the window's
"Open dispute" files it (`desktop.core.disputes.file_dispute`)."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.args import row_id, utf8_text
from desktop.commands.output import print_json
from desktop.core import attachments, disputes, users

def register(sub) -> None:
    p = sub.add_parser("dispute", help="open a dispute on a delivered order (with evidence files), or show one",
                       description="Disputes on your orders: what the window's \"Open dispute\" does.")
    actions = p.add_subparsers(dest="dispute_action", metavar="ACTION", required=True)

    o = actions.add_parser("open", help="open a dispute on a delivered order, with evidence files",
                           description="Open a dispute on one of your delivered orders. Pictures and videos "
                                       "given with --evidence are checked and stored first; if one cannot be, "
                                       "nothing is opened.")
    o.add_argument("--order", type=row_id, required=True, metavar="ID", help="the order's id (buzon orders --json)")
    o.add_argument("--reason", required=True, choices=disputes.REASONS)
    o.add_argument("--text", type=utf8_text, required=True,
                   help=f"what went wrong (at most {disputes.MAX_DESCRIPTION} characters)")
    o.add_argument("--evidence", action="append", default=[], type=Path, metavar="FILE",
                   help=f"a picture or video of the problem (repeatable, at most {disputes.MAX_EVIDENCE})")
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=run_open)

    s = actions.add_parser("show", help="the dispute on an order", description="The newest dispute on an order "
                           "you bought or your store sold; null (or a line saying so) when it has none.")
    s.add_argument("--order", type=row_id, required=True, metavar="ID")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=run_show)


def _print(record: disputes.DisputeRecord | None, ctx, as_json: bool) -> None:
    if as_json:
        print_json(record.to_json(attachments.store_dir(ctx.data_dir)) if record is not None else None)
    elif record is None:
        print("no dispute on this order")
    else:
        print(f"dispute {record.id} on order {record.order_number}: {record.reason}, {record.state.value}, "
              f"{len(record.evidence)} evidence file(s)")


def run_open(args, ctx) -> int:
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    request = disputes.DisputeRequest(
        order_id=args.order, reason=args.reason, description=args.text,
        evidence=tuple(disputes.EvidenceFile(p.name or str(p), p) for p in args.evidence))
    _print(disputes.file_dispute(db, ctx, user, request), ctx, args.json)
    return 0


def run_show(args, ctx) -> int:
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    _print(disputes.dispute_for_order(db, user, args.order), ctx, args.json)
    return 0
