#!/usr/bin/env bash
# Build FactDesk.app on macOS. UNTESTED: FactDesk's installer is only built and
# tested on Linux so far; see README.md in this folder.
#
#   installer/macos/build_app.sh OUTDIR
#
# Needs a venv with FactDesk installed (pip install -e .) and active. On macOS
# installer/factdesk.spec makes a windowed executable and wraps the one-folder
# build into OUTDIR/FactDesk.app with BUNDLE, using Info.plist from this folder.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: installer/macos/build_app.sh OUTDIR" >&2; exit 2; }
[ "$(uname -s)" = Darwin ] || { echo "build_app.sh: run this on macOS (on Linux use installer/build.sh)" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
mkdir -p "$1"; outdir=$(cd "$1" && pwd)
python=${PYTHON:-${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/python}}
python=${python:-python3}
"$python" -m PyInstaller --version >/dev/null 2>&1 || "$python" -m pip install --quiet pyinstaller

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The app icon: render resources/icons/factdesk.svg into an .icns with the
# tools macOS ships (qlmanage renders SVG, sips scales, iconutil packs).
svg=$repo/resources/icons/factdesk.svg
if [ -f "$svg" ]; then
  qlmanage -t -s 1024 -o "$work" "$svg" >/dev/null 2>&1 || true
  png=$work/factdesk.svg.png
  if [ -f "$png" ]; then
    mkdir -p "$work/factdesk.iconset"
    for size in 16 32 128 256 512; do
      sips -z $size $size "$png" --out "$work/factdesk.iconset/icon_${size}x${size}.png" >/dev/null
      sips -z $((size * 2)) $((size * 2)) "$png" --out "$work/factdesk.iconset/icon_${size}x${size}@2x.png" >/dev/null
    done
    iconutil -c icns "$work/factdesk.iconset" -o "$work/factdesk.icns" && export FACTDESK_ICNS=$work/factdesk.icns
  fi
fi

start=$(date +%s)
"$python" -m PyInstaller "$repo/installer/factdesk.spec" --distpath "$outdir" --workpath "$work/build" --noconfirm
echo "build time: $(( $(date +%s) - start ))s"
du -sh "$outdir/FactDesk.app"
echo "run: open $outdir/FactDesk.app   (command line: $outdir/FactDesk.app/Contents/MacOS/factdesk detect FILE)"
