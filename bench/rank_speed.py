"""`factdesk rank` on 10,000 lines: wall and CPU time of the whole command, on one core.

    .venv/bin/python bench/rank_speed.py [--lines 10000] [--repeat 3] [--lang en|de]

The lines are sentences of the bulk news corpus (../shared/corpus/bulk: English
web news or German 10kGNAD articles), split with FactDesk's sentence splitter,
written to a temporary file and ranked by a fresh `python -m factdesk rank`
process pinned to one core (`taskset -c 0` where available). The figure
includes start-up: importing spaCy and loading the model. Target: < 10 s.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BULK = REPO.parent / "shared" / "corpus" / "bulk"
sys.path.insert(0, str(REPO))

from factdesk.core.detect.sentences import sentence_spans  # noqa: E402


def articles(lang: str):
    """Texts of the bulk corpus of `lang`."""
    csv.field_size_limit(10_000_000)
    if lang == "de":
        with open(BULK / "de_10kgnad_test.csv", encoding="utf-8", newline="") as f:
            for row in csv.reader(f, delimiter=";", quotechar="'"):
                if len(row) >= 2:
                    yield row[1]
    else:
        with open(BULK / "en_news_2025.csv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield row.get("text") or ""
        with open(BULK / "en_agnews_test.csv", encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                if len(row) >= 3:
                    yield row[2]


def lines(lang: str, count: int) -> list[str]:
    """`count` sentences of the bulk corpus, one per line."""
    out: list[str] = []
    for text in articles(lang):
        for s, e in sentence_spans(text, lang):
            out.append(" ".join(text[s:e].split()))
            if len(out) == count:
                return out
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    args = parser.parse_args(argv)
    items = lines(args.lang, args.lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lines.txt"
        path.write_text("\n".join(items) + "\n", encoding="utf-8")
        cmd = [sys.executable, "-m", "factdesk", "rank", "--lang", args.lang, str(path)]
        if shutil.which("taskset"):
            cmd = ["taskset", "-c", "0", *cmd]
        walls, cpus = [], []
        for _ in range(args.repeat):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO,
                                  env={**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 1
        out = proc.stdout.splitlines()
        worthy = sum(1 for line in out if float(line.split("\t", 1)[0]) >= 0.5)
    print(f"factdesk rank, {len(items)} {args.lang} lines ({sum(map(len, items)) / 1e6:.2f} M characters), "
          f"one core: wall best {min(walls):.2f} s (runs {', '.join(f'{w:.2f}' for w in walls)}), "
          f"CPU best {min(cpus):.2f} s; {worthy} lines scored >= 0.5")
    return 0


if __name__ == "__main__":
    sys.exit(main())
