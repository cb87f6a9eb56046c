#!/usr/bin/env bash
# Smoke-test a built FactDesk folder the way a laptop runs it: no source tree,
# no virtual environment, no Python on PATH, an empty home folder.
#
#   installer/smoke_test.sh BUILD_DIR [--xcb]
#
# BUILD_DIR is build.sh's OUTDIR (holding factdesk/factdesk) or the app folder
# itself. Checks that
#   1. `factdesk detect --format json` on a German sample written here prints
#      valid JSON (detector contract, version 1) with claims in it, and
#   2. `factdesk --screenshot shot.png --db desk.sqlite` renders the main
#      window offscreen to a non-empty PNG, and
#   3. `factdesk import` of two files works: bulk imports detect in a "spawn"
#      process pool, which in a frozen app re-runs this executable as a worker
#      (installer/launcher.py's freeze_support() must catch that), and
#   4. `factdesk export --format pdf` of that desk writes a PDF (report
#      templates, QPdfWriter).
# With --xcb also on a real X server (Xvfb) with Qt's xcb platform, as on a
# desktop: three cold starts, each timed from launch until the window is
# mapped, closed with Ctrl+Q, and a screen shot (shot-xcb.xwd) of the last. Needs Xvfb, xdotool and xwd
# (apt-get install xvfb xdotool x11-apps).
# BUILD_DIR may also be an installed folder such as /opt/factdesk.
# Prints the wall time of each (cold start of the frozen app). Exit 0 = pass.
set -uo pipefail

xcb=0
if [ "${2:-}" = "--xcb" ]; then xcb=1; fi
if [ $# -lt 1 ] || [ $# -gt 2 ] || { [ $# -eq 2 ] && [ $xcb -eq 0 ]; }; then
  echo "usage: installer/smoke_test.sh BUILD_DIR [--xcb]" >&2; exit 2
fi
build=$(cd "$1" && pwd) || exit 2
if [ -x "$build/factdesk/factdesk" ]; then app=$build/factdesk; else app=$build; fi
bin=$app/factdesk
[ -x "$bin" ] || { echo "smoke_test.sh: no factdesk executable in $build" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/factdesk-smoke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2

# A short German news text written for this test: a vote share, an arrest
# count and an attributed quote.
cat > artikel.txt <<'TEXT'
Wahl in Nordland: Amtsinhaber erklärt sich zum Sieger

Nordstadt, 4. März 2024 (dpa) - Die Wahlkommission meldete am Montag, Präsident Arvid Holm habe 71,4 Prozent der Stimmen erhalten. Die Opposition sprach von Betrug und rief zu Kundgebungen auf.

Bei den Protesten am Abend nahm die Polizei nach eigenen Angaben mehr als 1200 Menschen fest. Unabhängige Beobachter berichteten von Schlagstöcken und Wasserwerfern.

„Diese Zahlen hat niemand an den Urnen gesehen“, sagte die Oppositionsführerin Mira Lund in Nordstadt.
TEXT

# The clean environment: only what a fresh desktop session would have.
# No LANG on purpose: the C locale is the harshest case for non-ASCII output.
clean=(env -i "HOME=$tmp" "PATH=/usr/bin:/bin" "QT_QPA_PLATFORM=offscreen")
fail=0
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "== factdesk detect --format json artikel.txt"
t0=$(now)
"${clean[@]}" "$bin" detect --format json artikel.txt > detect.json 2> detect.err
rc=$?
t1=$(now)
echo "detect: exit $rc in $(elapsed "$t0" "$t1") s"
if [ $rc -ne 0 ]; then
  echo "FAIL: detect exited $rc"; cat detect.err; fail=1
elif ! /usr/bin/python3 - detect.json <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
assert doc.get("version") == 1, "no version 1"
(d,) = doc["documents"]
claims = d["claims"]
assert d["language"] == "de", f"language {d['language']!r}"
assert claims, "no claims"
types = sorted({c["type"] for c in claims})
text = open("artikel.txt", encoding="utf-8").read()
for c in claims:
    assert text[c["start"]:c["end"]] == c["text"], f"offsets wrong for {c}"
print(f"detect: {len(claims)} claims, types {', '.join(types)}")
PY
then
  echo "FAIL: detect printed no valid claims JSON:"; head -c 2000 detect.json; cat detect.err; fail=1
fi

echo "== factdesk --screenshot shot.png --db $tmp/desk.sqlite"
t0=$(now)
"${clean[@]}" "$bin" --screenshot shot.png --db "$tmp/desk.sqlite" > shot.out 2> shot.err
rc=$?
t1=$(now)
echo "screenshot: exit $rc in $(elapsed "$t0" "$t1") s"
if [ $rc -ne 0 ]; then
  echo "FAIL: --screenshot exited $rc"; cat shot.out shot.err; fail=1
elif [ ! -s shot.png ] || [ "$(head -c 8 shot.png | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
  echo "FAIL: shot.png is missing, empty or not a PNG"; cat shot.err; fail=1
else
  echo "screenshot: shot.png $(stat -c %s shot.png) bytes"
  [ -n "${FACTDESK_SMOKE_KEEP:-}" ] && cp shot.png "$FACTDESK_SMOKE_KEEP"
fi
echo "== factdesk import --db import.sqlite artikel.txt article.txt (process pool)"
cat > article.txt <<'TEXT'
Police in Southport said on Sunday that 48 people had been detained after the march. "We will not tolerate violence," the chief constable told reporters.
TEXT
t0=$(now)
"${clean[@]}" "$bin" import --db "$tmp/import.sqlite" artikel.txt article.txt > import.out 2> import.err
rc=$?
t1=$(now)
echo "import: exit $rc in $(elapsed "$t0" "$t1") s: $(cat import.out)"
"${clean[@]}" "$bin" articles list --format json --db "$tmp/import.sqlite" > articles.json 2>> import.err
if [ $rc -ne 0 ] || ! /usr/bin/python3 -c 'import json, sys; sys.exit(len(json.load(open("articles.json"))) != 2)'; then
  echo "FAIL: import of two files"; cat import.out import.err articles.json; fail=1
elif ! /usr/bin/python3 -c 'import json, sys; sys.exit("2024-03-04" not in [a["published"] for a in json.load(open("articles.json"))])'; then
  echo "FAIL: the dateline's date was not read (dateparser's data missing from the bundle?)"; cat articles.json; fail=1
fi

echo "== factdesk export --format pdf --db import.sqlite -o report.pdf"
t0=$(now)
"${clean[@]}" "$bin" export --format pdf --db "$tmp/import.sqlite" -o report.pdf > export.out 2> export.err
rc=$?
t1=$(now)
echo "export: exit $rc in $(elapsed "$t0" "$t1") s"
if [ $rc -ne 0 ] || [ "$(head -c 5 report.pdf 2>/dev/null)" != "%PDF-" ]; then
  echo "FAIL: PDF export"; cat export.out export.err; fail=1
else
  echo "export: report.pdf $(stat -c %s report.pdf) bytes"
fi

if [ $xcb -eq 1 ]; then
  echo "== on X11 (Xvfb, QT_QPA_PLATFORM=xcb)"
  for tool in Xvfb xdotool xwd; do
    command -v "$tool" >/dev/null || { echo "FAIL: --xcb needs $tool (apt-get install xvfb xdotool x11-apps)"; exit 1; }
  done
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>display.txt 2>xvfb.err &
  xvfb=$!
  for _ in $(seq 50); do [ -s display.txt ] && break; sleep 0.1; done
  display=":$(head -1 display.txt)"
  xclean=(env -i "HOME=$tmp" "PATH=/usr/bin:/bin" "DISPLAY=$display" "QT_QPA_PLATFORM=xcb")
  # The first start in a new home asks who the user is ("Welcome to FactDesk"). Ctrl+Q quits
  # there as in the window; the next start is answered with a name, as a user would.
  : > xcb.err
  quit_with_ctrl_q() {  # window id, what it is; the app must exit 0 within 30 s
    DISPLAY=$display xdotool windowfocus --sync "$1" key --clearmodifiers ctrl+q 2>/dev/null
    for _ in $(seq 300); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$app_pid" 2>/dev/null; then
      echo "FAIL: $2 did not quit on Ctrl+Q"; kill "$app_pid"; fail=1
    fi
    wait "$app_pid" 2>/dev/null
    local rc=$?
    if [ $rc -ne 0 ]; then echo "FAIL: the app exited with status $rc after Ctrl+Q in $2"; fail=1; fi
    cat xrun.err >> xcb.err
  }
  welcome() {
    DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name 'Welcome to FactDesk' 2>/dev/null | head -1
  }
  "${xclean[@]}" "$bin" --db "$tmp/xcb.sqlite" > xrun.out 2> xrun.err &
  app_pid=$!
  wid=$(welcome)
  if [ -z "$wid" ]; then
    echo "FAIL: the first start showed no welcome dialog"; cat xrun.err; fail=1; kill "$app_pid" 2>/dev/null
  else
    echo "xcb first start: the welcome dialog"
    quit_with_ctrl_q "$wid" "the welcome dialog"
    "${xclean[@]}" "$bin" --db "$tmp/xcb.sqlite" > xrun.out 2> xrun.err &
    app_pid=$!
    wid=$(welcome)
    DISPLAY=$display xdotool windowfocus --sync "$wid" type --delay 20 "Smoke Test" 2>/dev/null
    DISPLAY=$display xdotool key --clearmodifiers Return 2>/dev/null
    main=""
    for _ in $(seq 300); do
      for w in $(DISPLAY=$display xdotool search --onlyvisible --name 'FactDesk' 2>/dev/null); do
        [ "$(DISPLAY=$display xdotool getwindowname "$w")" != "Welcome to FactDesk" ] && main=$w
      done
      [ -n "$main" ] && break; sleep 0.1
    done
    if [ -z "$main" ]; then
      echo "FAIL: answering the welcome dialog opened no window"; cat xrun.err; fail=1; kill "$app_pid" 2>/dev/null
    else
      echo "xcb second start: welcome answered, the window opened"
      quit_with_ctrl_q "$main" "the window"
    fi
  fi
  # Three starts: each from launch until the window is mapped on the X server, then Ctrl+Q.
  for run in 1 2 3; do
    t0=$(now)
    "${xclean[@]}" "$bin" --db "$tmp/xcb.sqlite" > xrun.out 2> xrun.err &
    app_pid=$!
    wid=$(DISPLAY=$display timeout 60 xdotool search --sync --onlyvisible --name 'FactDesk' 2>/dev/null | head -1)
    t1=$(now)
    cat xrun.err >> xcb.err
    if [ -z "$wid" ]; then
      echo "FAIL: no FactDesk window was mapped on X11 (run $run)"; cat xrun.err; fail=1; kill "$app_pid" 2>/dev/null
      break
    fi
    echo "xcb cold start to a mapped window, run $run: $(elapsed "$t0" "$t1") s"
    if [ $run -eq 3 ]; then
      sleep 2  # let it paint, then a screen shot of the whole screen
      geometry=$(DISPLAY=$display xdotool getwindowgeometry "$wid" | sed -n 's/.*Geometry: //p')
      DISPLAY=$display xwd -root -silent -out shot-xcb.xwd
      echo "xcb window $wid $geometry; screen shot shot-xcb.xwd $(stat -c %s shot-xcb.xwd) bytes"
      [ -n "${FACTDESK_SMOKE_KEEP:-}" ] && cp shot-xcb.xwd "${FACTDESK_SMOKE_KEEP%.png}-xcb.xwd"
    fi
    quit_with_ctrl_q "$wid" "the window (run $run)"
  done
  if grep -qi "could not load the qt platform plugin\|could not connect to display" xcb.err; then
    echo "FAIL: Qt's xcb platform did not load"; cat xcb.err; fail=1
  fi
  kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null
fi

# Qt warnings are fine; Python tracebacks are not.
if grep -q "Traceback" detect.err shot.err import.err export.err xcb.err 2>/dev/null; then
  echo "FAIL: a traceback was printed"; cat detect.err shot.err import.err export.err xcb.err 2>/dev/null; fail=1
fi

if [ $fail -eq 0 ]; then echo "SMOKE TEST PASSED ($bin)"; else echo "SMOKE TEST FAILED ($bin)"; fi
exit $fail
