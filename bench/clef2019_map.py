"""CLEF CheckThat! 2019 task 1: rank debate sentences by `sentence_score`, report MAP.

Each debate is a TSV `line, speaker, text, label` (label 1 = check-worthy).
Sentences are ranked by FactDesk's check-worthiness score (ties keep debate
order); the measure is average precision per debate and its mean (MAP), the
official task 1 measure. A random ranking (mean over `--random-runs`
shuffles) is printed for comparison.

    .venv/bin/python bench/clef2019_map.py [DIR] [--weights PATH] [--tune]

The shipped feature weights were tuned on this set (it is CLEF's *training*
set) with `--tune`, which runs a coordinate search over the feature weights
(-2 ... +2, step 0.25; type weights and in_quote/attribution stay fixed) and
prints the weights it found; they were then put in an editorial order by hand
(see resources/scoring/README.md). The figure is optimistic for unseen debates.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factdesk.core.detect.score import (  # noqa: E402
    Weights, claim_features, detector_claims, load_weights, sentence_features, sentence_score,
)

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
    parser.add_argument("--weights", help="weights.json to use instead of the shipped one")
    parser.add_argument("--random-runs", type=int, default=50)
    parser.add_argument("--tune", action="store_true", help="search feature weights that maximize MAP, print them")
    args = parser.parse_args(argv)
    weights = load_weights(args.weights)
    if args.tune:
        return tune(sorted(args.dir.glob("*.tsv")), weights)
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
        scores = [sentence_score(r[2], "en", detector_claims(r[2], "en"), weights) for r in rows]
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


FROZEN = {"in_quote", "attribution"}  # about news articles, not debates: not tuned here


def tune(debates: list[Path], weights: Weights, rounds: int = 2) -> int:
    """Coordinate search over the feature weights; print the weights with the best MAP."""
    import json
    import math

    data = []  # per debate: (lexical features, [(type, claim features)], label) per sentence
    for path in debates:
        items = []
        for _, _, text, label in read_debate(path):
            claims = detector_claims(text, "en")
            quoted = any(c.type == "quote" for c in claims)
            items.append((sentence_features(text, "en"),
                          [(c.type, claim_features(c, text, "en", quoted)) for c in claims], label))
        data.append(items)

    def raw(features: dict[str, float], ctype: str | None, w: dict[str, float]) -> float:
        return (weights.types.get(ctype, 0.0) if ctype else 0.0) + sum(w.get(k, 0.0) * v for k, v in features.items())

    def mean_ap(w: dict[str, float]) -> float:
        aps = []
        for items in data:
            scores = [max(raw(f, t, w) for t, f in cf) if cf else raw({**lex, "no_claim": 1.0}, None, w)
                      for lex, cf, _ in items]
            aps.append(average_precision(rank_labels(scores, [it[2] for it in items])))
        return sum(aps) / len(aps)

    w = dict(weights.features)
    best = mean_ap(w)
    print(f"start MAP {best:.4f}")
    for _ in range(rounds):
        for name in [n for n in w if n not in FROZEN]:
            keep = w[name]
            for value in [x / 4 for x in range(-8, 9)]:
                w[name] = value
                m = mean_ap(w)
                if m > best + 1e-4 and not math.isclose(value, keep):
                    best, keep = m, value
            w[name] = keep
        print(f"after a round MAP {best:.4f}")
    print(json.dumps(w, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
