"""The re-ranker: a logistic model over `features.FEATURES`, its weights learned from the shared data.

The weights ship in resources/matching/reranker.json (written by
`python -m factdesk.training.matching.train_reranker`). Scoring needs only
the standard library: standardise each feature, weigh, add, squash to 0–1.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from factdesk.core.matching.features import FEATURES
from factdesk.resources import resource_path

WEIGHTS_FILE = ("matching", "reranker.json")


@dataclass(frozen=True, slots=True)
class Reranker:
    """A trained logistic model: per-feature mean and scale, coefficients and intercept."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def score(self, x: list[float]) -> float:
        """The probability (0–1) that the candidate is a fact-check of the query's claim."""
        z = self.intercept
        for v, m, s, c in zip(x, self.mean, self.scale, self.coef):
            z += c * (v - m) / s
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def from_json(data: dict) -> Reranker:
    """A Reranker from the weights file's JSON; ValueError when it does not fit FEATURES."""
    if tuple(data.get("features", ())) != FEATURES:
        raise ValueError("the re-ranker weights were trained for other features; retrain them")
    n = len(FEATURES)
    mean, scale, coef = (tuple(float(v) for v in data[k]) for k in ("mean", "scale", "coef"))
    if not len(mean) == len(scale) == len(coef) == n or any(s <= 0 for s in scale):
        raise ValueError("the re-ranker weights file is damaged")
    return Reranker(mean, scale, coef, float(data["intercept"]))


@cache
def shipped() -> Reranker:
    """The re-ranker FactDesk ships."""
    return from_json(json.loads(resource_path(*WEIGHTS_FILE).read_text(encoding="utf-8")))
