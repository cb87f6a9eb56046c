"""Build and cache the spaCy pipeline of each language.

    the blank Language of tokens.language(lang) + one component per step of
    run.STEPS, in that order (factdesk_claim_types, factdesk_quotes, factdesk_score)

The steps and their order are defined once, in `run.STEPS`. The pipeline
shares its tokenizer and vocabulary with `tokens.language(lang)`. The trained
claim-type model (resources/models/claims-<lang>) is loaded by its component
the first time a text has a number candidate.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from factdesk.core.detect import component, tokens
from factdesk.core.detect.run import STEPS


@lru_cache(maxsize=4)
def get_pipeline(lang: str) -> Language:
    """Return the cached pipeline for "de" or "en": the language's tokenizer + the components of run.STEPS."""
    tokens.register_extensions()
    component.register_components()
    base = tokens.language(lang)
    nlp = type(base)(vocab=base.vocab, max_length=base.max_length, create_tokenizer=lambda _nlp: base.tokenizer)
    for step in STEPS:
        nlp.add_pipe(step.component)
    return nlp
