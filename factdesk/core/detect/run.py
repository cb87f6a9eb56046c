"""The detector's steps, in order: the one list every way into detection runs.

`STEPS` says which spaCy components `pipeline.get_pipeline(lang)` adds to
`spacy.blank(lang)` and in which order; `detect()`, `detect_many()`, the
`factdesk detect` command, the app and the import workers all run that
pipeline. A step is `run(text, lang, claims, doc=None) -> claims`: it
receives the text, the claims of the steps before it and the Doc (tokens);
without a Doc, a step that needs tokens makes one with the pipeline's
tokenizer (`worthiness.unscored_claims` runs the steps that way).

1. `factdesk_claim_types`: number candidates (rules) typed by the trained
   classifier (claim_types.py);
2. `factdesk_quotes`: quotations with their speakers (rules);
3. `factdesk_score`: the check-worthiness score of each claim. The `rank`
   engineer owns this step (score.py); it is the slot where the score is set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factdesk.core.model import DetectedClaim

LANGS = ("de", "en")
SCORE_COMPONENT = "factdesk_score"  # the last step: check-worthiness (score.py, worthiness.py)


@dataclass(frozen=True)
class Step:
    """One detector step: its spaCy component name and its function."""

    component: str
    run: Callable[..., list[DetectedClaim]]
    # optional: the step over several documents at once, (texts, claims of each, lang, docs) -> claims of each;
    # the same result as `run` on each (component.StepComponent.pipe uses it)
    run_many: Callable[..., list[list[DetectedClaim]]] | None = None


def claim_type_step(text: str, lang: str, claims: list[DetectedClaim], doc=None) -> list[DetectedClaim]:
    """Append the numeric claims: rule candidates typed by the trained classifier."""
    from factdesk.core.detect.claim_types import typer

    if doc is None:
        from factdesk.core.detect.pipeline import get_pipeline

        doc = get_pipeline(lang).make_doc(text)
    claims.extend(typer(lang).claims(text, doc))
    return claims


def claim_type_step_many(texts: list[str], claims_lists: list[list[DetectedClaim]], lang: str,
                         docs: list) -> list[list[DetectedClaim]]:
    """claim_type_step over several documents: the classifier types all their candidates at once."""
    from factdesk.core.detect.claim_types import typer

    for claims, found in zip(claims_lists, typer(lang).claims_many(texts, docs)):
        claims.extend(found)
    return claims_lists


def quote_step(text: str, lang: str, claims: list[DetectedClaim], doc=None) -> list[DetectedClaim]:
    """Append the quote claims of `text` (quotes.detect_quotes)."""
    from factdesk.core.detect.quotes import detect_quotes

    claims.extend(detect_quotes(text, lang))
    return claims


def score_step(text: str, lang: str, claims: list[DetectedClaim], doc=None) -> list[DetectedClaim]:
    """Return the claims with their check-worthiness `score` set: their sentence's (score.score_claims)."""
    from factdesk.core.detect.score import score_claims

    return score_claims(text, claims, lang) if claims else claims


def score_step_many(texts: list[str], claims_lists: list[list[DetectedClaim]], lang: str,
                    docs: list | None = None) -> list[list[DetectedClaim]]:
    """score_step over several documents: their sentences are scored in one batch (score.score_claims_many)."""
    from factdesk.core.detect.score import score_claims_many

    return score_claims_many(texts, claims_lists, lang)


STEPS: tuple[Step, ...] = (
    Step("factdesk_claim_types", claim_type_step, claim_type_step_many),
    Step("factdesk_quotes", quote_step),
    Step(SCORE_COMPONENT, score_step, score_step_many),
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
