"""`buzon advice time|dispute|tips|refusal` and `buzon guide`: the marketplace's advice that
the window shows at the moment it matters (issue 19), for scripts and tests."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser

from desktop.commands.args import message_text, row_id, utf8_text
from desktop.commands.output import print_json
from desktop.core import advice, advice_queries, guide, policy, users


def register(sub) -> None:
    p = sub.add_parser("advice", help="the advice the window gives: the store's time, waiting before a dispute, "
                                      "writing tips, what a refusal costs",
                       description="The advice the window shows while you write, send or open a dispute.")
    actions = p.add_subparsers(dest="advice_action", metavar="ACTION", required=True)

    t = actions.add_parser("time", help="the store's local time in a conversation, and whether it is outside its hours",
                           description="The store's clock: its local time, whether a message sent now arrives "
                                       "outside its hours, and when it opens. null when the store has no time zone.")
    t.add_argument("--conversation", type=row_id, required=True, metavar="ID")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=run_time)

    d = actions.add_parser("dispute", help="whether to wait for the store's answer before opening a dispute",
                           description="Your last message to the store is less than a working day old and "
                                       "unanswered: the time until which waiting is advised; null otherwise.")
    d.add_argument("--order", type=row_id, required=True, metavar="ID")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=run_dispute)

    w = actions.add_parser("tips", help="writing tips for a translated chat, for a text",
                           description="The habits that translate badly found in a text: long sentences, "
                                       "several questions, numbers in words, sizes without units.")
    w.add_argument("--text", type=utf8_text, required=True)
    w.add_argument("--json", action="store_true")
    w.set_defaults(handler=run_tips)

    r = actions.add_parser("refusal", help="what a message refused by the content policy would have cost",
                           description="Checks a text with the content policy and names, for each broken rule, "
                                       "what the sender would lose (buyer protection, dispute evidence); "
                                       "looks_off_platform: the model of intent's caution for a text the "
                                       "rules allow (advice only).")
    r.add_argument("--text", type=message_text, required=True)
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=run_refusal)

    g = sub.add_parser("guide", help="the guide to talking with sellers (or with buyers), as text",
                       description="The guide the window shows under Help, printed as plain text, in the "
                                   "window's language (buzon --lang L guide), else yours.")
    g.add_argument("--for", dest="audience", choices=guide.AUDIENCES, default=None,
                   help="buyers read 'Talking with sellers', sellers 'Talking with buyers' (default: your role)")
    g.add_argument("--json", action="store_true", help='{"audience", "lang", "path", "sections": [{"id", "title"}]}')
    g.set_defaults(handler=run_guide)


def run_time(args, ctx) -> int:
    db = ctx.db()
    found = advice_queries.store_time(db, users.resolve(db, ctx.user_handle), args.conversation)
    if args.json:
        print_json(found.to_json() if found is not None else None)
    elif found is None:
        print("the store's time zone is not known")
    else:
        state = "outside its hours" if found.outside_hours else "within its hours"
        print(f"{found.local:%H:%M} in {found.city or found.time_zone} ({state})")
    return 0


def run_dispute(args, ctx) -> int:
    db = ctx.db()
    wait = advice_queries.dispute_wait(db, users.resolve(db, ctx.user_handle), args.order)
    if args.json:
        print_json(wait.to_json() if wait is not None else None)
    else:
        print("nothing to wait for" if wait is None else f"the store has until {wait.until:%Y-%m-%d %H:%M} UTC to answer")
    return 0


def run_tips(args, ctx) -> int:
    tips = [t.value for t in advice.writing_tips(args.text)]
    print_json(tips) if args.json else print("\n".join(tips) or "no tips")
    return 0


def run_refusal(args, ctx) -> int:
    verdict = policy.check(args.text)
    found = {"blocked": verdict.blocked, "categories": list(verdict.categories),
             "consequences": [c.value for c in advice.consequences(verdict.categories)],
             "looks_off_platform": policy.looks_off_platform(args.text)}
    if args.json:
        print_json(found)
    else:
        caution = " (but it reads like dealing off the marketplace)" if found["looks_off_platform"] else ""
        print(("allowed" + caution) if not verdict.blocked else ", ".join(found["consequences"]))
    return 0


class _Text(HTMLParser):
    """The guide's HTML as plain text: headings on their own lines, links as their words."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("h1", "h2", "p", "li", "br"):
            self.parts.append("\n" + ("• " if tag == "li" else ""))

    def handle_endtag(self, tag) -> None:
        if tag in ("h1", "h2"):
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        self.parts.append(data)


def run_guide(args, ctx) -> int:
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    page = guide.page(guide.audience_for(user.role) if args.audience is None else args.audience,
                      ctx.lang or user.language)
    if args.json:
        print_json({"audience": page.audience, "lang": page.lang, "path": str(page.path),
                    "sections": [{"id": i, "title": t} for i, t in page.sections()]})
        return 0
    parser = _Text()
    parser.feed(page.html())
    sys.stdout.write(re.sub(r"\n\s*\n+", "\n\n", "".join(parser.parts)).strip() + "\n")
    return 0
