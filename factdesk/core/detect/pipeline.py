"""Build and cache the spaCy pipeline of each language.

    spacy.blank(lang) + one component per step of run.STEPS, in that order
    (factdesk_claim_types, factdesk_quotes, factdesk_score)

The steps and their order are defined once, in `run.STEPS`. The trained
claim-type model (resources/models/claims-<lang>) is loaded by its component
the first time a text has a number candidate.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

TEXT_KEY = "factdesk_text"
# The longest text detection takes: intake refuses files over 10 MB, and a
# tokenized blank pipeline needs no more memory than the text's tokens.
MAX_TEXT_CHARS = 12_000_000

def register_extensions() -> None:
    """Register `doc._.claims` (a list of DetectedClaim, None until a component fills it) once."""
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=None)


def doc_text(doc: Doc) -> str:
    """The text of `doc`, without rebuilding it from its tokens.

    `doc.text` joins every token in Python, which costs about a third of
    tokenizing; the pipeline's tokenizer keeps the input string instead
    (it is identical to `doc.text`). Components should read the text here.
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


class TextKeepingTokenizer:
    """Wrap a spaCy tokenizer so each Doc remembers the string it was made from (see doc_text)."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=4)
def get_pipeline(lang: str) -> Language:
    """Return the cached pipeline for "de" or "en": blank tokenizer + the components of run.STEPS."""
    register_extensions()
    import factdesk.core.detect.component  # noqa: F401  registers the factories
    from factdesk.core.detect.run import STEPS

    nlp = spacy.blank(lang)
    nlp.max_length = MAX_TEXT_CHARS  # spaCy's default (1,000,000) is below what intake accepts
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    for step in STEPS:
        nlp.add_pipe(step.component)
    return nlp
