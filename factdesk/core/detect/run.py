"""The one detection path: the ordered detector steps, with and without spaCy.

`STEPS` is the only place that says which steps detection runs and in which
order. Every way into the detector uses it:

- `claims_for_text(text, lang)` runs the steps on a plain string (no spaCy):
  `factdesk detect`, the store's bulk import workers and sentence ranking;
- `pipeline.get_pipeline(lang)` adds one spaCy component per step, named
  `Step.component`, in the same order (`component.py` wraps `Step.run`), so
  `detect()` / `detect_many()` give exactly the same claims.

Each step reads only the text (never spaCy's tokens), which is why the
spaCy-free path is exact. A step is `run(text, lang, claims) -> claims`: it
receives the claims of the steps before it and returns the list to pass on.
This module imports no spaCy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factdesk.core.detect.numeric_claims import find_claims
from factdesk.core.detect.quotes import detect_quotes
from factdesk.core.detect.score import score_claims
from factdesk.core.model import DetectedClaim, Detection

LANGS = ("de", "en")
SCORE_COMPONENT = "factdesk_score"  # the last step: check-worthiness (score.py, worthiness.py)


@dataclass(frozen=True)
class Step:
    """One detector step: its spaCy component name and its text-only function."""

    component: str
    run: Callable[..., list[DetectedClaim]]


def numeric_step(text: str, lang: str, claims: list[DetectedClaim]) -> list[DetectedClaim]:
    """Append the numeric claims of `text` (numeric_claims.find_claims)."""
    claims.extend(find_claims(text, lang))
    return claims


def quote_step(text: str, lang: str, claims: list[DetectedClaim]) -> list[DetectedClaim]:
    """Append the quote claims of `text` (quotes.detect_quotes)."""
    claims.extend(detect_quotes(text, lang))
    return claims


def score_step(text: str, lang: str, claims: list[DetectedClaim]) -> list[DetectedClaim]:
    """Return the claims with their check-worthiness `score` set: their sentence's (score.score_claims)."""
    return score_claims(text, claims, lang) if claims else claims


STEPS: tuple[Step, ...] = (
    Step("factdesk_numeric_claims", numeric_step),
    Step("factdesk_quotes", quote_step),
    Step(SCORE_COMPONENT, score_step),
)


def step_named(component: str) -> Step:
    """The step whose spaCy component is called `component`."""
    for step in STEPS:
        if step.component == component:
            return step
    raise KeyError(component)


def resolve_language(text: str, lang: str | None = "auto") -> str:
    """"de" or "en": `lang` itself, or the language of `text` when `lang` is "auto" (or empty)."""
    if lang in LANGS:
        return lang  # type: ignore[return-value]
    if lang not in ("auto", None, ""):
        raise ValueError(f"unsupported language {lang!r}; use de, en or auto")
    from factdesk.core.detect.language import detect_language

    return detect_language(text)


def sort_claims(claims: list[DetectedClaim]) -> list[DetectedClaim]:
    """Sort claims in place by (start, end), the order of every detector result; return them."""
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def claims_for_text(text: str, lang: str) -> list[DetectedClaim]:
    """The claims of `text`, sorted by start: every step of `STEPS` in order, without spaCy.

    `lang` is "de", "en" or "auto"; it gives the same claims as `detect()`.
    """
    lang = resolve_language(text, lang)
    claims: list[DetectedClaim] = []
    if not text.strip():
        return claims
    for step in STEPS:
        claims = step.run(text, lang, claims)
    return sort_claims(claims)


def detect_text(text: str, lang: str = "auto") -> Detection:
    """The Detection (language + sorted claims) of one text, without spaCy."""
    language = resolve_language(text, lang)
    return Detection(language, claims_for_text(text, language))
