"""Rating scales: the presets shipped in `resources/scales/*.json`.

Each file holds an id, a name, optional ClaimReview best/worst ratings and the
ordered verdicts (id, English and German label, colour, optional rating).
"""

from __future__ import annotations

import json
from functools import cache

from factdesk.core.errors import RequestError
from factdesk.core.model import RatingScale, Verdict
from factdesk.resources import resource_path

DEFAULT_SCALE = "default"


def _parse(data: dict) -> RatingScale:
    """Build a RatingScale from a preset's JSON."""
    verdicts = tuple(Verdict(id=v["id"], label_en=v["label_en"], label_de=v["label_de"],
                             colour=v["colour"], rating=v.get("rating")) for v in data["verdicts"])
    return RatingScale(id=data["id"], name=data["name"], verdicts=verdicts,
                       best_rating=data.get("best_rating"), worst_rating=data.get("worst_rating"))


@cache
def _presets() -> dict[str, RatingScale]:
    folder = resource_path("scales")
    scales = {}
    for path in sorted(folder.glob("*.json")):
        scale = _parse(json.loads(path.read_text(encoding="utf-8")))
        scales[scale.id] = scale
    return scales


def available_scales() -> list[RatingScale]:
    """The preset rating scales, the default first."""
    presets = _presets()
    return sorted(presets.values(), key=lambda s: (s.id != DEFAULT_SCALE, s.name.lower()))


def get_scale(scale_id: str) -> RatingScale:
    """The preset with this id; RequestError naming the known ids otherwise."""
    presets = _presets()
    if scale_id not in presets:
        raise RequestError(f"unknown rating scale '{scale_id}' (known: {', '.join(sorted(presets))})")
    return presets[scale_id]
