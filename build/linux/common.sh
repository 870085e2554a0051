# Shared by make_tarball.sh and make_deb.sh: where things are, the version, and the
# freedesktop files (launcher entry and hicolor icons) both packages carry.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIST="${DIST:-$REPO/dist}"
BUNDLE="$DIST/buzon"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$REPO/desktop/__init__.py")"
ARCH="$(uname -m)"
ICON_SIZES="16 24 32 48 64 128 256 512"

require_bundle() {
    if [ ! -x "$BUNDLE/buzon" ]; then
        echo "No bundle at $BUNDLE: run 'make dist' first." >&2
        exit 1
    fi
}

# stage_share PREFIX: PREFIX/share/applications/buzon.desktop and PREFIX/share/icons/hicolor/NxN/apps/buzon.png
stage_share() {
    local prefix="$1"
    install -D -m 644 "$REPO/build/linux/buzon.desktop" "$prefix/share/applications/buzon.desktop"
    for n in $ICON_SIZES; do
        install -D -m 644 "$REPO/resources/icons/buzon-$n.png" "$prefix/share/icons/hicolor/${n}x${n}/apps/buzon.png"
    done
}
