#!/usr/bin/env bash
# Build the FactDesk desktop app (one folder, no Python needed) from this checkout.
#
#   installer/build.sh OUTDIR
#
# Results in OUTDIR:
#   factdesk/                          the app folder: factdesk (+ _internal/), with the
#                                      per-user install scripts beside the binary
#   factdesk-VERSION-linux-ARCH.tar.gz that folder, to unpack anywhere
#   factdesk_VERSION_ARCH.deb          installs it under /opt (installer/linux/make_deb.sh)
# Uses the Python of the active virtual environment ($PYTHON, else
# $VIRTUAL_ENV, else the checkout's .venv, else python3), which must have
# FactDesk's dependencies installed; installs PyInstaller into it when missing.
#
# The X11/xcb libraries Qt's xcb platform plugin links to are bundled whatever
# this machine has installed: their Debian packages are fetched with
# `apt-get download` (cached in ~/.cache/factdesk-build/debs), unpacked, and
# put before the system's on the library path while PyInstaller collects.
# Prints the build time, the folder and package sizes, and the oldest glibc
# the folder starts on (installer/linux/glibc_floor.py).
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

version=$("$python" -c 'import tomllib, sys; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$repo/pyproject.toml")
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)

# -- the X11/xcb libraries Qt's xcb plugin needs, from Debian packages --------
# Every libxcb-*, libxkbcommon* and libX11-xcb library that Qt's xcb plugin and
# its XcbQpa library name as NEEDED, as a Debian package name
# (libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0).
xcb_packages() {
  local qt; qt=$("$python" -c 'import PySide6, os; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))')
  readelf -d "$qt/plugins/platforms/libqxcb.so" "$qt"/lib/libQt6XcbQpa.so* 2>/dev/null \
    | sed -n 's/.*Shared library: \[\(lib\(xcb\|xkbcommon\|X11-xcb\)[^]]*\)\]/\1/p' | sort -u \
    | sed -E 's/^(.*)\.so\.([0-9]+)$/\1 \2/' \
    | awk '{ name = tolower($1); if (name ~ /[0-9]$/) name = name "-"; print name $2 }' \
    | grep -vx 'libxcb1'  # libxcb itself: on every X11 system, and PyInstaller keeps it out to match the system's libGL
}
debs=${XDG_CACHE_HOME:-$HOME/.cache}/factdesk-build/debs
xcb_root=$(mktemp -d "${TMPDIR:-/tmp}/factdesk-xcb.XXXXXX")
mkdir -p "$debs"
mapfile -t packages < <(xcb_packages)
if [ ${#packages[@]} -eq 0 ]; then
  echo "build.sh: could not read the xcb libraries Qt needs (readelf missing?)" >&2; exit 2
fi
missing_debs=()
for pkg in "${packages[@]}"; do
  ls "$debs/${pkg}"_*.deb >/dev/null 2>&1 || missing_debs+=("$pkg")
done
if [ ${#missing_debs[@]} -gt 0 ]; then
  echo "+ apt-get download ${missing_debs[*]}"
  if ! (cd "$debs" && apt-get download "${missing_debs[@]}" >/dev/null 2>&1); then
    if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null 2>&1 || true; fi
    (cd "$debs" && apt-get download "${missing_debs[@]}") || {
      echo "build.sh: could not download ${missing_debs[*]} (run apt-get update, or put the .deb files in $debs)" >&2
      exit 2; }
  fi
fi
for pkg in "${packages[@]}"; do
  deb=$(ls -t "$debs/${pkg}"_*.deb | head -1)
  dpkg-deb -x "$deb" "$xcb_root"
done
xcb_lib=$(dirname "$(find "$xcb_root" -name 'libxcb-icccm.so.*' -print -quit)")
echo "bundling from Debian packages: ${packages[*]}"

# PyInstaller's work folder: temporary, unless FACTDESK_BUILD_WORK names one to
# keep (its warn-factdesk.txt and xref-factdesk.html explain a missing module).
if [ -n "${FACTDESK_BUILD_WORK:-}" ]; then
  work=$FACTDESK_BUILD_WORK; mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/factdesk-pyinstaller.XXXXXX")
fi
trap 'rm -rf "$xcb_root"; [ -n "${FACTDESK_BUILD_WORK:-}" ] || rm -rf "$work"' EXIT

echo "+ PyInstaller $("$python" -m PyInstaller --version) with $("$python" --version) -> $outdir/factdesk"
start=$(date +%s)
# The unpacked xcb libraries come first on the library path, so PyInstaller
# resolves (and bundles) exactly those; FACTDESK_BUNDLE_LIBS makes the spec add
# each of them even where nothing it analyses names it.
LD_LIBRARY_PATH="$xcb_lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" FACTDESK_BUNDLE_LIBS="$xcb_lib" \
"$python" -m PyInstaller "$here/factdesk.spec" \
  --distpath "$outdir" --workpath "$work" --noconfirm --log-level "${PYI_LOG_LEVEL:-WARN}" 2>&1 \
  | tee "$work/pyinstaller.log"
end=$(date +%s)

app=$outdir/factdesk
# Make the folder self-contained for laptops: install scripts and menu entry beside the binary.
cp "$here/linux/install.sh" "$here/linux/uninstall.sh" "$here/linux/factdesk.desktop" "$app/"
chmod +x "$app/install.sh" "$app/uninstall.sh"

# Qt's xcb plugin must find every library it needs in the folder or on any
# desktop (the C library, OpenGL/EGL, libX11, fontconfig, D-Bus, ...).
unresolved=$(LD_LIBRARY_PATH="$app/_internal" ldd "$app/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" \
  | sed -n 's/^[[:space:]]*\([^ ]*\) => not found/\1/p' | sort -u | tr '\n' ' ')
if [ -n "$unresolved" ]; then
  echo "build.sh: Qt's xcb plugin cannot find: $unresolved" >&2; exit 1
fi
missing=$(sed -n "s/.*could not resolve '\([^']*\)'.*/\1/p" "$work/pyinstaller.log" | sort -u | tr '\n' ' ')
[ -z "$missing" ] || echo "note: libraries only optional plugins need (not bundled): $missing"

# The .tar.gz of the folder and the .deb.
tarball=$outdir/factdesk-$version-linux-$arch.tar.gz
tar -C "$outdir" -czf "$tarball" factdesk
deb=""
if command -v dpkg-deb >/dev/null; then
  deb=$(bash "$here/linux/make_deb.sh" "$app" "$version" "$outdir")
else
  echo "note: no .deb (needs dpkg-deb)"
fi

secs=$((end - start))
size=$(du -sm "$app" | cut -f1)
echo "build time: ${secs}s ($((secs / 60))m$((secs % 60))s)"
echo "folder size: ${size} MB ($app)"
echo "tar.gz: $(du -m "$tarball" | cut -f1) MB ($tarball)"
[ -z "$deb" ] || echo ".deb: $(du -m "$deb" | cut -f1) MB, installed $(dpkg-deb -f "$deb" Installed-Size | awk '{printf "%d", $1/1024}') MB ($deb)"
"$python" "$here/linux/glibc_floor.py" "$app" --top 3
echo "install for this user:   $app/install.sh"
[ -z "$deb" ] || echo "install for everyone:    sudo apt install $deb"
