"""`buzon team assign|unassign|list|note|notes|typing|check-reply`: a store's team on its
conversations (`desktop.core.team`): who answers each, notes the buyer never sees, who is
typing, and a reply that would cross a newer buyer message."""

from __future__ import annotations

from desktop.commands.args import row_id, utf8_text
from desktop.commands.output import print_json
from desktop.core import team, users


def register(sub) -> None:
    p = sub.add_parser("team", help="a store's team: assign conversations, internal notes, who is replying",
                       description="For a store's seller and agents: who answers each conversation, notes "
                                   "only the team reads, and who is typing where.")
    actions = p.add_subparsers(dest="team_action", metavar="ACTION", required=True)

    a = actions.add_parser("assign", help="give a conversation to someone on the team (default: take it)",
                           description="Give the conversation to HANDLE (someone on the store's team), or take "
                                       "it yourself without --to.")
    a.add_argument("--conversation", type=row_id, required=True, metavar="ID")
    a.add_argument("--to", metavar="HANDLE")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=run_assign)

    u = actions.add_parser("unassign", help="nobody answers the conversation any more",
                           description="Leave the conversation unassigned.")
    u.add_argument("--conversation", type=row_id, required=True, metavar="ID")
    u.set_defaults(handler=run_unassign)

    li = actions.add_parser("list", help="the store's conversations: mine, unassigned or assigned",
                            description="The ids of the store's conversations in one list, newest first, "
                                        "with who answers each.")
    li.add_argument("which", nargs="?", choices=team.VIEWS, default="mine",
                    help="mine (default), unassigned or assigned")
    li.add_argument("--json", action="store_true")
    li.set_defaults(handler=run_list)

    n = actions.add_parser("note", help="an internal note (the buyer never sees it)",
                           description="Add a note to the conversation, for the store's team only.")
    n.add_argument("--conversation", type=row_id, required=True, metavar="ID")
    n.add_argument("--text", type=utf8_text, required=True)
    n.add_argument("--json", action="store_true")
    n.set_defaults(handler=run_note)

    ns = actions.add_parser("notes", help="the conversation's internal notes, oldest first",
                            description="The conversation's internal notes, oldest first.")
    ns.add_argument("--conversation", type=row_id, required=True, metavar="ID")
    ns.add_argument("--json", action="store_true")
    ns.set_defaults(handler=run_notes)

    t = actions.add_parser("typing", help="say you are typing (a 10 s lease), or --who: who else is",
                           description="Renew your 'is replying' lease in the conversation, or with --who list "
                                       "the others of the team whose lease runs.")
    t.add_argument("--conversation", type=row_id, required=True, metavar="ID")
    t.add_argument("--who", action="store_true")
    t.add_argument("--json", action="store_true")
    t.set_defaults(handler=run_typing)

    c = actions.add_parser("check-reply", help="buyer messages and colleagues' replies newer than the one you saw",
                           description="The buyer's messages that arrived after --seen (the newest you had "
                                       "seen), and the replies a colleague sent since (JSON: \"newer\" ids, "
                                       "\"replied_meanwhile\" [{message, by}]): if any, a reply written without "
                                       "them should ask first.")
    c.add_argument("--conversation", type=row_id, required=True, metavar="ID")
    c.add_argument("--seen", type=row_id, required=True, metavar="MESSAGE_ID")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=run_check)


def run_assign(args, ctx) -> int:
    db = ctx.db()
    handle = team.assign(db, users.resolve(db, ctx.user_handle), args.conversation, args.to)
    if args.json:
        print_json({"conversation": args.conversation, "assignee": handle})
    else:
        print(f"conversation {args.conversation}: {handle}")
    return 0


def run_unassign(args, ctx) -> int:
    db = ctx.db()
    team.unassign(db, users.resolve(db, ctx.user_handle), args.conversation)
    return 0


def run_list(args, ctx) -> int:
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    ids = team.conversation_ids(db, user, args.which)
    who = team.assignees(db, user)
    rows = [{"conversation": cid, "assignee": who.get(cid)} for cid in ids]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['conversation']}\t{r['assignee'] or '-'}")
    return 0


def run_note(args, ctx) -> int:
    db = ctx.db()
    note_id = team.add_note(db, users.resolve(db, ctx.user_handle), args.conversation, args.text)
    if args.json:
        print_json({"id": note_id, "conversation": args.conversation})
    return 0


def run_notes(args, ctx) -> int:
    db = ctx.db()
    found = team.notes(db, users.resolve(db, ctx.user_handle), args.conversation)
    if args.json:
        print_json([n.to_json() for n in found])
    else:
        for n in found:
            print(f"[{n.author}] {n.text}")
    return 0


def run_typing(args, ctx) -> int:
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    if args.who:
        handles = team.typing_now(db, user, args.conversation)
        if args.json:
            print_json(handles)
        else:
            print(", ".join(handles))
    else:
        team.typing(db, user, args.conversation)
    return 0


def run_check(args, ctx) -> int:
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    newer = team.newer_from_buyer(db, user, args.conversation, args.seen)
    replies = team.replies_meanwhile(db, user, args.conversation, args.seen)
    if args.json:
        print_json({"newer": newer, "replied_meanwhile": [r.to_json() for r in replies]})
    elif replies:
        who = ", ".join(dict.fromkeys(r.by for r in replies))
        print(f"{who} replied meanwhile ({len(replies)})" + (f", new message arrived ({len(newer)})" if newer else "")
              + " — send anyway?")
    elif newer:
        print(f"New message arrived ({len(newer)}) — send anyway?")
    return 0
