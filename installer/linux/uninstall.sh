#!/usr/bin/env bash
# Remove what install.sh installed for the current user. Desks (your
# desk.sqlite files) are left alone: they live in the user data folder.
set -euo pipefail
data=${XDG_DATA_HOME:-$HOME/.local/share}
rm -rf "$HOME/.local/opt/factdesk" "$HOME/.local/opt/factdesk.new"
# Only remove the launcher if install.sh wrote it.
if [ -f "$HOME/.local/bin/factdesk" ] && grep -q "written by install.sh" "$HOME/.local/bin/factdesk"; then
  rm -f "$HOME/.local/bin/factdesk"
fi
rm -f "$data/applications/factdesk.desktop" "$data/icons/hicolor/scalable/apps/factdesk.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
# Icon cache: only refresh one that exists (a new cache without index.theme
# can hide icons other apps install later); else touching the folder is enough.
if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
else
  [ -d "$data/icons/hicolor" ] && touch "$data/icons/hicolor" || true
fi
echo "FactDesk removed (your desks in $data/FactDesk are kept)"
