"""Train the matcher's re-ranker and write resources/matching/reranker.json.

    python -m factdesk.training.matching.train_reranker [--out PATH] [--work DIR] [--folds 5]

Imports the 2A (Snopes 2022) and 2B (PolitiFact) collections into temporary
desks exactly as `factdesk checks import` does, takes the BM25 candidates
FactDesk's matcher sees for each training query (splits in data.py; the dev
splits are never used here), labels them with the gold, and fits boosted
trees with LightGBM's LambdaRank (a training-time extra), which learns to put
each claim's checks first. Half of the 2A claims (chosen by id) are shown
without their post's date, so the trees also rank well where no date is
known (the CLEF 2020 collection has none, nor do debate sentences).

Cross-validation over whole claims (`--folds`) gives the held-out MAP@5 the
variants were chosen on; the held-out tree sums fit the logistic calibration
that turns a sum into the 0–1 score `checks match` prints, and choose the
score floor below which a candidate is not shown (the highest that costs at
most FLOOR_COST of held-out MAP@5). Only
the trees and two calibration numbers ship; scoring needs numpy only, and
the written file is checked to give LightGBM's own predictions.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from factdesk.core.matching import rerank
from factdesk.core.matching.features import FEATURES
from factdesk.core.matching.match import candidate_features, queries_for_texts
from factdesk.core.matching.rerank import WEIGHTS_FILE
from factdesk.core.ops.checks import import_checks
from factdesk.core.store import Desk
from factdesk.resources import resource_path
from factdesk.training.matching import data

TRAIN_SPLITS = ("2a-train", "2b-train")
PARAMS: dict[str, Any] = dict(
    objective="lambdarank", lambdarank_truncation_level=10, n_estimators=300, learning_rate=0.03, num_leaves=15,
    min_child_samples=40, subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0,
    random_state=0, n_jobs=1, deterministic=True, force_row_wise=True, verbose=-1)
# Score floors tried, and how much held-out MAP@5 the chosen one may cost on any split.
FLOORS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05)
FLOOR_COST = 0.002


@dataclasses.dataclass(slots=True)
class Claim:
    """One training claim: its split, candidates' ids, features and labels, and how many checks are gold."""

    split: str
    ids: list[str]
    x: list[list[float]]
    y: list[int]
    gold: int


def hide_date(query_id: str) -> bool:
    """Whether a training claim is shown without its date (half of them, fixed by id)."""
    return zlib.crc32(query_id.encode("utf-8")) % 2 == 0


def collect(split: data.Split, folder: Path) -> list[Claim]:
    """The candidates of each claim of one training split, with features and labels."""
    source = data.write_collection(split.collection, folder)
    ids = data.politifact_ids(source) if split.collection == "2b" else None
    out = []
    with Desk.open(folder / f"{split.collection}.sqlite") as desk:
        if not desk.checks.count():
            import_checks(desk, [source], "training")
        qids = sorted(split.queries)
        for qid, query in zip(qids, queries_for_texts([split.queries[q] for q in qids], "en")):
            if hide_date(qid):
                query = dataclasses.replace(query, date=None)
            gold = split.gold.get(qid, set())
            found = candidate_features(desk.checks, query)
            docs = [ids.get(row["id"], row["id"]) if ids else row["id"] for row, _ in found]
            out.append(Claim(split.name, [row["id"] for row, _ in found], [x for _, x in found],
                             [1 if d in gold else 0 for d in docs], len(gold)))
    return out


def average_precision(claim: Claim, scores: np.ndarray, k: int = 5) -> float:
    """AP@k of one claim's candidates ordered by score (ties: id descending, as the CheckThat! scorer)."""
    order = sorted(range(len(claim.ids)), key=lambda i: claim.ids[i], reverse=True)
    order.sort(key=lambda i: -scores[i])
    hits, total = 0, 0.0
    for r, i in enumerate(order[:k], 1):
        if claim.y[i]:
            hits += 1
            total += hits / r
    return total / claim.gold if claim.gold else 0.0


def fit(claims: list[Claim]):
    """LambdaRank trees on the claims' candidates (claims without candidates add nothing)."""
    import lightgbm

    used = [c for c in claims if c.ids]
    x = np.array([v for c in used for v in c.x], dtype=np.float64)
    y = np.array([v for c in used for v in c.y])
    return lightgbm.LGBMRanker(**PARAMS).fit(x, y, group=[len(c.ids) for c in used])


def held_out_sums(claims: list[Claim], folds: int) -> list[np.ndarray]:
    """Each claim's candidates' tree sums from the model trained on the other folds."""
    sums: list[np.ndarray] = [np.array([])] * len(claims)
    for f in range(folds):
        model = fit([c for i, c in enumerate(claims) if i % folds != f])
        for i, c in enumerate(claims):
            if i % folds == f and c.ids:
                sums[i] = model.predict(np.array(c.x), raw_score=True)
    return sums


def map5(claims: list[Claim], scores: list[np.ndarray], floor: float = -np.inf) -> dict[str, float]:
    """MAP@5 per split when candidates scored below `floor` are not shown."""
    aps: dict[str, list[float]] = {}
    for c, s in zip(claims, scores):
        shown = Claim(c.split, [d for d, v in zip(c.ids, s) if v >= floor], [],
                      [y for y, v in zip(c.y, s) if v >= floor], c.gold)
        aps.setdefault(c.split, []).append(average_precision(shown, s[s >= floor]))
    return {k: float(np.mean(v)) for k, v in sorted(aps.items())}


def choose_floor(claims: list[Claim], probabilities: list[np.ndarray], cost: float = FLOOR_COST) -> float:
    """The highest of FLOORS that lowers no split's held-out MAP@5 by more than `cost`."""
    full = map5(claims, probabilities)
    best = 0.0
    for floor in FLOORS:
        kept = map5(claims, probabilities, floor)
        if all(full[k] - kept[k] <= cost for k in full):
            best = floor
    return best


def trees_json(booster) -> tuple[list[dict[str, list]], int]:
    """The booster's trees as flat node arrays (rerank.Reranker's layout) and their greatest depth."""
    out, deepest = [], 0
    for info in booster.dump_model()["tree_info"]:
        tree: dict[str, list] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}
        stack: list[tuple[dict, int, int | None, str]] = [(info["tree_structure"], 0, None, "")]
        while stack:
            node, depth, parent, side = stack.pop()
            index = len(tree["feature"])
            if parent is not None:
                tree[side][parent] = index
            deepest = max(deepest, depth)
            if "split_feature" in node:
                if node["decision_type"] != "<=":
                    raise ValueError(f"unexpected split {node['decision_type']}")
                tree["feature"].append(int(node["split_feature"]))
                tree["threshold"].append(float(node["threshold"]))
                tree["left"].append(0)
                tree["right"].append(0)
                tree["value"].append(0.0)
                stack.append((node["right_child"], depth + 1, index, "right"))
                stack.append((node["left_child"], depth + 1, index, "left"))
            else:
                tree["feature"].append(-1)
                tree["threshold"].append(0.0)
                tree["left"].append(0)
                tree["right"].append(0)
                tree["value"].append(round(float(node["leaf_value"]), 8))
        out.append(tree)
    return out, deepest


def main(argv: list[str] | None = None) -> int:
    """Train, cross-validate, write and check the weights file."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=resource_path(*WEIGHTS_FILE))
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds over whole claims")
    ap.add_argument("--work", type=Path, default=None, help="folder for the temporary desks (kept for reuse)")
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    started = time.time()
    work = args.work or Path(tempfile.mkdtemp(prefix="factdesk-rerank-"))
    splits = data.splits()
    claims: list[Claim] = []
    for name in TRAIN_SPLITS:
        part = collect(splits[name], work)
        print(f"{name}: {len(part)} claims, {sum(len(c.ids) for c in part)} candidate pairs, "
              f"{sum(sum(c.y) for c in part)} relevant")
        claims += part
    # folds mix the splits; the order is fixed by a hash of each claim's candidates, not by the split
    claims.sort(key=lambda c: zlib.crc32(json.dumps(c.ids[:3]).encode()))
    sums = held_out_sums(claims, args.folds)
    held_out = map5(claims, sums)
    print("held-out MAP@5: " + ", ".join(f"{k} {v:.4f}" for k, v in held_out.items()))
    platt = LogisticRegression(C=100.0, max_iter=1000).fit(np.concatenate(sums).reshape(-1, 1),
                                                           np.concatenate([np.array(c.y) for c in claims]))
    slope, intercept = float(platt.coef_[0][0]), float(platt.intercept_[0])
    floor = choose_floor(claims, [1.0 / (1.0 + np.exp(-(slope * s + intercept))) for s in sums])
    print(f"score floor {floor} (held-out MAP@5 at it: "
          + ", ".join(f"{k} {v:.4f}" for k, v in map5(claims, sums, (np.log(floor / (1 - floor)) - intercept) / slope
                                                      if floor > 0 else -np.inf).items()) + ")")
    model = fit(claims)
    trees, depth = trees_json(model.booster_)
    weights = {
        "features": list(FEATURES),
        "depth": depth,
        "calibration": [round(slope, 6), round(intercept, 6)],
        "min_score": floor,
        "trained_on": list(TRAIN_SPLITS),
        "pairs": int(sum(len(c.ids) for c in claims)), "relevant": int(sum(sum(c.y) for c in claims)),
        "held_out_map5": {k: round(v, 4) for k, v in sorted(held_out.items())},
        "params": PARAMS,
        "trees": trees,
    }
    x = np.array([v for c in claims for v in c.x][:5000])
    gap = float(np.max(np.abs(rerank.from_json(weights).raw(x) - model.predict(x, raw_score=True))))
    if gap > 1e-4:
        raise SystemExit(f"the written trees do not give LightGBM's predictions (largest gap {gap})")
    args.out.write_text(json.dumps(weights, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(trees)} trees, depth {depth}) in {time.time() - started:.0f} s")
    gains = model.booster_.feature_importance("gain")
    for name, g in sorted(zip(FEATURES, gains), key=lambda t: -t[1])[:12]:
        print(f"  {name:20s} {g:10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
