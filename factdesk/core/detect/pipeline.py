"""Build and cache the spaCy pipeline of each language.

    spacy.blank(lang) + factdesk_numeric_claims + factdesk_quotes + factdesk_score

The quote and score components are added only when their modules import
(they are developed separately); numeric claims work on their own. No
trained spaCy model is needed.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

TEXT_KEY = "factdesk_text"

OPTIONAL_COMPONENTS = (
    ("factdesk_quotes", "factdesk.core.detect.quotes"),
    ("factdesk_score", "factdesk.core.detect.score"),
)


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
    """Return the cached pipeline for "de" or "en"."""
    register_extensions()
    import factdesk.core.detect.component  # noqa: F401  registers the factory

    nlp = spacy.blank(lang)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("factdesk_numeric_claims")
    for name, module in OPTIONAL_COMPONENTS:
        try:
            component_module = importlib.import_module(module)
        except ImportError:
            continue
        # quotes/score register their factory at import only when spaCy is already loaded
        # (so that `factdesk detect` can use them without spaCy); make sure it is registered.
        getattr(component_module, "register_component", lambda: None)()
        if name in Language.factories:
            nlp.add_pipe(name)
    return nlp
