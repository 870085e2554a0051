"""`buzon packs list|install|remove|available|download`: language packs without a window.

None of these opens the database; they work on `<data folder>/argos/packages`.
`install` and `download` show a progress bar on standard error when it is a terminal.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from desktop.commands.args import seconds
from desktop.commands.output import print_json, print_json_lines, print_table
from desktop.core.translation import packs


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "packs", help="list, install, remove or download language packs",
        description="Offline translation packs (argos packages): installed from a .argosmodel file, "
                    "or downloaded from the argos package index when online.")
    sub = parser.add_subparsers(dest="packs_command", metavar="ACTION", required=True)

    lst = sub.add_parser("list", help="the installed packs")
    lst.add_argument("--json", action="store_true", help='a JSON list of {"from","to","version"}')
    lst.set_defaults(handler=run_list)

    install = sub.add_parser("install", help="install a .argosmodel file (checked, atomic)",
                             description="Check and install a pack file. Exit status 0 when installed, "
                                         "1 with the reason otherwise.")
    install.add_argument("file", type=Path, metavar="FILE")
    install.add_argument("--replace", action="store_true", help="replace an installed pack for the same pair")
    install.add_argument("--json", action="store_true", help='print {"from","to","version"} when done')
    install.set_defaults(handler=run_install)

    remove = sub.add_parser("remove", help="uninstall the pack for a pair")
    remove.add_argument("from_code", metavar="FROM")
    remove.add_argument("to_code", metavar="TO")
    remove.set_defaults(handler=run_remove)

    available = sub.add_parser("available", help="the packs the argos index offers (online)")
    available.add_argument("--json", action="store_true",
                           help='one {"from","to","version","from_name","to_name"} per line')
    available.add_argument("--timeout", type=seconds, default=10.0, help="seconds to wait for the index (default 10)")
    available.set_defaults(handler=run_available)

    download = sub.add_parser("download", help="download a pack from the argos index and install it (online)")
    download.add_argument("from_code", metavar="FROM")
    download.add_argument("to_code", metavar="TO")
    download.add_argument("--replace", action="store_true", help="replace an installed pack for the same pair")
    download.add_argument("--timeout", type=seconds, default=10.0, help="seconds to wait for each answer (default 10)")
    download.set_defaults(handler=run_download)


class _Bar:
    """A one-line progress bar on standard error, drawn only on a terminal."""

    def __init__(self, label: str):
        self.label = label
        self.shown = -1
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.tty:
            return
        percent = int(done * 100 / total) if total else 0
        if percent != self.shown:
            self.shown = percent
            filled = percent // 5
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (20 - filled)}] {percent:3d}%")
            sys.stderr.flush()

    def close(self) -> None:
        if self.tty and self.shown >= 0:
            sys.stderr.write("\n")


def run_list(args, ctx) -> int:
    rows = [p.to_json() for p in packs.installed(ctx.data_dir)]
    if args.json:
        print_json(rows)
    elif rows:
        print_table(rows, ["from", "to", "version"])
    else:
        print("No language packs installed.")
    return 0


def run_install(args, ctx) -> int:
    bar = _Bar(f"Installing {args.file.name}")
    try:
        info = packs.install(ctx.data_dir, args.file, progress=bar, replace=args.replace)
    finally:
        bar.close()
    if args.json:
        print_json(info.to_json())
    else:
        print(f"Installed {info.from_code}→{info.to_code} (version {info.version}).")
    return 0


def run_remove(args, ctx) -> int:
    info = packs.remove(ctx.data_dir, args.from_code, args.to_code)
    print(f"Removed {info.from_code}→{info.to_code} (version {info.version}).")
    return 0


def run_available(args, ctx) -> int:
    offered = packs.available(timeout=args.timeout)
    rows = [p.to_json() for p in offered]
    if args.json:
        print_json_lines(rows)
    else:
        print_table(rows, ["from", "to", "version", "from_name", "to_name"])
    return 0


def run_download(args, ctx) -> int:
    bar = _Bar(f"Downloading {args.from_code}→{args.to_code}")
    cancel = threading.Event()
    try:
        info = packs.download(ctx.data_dir, args.from_code, args.to_code, progress=bar, cancel=cancel,
                              replace=args.replace, timeout=args.timeout)
    except KeyboardInterrupt:
        cancel.set()
        raise
    finally:
        bar.close()
    print(f"Installed {info.from_code}→{info.to_code} (version {info.version}).")
    return 0
