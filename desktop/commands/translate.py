"""`buzon translate --from es --to en TEXT`: the offline engine without a window.

Without TEXT, every line of standard input is translated (in one batch) and printed on
its own line. `--from` may be left out: each text's language is then detected. The
database is not opened.
"""

from __future__ import annotations

from desktop.commands.output import print_json, print_json_lines, stdin_lines
from desktop.core.translation.detect import UNDETERMINED, detect
from desktop.core.translation.engine import Translator


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "translate", help="translate text offline with the installed packs",
        description="Translate TEXT (or each line of standard input) with the installed language packs, "
                    "through English when there is no direct pack.")
    parser.add_argument("--from", dest="src", metavar="LANG", help="source language (default: detected)")
    parser.add_argument("--to", dest="tgt", metavar="LANG", required=True, help="target language")
    parser.add_argument("--json", action="store_true",
                        help='print {"from","to","text","translation","pack_version"} (one per line for stdin)')
    parser.add_argument("text", nargs="*", metavar="TEXT", help="the text (words are joined with spaces)")
    parser.set_defaults(handler=run)


def run(args, ctx) -> int:
    from_stdin = not args.text
    texts = list(stdin_lines()) if from_stdin else [" ".join(args.text)]
    translator = Translator(ctx.data_dir)
    # Group by source language so that each group is one batched call.
    sources = [args.src or detect(t).lang for t in texts]
    results: list[str] = [""] * len(texts)
    for src in dict.fromkeys(sources):
        idx = [i for i, s in enumerate(sources) if s == src]
        if src == UNDETERMINED:
            # No letters to tell a language by (emoji, numbers): nothing to translate.
            for i in idx:
                results[i] = texts[i]
            continue
        for i, out in zip(idx, translator.translate_batch([texts[i] for i in idx], src, args.tgt)):
            results[i] = out
    rows = [
        {"from": src, "to": args.tgt, "text": text, "translation": out,
         "pack_version": "" if src == UNDETERMINED else translator.pack_version(src, args.tgt)}
        for src, text, out in zip(sources, texts, results)
    ]
    if args.json:
        if from_stdin:
            print_json_lines(rows)
        else:
            print_json(rows[0])
    else:
        for row in rows:
            print(row["translation"])
    return 0
