#!/usr/bin/env bash
# Refresh FactDesk's translations: collect the UI strings of factdesk/gui/*.py with lupdate,
# keep every translation already made, then compile factdesk_de.qm with lrelease.
#
#   resources/translations/update.sh        (from anywhere; uses the project's .venv if present)
#
# Then open factdesk_de.ts in Qt Linguist (pyside6-linguist), translate what is marked
# unfinished, and run this script again. Commit both the .ts and the .qm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="$repo/.venv/bin"
[ -x "$bin/pyside6-lupdate" ] || bin="$(dirname "$(command -v pyside6-lupdate)")"
python="$bin/python"
[ -x "$python" ] || python="$(command -v python3)"
fresh="$here/.fresh_de.ts"  # beside the real one, so source locations come out relative to it
tables="$here/.table_strings.py"  # labels the code translates from *_LABELS tables
trap 'rm -f "$fresh" "$tables"' EXIT
cd "$repo"
QT_QPA_PLATFORM=offscreen "$python" "$here/dynamic_strings.py" "$tables"
"$bin/pyside6-lupdate" -no-obsolete -locations absolute factdesk/gui/*.py "$tables" -ts "$fresh"
"$python" "$here/merge_ts.py" "$fresh" "$here/factdesk_de.ts"
"$bin/pyside6-lrelease" "$here/factdesk_de.ts" -qm "$here/factdesk_de.qm"
