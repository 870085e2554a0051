"""Messaging from the command line: conversations, messages, send, read, delete."""

from __future__ import annotations

import sys

from desktop.commands.output import print_json, print_table
from desktop.core import attachments, conversations, messaging, users
from desktop.core.errors import ExitCode


def register(sub) -> None:
    p = sub.add_parser("conversations", help="list your conversations, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_conversations)

    p = sub.add_parser("messages", help="the messages of one conversation")
    p.add_argument("--conversation", type=int, required=True, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_messages)

    p = sub.add_parser("send", help="send a message (to a conversation, or to a store about a product or order)")
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("--conversation", type=int, metavar="ID")
    to.add_argument("--store", metavar="HANDLE")
    about = p.add_mutually_exclusive_group()
    about.add_argument("--product", type=int, metavar="ID")
    about.add_argument("--order", type=int, metavar="ID")
    p.add_argument("--text", required=True)
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help="a picture (repeatable)")
    p.add_argument("--original-size", action="store_true", help="send pictures at full resolution")
    p.add_argument("--client-id", help="idempotency key: sending twice with one id stores one message")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_send)

    p = sub.add_parser("read", help="mark a conversation as read")
    p.add_argument("--conversation", type=int, required=True, metavar="ID")
    p.set_defaults(handler=run_read)

    p = sub.add_parser("unread", help="mark a conversation as unread (for you only)")
    p.add_argument("--conversation", type=int, required=True, metavar="ID")
    p.set_defaults(handler=run_unread)

    p = sub.add_parser("delete", help="delete a conversation or one message for you (the other side keeps it)")
    p.add_argument("--conversation", type=int, required=True, metavar="ID")
    p.add_argument("--message", type=int, metavar="ID")
    p.set_defaults(handler=run_delete)


def _user(ctx):
    db = ctx.db()
    return db, users.resolve(db, ctx.user_handle)


def run_conversations(args, ctx) -> int:
    db, user = _user(ctx)
    rows = [r.to_json() for r in conversations.list_conversations(db, user)]
    print_json(rows) if args.json else print_table(rows, ["id", "peer_name", "unread", "last_at", "last_message"])
    return 0


def run_messages(args, ctx) -> int:
    db, user = _user(ctx)
    ids = messaging.visible_ids(db, user, args.conversation)
    rows = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        by_id = messaging.rows_by_id(db, user, args.conversation, chunk)
        rows.extend(by_id[i] for i in chunk if i in by_id)
    store = attachments.store_dir(ctx.data_dir)
    out = [r.to_json(store) for r in rows]
    print_json(out) if args.json else print_table(out, ["id", "sender", "kind", "sent_at", "read", "text"])
    return 0


def run_send(args, ctx) -> int:
    from desktop.core.outbox import SendRequest, deliver

    db, user = _user(ctx)
    request = SendRequest(text=args.text, conversation_id=args.conversation, store_handle=args.store,
                          product_id=args.product, order_id=args.order, files=tuple(args.attach),
                          client_id=args.client_id, original_size=args.original_size)
    outcome = deliver(db, ctx, user, request)
    if outcome.refused is not None:
        if args.json:
            print_json(outcome.refused)
        else:
            words = ", ".join(f"{m['category']}: {m['text']!r}" for m in outcome.refused["matches"])
            print(f"refused by the content policy ({words}); nothing was sent", file=sys.stderr)
        return int(ExitCode.REFUSED)
    if args.json:
        print_json(outcome.result.to_json())
    else:
        print(f"sent: message {outcome.result.message_id} in conversation {outcome.result.conversation_id}")
    return 0


def run_read(args, ctx) -> int:
    db, user = _user(ctx)
    conversations.mark_read(db, user, args.conversation)
    return 0


def run_unread(args, ctx) -> int:
    db, user = _user(ctx)
    conversations.mark_unread(db, user, args.conversation)
    return 0


def run_delete(args, ctx) -> int:
    db, user = _user(ctx)
    conversations.delete_for_me(db, user, args.conversation, args.message)
    return 0

