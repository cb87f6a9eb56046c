"""Speed of the desktop app: cold start, opening a long article, a 100,000-article library.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_speed.py [--articles 100000] [--runs 5]

1. Cold start: `factdesk --db DESK` in a fresh process with FACTDESK_EXIT_AFTER_SHOW=1;
   wall time from starting the process until it reports the window shown
   (budget < 1.0 s with an existing desk).
2. Opening a 5,000-word article with its highlights: MainWindow.open_article
   plus painting the reader (budget < 150 ms).
3. A synthetic desk of 100,000 articles (written through the store's own
   insert function in one transaction, no detection): in a fresh process,
   scroll the library view to the end and back; rows fetched from the store
   and that process's peak memory.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACTDESK_OWN_ICONS", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def peak_mb() -> float:
    """Peak resident memory of this process in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cold_start(desk_path: Path, runs: int, settings: Path) -> tuple[list[float], list[float]]:
    """Seconds from process start to the window shown, and as the app measures it from run(), per run."""
    env = dict(os.environ, FACTDESK_EXIT_AFTER_SHOW="1", FACTDESK_SETTINGS_FILE=str(settings))
    times, inside = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "factdesk", "--db", str(desk_path)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = proc.stdout.readline()
        shown = time.perf_counter() - t0
        proc.wait(timeout=60)
        if not line.startswith("shown after"):
            raise SystemExit(f"the app did not report a shown window (exit {proc.returncode})")
        times.append(shown)
        inside.append(float(line.split()[2]))
    return times, inside


def long_article(words: int = 5000) -> str:
    """A long article made of the bundled samples' paragraphs, numbered so none repeats exactly."""
    from factdesk.gui.sample import sample_article_path
    paragraphs = [p for p in sample_article_path("de").read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
    out, n, i = ["Lange Reportage: Wahl in Norvalen"], 0, 0
    while n < words:
        p = paragraphs[i % len(paragraphs)]
        out.append(f"({i + 1}) {p}")
        n += len(p.split()) + 1
        i += 1
    return "\n\n".join(out)


def open_article(desk, runs: int) -> tuple[int, int, list[float]]:
    """(words, claims, ms per open) for the long article in a real window."""
    from PySide6.QtWidgets import QApplication

    from factdesk.gui.main_window import MainWindow
    text = long_article()
    from factdesk.core.ops import import_text
    article_id = import_text(desk, text, "bench", title="Lange Reportage").article_id
    app = QApplication.instance() or QApplication([])
    window = MainWindow(desk)
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    other = desk.article_rows(0, 2)
    other_id = next(r.id for r in other if r.id != article_id) if len(other) > 1 else None
    times = []
    for _ in range(runs):
        if other_id:
            window.open_article(other_id)
            app.processEvents()
        t0 = time.perf_counter()
        window.open_article(article_id)
        window.reader.view.viewport().repaint()
        times.append((time.perf_counter() - t0) * 1000)
    n_claims = len(window.claims.claims())
    window.close()
    return len(text.split()), n_claims, times


def synthetic_desk(path: Path, n: int) -> float:
    """Write n articles (without claims) through the store's writer, in batches; seconds taken."""
    from factdesk.core.store import Desk, NewArticle
    t0 = time.perf_counter()
    desk = Desk.open(path)
    batch = []
    for i in range(n):
        text = f"Meldung {i}\n\nIn Stadt {i % 977} demonstrierten {i % 5000} Menschen."
        digest = hashlib.sha256(text.encode()).hexdigest()
        batch.append(NewArticle(text, digest, "de", {
            "title": f"Meldung {i}: Protest in Stadt {i % 977}",
            "outlet": ("Tagesschau", "Spiegel", "taz", "BBC")[i % 4],
            "published": f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}"}))
        if len(batch) == 1000 or i == n - 1:
            with desk.action("bench") as w:
                w.add_articles(batch)
            batch = []
    desk.close()
    return time.perf_counter() - t0


def scroll_library(path: Path) -> dict[str, float]:
    """Scroll a library view over the synthetic desk to the end and back."""
    from PySide6.QtWidgets import QApplication, QTableView

    from factdesk.core.store import Desk
    from factdesk.gui.library_model import LibraryModel
    app = QApplication.instance() or QApplication([])
    desk = Desk.open(path)
    before = peak_mb()
    t0 = time.perf_counter()
    model = LibraryModel(desk)
    view = QTableView()
    view.setModel(model)
    view.resize(600, 800)
    view.show()
    app.processEvents()
    opened = time.perf_counter() - t0
    bar = view.verticalScrollBar()
    t1 = time.perf_counter()
    steps = 40
    for k in range(steps + 1):  # drag the scroll bar to the end in steps, then back
        bar.setValue(bar.maximum() * k // steps)
        view.viewport().repaint()
    for k in range(steps, -1, -1):
        bar.setValue(bar.maximum() * k // steps)
        view.viewport().repaint()
    view.scrollToBottom()
    view.viewport().repaint()
    last = model.index(model.rowCount() - 1, 0).data()
    view.scrollToTop()
    view.viewport().repaint()
    scrolled = time.perf_counter() - t1
    result = {"rows": model.rowCount(), "fetched": model.rows_fetched, "cached": model.cached_rows,
              "open_ms": opened * 1000, "scroll_s": scrolled, "peak_mb": peak_mb(),
              "peak_before_mb": before, "last": last}
    view.close()
    desk.close()
    return result


def main() -> int:
    """Run the three measurements and print one line per figure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scroll", metavar="DESK", help=argparse.SUPPRESS)  # child process: part 3 only
    args = parser.parse_args()
    if args.scroll:
        import json
        print(json.dumps(scroll_library(Path(args.scroll))))
        return 0
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as tmp:
        tmp_path = Path(tmp)
        from factdesk.core.store import Desk
        desk_path = tmp_path / "desk.sqlite"
        desk = Desk.open(desk_path)
        from factdesk.gui.sample import sample_article_path
        from factdesk.core.ops import import_paths
        import_paths(desk, [sample_article_path("de"), sample_article_path("en")], by="bench")

        words, n_claims, times = open_article(desk, args.runs)
        print(f"open a {words:,}-word article with {n_claims} highlighted claims: "
              f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms over {len(times)} runs "
              f"(budget 150 ms)")
        desk.close()

        starts, inside = cold_start(desk_path, args.runs, tmp_path / "settings.ini")
        print(f"cold start to a shown window with the first article open (existing desk, {args.runs} fresh "
              f"processes): median {statistics.median(starts):.2f} s, min {min(starts):.2f} s from process "
              f"start; median {statistics.median(inside):.2f} s from startup.run() (budget 1.0 s; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")

        big = tmp_path / "big.sqlite"
        built = synthetic_desk(big, args.articles)
        print(f"synthetic desk of {args.articles:,} articles written in {built:.1f} s")
        # a fresh process, so peak memory is the library's alone (no spaCy, no long article)
        import json
        child = subprocess.run([sys.executable, __file__, "--scroll", str(big)], capture_output=True,
                               text=True, check=True)
        r = json.loads(child.stdout.strip().splitlines()[-1])
        print(f"library of {r['rows']:,} articles: model + view ready in {r['open_ms']:.0f} ms; "
              f"scrolled to the end and back in {r['scroll_s']:.2f} s; rows fetched from the store "
              f"{r['fetched']:,} ({r['fetched'] / r['rows']:.1%}), rows held {r['cached']:,}; "
              f"peak memory {r['peak_mb']:.0f} MB (before the library: {r['peak_before_mb']:.0f} MB); "
              f"last row: {r['last']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
