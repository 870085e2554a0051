"""Quick replies and batch replies from the command line (docs/desk.md): `buzon replies
list|add|edit|remove|defaults|reorder` and `buzon batch-reply`."""

from __future__ import annotations

import sys

from desktop.commands.args import row_ids, utf8_text
from desktop.commands.output import print_json, print_table
from desktop.core import users
from desktop.core.errors import ExitCode, UsageError

REPLY_LANGS = ("es", "en", "zh")    # quick_replies.LANGS, named here so that --help does not import it


def register(sub) -> None:
    p = sub.add_parser("replies", help="the store's quick replies: list, add, edit, remove, reorder",
                       description="A store's quick replies: a code, a title, a text in the seller's language and "
                                   "a version per buyer language (es, en, zh), made by the offline translator "
                                   "or written by hand. Placeholders: {buyer_name} {order_number} "
                                   "{tracking_number} {carrier} {product} {ship_by} {buyer_local_time} {store}, "
                                   "with a fallback after a bar: {buyer_name|amigo}.")
    actions = p.add_subparsers(dest="replies_action", metavar="ACTION", required=True)
    a = actions.add_parser("list", help="the store's quick replies, in order")
    a.add_argument("--json", action="store_true",
                   help='a JSON list of {"code","title","lang","texts":{lang: text},"by_hand","check"}')
    a.set_defaults(handler=run_list)

    a = actions.add_parser("add", help="add a quick reply (its versions are translated with the installed packs)")
    a.add_argument("code", help="a short code: lower-case letters, digits, - and _")
    a.add_argument("--title", type=utf8_text, required=True)
    a.add_argument("--text", type=utf8_text, required=True, help="the text in --lang (up to 1000 characters)")
    a.add_argument("--lang", dest="reply_lang", choices=REPLY_LANGS,
                   help="the language of --text (default: yours)")
    a.add_argument("--json", action="store_true", help="print the reply as `list --json` does")
    a.set_defaults(handler=run_add)

    a = actions.add_parser("edit", help="change the title or the text; with --lang another language, write that "
                                        "version by hand")
    a.add_argument("code")
    a.add_argument("--title", type=utf8_text)
    a.add_argument("--text", type=utf8_text)
    a.add_argument("--lang", dest="reply_lang", choices=REPLY_LANGS,
                   help="the version to write by hand (default: the source text)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=run_edit)

    a = actions.add_parser("remove", help="remove a quick reply")
    a.add_argument("code")
    a.set_defaults(handler=run_remove)

    a = actions.add_parser("reorder", help="put these replies first, in this order")
    a.add_argument("codes", nargs="+")
    a.set_defaults(handler=run_reorder)

    a = actions.add_parser("defaults", help="add the shipped quick replies the store does not have yet")
    a.set_defaults(handler=run_defaults)

    p = sub.add_parser("batch-reply", help="send a quick reply or a text to many conversations, each in its buyer's "
                                           "language",
                       description="Send one quick reply (or text) to several conversations, or to a whole view: "
                                   "each buyer gets it in their language with the placeholders filled for them, "
                                   "each message checked by the content policy and sent with its own client id, "
                                   "made from the batch: running the same batch again the same day (after a crash "
                                   "or Ctrl+C) sends only what is missing. --dry-run shows what would be sent.")
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("--conversations", type=row_ids, metavar="ID,ID,...")
    to.add_argument("--filter", dest="view", choices=("all", "unread", "awaiting", "overdue", "problem", "archived"))
    p.add_argument("--label", type=utf8_text, metavar="LABEL", help="with --filter: only conversations with it")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--reply", metavar="CODE", help="a quick reply's code")
    what.add_argument("--text", type=utf8_text, help="a text (placeholders allowed), translated for each buyer")
    p.add_argument("--dry-run", action="store_true", help='check and fill only; states are "ready" or "refused"')
    p.add_argument("--batch-id", default="", metavar="KEY",
                   help="the batch's key (default: made from the reply, the recipients and the day)")
    p.add_argument("--json", action="store_true",
                   help='a JSON list of {"conversation","state":"sent"|"refused"|"failed","text","lang","reason"}')
    p.set_defaults(handler=run_batch)


def _user(ctx):
    db = ctx.db()
    return db, users.resolve(db, ctx.user_handle)


def _translator(ctx):
    from desktop.core.translation.engine import Translator

    return Translator(ctx.data_dir)


def _show(rows, as_json: bool) -> None:
    if as_json:
        print_json([r.to_json() for r in rows])
    else:
        print_table([{"code": r.code, "title": r.title, "langs": " ".join(sorted(r.texts)),
                      "check": " ".join(sorted(r.check)), "text": r.text} for r in rows],
                    ["code", "title", "langs", "check", "text"])


def run_list(args, ctx) -> int:
    from desktop.core import quick_replies

    db, user = _user(ctx)
    _show(quick_replies.list_replies(db, user), args.json)
    return 0


def run_add(args, ctx) -> int:
    from desktop.core import quick_replies

    db, user = _user(ctx)
    row = quick_replies.add(db, user, args.code, args.title, args.text, lang=args.reply_lang, translator=_translator(ctx))
    print_json(row.to_json()) if args.json else print(f"added {row.code}: {', '.join(sorted(row.texts))}")
    return 0


def run_edit(args, ctx) -> int:
    from desktop.core import quick_replies

    db, user = _user(ctx)
    if args.title is None and args.text is None:
        raise UsageError("Nothing to change.", hint="Give --title or --text.")
    row = quick_replies.edit(db, user, args.code, title=args.title, text=args.text, lang=args.reply_lang,
                             translator=_translator(ctx))
    print_json(row.to_json()) if args.json else print(f"edited {row.code}")
    return 0


def run_remove(args, ctx) -> int:
    from desktop.core import quick_replies

    db, user = _user(ctx)
    quick_replies.remove(db, user, args.code)
    return 0


def run_reorder(args, ctx) -> int:
    from desktop.core import quick_replies

    db, user = _user(ctx)
    quick_replies.reorder(db, user, args.codes)
    return 0


def run_defaults(args, ctx) -> int:
    from desktop.core import quick_replies

    db, user = _user(ctx)
    print(f"added {quick_replies.install_defaults(db, user)} quick replies")
    return 0


def run_batch(args, ctx) -> int:
    from desktop.core import batch, desk

    db, user = _user(ctx)
    if args.view is not None:
        ids = tuple(desk.view_ids(db, user, args.view, label=args.label))
        selection = f"filter:{args.view}:{args.label or ''}"
    else:
        if args.label is not None:
            raise UsageError("--label goes with --filter.")
        ids, selection = args.conversations, ""
    req = batch.BatchRequest(ids, reply_code=args.reply, text=args.text, dry_run=args.dry_run, key=args.batch_id,
                             selection=selection)
    result = batch.run_batch(db, ctx, user, req)
    if args.json:
        print_json([i.to_json() for i in result.items])
    else:
        print_table([i.to_json() for i in result.items], ["conversation", "state", "lang", "reason", "text"])
        print(f"batch {result.key}: {result.count(batch.SENT)} sent, {result.count(batch.REFUSED)} refused, "
              f"{result.count(batch.FAILED)} failed", file=sys.stderr)
    failed = result.count(batch.FAILED) or result.count(batch.REFUSED)
    return int(ExitCode.FAILURE) if failed else 0
