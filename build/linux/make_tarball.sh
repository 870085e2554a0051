#!/usr/bin/env bash
# dist/buzon-VERSION-linux-ARCH.tar.gz: the bundle, its launcher entry and icons, and
# install.sh, which puts them under ~/.local (or any prefix) without root.
source "$(dirname "$0")/common.sh"
require_bundle
NAME="buzon-$VERSION-linux-$ARCH"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/$NAME"
cp -a "$BUNDLE" "$STAGE/$NAME/buzon"
stage_share "$STAGE/$NAME"
install -m 755 "$REPO/build/linux/install.sh" "$STAGE/$NAME/install.sh"
# Owner and times normalised so that two builds of the same bundle give the same archive.
tar --owner=0 --group=0 --numeric-owner --sort=name --mtime="@${SOURCE_DATE_EPOCH:-0}" \
    -C "$STAGE" -czf "$DIST/$NAME.tar.gz" "$NAME"
echo "$DIST/$NAME.tar.gz"
