"""`buzon screenshot OUT.png`: the real main window, rendered offscreen to a PNG.

An id that names nothing exits 2 naming the valid ones; anything that goes wrong while
the window works ends the command with its exit code (desktop/gui/render.py)."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.args import row_id

DIALOGS = ("store-settings",)


def register(sub) -> None:
    p = sub.add_parser("screenshot", help="render the main window to a PNG (no display needed)")
    p.add_argument("out", type=Path, metavar="OUT.png")
    p.add_argument("--view", choices=("products", "orders", "messages"), default="products")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--conversation", type=row_id, metavar="ID")
    target.add_argument("--order", type=row_id, metavar="ID")
    target.add_argument("--product", type=row_id, metavar="ID")
    p.add_argument("--dialog", choices=DIALOGS, default=None,
                   help="a dialog open over the window, centred as the window system would place it "
                        "(store-settings: a seller's Desk → Store settings…)")
    p.add_argument("--size", default="1280x800", metavar="WxH")
    p.add_argument("--lang", dest="screenshot_lang", choices=("es", "en", "zh"), default=None,
                   help="the window's language (default: as the window would choose it)")
    p.set_defaults(handler=run)


def run(args, ctx) -> int:
    from desktop.gui.render import parse_size, screenshot      # Qt loads only for this command

    if args.screenshot_lang:
        ctx.lang = args.screenshot_lang
    size = parse_size(args.size)
    out = screenshot(ctx, args.out, view=args.view, size=size, conversation=args.conversation,
                     order=args.order, product=args.product, dialog=args.dialog)
    print(out)
    return 0
