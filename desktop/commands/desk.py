"""The seller's desk from the command line (docs/desk.md): labels, archive, pin, "no response
needed", and the store's desk settings. The views themselves are `buzon conversations --filter`."""

from __future__ import annotations

from desktop.commands.args import hours, row_id, utf8_text
from desktop.commands.output import print_json, print_table
from desktop.core import desk, desk_settings, users


def _conversation(p) -> None:
    p.add_argument("--conversation", type=row_id, required=True, metavar="ID", help="the conversation's id")


def register(sub) -> None:
    p = sub.add_parser("label", help="put a store label on a conversation, take it off, or list the labels",
                       description="The store's own labels (e.g. VIP, Return, Wholesale). `add` makes the label "
                                   "if the store has none by that name yet (up to 500 characters).")
    actions = p.add_subparsers(dest="label_action", metavar="ACTION", required=True)
    for name, handler, text in (("add", run_label_add, "put LABEL on the conversation"),
                                ("remove", run_label_remove, "take LABEL off the conversation")):
        a = actions.add_parser(name, help=text, description=text)
        _conversation(a)
        a.add_argument("label", type=utf8_text, metavar="LABEL")
        a.set_defaults(handler=handler)
    a = actions.add_parser("list", help="the store's labels and how many conversations carry each")
    a.add_argument("--json", action="store_true", help='a JSON list of {"name","colour","conversations"}')
    a.set_defaults(handler=run_label_list)

    for name, handler, text in (
            ("archive", run_archive, "archive a conversation (for you only; a new message brings it back)"),
            ("unarchive", run_unarchive, "bring an archived conversation back to All"),
            ("pin", run_pin, f"pin a conversation at the top of All (at most {desk.MAX_PINNED})"),
            ("unpin", run_unpin, "unpin a conversation"),
            ("no-response", run_no_response,
             "mark a conversation as needing no response (out of Awaiting and of the response figures)")):
        a = sub.add_parser(name, help=text, description=text)
        _conversation(a)
        a.set_defaults(handler=handler)

    p = sub.add_parser("store-settings",
                       help="the store's response target, office hours, away reply and return address",
                       description="A store's settings, shared by every client of the store. Without an "
                                   "option, shows them. Office hours are in the store's time zone; with none set, "
                                   "the store is always open and never auto-replies. Without a return address the "
                                   "store cannot ask a buyer for an item back in a dispute.")
    p.add_argument("--response-target-hours", type=hours, metavar="H",
                   help="how long a buyer may wait before a conversation is overdue (default 24)")
    p.add_argument("--time-zone", metavar="TZ", help="an IANA time zone (default: the seller's)")
    p.add_argument("--hours", action="append", default=[], metavar="DAY=HH:MM-HH:MM",
                   help="office hours of one weekday (mon..sun), or DAY=closed (repeatable)")
    p.add_argument("--away-reply", metavar="CODE",
                   help='the quick reply sent outside office hours ("" turns the auto-reply off)')
    p.add_argument("--return-address", type=utf8_text, metavar="TEXT",
                   help="where buyers send items back, on several lines (in a shell: $'Name\\nStreet 1\\nCity'); "
                        f"up to {desk_settings.MAX_RETURN_ADDRESS} characters on {desk_settings.MAX_RETURN_LINES} "
                        'lines; "" removes it. A return already asked keeps the address it was asked to')
    p.add_argument("--json", action="store_true",
                   help='print {"response_target_hours","time_zone","office_hours","away_reply","return_address"} '
                        '(return_address: lines joined by \\n, "" when none)')
    p.set_defaults(handler=run_store_settings)

    p = sub.add_parser("stats", help="the store's response figures: answered within the target, median, awaiting",
                       description="The store's response figures over the last N days (today included, dates in the "
                                   "store's time zone): the share of buyers' waits answered within the response "
                                   "target (of those answered or already past it), the median first response, the "
                                   "conversations awaiting and overdue now, and each day's waits.")
    p.add_argument("--days", type=int, default=30, metavar="N", help="how many days (1-366, default 30)")
    p.add_argument("--json", action="store_true",
                   help='print {"answered_within_target","median_first_response_s","awaiting","overdue",'
                        '"days":[{"date","received","answered_within_target"}]}')
    p.set_defaults(handler=run_stats)


def _user(ctx):
    db = ctx.db()
    return db, users.resolve(db, ctx.user_handle)


def run_label_add(args, ctx) -> int:
    db, user = _user(ctx)
    desk.add_label(db, user, args.conversation, args.label)
    return 0


def run_label_remove(args, ctx) -> int:
    db, user = _user(ctx)
    desk.remove_label(db, user, args.conversation, args.label)
    return 0


def run_label_list(args, ctx) -> int:
    db, user = _user(ctx)
    counts = desk.counts(db, user)["labels"]
    rows = [{"name": name, "colour": colour, "conversations": counts.get(name, 0)}
            for name, colour in desk.labels(db, user)]
    print_json(rows) if args.json else print_table(rows, ["name", "colour", "conversations"])
    return 0


def run_archive(args, ctx) -> int:
    db, user = _user(ctx)
    desk.archive(db, user, args.conversation)
    return 0


def run_unarchive(args, ctx) -> int:
    db, user = _user(ctx)
    desk.archive(db, user, args.conversation, False)
    return 0


def run_pin(args, ctx) -> int:
    db, user = _user(ctx)
    desk.pin(db, user, args.conversation)
    return 0


def run_unpin(args, ctx) -> int:
    db, user = _user(ctx)
    desk.pin(db, user, args.conversation, False)
    return 0


def run_no_response(args, ctx) -> int:
    db, user = _user(ctx)
    desk.no_response(db, user, args.conversation)
    return 0


def _hours(items: list[str]) -> dict[str, str]:
    from desktop.core.errors import UsageError

    out = {}
    for item in items:
        day, sep, span = item.partition("=")
        if not sep:
            raise UsageError(f"{item!r} is not DAY=HH:MM-HH:MM.", hint="e.g. --hours mon=09:00-18:00")
        out[day.strip().lower()] = span.strip()
    return out


def run_store_settings(args, ctx) -> int:
    db, user = _user(ctx)
    target = args.response_target_hours
    changing = (target is not None or args.time_zone is not None or args.hours or args.away_reply is not None
                or args.return_address is not None)
    if changing:
        current = desk_settings.update(
            db, user, response_target_minutes=round(target * 60) if target is not None else None,
            time_zone=args.time_zone, hours=_hours(args.hours), away_reply=args.away_reply,
            return_address=args.return_address)
    else:
        current = desk_settings.read(db, user)
    if args.json:
        print_json(current.to_json())
    else:
        for key, value in current.to_json().items():
            if key == "return_address":       # its lines under the key, as `dispute show` prints them
                print(f"{key}:" + "".join(f"\n  {line}" for line in str(value).splitlines()))
            else:
                print(f"{key}: {value}")
    return 0


def run_stats(args, ctx) -> int:
    from desktop.core import stats

    db, user = _user(ctx)
    figures = stats.store_stats(db, user, args.days)
    if args.json:
        print_json(figures.to_json())
        return 0
    share = figures.answered_within_target
    median = figures.median_first_response_s
    print(f"answered within target: {f'{share:.1%}' if share is not None else '-'}")
    print(f"median first response: {f'{median / 3600:.1f} h' if median is not None else '-'}")
    print(f"awaiting now: {figures.awaiting}, overdue: {figures.overdue}")
    print_table([d.to_json() for d in figures.days], ["date", "received", "answered_within_target"])
    return 0
