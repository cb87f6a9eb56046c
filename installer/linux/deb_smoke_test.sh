#!/usr/bin/env bash
# Install the FactDesk .deb on this machine, check it as a desktop would use it, remove it again.
#
#   installer/linux/deb_smoke_test.sh FACTDESK.deb
#
# Needs root (it runs apt-get install, which also proves the package's Depends
# can be met from the archive) and, for the X11 part, Xvfb, xdotool and xwd.
# Checks the installed files (command, menu entry, icon, completions), runs
# installer/smoke_test.sh on /opt/factdesk with --xcb (detect, screenshot,
# import, PDF export, then a real window on Xvfb with Qt's xcb platform), and
# removes the package (apt-get purge), checking nothing is left in /opt.
set -uo pipefail

if [ $# -ne 1 ] || [ ! -f "$1" ]; then echo "usage: deb_smoke_test.sh FACTDESK.deb" >&2; exit 2; fi
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" != 0 ]; then echo "deb_smoke_test.sh: needs root (apt-get install)" >&2; exit 2; fi
if dpkg -s factdesk >/dev/null 2>&1; then echo "deb_smoke_test.sh: factdesk is already installed here" >&2; exit 2; fi

fail=0
cleanup() { DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq factdesk >/dev/null 2>&1; }
trap cleanup EXIT

echo "== apt-get install $deb"
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" > install.log 2>&1; then
  echo "FAIL: apt-get install"; cat install.log; exit 1
fi
echo "Depends: $(dpkg-query -W -f='${Depends}' factdesk)"
for path in /usr/bin/factdesk /opt/factdesk/factdesk /usr/share/applications/factdesk.desktop \
    /usr/share/icons/hicolor/scalable/apps/factdesk.svg /usr/share/bash-completion/completions/factdesk \
    /usr/share/zsh/vendor-completions/_factdesk /usr/share/doc/factdesk/copyright; do
  [ -e "$path" ] || { echo "FAIL: $path is missing"; fail=1; }
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/factdesk.desktop || { echo "FAIL: menu entry"; fail=1; }
fi
version=$(env -i HOME=/tmp PATH=/usr/bin:/bin factdesk --version)
echo "factdesk --version: $version"
[ "$version" = "factdesk $(dpkg-query -W -f='${Version}' factdesk)" ] || { echo "FAIL: version"; fail=1; }
completions=$(bash -c 'source /usr/share/bash-completion/completions/factdesk; COMP_WORDS=(factdesk exp); COMP_CWORD=1;
  _shtab_factdesk; echo "${COMPREPLY[@]}"')
[ "$completions" = "export" ] || { echo "FAIL: bash completion offered '$completions' for 'exp'"; fail=1; }

echo "== smoke test of /opt/factdesk"
bash "$here/../smoke_test.sh" /opt/factdesk --xcb || fail=1

echo "== apt-get purge factdesk"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq factdesk > remove.log 2>&1 || { echo "FAIL: purge"; cat remove.log; fail=1; }
[ ! -e /opt/factdesk ] && [ ! -e /usr/bin/factdesk ] || { echo "FAIL: files left after purge"; fail=1; }
trap - EXIT

if [ $fail -eq 0 ]; then echo "DEB SMOKE TEST PASSED ($deb)"; else echo "DEB SMOKE TEST FAILED ($deb)"; fi
exit $fail
