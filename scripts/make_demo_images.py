"""Draw the demo marketplace's product pictures and Buzón's icons into resources/.

Idempotent: a file is rewritten only when its bytes would change, so running it again after
no code change touches nothing. Usage: python scripts/make_demo_images.py [--contact-sheet PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from demo_art import contact_sheet, write_all  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=Path, default=HERE.parent / "resources", help="the resources folder to write into")
    parser.add_argument("--only", choices=("products", "icons"), help="write only one of the two sets")
    parser.add_argument("--contact-sheet", type=Path, metavar="PATH", help="also write every picture on one PNG page")
    args = parser.parse_args(argv)
    every, changed = write_all(args.resources, products=args.only != "icons", icon_set=args.only != "products")
    for path in changed:
        print(f"wrote {path}")
    print(f"{len(every)} files, {len(changed)} changed")
    if args.contact_sheet:
        contact_sheet(every, args.contact_sheet)
        print(f"contact sheet: {args.contact_sheet}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
