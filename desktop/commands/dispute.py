"""`buzon dispute open|show|respond|return|accept|escalate|decide`: a dispute from start to
end (`desktop.core.disputes` opens it, `desktop.core.dispute_steps` takes every step after).

Each prints the dispute with `--json`: its `state`, the `deadline` of the step it waits for
(UTC), and the `history` of every step (`at`, `by`, `action`, `amount`, `text`, `evidence`)."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.args import amount, row_id, utf8_text
from desktop.commands.output import print_json
from desktop.core import attachments, dispute_steps, disputes, users
from desktop.core.order_rules import DECISIONS, DISPUTE_RESPONSES, REFUND_KINDS, OrderRules


def _common(p, handler) -> None:
    p.add_argument("--order", type=row_id, required=True, metavar="ID", help="the order's id (buzon orders --json)")
    p.add_argument("--json", action="store_true", help="print the dispute as JSON (state, deadline, history)")
    p.set_defaults(handler=handler)


def register(sub) -> None:
    p = sub.add_parser("dispute", help="open a dispute on a delivered order, answer, escalate or decide it",
                       description="Disputes on your orders, from opening to the marketplace's decision "
                                   "(docs/orders.md has the rules and deadlines).")
    actions = p.add_subparsers(dest="dispute_action", metavar="ACTION", required=True)

    o = actions.add_parser("open", help="(buyer) open a dispute, with the refund asked and evidence files",
                           description="Open a dispute on one of your orders, from its delivery (or the end of "
                                       "its delivery promise) until 15 days after. Pictures and videos given with "
                                       "--evidence are checked and stored first; if one cannot be, nothing is opened.")
    o.add_argument("--reason", required=True, choices=disputes.REASONS)
    o.add_argument("--text", type=utf8_text, required=True,
                   help=f"what went wrong (at most {disputes.MAX_DESCRIPTION} characters)")
    o.add_argument("--refund", choices=REFUND_KINDS, default="full", help="the refund asked (default: full)")
    o.add_argument("--amount", type=amount, default=None, help="the partial refund asked, e.g. 12.50")
    o.add_argument("--evidence", action="append", default=[], type=Path, metavar="FILE",
                   help=f"a picture or video of the problem (repeatable, at most {disputes.MAX_EVIDENCE})")
    _common(o, run_open)

    s = actions.add_parser("show", help="the dispute on an order", description="The dispute on an order you "
                           "bought or your store sold; null (or a line saying so) when it has none. A deadline that "
                           "has passed is applied first.")
    _common(s, run_show)

    r = actions.add_parser("respond", help="(seller) accept, offer a partial refund, ask for a return, or reject",
                           description="The store's answer, within 5 days of the opening: accept the refund asked "
                                       "(also once a return was shipped), offer a partial refund (--amount), ask "
                                       "for the item back, or reject it (--text, and your own --evidence).")
    r.add_argument("--action", required=True, choices=DISPUTE_RESPONSES)
    r.add_argument("--amount", type=amount, default=None, help="the partial refund offered")
    r.add_argument("--text", type=utf8_text, default="", help="a message to the buyer (required to reject)")
    r.add_argument("--evidence", action="append", default=[], type=Path, metavar="FILE",
                   help="a picture or video backing the answer (repeatable)")
    _common(r, run_respond)

    b = actions.add_parser("return", help="(buyer) the item was shipped back: carrier and tracking number",
                           description="Ship the item back when the store asked for it, within 10 days.")
    b.add_argument("--carrier", type=utf8_text, required=True)
    b.add_argument("--tracking", type=utf8_text, required=True)
    _common(b, run_return)

    a = actions.add_parser("accept", help="(buyer) accept the store's partial offer or its rejection",
                           description="Accept the store's answer: the offer's refund, or none after a rejection.")
    _common(a, run_accept)

    e = actions.add_parser("escalate", help="(buyer) ask the marketplace to decide, from day 4",
                           description="Escalate the dispute to the marketplace (from day 4 of the dispute; it "
                                       "escalates by itself on day 16 while an offer or a rejection stands).")
    e.add_argument("--text", type=utf8_text, default="", help="why, for the marketplace")
    _common(e, run_escalate)

    d = actions.add_parser("decide", help="(the marketplace) decide an escalated dispute",
                           description="The marketplace's decision on an escalated dispute: a full, partial "
                                       "(--amount) or no refund, with a note. Run it as --user marketplace.")
    d.add_argument("--decision", required=True, choices=DECISIONS)
    d.add_argument("--amount", type=amount, default=None, help="the partial refund decided")
    d.add_argument("--text", type=utf8_text, required=True, help="the note both sides read")
    _common(d, run_decide)


def _print(case: dispute_steps.DisputeCase | None, ctx, as_json: bool,
           opened: disputes.DisputeRecord | None = None) -> None:
    store = attachments.store_dir(ctx.data_dir)
    if as_json:
        if case is None:
            print_json(None)
            return
        first = opened or disputes.dispute_for_order(ctx.db(), users.resolve(ctx.db(), ctx.user_handle),
                                                     case.order_id)
        print_json((first.to_json(store) if first is not None else {}) | case.to_json(store))
    elif case is None:
        print("no dispute on this order")
    else:
        deadline = f", next deadline {case.deadline.isoformat()}Z" if case.deadline else ""
        print(f"dispute {case.id} on order {case.order_number}: {case.reason}, {case.state.value}{deadline}")
        if case.return_address:
            print("return address:")
            for line in case.return_address.splitlines():
                print(f"  {line}")
        for row in case.history:
            amount = f" {row.amount_cents / 100:.2f}" if row.amount_cents is not None else ""
            print(f"  {row.at.isoformat()}Z  {row.by}: {row.action.value}{amount} {row.text}".rstrip())


def _context(ctx):
    db = ctx.db()
    return db, users.resolve(db, ctx.user_handle), OrderRules.from_settings(ctx.settings)


def _files(paths: list[Path]) -> tuple[disputes.EvidenceFile, ...]:
    return tuple(disputes.EvidenceFile(p.name or str(p), p) for p in paths)


def run_open(args, ctx) -> int:
    db, user, rules = _context(ctx)
    request = disputes.DisputeRequest(order_id=args.order, reason=args.reason, description=args.text,
                                      evidence=_files(args.evidence), refund_kind=args.refund, amount=args.amount)
    opened = disputes.file_dispute(db, ctx, user, request)
    _print(dispute_steps.show(db, user, args.order, rules), ctx, args.json, opened)
    return 0


def run_show(args, ctx) -> int:
    db, user, rules = _context(ctx)
    _print(dispute_steps.show(db, user, args.order, rules), ctx, args.json)
    return 0


def run_respond(args, ctx) -> int:
    db, user, rules = _context(ctx)
    dispute_steps.show(db, user, args.order, rules)          # the order is theirs, before a file is stored
    stored = disputes.store_evidence(ctx, _files(args.evidence))
    _print(dispute_steps.respond(db, user, args.order, args.action, amount=args.amount, text=args.text,
                                 evidence=stored, rules=rules), ctx, args.json)
    return 0


def run_return(args, ctx) -> int:
    db, user, rules = _context(ctx)
    _print(dispute_steps.ship_return(db, user, args.order, args.carrier, args.tracking, rules), ctx, args.json)
    return 0


def run_accept(args, ctx) -> int:
    db, user, rules = _context(ctx)
    _print(dispute_steps.accept(db, user, args.order, rules), ctx, args.json)
    return 0


def run_escalate(args, ctx) -> int:
    db, user, rules = _context(ctx)
    _print(dispute_steps.escalate(db, user, args.order, args.text, rules), ctx, args.json)
    return 0


def run_decide(args, ctx) -> int:
    db, user, rules = _context(ctx)
    _print(dispute_steps.decide(db, user, args.order, args.decision, amount=args.amount, text=args.text,
                                rules=rules), ctx, args.json)
    return 0
