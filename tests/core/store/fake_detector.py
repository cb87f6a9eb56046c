"""A tiny stand-in for the claim detector, used only by the store's tests.

It marks every number followed by "Prozent"/"percent" as a vote_share and
every other number as a statistic, so tests control exactly what is
"detected" without loading spaCy. `RULES["extra"]` lets a test pretend the
rules improved.
"""

from __future__ import annotations

import re

from factdesk.core.model import DetectedClaim, Detection

RULES = {"extra": None}
_NUM = re.compile(r"\d+(?:[.,]\d+)?(?:\s(?:Prozent|percent))?")


def detect(text: str, lang: str = "auto") -> Detection:
    """Detect numbers in `text` as claims."""
    claims = []
    for m in _NUM.finditer(text):
        kind = "vote_share" if m.group().endswith(("Prozent", "percent")) else "statistic"
        value = float(m.group().split()[0].replace(",", "."))
        claims.append(DetectedClaim(m.start(), m.end(), m.group(), kind, value, "percent",
                                    "exact", None, 0, len(text), 0.5))
    extra = RULES["extra"]
    if extra and extra in text:
        i = text.index(extra)
        claims.append(DetectedClaim(i, i + len(extra), extra, "quote", None, None, None, "X", 0, len(text), 0.9))
    claims.sort(key=lambda c: c.start)
    return Detection("de" if lang == "auto" else lang, claims)


def detect_many(texts, lang: str = "auto", n_process: int = 2):
    """Detect each text in order."""
    for text in texts:
        yield detect(text, lang)
