"""The detector's steps, in order: the one list every way into detection runs.

`STEPS` says which spaCy components `pipeline.get_pipeline(lang)` adds to
the blank Language and in which order; `detect()`, `detect_many()`, the
`factdesk detect` command, the app and the import workers all run that
pipeline. The steps that find claims (number claims, then quotes) are
`steps.FIND_STEPS` (what a step is: steps.py); the last step,
`factdesk_score`, gives each claim the check-worthiness of its sentence. The
`rank` engineer owns this step (score.py); it is the slot where the score is set.
"""

from __future__ import annotations

from factdesk.core.detect.steps import FIND_STEPS, Step
from factdesk.core.model import DetectedClaim

LANGS = ("de", "en")
SCORE_COMPONENT = "factdesk_score"  # the last step: check-worthiness (score.py, worthiness.py)


def score_step(text: str, lang: str, claims: list[DetectedClaim], doc=None) -> list[DetectedClaim]:
    """Return the claims with their check-worthiness `score` set: their sentence's (score.score_claims)."""
    from factdesk.core.detect.score import score_claims

    return score_claims(text, claims, lang) if claims else claims


def score_step_many(texts: list[str], claims_lists: list[list[DetectedClaim]], lang: str,
                    docs: list | None = None) -> list[list[DetectedClaim]]:
    """score_step over several documents: their sentences are scored in one batch (score.score_claims_many)."""
    from factdesk.core.detect.score import score_claims_many

    return score_claims_many(texts, claims_lists, lang)


STEPS: tuple[Step, ...] = FIND_STEPS + (Step(SCORE_COMPONENT, score_step, score_step_many),)


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
