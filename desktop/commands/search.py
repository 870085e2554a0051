"""`buzon search`: messages (originals and translations), products and orders; and the index itself."""

from __future__ import annotations

import argparse
import sys

from desktop.commands.args import row_id
from desktop.commands.output import print_json, print_table, stdin_lines
from desktop.core import users
from desktop.core.catalog import store_id_of
from desktop.core.errors import UsageError
from desktop.core.search import build, catalog
from desktop.core.search import messages as message_search
from desktop.core.search.highlight import Snippet

MAX_LIMIT = 1000

DESCRIPTION = """Search everything you have written or read, newest first.

query syntax:
  words           every word must match (accents, case and width do not matter: envio finds envío)
  "a phrase"      these words in this order
  prefix*         words that start so
  -word           leave out messages with this word (or -"a phrase")
  from:me         messages you wrote (from:them: the other side's)
  in:ID           one conversation
  order:NUMBER    an order number, or 4 or more of its digits
  before:DATE     sent before that day (2025-03-01, 2025-03, 2025); after:DATE on or after it
Chinese and Japanese match by characters: 快, 快递, 没收到快递. Codes of 8 or more letters and
digits (order and tracking numbers) are also found by any 4 or more characters of them.

The search index: --check runs its integrity check and says what is not indexed yet (exit 1
when it is damaged or incomplete); --rebuild makes it again from the messages, products and
orders (nothing else is touched), printing progress."""


def _limit(text: str) -> int:
    if not text.isascii() or not text.isdigit() or len(text) > 4 or not 0 < int(text) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"{text!r} is not a limit (1 to {MAX_LIMIT})")
    return int(text)


def register(sub) -> None:
    p = sub.add_parser("search", help="search your messages (and their translations), products or orders",
                       description=DESCRIPTION)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("query", nargs="?", metavar="QUERY", help="what to look for in your messages")
    what.add_argument("--stdin", action="store_true",
                      help="one query per line of standard input; one JSON array per line of output")
    what.add_argument("--products", metavar="QUERY", help="search the catalogue by title or store")
    what.add_argument("--orders", metavar="QUERY", help="search your orders by number, tracking number or product")
    what.add_argument("--check", action="store_true", help="check the search index (integrity, rows not indexed)")
    what.add_argument("--rebuild", action="store_true", help="build the search index again, with progress")
    p.add_argument("--conversation", type=row_id, metavar="ID", help="only this conversation")
    p.add_argument("--store", metavar="HANDLE", help="with --products: only this store's")
    p.add_argument("--limit", type=_limit, default=50, metavar="N", help=f"at most N results (1-{MAX_LIMIT}, default 50)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run)


def run(args, ctx) -> int:
    db = ctx.db()
    if args.rebuild:
        n = build.rebuild(db, progress=build.StderrProgress())
        print(f"The search index of {db.where} was rebuilt: {n:,} rows indexed.")
        return 0
    if args.check:
        return _check(db, args.json)
    user = users.resolve(db, ctx.user_handle)
    if args.store is not None:
        if args.products is None:
            raise UsageError("--store goes with --products (it narrows the catalogue search to one store).",
                             hint="buzon search --products QUERY --store HANDLE")
        db.read(lambda s: store_id_of(s, args.store))       # an unknown store is exit 2 naming them
    if args.products is not None:
        page = catalog.search_products(db, args.products, store_handle=args.store, limit=args.limit)
        rows = [h.to_json() for h in page.hits]
        print_json(rows) if args.json else print_table(rows, ["id", "title", "store"])
        return 0
    if args.orders is not None:
        page = catalog.search_orders(db, user, args.orders, limit=args.limit)
        rows = [h.to_json() for h in page.hits]
        print_json(rows) if args.json else print_table(rows, ["id", "number", "field", "text"])
        return 0
    build.build(db, progress=build.StderrProgress(min_total=build.BATCH))   # rows a bulk load left unindexed
    if args.stdin:
        for line in stdin_lines():
            page = message_search.search_messages(db, user, line, conversation_id=args.conversation, limit=args.limit)
            print_json([h.to_json() for h in page.hits])
            sys.stdout.flush()
        return 0
    page = message_search.search_messages(db, user, args.query, conversation_id=args.conversation, limit=args.limit)
    if args.json:
        print_json([h.to_json() for h in page.hits])
    else:
        print_table([{"conversation": h.conversation_id, "message": h.message_id,
                      "sent_at": h.sent_at.isoformat(timespec="minutes") + "Z", "sender": h.sender_handle,
                      "snippet": _marked(h.snippet)} for h in page.hits],
                    ["conversation", "message", "sent_at", "sender", "snippet"])
    return 0


def _marked(snippet: Snippet) -> str:
    """The snippet on one line with its matches in [brackets], for people."""
    text, out, pos = snippet.text, [], 0
    for span in snippet.spans:
        out += [text[pos:span.start], "[", text[span.start:span.end], "]"]
        pos = span.end
    out.append(text[pos:])
    return " ".join("".join(out).split())


def _check(db, as_json: bool) -> int:
    health = build.check(db)
    if as_json:
        print_json(health.to_json())
    elif health.ok:
        print(f"The search index of {db.where} is complete and undamaged.")
    else:
        print(f"{health.problem} Rebuild it with: buzon search --rebuild", file=sys.stderr)
    return 0 if health.ok else 1
