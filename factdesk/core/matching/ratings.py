"""Reading another organisation's rating on the desk's scale: "False", "Pants on Fire", "Falsch", 1 of 5.

An earlier fact-check's rating is shown in the colour of the desk verdict it
corresponds to, and "Use this verdict as a starting point" sets that verdict.
The desk's own labels and ids are recognised first, then common rating words
of fact-checkers in English and German (by band, best to worst), then a
numeric rating between the publisher's worst and best.
"""

from __future__ import annotations

import re

from factdesk.core.matching.compare import band_verdict
from factdesk.core.model import RatingScale, Verdict

# Rating words by band: 0 true … 4 false (as compare.band_verdict reads the desk's scale).
BAND_WORDS: tuple[tuple[str, ...], ...] = (
    ("true", "correct", "accurate", "richtig", "stimmt", "wahr", "zutreffend"),
    ("mostly true", "mostly correct", "mostly accurate", "größtenteils richtig", "überwiegend richtig",
     "stimmt überwiegend", "weitgehend richtig"),
    ("half true", "half-true", "mixture", "mixed", "partly true", "partly false", "teils richtig",
     "teilweise richtig", "teilweise falsch", "stimmt teilweise", "teils richtig, teils falsch"),
    ("mostly false", "barely true", "misleading", "größtenteils falsch", "überwiegend falsch",
     "stimmt überwiegend nicht", "irreführend", "missing context", "fehlender kontext"),
    ("false", "pants on fire", "pants-fire", "fake", "incorrect", "wrong", "fabricated", "falsch",
     "frei erfunden", "stimmt nicht", "erfunden", "manipuliert", "altered"),
)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[!.\"'„“”»«_-]", " ", text.lower()).split())


_BANDS = {_norm(w): band for band, words in enumerate(BAND_WORDS) for w in words}


def desk_verdict(scale: RatingScale, rating: str | None, value: float | None = None,
                 best: float | None = None, worst: float | None = None) -> Verdict | None:
    """The desk verdict an earlier check's rating corresponds to, or None when it cannot be told."""
    if rating:
        key = _norm(rating)
        for v in scale.verdicts:
            if key in (_norm(v.id), _norm(v.label_en), _norm(v.label_de)):
                return v
        if key in _BANDS:
            return band_verdict(scale, _BANDS[key])
    if value is not None and best is not None and worst is not None and best != worst:
        share = (best - value) / (best - worst)
        if 0.0 <= share <= 1.0:
            return band_verdict(scale, round(4 * share))
    return None
