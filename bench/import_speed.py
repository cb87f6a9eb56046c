"""Time `factdesk import` against `factdesk detect` on the 1,028 German 10kGNAD test articles.

Usage: .venv/bin/python bench/import_speed.py [CSV] [--repeat N] [--keep DIR]

Writes each article as a .txt file (as ../shared/tools/corpus_article.py does)
into a temporary folder, then times, as subprocesses of this venv's
`factdesk`: detection of all files (`factdesk detect --format json`) and an
import of the same files into a fresh desk. Prints both times (best of N, with
every run) and their ratio (target <= 1.5, aim 1.3), and checks that the desk holds every article.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk" / "de_10kgnad_test.csv"
FACTDESK = [sys.executable, "-m", "factdesk"]


def write_articles(csv_path: Path, folder: Path) -> list[Path]:
    """Write one UTF-8 .txt file per CSV row (`label;'title text'`, quote char ')."""
    csv.field_size_limit(10**8)
    paths = []
    with open(csv_path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
            if len(row) < 2:
                continue
            path = folder / f"gnad_{i:04d}.txt"
            path.write_text(row[1].strip() + "\n", encoding="utf-8")
            paths.append(path)
    return paths


def timed(argv: list[str]) -> float:
    """Run a command (output discarded), fail loudly on a non-zero exit, return seconds."""
    t0 = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])} … failed ({done.returncode}): {done.stderr.strip()[:300]}")
    return elapsed


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs of each (default 1)")
    ap.add_argument("--keep", type=Path, help="write the files and desks here instead of a temp folder")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-import-bench-") as tmp:
        root = args.keep or Path(tmp)
        (root / "articles").mkdir(parents=True, exist_ok=True)
        files = write_articles(args.csv, root / "articles")
        names = [str(p) for p in files]
        detect_s, import_s = [], []
        for n in range(args.repeat):
            detect_s.append(timed([*FACTDESK, "detect", "--lang", "de", "--format", "json", *names]))
            desk = root / f"desk-{n}.sqlite"
            for old in root.glob(f"desk-{n}.sqlite*"):
                old.unlink()
            import_s.append(timed([*FACTDESK, "import", "--db", str(desk), "--lang", "de", "--by", "bench",
                                   str(root / "articles")]))
            con = sqlite3.connect(desk)
            n_articles, n_claims = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                    for t in ("articles", "claims"))
            con.close()
        d, i = min(detect_s), min(import_s)
        print(f"articles: {len(files)} files -> {n_articles} on the desk (duplicates by content skipped), "
              f"{n_claims} claims")
        print(f"factdesk detect: {d:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in detect_s)})")
        print(f"factdesk import: {i:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in import_s)})")
        if args.repeat > 1:
            ratios = sorted(b / a for a, b in zip(detect_s, import_s))
            print(f"ratio per run (import/detect of the same round): {', '.join(f'{r:.2f}' for r in ratios)}")
        print(f"ratio import/detect: {i / d:.2f} (target <= 1.5, aim 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
