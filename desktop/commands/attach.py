"""`buzon attach check|ingest FILE...`: the attachment checks and store without a window.

Neither command opens the database: `check` only reads the files and the settings;
`ingest` also writes into the data folder's attachment store and thumbnail cache.
Exit status: 0 when every file is accepted, 1 when at least one is refused.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.commands.output import print_json, print_table
from desktop.config import ensure_data_dir
from desktop.core.attachments import (
    AttachmentRefused, Limits, check_file, ingest_evidence, ingest_image, store_dir, thumbnail_dir,
)
from desktop.core.errors import ExitCode


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "attach", help="check files as attachments, or store them",
        description="Check files as chat attachments (or dispute evidence) and store them safely.")
    sub = parser.add_subparsers(dest="attach_command", metavar="ACTION", required=True)

    check = sub.add_parser(
        "check", help="say, for each file, whether it would be accepted and why not",
        description="One verdict per file: type by content, size and pixel limits, a full "
                    "decode. Exit status 0 if all are accepted, 1 otherwise.")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.add_argument("--dispute", action="store_true",
                       help="judge as dispute evidence (videos accepted up to their cap)")
    check.add_argument("--json", action="store_true",
                       help='one {"file","accepted","reason","mime","width","height","bytes"} per line')
    check.set_defaults(handler=run_check)

    ingest = sub.add_parser(
        "ingest", help="re-encode and store files in the data folder's attachment store",
        description="Store each file the way sending it would: re-encoded, metadata removed, "
                    "named by its SHA-256. Exit status 0 if all are stored, 1 otherwise.")
    ingest.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ingest.add_argument("--dispute", action="store_true",
                        help="store as dispute evidence (videos accepted, copied byte for byte)")
    ingest.add_argument("--original-size", action="store_true",
                        help="keep the full resolution instead of the maximum side")
    ingest.add_argument("--json", action="store_true",
                        help='one {"file","accepted","reason","sha256","mime","width","height",'
                             '"bytes","path","safe_name"} per line')
    ingest.set_defaults(handler=run_ingest)


def _printable(name: str) -> str:
    # File names from argv may carry undecodable bytes (surrogate escapes); JSON on a UTF-8
    # stream cannot, so those bytes are shown as U+FFFD.
    return os.fsencode(name).decode("utf-8", errors="replace")


def run_check(args, ctx) -> int:
    limits = Limits.from_settings(ctx.settings)
    rows, all_ok = [], True
    for name in args.files:
        result = check_file(Path(name), limits=limits, evidence=args.dispute)
        all_ok = all_ok and result.accepted
        row = result.to_json(_printable(name))
        if args.json:
            print_json(row)
            sys.stdout.flush()     # one line per file as it is judged, for long batches
        else:
            row["size"] = f"{result.width}×{result.height}" if result.width else ""
            row["verdict"] = "accepted" if result.accepted else f"refused: {result.message}"
            rows.append(row)
    if not args.json:
        print_table(rows, ["file", "mime", "size", "bytes", "verdict"])
    return int(ExitCode.OK if all_ok else ExitCode.FAILURE)


def run_ingest(args, ctx) -> int:
    limits = Limits.from_settings(ctx.settings)
    data = ensure_data_dir(ctx.data_dir)
    store, thumbs = store_dir(data), thumbnail_dir(data)
    rows, all_ok = [], True
    for name in args.files:
        row = {"file": _printable(name)}
        try:
            if args.dispute:
                stored = ingest_evidence(Path(name), store_dir=store, limits=limits, thumbnail_dir=thumbs)
            else:
                stored = ingest_image(Path(name), store_dir=store, limits=limits, thumbnail_dir=thumbs,
                                      original_size=args.original_size)
        except AttachmentRefused as refusal:
            all_ok = False
            row.update(accepted=False, reason=refusal.reason, message=refusal.message, error_id=refusal.text_id)
        else:
            row.update(accepted=True, reason=None, **stored.to_json(), safe_name=stored.safe_name)
        if args.json:
            print_json(row)
            sys.stdout.flush()
        else:
            row["verdict"] = row["path"] if row["accepted"] else f"refused: {row['message']}"
            rows.append(row)
    if not args.json:
        print_table(rows, ["file", "mime", "width", "height", "bytes", "verdict"])
    return int(ExitCode.OK if all_ok else ExitCode.FAILURE)
