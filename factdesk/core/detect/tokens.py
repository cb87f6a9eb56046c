"""The tokenizer and vocabulary of each language: what every part of the detector tokenizes with.

`language(lang)` is `spacy.blank(lang)` (cached), its tokenizer keeping the
string each Doc was made from (`doc_text`). The rules, the quote reader, the
claim-type classifier's features and the check-worthiness classifier all
tokenize with `make_doc` (the worthiness models were trained on this
tokenization), and the detector's pipeline (`pipeline.get_pipeline`) runs its
components on a Language sharing this tokenizer and vocabulary: building a
second tokenizer costs more than a whole small model (0.1–0.15 s CPU).
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
    tokenizing; the tokenizer keeps the input string instead (it is
    identical to `doc.text`). Components should read the text here.
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
def language(lang: str) -> Language:
    """The blank spaCy Language of "de" or "en" (tokenizer and vocabulary only), built once."""
    nlp = spacy.blank(lang)
    nlp.max_length = MAX_TEXT_CHARS  # spaCy's default (1,000,000) is below what intake accepts
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    return nlp


def make_doc(text: str, lang: str) -> Doc:
    """`text` tokenized (no components run)."""
    return language(lang).make_doc(text)
