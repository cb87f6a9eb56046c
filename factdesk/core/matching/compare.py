"""The source's number beside the claim's: figures in a source, their deviation, a suggested verdict band.

A source's excerpt (or its attached file's text) goes through the same
detector as the article. Each figure of a comparable kind (same unit; the
same claim type ranks first) is set against the claim's normalized value:
the deviation (in percentage points for shares, else relative), and whether
it lies inside what the claim's qualifier allows ("mehr als 30 000" vs
33 000: consistent; "80,1 Prozent" vs 76.2: 3.9 points off). From the
figure that fits best, a verdict band on the desk's scale is *suggested*,
with the reasoning written out for the rationale. Nothing is ever set.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import format_decimal

from factdesk.core.detect import detect
from factdesk.core.model import DetectedClaim, RatingScale, Verdict

# Relative deviation allowed by each qualifier before a figure counts as outside it.
EXACT_TOLERANCE = 0.01     # rounding: "30 000" for 30 200
APPROX_TOLERANCE = 0.10    # "rund", "about"
# Bands by how far a figure lies outside the claim's qualifier (relative, or points for shares).
BAND_LIMITS = (0.0, 0.05, 0.20, 0.50)   # consistent, ≤5 %, ≤20 %, ≤50 %, more
POINT_LIMITS = (0.0, 1.0, 3.0, 10.0)    # percentage points
MAX_SOURCE_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class FigureComparison:
    """One figure found in a source, set against the claim."""

    figure: DetectedClaim
    deviation: float             # source value - claim value (points for percent)
    relative: float | None       # deviation / claim value, when the claim value is not 0
    consistent: bool             # inside what the claim's qualifier allows
    band: int                    # 0 consistent … 4 far off
    same_type: bool


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A verdict band suggested from the best-fitting figure, with the reasoning for the rationale."""

    verdict: Verdict | None
    reasoning: str
    comparison: FigureComparison | None


def _fmt(value: float, lang: str) -> str:
    return format_decimal(round(value, 4), locale="de_DE" if lang == "de" else "en_US")


def _percent(claim_unit: str | None) -> bool:
    return claim_unit == "percent"


def comparable(claim_type: str, claim_unit: str | None, figure: DetectedClaim) -> bool:
    """Can this source figure be set against the claim (same unit, a definite value)?"""
    if figure.value is None or figure.type == "quote":
        return False
    if claim_unit and figure.unit and claim_unit != figure.unit:
        return False
    if claim_type == "money" and claim_unit and not figure.unit:
        return False
    return figure.type == claim_type or claim_unit == figure.unit


def _allowed(qualifier: str | None, claim: float, source: float) -> float:
    """How far the source lies outside the qualifier's range, relative to the claim (0 when inside)."""
    scale = abs(claim) or 1.0
    if qualifier == "more_than":
        return max(0.0, claim - source) / scale if source <= claim else 0.0
    if qualifier == "at_least":
        return max(0.0, claim - source) / scale
    if qualifier == "less_than":
        return max(0.0, source - claim) / scale if source >= claim else 0.0
    if qualifier == "up_to":
        return max(0.0, source - claim) / scale
    tolerance = APPROX_TOLERANCE if qualifier == "approx" else EXACT_TOLERANCE
    return max(0.0, abs(source - claim) / scale - tolerance)


def _points_outside(qualifier: str | None, claim: float, source: float) -> float:
    """For shares: percentage points outside the qualifier's range (0 when inside)."""
    if qualifier in ("more_than", "at_least"):
        return max(0.0, claim - source) if not (qualifier == "more_than" and source == claim) else 0.1
    if qualifier in ("less_than", "up_to"):
        return max(0.0, source - claim) if not (qualifier == "less_than" and source == claim) else 0.1
    tolerance = 1.0 if qualifier == "approx" else 0.05
    return max(0.0, abs(source - claim) - tolerance)


def compare_figure(claim_type: str, value: float, unit: str | None, qualifier: str | None,
                   figure: DetectedClaim) -> FigureComparison:
    """Set one source figure against the claim's value and qualifier."""
    source = float(figure.value or 0.0)  # comparable() guarantees a value
    deviation = source - value
    relative = deviation / value if value else None
    if _percent(unit):
        outside = _points_outside(qualifier, value, source)
        limits = POINT_LIMITS
    else:
        outside = _allowed(qualifier, value, source)
        if qualifier == "more_than" and source == value:
            outside = 1e-9  # "more than 30 000" against exactly 30 000
        if qualifier == "less_than" and source == value:
            outside = 1e-9
        limits = BAND_LIMITS
    band = 4
    for i, limit in enumerate(limits):
        if outside <= limit:
            band = i
            break
    return FigureComparison(figure, deviation, relative, outside == 0.0, band, figure.type == claim_type)


def source_figures(claim_type: str, value: float | None, unit: str | None, qualifier: str | None,
                   text: str, lang: str = "auto") -> list[FigureComparison]:
    """The comparable figures of a source text, the best fitting first (same type, then closest)."""
    if value is None or not text or not text.strip():
        return []
    found = detect(text[:MAX_SOURCE_CHARS], lang).claims
    out = [compare_figure(claim_type, value, unit, qualifier, f) for f in found
           if comparable(claim_type, unit, f)]
    out.sort(key=lambda c: (not c.same_type, c.band, abs(c.relative if c.relative is not None else c.deviation)))
    return out


def _rated(scale: RatingScale) -> list[Verdict]:
    """The scale's verdicts that carry a rating, best first, one per rating."""
    seen, out = set(), []
    for v in sorted((v for v in scale.verdicts if v.rating is not None), key=lambda v: -(v.rating or 0.0)):
        if v.rating not in seen:
            seen.add(v.rating)
            out.append(v)
    return out


_UNRATED_BANDS = (("true", "richtig", "stimmt"), ("mostly_true", "partly", "teil"), ("partly_false", "teil"),
                  ("mostly_false", "partly_false", "missing_context"), ("false", "falsch", "stimmt_nicht"))


def band_verdict(scale: RatingScale, band: int) -> Verdict | None:
    """The verdict of the desk's scale for band 0 (consistent) … 4 (far off)."""
    rated = _rated(scale)
    if len(rated) >= 2:
        return rated[round(band * (len(rated) - 1) / 4)]
    for key in _UNRATED_BANDS[band]:  # a scale without numeric ratings: by the verdicts' ids
        for v in scale.verdicts:
            if v.id == key:
                return v
    return None


_QUALIFIER_WORDS = {
    "en": {"exact": "", "approx": "about ", "more_than": "more than ", "less_than": "less than ",
           "at_least": "at least ", "up_to": "up to ", "vague": ""},
    "de": {"exact": "", "approx": "rund ", "more_than": "mehr als ", "less_than": "weniger als ",
           "at_least": "mindestens ", "up_to": "bis zu ", "vague": ""},
}


def suggest(claim_type: str, value: float | None, unit: str | None, qualifier: str | None,
            comparisons: list[FigureComparison], scale: RatingScale, lang: str = "en") -> Suggestion:
    """A suggested verdict from the best-fitting figure, with the reasoning written out."""
    lang = "de" if lang == "de" else "en"
    if value is None:
        text = ("Die Behauptung nennt keine bestimmte Zahl; ein Vergleich ist nicht möglich." if lang == "de"
                else "The claim gives no definite number; there is nothing to compare.")
        return Suggestion(None, text, None)
    if not comparisons:
        text = ("Die Quelle nennt keine vergleichbare Zahl." if lang == "de"
                else "The source gives no comparable figure.")
        return Suggestion(None, text, None)
    best = comparisons[0]
    verdict = band_verdict(scale, best.band)
    suffix = " %" if _percent(unit) else (f" {unit}" if claim_type == "money" and unit else "")
    claimed = _QUALIFIER_WORDS[lang].get(qualifier or "exact", "") + _fmt(value, lang) + suffix
    source = _fmt(float(best.figure.value or 0.0), lang) + suffix
    if _percent(unit):
        off = f"{_fmt(abs(best.deviation), lang)} " + ("Prozentpunkte" if lang == "de" else "points")
    elif best.relative is not None:
        off = f"{_fmt(abs(best.relative) * 100, lang)} %"
    else:
        off = _fmt(abs(best.deviation), lang)
    direction = ("darüber" if best.deviation > 0 else "darunter") if lang == "de" else \
        ("above" if best.deviation > 0 else "below")
    label = verdict.label(lang) if verdict else ("–" if lang == "de" else "none")
    if lang == "de":
        where = ("passt zu der Angabe" if best.consistent else "liegt außerhalb der Angabe")
        gap = "gleich" if best.deviation == 0 else f"{off} {direction}"
        text = (f"Die Quelle nennt {source} („{best.figure.text}“), die Behauptung {claimed}: "
                f"{gap}; das {where}. Vorschlag: {label}.")
    else:
        where = ("is consistent with the claim" if best.consistent else "lies outside what the claim says")
        gap = "the same" if best.deviation == 0 else f"{off} {direction}"
        text = (f"The source gives {source} (\"{best.figure.text}\"), the claim {claimed}: "
                f"{gap}; that {where}. Suggested: {label}.")
    return Suggestion(verdict, text, best)
