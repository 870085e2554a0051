#!/usr/bin/env bash
# dist/buzon_VERSION_ARCH.deb with dpkg-deb: the bundle in /opt/buzon, /usr/bin/buzon,
# the launcher entry and hicolor icons. Depends lists the system libraries Qt's xcb and
# Wayland plugins load that PyInstaller leaves to the system (as Debian/Ubuntu name them).
source "$(dirname "$0")/common.sh"
require_bundle
DEB_ARCH="$(dpkg --print-architecture)"
STAGE="$(mktemp -d)"
chmod 755 "$STAGE"     # mktemp makes it 0700, and it becomes the package's root folder
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/DEBIAN"
cp -a "$BUNDLE" "$STAGE/opt/buzon"
ln -s /opt/buzon/buzon "$STAGE/usr/bin/buzon"
stage_share "$STAGE/usr"
SIZE_KB="$(du -sk "$STAGE/opt" "$STAGE/usr" | awk '{s += $1} END {print s}')"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: buzon
Version: $VERSION
Section: net
Priority: optional
Architecture: $DEB_ARCH
Maintainer: Buzón contributors <buzon@example.org>
Installed-Size: $SIZE_KB
Depends: libc6 (>= 2.31), libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0,
 libxkbcommon-x11-0, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1,
 libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libwayland-client0,
 libwayland-cursor0, libwayland-egl1
Recommends: fonts-noto-cjk | fonts-wqy-microhei
Homepage: https://github.com/buzon/buzon
Description: desktop inbox for buyers and sellers of a cross-border marketplace
 Buzón keeps every conversation between buyers and stores in one window:
 product and order cards, read marks, image attachments, a content-policy
 check before a message leaves, and offline translation with argos packs.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DIST/buzon_${VERSION}_${DEB_ARCH}.deb" >/dev/null
echo "$DIST/buzon_${VERSION}_${DEB_ARCH}.deb"
