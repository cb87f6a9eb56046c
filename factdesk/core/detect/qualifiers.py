"""Qualifiers: how the text hedges a number (exact, approx, more_than, ...).

The cue words live in resources/rules/<lang>/qualifiers.json (the table of
docs/claims.md); a cue counts when it stands directly before the number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factdesk.core.detect.rules import rules_for

EXACT = "exact"
VAGUE = "vague"
_LOOKBACK = 40


@lru_cache(maxsize=4)
def _cue_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    cues = rules_for(lang).qualifiers
    alts = "|".join(r"\s+".join(re.escape(w) for w in cue.split())
                    for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alts})\s*$", re.IGNORECASE), {k.lower(): v for k, v in cues.items()}


def qualifier_before(text: str, start: int, lang: str) -> tuple[str, int]:
    """Return (qualifier, cue_start) for the number starting at `start`; ("exact", start) without a cue."""
    pattern, cues = _cue_pattern(lang)
    lo = max(0, start - _LOOKBACK)
    m = pattern.search(text, lo, start)
    if not m:
        return EXACT, start
    cue = re.sub(r"\s+", " ", m.group(1).lower())
    return cues.get(cue, EXACT), m.start(1)
