#!/usr/bin/env bash
# Install Buzón from the unpacked tarball: the program into PREFIX/lib/buzon, a `buzon`
# link into PREFIX/bin, the launcher entry and icons into PREFIX/share.
# PREFIX defaults to ~/.local (no root needed); `./install.sh --uninstall` removes it all.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX/lib/buzon" "$PREFIX/bin/buzon" "$PREFIX/share/applications/buzon.desktop"
    find "$PREFIX/share/icons/hicolor" -path '*/apps/buzon.png' -delete 2>/dev/null || true
    echo "Buzón removed from $PREFIX (your messages stay in ~/.local/share/Buzon)."
    exit 0
fi
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
rm -rf "$PREFIX/lib/buzon"
cp -a "$HERE/buzon" "$PREFIX/lib/buzon"
ln -sfn "$PREFIX/lib/buzon/buzon" "$PREFIX/bin/buzon"
cp -a "$HERE/share/." "$PREFIX/share/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "Buzón installed in $PREFIX; start it from the menu or with: $PREFIX/bin/buzon"
