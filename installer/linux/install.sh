#!/usr/bin/env bash
# Install a built FactDesk folder for the current user (no root needed):
#
#   install.sh [APPDIR]
#
# APPDIR is the built folder holding the `factdesk` executable (default: the
# folder this script is in, as build.sh copies it there). Installs
#   ~/.local/opt/factdesk/                                  the app folder
#   ~/.local/bin/factdesk                                   a launcher on PATH
#   ~/.local/share/applications/factdesk.desktop            the menu entry
#   ~/.local/share/icons/hicolor/scalable/apps/factdesk.svg the icon
# Running it again replaces an earlier installation. uninstall.sh removes it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
appdir=${1:-$here}
appdir=$(cd "$appdir" && pwd)
if [ ! -x "$appdir/factdesk" ] || [ ! -d "$appdir/_internal" ]; then
  echo "install.sh: $appdir is not a built FactDesk folder (run installer/build.sh OUTDIR, then OUTDIR/factdesk/install.sh)" >&2
  exit 2
fi

data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/factdesk
bin=$HOME/.local/bin
apps=$data/applications
icons=$data/icons/hicolor/scalable/apps

# Copy to a fresh folder first, then swap, so a failed copy leaves the old install working.
mkdir -p "$HOME/.local/opt" "$bin" "$apps" "$icons"
rm -rf "$opt.new"
cp -a "$appdir/." "$opt.new/"
rm -rf "$opt"
mv "$opt.new" "$opt"

cat > "$bin/factdesk" <<LAUNCHER
#!/bin/sh
# FactDesk launcher written by install.sh; the app lives in $opt.
exec "$opt/factdesk" "\$@"
LAUNCHER
chmod +x "$bin/factdesk"

# The app icon ships in the bundle's resources (resources/icons/factdesk.svg).
icon=$opt/_internal/resources/icons/factdesk.svg
if [ -f "$icon" ]; then cp "$icon" "$icons/factdesk.svg"; else echo "install.sh: no icon in $icon; menu entry without icon" >&2; fi
# Exec with the full path: ~/.local/bin is not on every desktop session's PATH.
sed -e "s|^Exec=factdesk|Exec=$bin/factdesk|" -e "s|^TryExec=factdesk|TryExec=$bin/factdesk|" \
  "$here/factdesk.desktop" > "$apps/factdesk.desktop"

# Refresh menu and icon caches where the tools exist (they are optional).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
# Icon cache: only refresh one that exists (a new cache without index.theme
# can hide icons other apps install later); else touching the folder is enough.
if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
else
  [ -d "$data/icons/hicolor" ] && touch "$data/icons/hicolor" || true
fi

echo "FactDesk installed in $opt"
echo "  menu entry: $apps/factdesk.desktop"
echo "  command:    $bin/factdesk"
case ":$PATH:" in *":$bin:"*) ;; *) echo "  note: $bin is not on your PATH; add it to use 'factdesk' in a terminal" ;; esac
