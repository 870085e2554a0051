"""`buzon settings [list | get KEY | set KEY VALUE]`: the settings the window's Settings
dialog edits (and the limits it does not show), in `settings.json` of the data folder.
The database is not opened."""

from __future__ import annotations

from desktop.commands.output import print_json, print_table
from desktop.config import ensure_data_dir
from desktop.core import settings


def register(sub) -> None:
    keys = ", ".join(settings.DECLARED)
    p = sub.add_parser("settings", help="list, read or change your settings",
                       description=f"Your settings, kept in settings.json in the data folder. Keys: {keys}.")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_list)
    actions = p.add_subparsers(dest="settings_action", metavar="ACTION")

    a = actions.add_parser("list", help="every setting with its value, default and allowed values")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=run_list)

    a = actions.add_parser("get", help="one setting's value")
    a.add_argument("key", metavar="KEY", help=keys)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=run_get)

    a = actions.add_parser("set", help="change one setting (checked first; the file is written atomically)",
                           description="Change one setting. A value the key does not accept changes nothing "
                                       "and exits 2 naming what it accepts. Booleans: true/false, yes/no, on/off.")
    a.add_argument("key", metavar="KEY", help=keys)
    a.add_argument("value", metavar="VALUE")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=run_set)


def _entry(key: str, current: settings.Settings) -> dict:
    declared = settings.DECLARED[key]
    return {"key": key, "value": getattr(current, key), "default": declared.default, "type": declared.kind,
            "allowed": declared.allowed(), "help": declared.help}


def run_list(args, ctx) -> int:
    rows = [_entry(key, ctx.settings) for key in settings.DECLARED]
    print_json(rows) if args.json else print_table(rows, ["key", "value", "default", "help"])
    return 0


def run_get(args, ctx) -> int:
    settings.declared(args.key)
    value = getattr(ctx.settings, args.key)
    print_json({"key": args.key, "value": value}) if args.json else print(value)
    return 0


def run_set(args, ctx) -> int:
    value = settings.declared(args.key).parse(args.value)
    ensure_data_dir(ctx.data_dir)
    ctx.settings = settings.update(ctx.data_dir, **{args.key: value})
    print_json({"key": args.key, "value": value}) if args.json else print(f"{args.key} = {value}")
    return 0
