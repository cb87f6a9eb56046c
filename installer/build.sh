#!/usr/bin/env bash
# Build the FactDesk desktop app (one folder, no Python needed) from this checkout.
#
#   installer/build.sh OUTDIR
#
# Result: OUTDIR/factdesk/factdesk (+ OUTDIR/factdesk/_internal/) and the
# Linux install scripts copied beside it, so OUTDIR/factdesk can be tarred and
# copied to a laptop. Uses the Python of the active virtual environment
# ($VIRTUAL_ENV, else the checkout's .venv, else $PYTHON or python3), which
# must have FactDesk's dependencies installed; installs PyInstaller into it
# when missing. Prints the build time and the folder size.
set -euo pipefail

if [ $# -ne 1 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  echo "usage: installer/build.sh OUTDIR" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
mkdir -p "$1"
outdir=$(cd "$1" && pwd)
case "$outdir/" in
  "$repo"/*) echo "build.sh: OUTDIR must be outside the checkout ($repo)" >&2; exit 2 ;;
esac

if [ -n "${PYTHON:-}" ]; then python=$PYTHON
elif [ -n "${VIRTUAL_ENV:-}" ]; then python=$VIRTUAL_ENV/bin/python
elif [ -x "$repo/.venv/bin/python" ]; then python=$repo/.venv/bin/python
else python=python3
fi

if ! "$python" -c 'import spacy, PySide6, trafilatura, sqlite_utils' 2>/dev/null; then
  echo "build.sh: $python lacks FactDesk's dependencies; run: $python -m pip install -e $repo" >&2
  exit 2
fi
if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
  echo "+ $python -m pip install pyinstaller"
  "$python" -m pip install --quiet pyinstaller
fi

# PyInstaller's work folder: temporary, unless FACTDESK_BUILD_WORK names one to
# keep (its warn-factdesk.txt and xref-factdesk.html explain a missing module).
if [ -n "${FACTDESK_BUILD_WORK:-}" ]; then
  work=$FACTDESK_BUILD_WORK; mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/factdesk-pyinstaller.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi

echo "+ PyInstaller $("$python" -m PyInstaller --version) with $("$python" --version) -> $outdir/factdesk"
start=$(date +%s)
"$python" -m PyInstaller "$here/factdesk.spec" \
  --distpath "$outdir" --workpath "$work" --noconfirm --log-level "${PYI_LOG_LEVEL:-WARN}" 2>&1 \
  | tee "$work/pyinstaller.log"
end=$(date +%s)

app=$outdir/factdesk
# Make the folder self-contained for laptops: install scripts and menu entry beside the binary.
cp "$here/linux/install.sh" "$here/linux/uninstall.sh" "$here/linux/factdesk.desktop" "$app/"
chmod +x "$app/install.sh" "$app/uninstall.sh"

# Libraries Qt's plugins link to but this machine lacks are not in the folder;
# laptops must have them (see installer/README.md), or install them here and rebuild.
missing=$(sed -n "s/.*could not resolve '\([^']*\)'.*/\1/p" "$work/pyinstaller.log" | sort -u | tr '\n' ' ')
[ -z "$missing" ] || echo "note: not bundled (missing on this machine, needed by Qt plugins): $missing"

secs=$((end - start))
size=$(du -sm "$app" | cut -f1)
echo "build time: ${secs}s ($((secs / 60))m$((secs % 60))s)"
echo "folder size: ${size} MB ($app)"
echo "install on this machine: $app/install.sh"
echo "ship to a laptop:        tar -C $outdir -czf factdesk-linux.tar.gz factdesk"
