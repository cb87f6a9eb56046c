"""The detector's steps that find claims, and what a step is.

A step is `run(text, lang, claims, doc=None) -> claims`: it receives the
text, the claims of the steps before it and the Doc (tokens); without a Doc,
a step that needs tokens makes one (`tokens.make_doc`). The steps that find
claims come first, in this order:

1. `factdesk_claim_types`: number candidates (rules) typed by the trained
   classifier (claim_types.py);
2. `factdesk_quotes`: quotations with their speakers (rules).

The check-worthiness score, the last step, scores what these found: it
lives with the whole list in `run.STEPS`. `unscored_claims` runs only the
steps here (what the score's features read).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factdesk.core.model import DetectedClaim


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
        from factdesk.core.detect.tokens import make_doc

        doc = make_doc(text, lang)
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


FIND_STEPS: tuple[Step, ...] = (
    Step("factdesk_claim_types", claim_type_step, claim_type_step_many),
    Step("factdesk_quotes", quote_step),
)


def unscored_claims(text: str, lang: str, doc: Any = None) -> list[DetectedClaim]:
    """The detector's claims in `text` without their scores (every detector step but the score).

    `doc` is `text` tokenized (`worthiness.make_docs`); the steps that need
    tokens tokenize it themselves without one.
    """
    claims: list[DetectedClaim] = []
    if text.strip():
        for step in FIND_STEPS:
            claims = step.run(text, lang, claims, doc)
    return claims
