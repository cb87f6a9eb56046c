"""The re-ranker: boosted regression trees over `features.FEATURES`, learned from the shared data.

The trees ship in resources/matching/reranker.json (written by
`python -m factdesk.training.matching.train_reranker`, which trains them with
LightGBM to rank the gold check of each training claim first). Scoring needs
only numpy: every candidate walks every tree at once, level by level, the
leaf values are added up, and a logistic calibration learned on held-out
folds turns the sum into a probability (0–1) that the check is one of the
claim. Candidates below the file's `min_score` are not shown: training
chose the highest floor that costs almost nothing on held-out claims.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from typing import Sequence

import numpy as np

from factdesk.core.matching.features import FEATURES
from factdesk.resources import resource_path

WEIGHTS_FILE = ("matching", "reranker.json")


@dataclass(frozen=True, slots=True, eq=False)
class Reranker:
    """All trees' nodes in flat arrays (a tree's nodes follow each other from `roots[t]`) and the
    calibration of the trees' summed output.

    At an inner node a candidate goes to `left` when its `feature` is at most the `threshold`, else
    to `right`; a leaf points to itself both ways, so every candidate can walk `depth` steps.
    """

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    depth: int
    slope: float
    intercept: float
    min_score: float = 0.0  # candidates scored below it are too unlikely to show

    def raw(self, xs: Sequence[Sequence[float]]) -> np.ndarray:
        """The trees' summed output for each feature vector (higher is better)."""
        x = np.asarray(xs, dtype=np.float64).reshape(-1, len(FEATURES))
        node = np.broadcast_to(self.roots, (x.shape[0], self.roots.size))
        for _ in range(self.depth):
            go_left = np.take_along_axis(x, self.feature[node], axis=1) <= self.threshold[node]
            node = np.where(go_left, self.left[node], self.right[node])
        return self.value[node].sum(axis=1)

    def score_many(self, xs: Sequence[Sequence[float]]) -> list[float]:
        """The probability (0–1) for each candidate that it is a fact-check of the query's claim."""
        if not len(xs):
            return []
        z = np.clip(self.slope * self.raw(xs) + self.intercept, -40.0, 40.0)
        return [float(v) for v in 1.0 / (1.0 + np.exp(-z))]

    def score(self, x: Sequence[float]) -> float:
        """The probability (0–1) for one candidate."""
        return self.score_many([x])[0]


def from_json(data: dict) -> Reranker:
    """A Reranker from the weights file's JSON; ValueError when it does not fit FEATURES or is damaged."""
    if tuple(data.get("features", ())) != FEATURES:
        raise ValueError("the re-ranker weights were trained for other features; retrain them")
    try:
        columns: dict[str, list] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}
        roots = []
        for tree in data["trees"]:
            start, n = len(columns["feature"]), len(tree["feature"])
            roots.append(start)
            for i in range(n):
                f = int(tree["feature"][i])
                if f >= len(FEATURES) or (f >= 0 and not (0 < tree["left"][i] < n and 0 < tree["right"][i] < n)):
                    raise ValueError("a node points outside its tree")
                leaf = f < 0
                columns["feature"].append(0 if leaf else f)
                columns["threshold"].append(np.inf if leaf else float(tree["threshold"][i]))
                columns["left"].append(start + (i if leaf else int(tree["left"][i])))
                columns["right"].append(start + (i if leaf else int(tree["right"][i])))
                columns["value"].append(float(tree["value"][i]) if leaf else 0.0)
        slope, intercept = float(data["calibration"][0]), float(data["calibration"][1])
        min_score = float(data["min_score"])
        depth = int(data["depth"])
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ValueError(f"the re-ranker weights file is damaged ({exc})") from exc
    if not (roots and math.isfinite(slope) and math.isfinite(intercept) and 0.0 <= min_score < 1.0):
        raise ValueError("the re-ranker weights file is damaged")
    ints = {k: np.array(columns[k], dtype=np.intp) for k in ("feature", "left", "right")}
    return Reranker(ints["feature"], np.array(columns["threshold"]), ints["left"], ints["right"],
                    np.array(columns["value"]), np.array(roots, dtype=np.intp), depth, slope, intercept, min_score)


@cache
def shipped() -> Reranker:
    """The re-ranker FactDesk ships."""
    return from_json(json.loads(resource_path(*WEIGHTS_FILE).read_text(encoding="utf-8")))
