"""The spaCy component "factdesk_numeric_claims": numeric claims into `doc._.claims`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from factdesk.core.detect.numeric_claims import find_claims
from factdesk.core.detect.pipeline import doc_text

COMPONENT = "factdesk_numeric_claims"


class NumericClaims:
    """Append the numeric claims of a Doc's text (see numeric_claims.py) to `doc._.claims`."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in ("de", "en") else "en"

    def __call__(self, doc: Doc) -> Doc:
        if doc._.claims is None:
            doc._.claims = []
        doc._.claims.extend(find_claims(doc_text(doc), self.lang))
        return doc


@Language.factory(COMPONENT)
def make_numeric_claims(nlp: Language, name: str) -> NumericClaims:
    """Build the component for the pipeline's language."""
    from factdesk.core.detect.pipeline import register_extensions

    register_extensions()
    return NumericClaims(nlp.lang)
