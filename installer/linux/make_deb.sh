#!/usr/bin/env bash
# Package a built FactDesk folder as a Debian package (.deb) with dpkg-deb.
#
#   installer/linux/make_deb.sh APPDIR VERSION OUTDIR
#
# APPDIR is build.sh's OUTDIR/factdesk. The package installs
#   /opt/factdesk/                                       the app folder
#   /usr/bin/factdesk                                    the command (a small launcher)
#   /usr/share/applications/factdesk.desktop             the menu entry
#   /usr/share/icons/hicolor/scalable/apps/factdesk.svg  its icon
#   /usr/share/bash-completion/completions/factdesk      tab completion (bash)
#   /usr/share/zsh/vendor-completions/_factdesk          tab completion (zsh)
#   /usr/share/doc/factdesk/copyright
# Depends lists the system libraries the folder does not bring itself (C
# library from the folder's glibc floor on, OpenGL/EGL, libstdc++, libxcb, ...),
# read from its ELF files and named by the packages that own them here
# (installer/linux/system_deps.py). Menu and icon caches are refreshed by the
# desktop-file-utils and hicolor triggers; no maintainer scripts are needed.
# Prints the path of the .deb.
set -euo pipefail

if [ $# -ne 3 ]; then echo "usage: make_deb.sh APPDIR VERSION OUTDIR" >&2; exit 2; fi
appdir=$(cd "$1" && pwd)
version=$2
outdir=$(cd "$3" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
for tool in dpkg-deb dpkg readelf ldconfig python3; do
  command -v "$tool" >/dev/null || { echo "make_deb.sh: needs $tool" >&2; exit 2; }
done
[ -x "$appdir/factdesk" ] && [ -d "$appdir/_internal" ] || { echo "make_deb.sh: $appdir is not a built FactDesk folder" >&2; exit 2; }

arch=$(dpkg --print-architecture)
work=$(mktemp -d "${TMPDIR:-/tmp}/factdesk-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" "$root/usr/share/doc/factdesk" \
  "$root/DEBIAN"

cp -a "$appdir" "$root/opt/factdesk"
# The per-user install scripts are for the .tar.gz; the package manager installs this one.
rm -f "$root/opt/factdesk/install.sh" "$root/opt/factdesk/uninstall.sh" "$root/opt/factdesk/factdesk.desktop"
chmod -R u+rwX,go+rX,go-w "$root/opt/factdesk"

cat > "$root/usr/bin/factdesk" <<'LAUNCHER'
#!/bin/sh
# FactDesk's command and desktop app; the program lives in /opt/factdesk.
exec /opt/factdesk/factdesk "$@"
LAUNCHER
chmod 0755 "$root/usr/bin/factdesk"
install -m 0644 "$here/factdesk.desktop" "$root/usr/share/applications/factdesk.desktop"
install -m 0644 "$appdir/_internal/resources/icons/factdesk.svg" "$root/usr/share/icons/hicolor/scalable/apps/factdesk.svg"
# Completion scripts from the built program itself, so they match its options.
env -i HOME="$work" PATH=/usr/bin:/bin "$appdir/factdesk" completion bash > "$root/usr/share/bash-completion/completions/factdesk"
env -i HOME="$work" PATH=/usr/bin:/bin "$appdir/factdesk" completion zsh > "$root/usr/share/zsh/vendor-completions/_factdesk"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: FactDesk"
  echo
  echo "Files: *"
  echo "License: MIT"
  sed 's/^$/./; s/^/ /' "$repo/LICENSE"
  echo
  echo "Comment: /opt/factdesk/_internal holds Python, Qt (LGPLv3), spaCy and the other"
  echo " libraries FactDesk is built on, each under its own license (see their"
  echo " *.dist-info folders there)."
} > "$root/usr/share/doc/factdesk/copyright"
find "$root/usr" -type f -exec chmod 0644 {} + ; chmod 0755 "$root/usr/bin/factdesk"

# Depends: the libraries the ELF files need that the folder does not bring,
# by the packages that own them on this machine (system_deps.py).
depends=$(python3 "$here/system_deps.py" "$root/opt/factdesk")

size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: factdesk
Version: $version
Architecture: $arch
Maintainer: The FactDesk team <factdesk@localhost>
Section: editors
Priority: optional
Installed-Size: $size_kb
Depends: $depends
Recommends: xdg-utils
Homepage: https://github.com/factdesk/factdesk
Description: desk for fact-checkers: find checkable claims in news, decide, report
 FactDesk opens German and English news articles and highlights every
 checkable claim (vote shares, arrests, casualties, crowd sizes, time in
 power, money, statistics, quotes) with its number normalized, ranks them
 by check-worthiness and keeps the research, verdicts, reviews and reports
 of a newsroom's fact-checkers in one local file. It works offline.
 .
 This package brings its own Python, Qt and spaCy in /opt/factdesk.
CONTROL

deb=$outdir/factdesk_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
echo "$deb"
