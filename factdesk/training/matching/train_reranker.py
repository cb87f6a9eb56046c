"""Train the matcher's re-ranker and write resources/matching/reranker.json.

    python -m factdesk.training.matching.train_reranker [--out PATH] [--c 1.0]

Imports the 2A (Snopes 2022) and 2B (PolitiFact) collections into temporary
desks exactly as `factdesk checks import` does, takes the BM25 candidates
FactDesk's matcher sees for each training query (splits in data.py; the dev
splits are never used here), labels them with the gold, and fits a logistic
regression (scikit-learn, a training-time extra) on the standardised pair
features. Only the learned numbers ship; scoring needs no scikit-learn.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from factdesk.core.ops.checks import import_checks
from factdesk.core.matching.features import FEATURES
from factdesk.core.matching.match import candidate_features, queries_for_texts
from factdesk.core.matching.rerank import WEIGHTS_FILE
from factdesk.core.store import Desk
from factdesk.resources import resource_path
from factdesk.training.matching import data

TRAIN_SPLITS = ("2a-train", "2b-train")


def collect(split: data.Split, folder: Path) -> tuple[list[list[float]], list[int], list[int]]:
    """Features, labels and query groups of one training split."""
    source = data.write_collection(split.collection, folder)
    ids = data.politifact_ids(source) if split.collection == "2b" else None
    xs, ys, groups = [], [], []
    with Desk.open(folder / f"{split.collection}.sqlite") as desk:
        if not desk.checks.count():
            import_checks(desk, [source], "training")
        qids = sorted(split.queries)
        for n, (qid, query) in enumerate(zip(qids, queries_for_texts([split.queries[q] for q in qids], "en"))):
            gold = split.gold.get(qid, set())
            for row, x in candidate_features(desk.checks, query):
                doc = ids.get(row["id"], row["id"]) if ids else row["id"]
                xs.append(x)
                ys.append(1 if doc in gold else 0)
                groups.append(hash((split.name, n)))
    return xs, ys, groups


def main(argv: list[str] | None = None) -> int:
    """Train and write the weights file."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=resource_path(*WEIGHTS_FILE))
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--work", type=Path, default=None, help="folder for the temporary desks (kept for reuse)")
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    started = time.time()
    work = args.work or Path(tempfile.mkdtemp(prefix="factdesk-rerank-"))
    splits = data.splits()
    xs, ys = [], []
    for name in TRAIN_SPLITS:
        x, y, _ = collect(splits[name], work)
        print(f"{name}: {len(x)} candidate pairs, {sum(y)} relevant")
        xs += x
        ys += y
    scaler = StandardScaler().fit(xs)
    model = LogisticRegression(C=args.c, max_iter=2000).fit(scaler.transform(xs), ys)
    weights = {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) if v > 0 else 1.0 for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "trained_on": list(TRAIN_SPLITS),
        "pairs": len(ys), "relevant": int(sum(ys)), "C": args.c,
    }
    args.out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} in {time.time() - started:.0f} s")
    for name, c in sorted(zip(FEATURES, weights["coef"]), key=lambda t: -abs(t[1])):
        print(f"  {name:20s} {c:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
