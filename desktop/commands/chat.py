"""Messaging from the command line: conversations, messages, send, read, delete."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.commands.args import row_id, row_ids, utf8_text
from desktop.commands.output import print_json, print_table
from desktop.core import conversations, desk, messaging, users
from desktop.core.errors import ExitCode, UsageError


def register(sub) -> None:
    p = sub.add_parser("conversations", help="list your conversations, newest first",
                       description="Your conversations, newest activity first, with the last message and the "
                                   "number of unread messages (yours only: the other side has its own).")
    p.add_argument("--filter", dest="view", default="all", choices=("all", "unread", "awaiting", "overdue",
                                                                     "problem", "archived"),
                   help="a view of the list (default all: everything but the archived; pinned first)")
    p.add_argument("--label", type=utf8_text, metavar="LABEL", help="only the conversations with this store label")
    p.add_argument("--team", choices=("mine", "unassigned", "assigned"),
                   help="a store's team: only the conversations assigned to you, to nobody, or to someone")
    p.add_argument("--json", action="store_true",
                   help='a JSON list of {"id","peer","peer_name","last_message","last_kind","last_at","unread",'
                        '"awaiting_since","overdue","labels","pinned","archived","no_response_needed","assignee"}')
    p.set_defaults(handler=run_conversations)

    p = sub.add_parser("messages", help="the messages of one conversation",
                       description="The messages of one conversation as you see it (without those you deleted "
                                   "for yourself), oldest first.")
    p.add_argument("--conversation", type=row_id, required=True, metavar="ID", help="the conversation's id")
    p.add_argument("--json", action="store_true",
                   help='a JSON list of {"id","sender","kind","text","lang","sent_at","read","attachments"}')
    p.set_defaults(handler=run_messages)

    p = sub.add_parser("send", help="send a message (to a conversation, or to a store about a product or order)",
                       description="Send a message: checked by the content policy, stored once per client id. "
                                   "To a store, --product or --order first posts that product's or order's card.")
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("--conversation", type=row_id, metavar="ID", help="a conversation you are in")
    to.add_argument("--store", metavar="HANDLE", help="a store (you are a buyer): opens your conversation with it")
    about = p.add_mutually_exclusive_group()
    about.add_argument("--product", type=row_id, metavar="ID", help="a product of that store (posts its card)")
    about.add_argument("--order", type=row_id, metavar="ID", help="one of your orders (posts its card)")
    p.add_argument("--variant", default="", type=utf8_text, metavar="TEXT",
                   help="with --product: the options you chose, shown on the product's card "
                        "(e.g. 'Colour: Black · Size: M')")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--text", type=utf8_text, help="the message (up to 2000 characters)")
    what.add_argument("--reply", metavar="CODE", help="a quick reply of your store, filled for the conversation and "
                                                     "sent in its buyer's language (with --conversation)")
    p.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE", help="a picture (repeatable)")
    p.add_argument("--original-size", action="store_true", help="send pictures at full resolution")
    p.add_argument("--client-id", help="idempotency key: sending the same message twice with one id stores it once; "
                                       "another message under a used id is refused")
    p.add_argument("--json", action="store_true", help='print {"conversation","message","state"}')
    p.set_defaults(handler=run_send)

    p = sub.add_parser("read", help="mark a conversation (or several) as read",
                       description="Mark everything in a conversation, or in several at once, as read, for you "
                                   "only. Several are marked together or not at all.",
                       epilog="example: buzon read --conversations 12,40,41 --json")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--conversation", type=row_id, metavar="ID", help="the conversation's id")
    which.add_argument("--conversations", type=row_ids, metavar="ID,ID,...", help="several conversations' ids")
    p.add_argument("--json", action="store_true", help='print {"conversations","changed"}')
    p.set_defaults(handler=run_read)

    p = sub.add_parser("unread", help="mark a conversation as unread (for you only)",
                       description="Make the newest message of the other side unread again, for you only.")
    p.add_argument("--conversation", type=row_id, required=True, metavar="ID", help="the conversation's id")
    p.set_defaults(handler=run_unread)

    p = sub.add_parser("delete", help="delete a conversation or one message for you (the other side keeps it)",
                       description="Delete a conversation, or one message of it, from your views only: the other "
                                   "side keeps its copy, and a new message brings the conversation back.")
    p.add_argument("--conversation", type=row_id, required=True, metavar="ID", help="the conversation's id")
    p.add_argument("--message", type=row_id, metavar="ID", help="only this message")
    p.set_defaults(handler=run_delete)


def _user(ctx):
    db = ctx.db()
    return db, users.resolve(db, ctx.user_handle)


def run_conversations(args, ctx) -> int:
    db, user = _user(ctx)
    rows = [r.to_json() for r in desk.iter_rows(db, user, args.view, label=args.label, team_view=args.team)]
    print_json(rows) if args.json else print_table(rows, ["id", "peer_name", "unread", "awaiting_since", "last_at",
                                                          "last_message"])
    return 0


def run_messages(args, ctx) -> int:
    db, user = _user(ctx)
    rows = list(messaging.iter_rows(db, user, args.conversation))
    store = None
    if any(r.attachments for r in rows):
        # The attachments package brings Pillow with it: loaded only when a path must be given.
        from desktop.core.attachments import store_dir

        store = store_dir(ctx.data_dir)
    out = [r.to_json(store) for r in rows]
    print_json(out) if args.json else print_table(out, ["id", "sender", "kind", "sent_at", "read", "text"])
    return 0


def run_send(args, ctx) -> int:
    from desktop.core.outbox import SendRequest, deliver

    # Each of these would be dropped without a word: the message sent, the card not posted.
    if args.conversation is not None and (args.product is not None or args.order is not None):
        raise UsageError("--product and --order go with --store: their card opens the conversation with the store.",
                         hint="Send to --conversation without them, or to --store with them.")
    if args.variant and args.product is None:
        raise UsageError("--variant goes with --product: it is shown on the product's card.",
                         hint="buzon send --store HANDLE --product ID --variant 'Colour: Black' --text …")
    db, user = _user(ctx)
    if args.reply is not None:
        return _send_reply(args, ctx, db, user)
    request = SendRequest(text=args.text, conversation_id=args.conversation, store_handle=args.store,
                          product_id=args.product, order_id=args.order, files=tuple(args.attach),
                          client_id=args.client_id, original_size=args.original_size, variant=args.variant)
    outcome = deliver(db, ctx, user, request)
    if outcome.refused is not None:
        if args.json:
            print_json(outcome.refused.to_json())
        else:
            words = ", ".join(f"{m.category}: {m.text!r}" for m in outcome.refused.verdict.matches)
            print(f"refused by the content policy ({words}); nothing was sent", file=sys.stderr)
        return int(ExitCode.REFUSED)
    if args.json:
        print_json(outcome.result.to_json())
    else:
        print(f"sent: message {outcome.result.message_id} in conversation {outcome.result.conversation_id}")
    return 0


def _send_reply(args, ctx, db, user) -> int:
    from desktop.core import batch

    if args.conversation is None or args.attach or args.product or args.order:
        raise UsageError("--reply goes to one conversation, without files or cards.",
                         hint="buzon send --conversation ID --reply CODE")
    item = batch.send_reply(db, ctx, user, args.conversation, args.reply, client_id=args.client_id)
    if item.state == batch.REFUSED and item.text == "":
        raise UsageError(item.reason)          # a placeholder without a value: nothing was sent
    if args.json:
        print_json({**item.to_json(), "message": item.message_id})
    elif item.state == batch.SENT:
        print(f"sent: message {item.message_id} in conversation {item.conversation} ({item.lang}): {item.text}")
    else:
        print(f"{item.state}: {item.reason}; nothing was sent", file=sys.stderr)
    return {batch.SENT: 0, batch.REFUSED: int(ExitCode.REFUSED)}.get(item.state, int(ExitCode.FAILURE))


def run_read(args, ctx) -> int:
    db, user = _user(ctx)
    ids = list(dict.fromkeys(args.conversations or (args.conversation,)))     # each once
    changed = conversations.mark_read_many(db, user, ids)
    if args.json:
        print_json({"conversations": ids, "changed": changed})
    return 0


def run_unread(args, ctx) -> int:
    db, user = _user(ctx)
    conversations.mark_unread(db, user, args.conversation)
    return 0


def run_delete(args, ctx) -> int:
    db, user = _user(ctx)
    conversations.delete_for_me(db, user, args.conversation, args.message)
    return 0
