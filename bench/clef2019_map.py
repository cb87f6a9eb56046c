"""CLEF CheckThat! 2019 task 1: rank debate sentences by the check-worthiness score, report MAP.

Each debate is a TSV `line, speaker, text, label` (label 1 = check-worthy).
Sentences are ranked by FactDesk's score (`factdesk rank`'s, ties keep debate
order); the measure is average precision per debate and its mean (MAP), the
official task 1 measure. A random ranking (mean over `--random-runs`
shuffles) is printed for comparison.

    .venv/bin/python bench/clef2019_map.py [DIR]

The shipped English model never saw a CLEF debate: CheckThat! 2024 training
sentences that also occur in one are removed before training
(factdesk/training/worthiness/train.py), so every debate here is held out.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factdesk.core.detect.worthiness import score_texts  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "clef2019_task1_train"


def read_debate(path: Path) -> list[tuple[int, str, str, int]]:
    """Read one debate TSV as (line, speaker, text, label) rows."""
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for rec in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) >= 4 and rec[0].strip().isdigit():
                rows.append((int(rec[0]), rec[1], rec[2], int(rec[3])))
    return rows


def average_precision(ranked_labels: list[int]) -> float:
    """Average precision of a ranking given its labels in rank order (0 when nothing is relevant)."""
    hits, total = 0, 0.0
    for k, label in enumerate(ranked_labels, start=1):
        if label:
            hits += 1
            total += hits / k
    return total / hits if hits else 0.0


def rank_labels(scores: list[float], labels: list[int]) -> list[int]:
    """Labels sorted by descending score, ties in original order."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    return [labels[i] for i in order]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--random-runs", type=int, default=50)
    args = parser.parse_args(argv)
    debates = sorted(args.dir.glob("*.tsv"))
    if not debates:
        print(f"no .tsv debates in {args.dir}", file=sys.stderr)
        return 2
    rng = random.Random(2019)
    started = time.perf_counter()
    aps, rand_aps = [], []
    print(f"{'debate':32} {'lines':>6} {'pos':>4} {'AP':>7} {'random':>7}")
    for path in debates:
        rows = read_debate(path)
        labels = [r[3] for r in rows]
        scores = score_texts([r[2] for r in rows], "en")
        ap = average_precision(rank_labels(scores, labels))
        shuffled = labels[:]
        rand = 0.0
        for _ in range(args.random_runs):
            rng.shuffle(shuffled)
            rand += average_precision(shuffled)
        rand /= args.random_runs
        aps.append(ap)
        rand_aps.append(rand)
        print(f"{path.stem:32} {len(rows):6d} {sum(labels):4d} {ap:7.4f} {rand:7.4f}")
    print(f"{'MAP':32} {'':6} {'':4} {sum(aps) / len(aps):7.4f} {sum(rand_aps) / len(rand_aps):7.4f}")
    print(f"({len(debates)} debates, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
