#!/usr/bin/env bash
# dist/buzon-VERSION-macos-ARCH.dmg from dist/Buzon.app (made by `make dist` on a Mac:
# app.spec's BUNDLE step writes the Info.plist values and the .icns icon).
# The image opens to Buzon.app beside a link to /Applications, the usual drag-to-install.
# Signing and notarisation are separate steps (docs/installers.md): an unsigned app
# opens after right-click > Open.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
DIST="${DIST:-$REPO/dist}"
APP="$DIST/Buzon.app"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$REPO/desktop/__init__.py")"
ARCH="$(uname -m)"
DMG="$DIST/buzon-$VERSION-macos-$ARCH.dmg"
if [ ! -d "$APP" ]; then
    echo "No app at $APP: run 'make dist' on macOS first." >&2
    exit 1
fi
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
# ditto keeps the bundle's symlinks, extended attributes and signature intact (cp -R does not).
ditto "$APP" "$STAGE/Buzon.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Buzón $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$DMG"
hdiutil verify "$DMG"
echo "$DMG"
