"""`buzon evidence export|verify`: an order's evidence pack (`desktop.core.evidence`)."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.args import row_id
from desktop.commands.output import print_json
from desktop.core import evidence, users


def register(sub) -> None:
    p = sub.add_parser("evidence", help="export an order's evidence pack (ZIP) or verify one",
                       description="The evidence pack of an order: conversation.pdf, conversation.json, the "
                                   "pictures and videos as stored, and SHA256SUMS (docs/evidence.md).")
    actions = p.add_subparsers(dest="evidence_action", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="write the order's evidence pack",
                           description="Write the evidence pack of an order you bought or your store sold. The "
                                       "same data gives the same bytes; a failure leaves nothing at OUT.")
    e.add_argument("--order", type=row_id, required=True, metavar="ID")
    e.add_argument("out", type=Path, metavar="OUT.zip")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=run_export)
    v = actions.add_parser("verify", help="check a pack's SHA256SUMS (exit 1 listing what changed)",
                           description="Exit 0 when every file's hash matches SHA256SUMS; otherwise exit 1 listing "
                                       "the files changed, missing or not listed.")
    v.add_argument("pack", type=Path, metavar="PACK.zip")
    v.add_argument("--json", action="store_true")
    v.set_defaults(handler=run_verify)


def run_export(args, ctx) -> int:
    db = ctx.db()
    user = users.resolve(db, ctx.user_handle)
    names = evidence.export(db, user, args.order, ctx.data_dir, args.out)
    if args.json:
        print_json({"path": str(args.out), "files": names})
    else:
        print(f"{args.out}: {len(names)} files")
    return 0


def run_verify(args, ctx) -> int:
    result = evidence.verify(args.pack)
    if args.json:
        print_json(result.to_json())
    else:
        for what, names in (("changed", result.changed), ("missing", result.missing), ("not listed", result.unlisted)):
            for name in names:
                print(f"{what}: {name}")
        print(f"{args.pack}: {'OK' if result.ok else 'FAILED'} ({result.checked} files checked)")
    return 0 if result.ok else 1
