"""Soak run of the app: 5,000 edits through the window's own actions and widgets, then every one checked.

A child process opens the main window on a desk file holding a few articles
(found by the shipped detector) and works through their claims as a checker
would: J to the next claim, a verdict by its key action, a rationale typed and
saved by leaving the editor, an assignee typed and confirmed, and now and then
Ctrl+Z and Ctrl+Shift+Z. Every rationale typed is unique. Then the window is
closed and the desk is read on a connection of its own:
- every committed edit is present: each claim's verdict, rationale and
  assignee are the last values the run set, each typed rationale is in the
  claim's history, and the history holds one row per edit, undo and redo;
- the process did not abort (PySide6 6.12.0 leaked a reference to True/None
  on every Python-side signal emit and aborted after ~230 edits): its exit
  status, and sys.getrefcount(True)/(None) before and after the run.

    QT_QPA_PLATFORM=offscreen nice -n 10 .venv/bin/python bench/gui_soak.py [--edits 5000]

Reports edits per second, the slowest edit, the child's peak memory and its
growth over the run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

ARTICLES = [
    ("Wahl im Kreis", "de",
     "Nach Angaben der Wahlkommission erhielt die Partei 41,5 Prozent der Stimmen. Bei den Protesten am "
     "Abend wurden mehr als 300 Menschen festgenommen. Der Landrat ist seit 12 Jahren im Amt und kündigte "
     "Investitionen von 2,5 Millionen Euro an. Rund 20 000 Menschen zogen durch die Innenstadt."),
    ("Budget vote", "en",
     "The council approved a budget of 4.2 billion dollars on Tuesday. About 1,500 people marched to the town "
     "hall, police said, and 14 were arrested. The mayor, in office for eight years, won 52 percent of the "
     "vote in March. Unemployment fell to 3.9 percent, the statistics office said."),
]


def child(desk_path: str, edits: int) -> None:
    """Run the soak in this process and print one JSON line with what it saw."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from factdesk.core.store import Desk
    from factdesk.gui.app import load_settings
    from factdesk.gui.main_window import MainWindow

    settings = load_settings()
    settings.set_user_name("soak")
    desk = Desk.open(desk_path)
    window = MainWindow(desk, settings)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.select_first_article()
    articles = [a.id for a in desk.article_rows(limit=100)]
    claims_of = {a: [c.id for c in desk.claims_for_article(a)] for a in articles}
    verdicts = [v.id for v in window.scale.verdicts]
    true0, none0 = sys.getrefcount(True), sys.getrefcount(None)
    import resource
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    expected: dict[str, dict[str, object]] = {}
    typed: dict[str, list[str]] = {}
    done = {"verdict": 0, "rationale": 0, "assignee": 0, "undo": 0, "redo": 0, "focus_out_saved": 0}
    slowest = 0.0
    warm = {"rss_mb": _rss_mb(), "true": true0, "none": none0}
    t_start = time.perf_counter()
    a_index = 0
    for i in range(edits):
        t0 = time.perf_counter()
        if i % 40 == 0:  # another article now and then
            a_index = (a_index + 1) % len(articles)
            window.show_article_id(articles[a_index])
            window.select_claim(claims_of[articles[a_index]][0])
        elif i % 3 == 0:
            if window.panel.claim is not None and window.panel.claim.id == claims_of[articles[a_index]][-1]:
                window.select_claim(claims_of[articles[a_index]][0])
            else:
                window.menu_actions["next"].trigger()
        claim = window.panel.claim
        state = expected.setdefault(claim.id, {})
        kind = ("verdict", "rationale", "assignee")[i % 3]
        if kind == "verdict":
            n = 1 + (i // 3) % len(verdicts)
            if state.get("verdict", claim.verdict) == verdicts[n - 1]:
                n = 1 + n % len(verdicts)
            window.menu_actions[f"verdict_{n}"].trigger()
            state["verdict"] = verdicts[n - 1]
        elif kind == "rationale":
            text = f"Soak edit {i}: the office's table and the minutes agree."
            editor = window.panel.rationale
            editor.setFocus()
            editor.selectAll()
            editor.insertPlainText(text)
            window.panel.assignee_edit.setFocus()  # leaving the editor saves it (focus-out)
            app.processEvents()
            if window.panel.claim.rationale == text:
                done["focus_out_saved"] += 1
            else:  # no focus change offscreen: the pause timer's save
                window.panel.save_rationale()
            state["rationale"] = text
            typed.setdefault(claim.id, []).append(text)
        else:
            name = f"checker {i % 7}"
            if state.get("assignee", claim.assignee) == name:
                name = f"checker {(i + 1) % 7}"
            window.panel.assignee_edit.setText(name)
            window.panel.assignee_edit.editingFinished.emit()
            state["assignee"] = name
        done[kind] += 1
        if i % 50 == 49:  # take the last edit back and forth again
            window.menu_actions["undo"].trigger()
            window.menu_actions["redo"].trigger()
            done["undo"] += 1
            done["redo"] += 1
        app.processEvents()
        slowest = max(slowest, time.perf_counter() - t0)
        if i == edits // 10:  # warmed up: models loaded, caches filled
            warm = {"rss_mb": _rss_mb(), "true": sys.getrefcount(True), "none": sys.getrefcount(None)}
    seconds = time.perf_counter() - t_start
    true1, none1 = sys.getrefcount(True), sys.getrefcount(None)
    rss_end = _rss_mb()
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    window.close()
    QThreadPool.globalInstance().waitForDone()
    window.deleteLater()
    app.processEvents()
    desk.close()

    check = Desk.open(desk_path)
    wrong = []
    for claim_id, fields in expected.items():
        stored = check.get_claim(claim_id)
        for field, value in fields.items():
            if getattr(stored, field) != value:
                wrong.append(f"{claim_id[:8]} {field}: {getattr(stored, field)!r} != {value!r}")
    rows = [h for claim_id in expected for h in check.history(claim_id=claim_id, limit=1_000_000)
            if h.by == "soak" and h.entity_id == claim_id]
    missing = 0
    for claim_id, texts in typed.items():
        present = {h.new for h in rows if h.entity_id == claim_id and h.field == "rationale"}
        missing += sum(1 for t in texts if t not in present)
    field_rows = sum(1 for h in rows if h.field in ("verdict", "rationale", "assignee"))
    check.close()
    print(json.dumps({"edits": edits, "done": done, "seconds": seconds, "slowest": slowest,
                      "true": [true0, true1], "none": [none0, none1], "rss_kb": [rss0, rss1],
                      "warm": warm, "rss_end_mb": rss_end, "wrong": wrong[:5], "n_wrong": len(wrong),
                      "missing_rationales": missing,
                      "history_rows": field_rows,
                      "expected_rows": done["verdict"] + done["rationale"] + done["assignee"]
                      + done["undo"] + done["redo"]}))


def _rss_mb() -> float:
    """This process's resident memory now, in MB (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1 << 20)


def make_desk(path: Path) -> None:
    """A desk holding the soak's articles, their claims found by the shipped detector."""
    from factdesk.core import ops
    from factdesk.core.store import Desk
    desk = Desk.open(path)
    for title, lang, text in ARTICLES:
        ops.import_text(desk, text, "soak", title=title, lang=lang)
    desk.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=5000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.edits)
        return
    with tempfile.TemporaryDirectory() as tmp:
        desk_path = Path(tmp) / "soak.sqlite"
        make_desk(desk_path)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACTDESK_OWN_ICONS="1",
                   FACTDESK_SETTINGS_FILE=str(Path(tmp) / "settings.ini"))
        proc = subprocess.run([sys.executable, __file__, "--child", str(desk_path), "--edits", str(args.edits)],
                              capture_output=True, text=True, env=env, cwd=REPO)
    print(f"exit status: {proc.returncode}" + ("  (aborted)" if proc.returncode < 0 or proc.returncode == 134
                                                 else ""))
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        print(proc.stderr[-2000:])
        raise SystemExit(1)
    r = json.loads(lines[-1])
    d = r["done"]
    print(f"edits: {r['edits']} (verdicts {d['verdict']}, rationales {d['rationale']} — "
          f"{d['focus_out_saved']} saved by leaving the editor —, assignees {d['assignee']}), "
          f"undo+redo pairs {d['undo']}")
    print(f"time: {r['seconds']:.1f} s, {r['edits'] / r['seconds']:.0f} edits/s, slowest {r['slowest'] * 1000:.0f} ms")
    print(f"refcount True {r['true'][0]} -> {r['true'][1]}, None {r['none'][0]} -> {r['none'][1]}")
    w = r["warm"]
    print(f"after the first tenth (models loaded): resident {w['rss_mb']:.0f} MB, refcount True {w['true']}, "
          f"None {w['none']}; at the end: resident {r['rss_end_mb']:.0f} MB")
    print(f"peak memory {r['rss_kb'][0] / 1024:.0f} MB before the edits -> {r['rss_kb'][1] / 1024:.0f} MB after")
    print(f"history rows for the edits: {r['history_rows']} (expected {r['expected_rows']}); "
          f"claims with a wrong final value: {r['n_wrong']}; typed rationales missing from the history: "
          f"{r['missing_rationales']}")
    for line in r["wrong"]:
        print("  ", line)
    ok = proc.returncode == 0 and not r["n_wrong"] and not r["missing_rationales"] \
        and r["history_rows"] == r["expected_rows"]
    print("soak:", "all committed edits present, no abort" if ok else "FAILED")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
