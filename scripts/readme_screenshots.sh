#!/bin/sh
# The README's screenshots, one per language, from a fresh demo at a fixed time (`make screenshots`):
# Lucía's Message Centre in Spanish, James's order page in English, Wei's Message Centre in Chinese.
set -eu
BUZON="${BUZON:-.venv/bin/buzon}"
OUT="${OUT:-docs/screenshots}"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT
export QT_QPA_PLATFORM=offscreen
run() { "$BUZON" --data-dir "$DATA" --now 2026-11-24T09:00:00Z "$@"; }
run demo --reset >/dev/null
run --user lucia --lang es screenshot "$OUT/messages-es.png" --view messages --conversation 1 --size 1280x800
run --user james --lang en screenshot "$OUT/order-en.png" --view orders --order 16 --size 1280x800
run --user wei --lang zh screenshot "$OUT/messages-zh.png" --view messages --conversation 4 --size 1280x800
