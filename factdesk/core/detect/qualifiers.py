"""Qualifiers: how the text hedges a number (exact, approx, more_than, ...).

The cue words live in resources/rules/<lang>/qualifiers.json (the table of
docs/claims.md); a cue counts when it stands directly before the number.
"""

from __future__ import annotations

from functools import lru_cache

from factdesk.core.detect.rules import rules_for

EXACT = "exact"
VAGUE = "vague"
_LOOKBACK = 40


@lru_cache(maxsize=4)
def _cues(lang: str) -> tuple[dict[tuple[str, ...], str], int]:
    cues = {tuple(c.lower().split()): q for c, q in rules_for(lang).qualifiers.items()}
    return cues, max(map(len, cues))


def qualifier_before(text: str, start: int, lang: str) -> tuple[str, int]:
    """Return (qualifier, cue_start) for the number starting at `start`; ("exact", start) without a cue.

    The longest cue made of the words right before the number wins ("etwas
    mehr als" over "mehr als"); this looks at a few words, not a regex over
    the text, because it runs for every number.
    """
    cues, longest = _cues(lang)
    lo = max(0, start - _LOOKBACK)
    window = text[lo:start]
    if window[-1:].isalnum():
        return EXACT, start
    words = window.split()
    if not words:
        return EXACT, start
    if lo > 0 and not text[lo - 1].isspace():
        words = words[1:]  # the first word was cut by the window
    words = [w.lstrip("(\"„“»«‘'[–-") for w in words[-longest:]]
    lowered = [w.lower() for w in words]
    for n in range(min(longest, len(lowered)), 0, -1):
        q = cues.get(tuple(lowered[-n:]))
        if q is not None:
            pos = start
            for w in reversed(words[-n:]):
                pos = text.rindex(w, lo, pos)
            return q, pos
    return EXACT, start
