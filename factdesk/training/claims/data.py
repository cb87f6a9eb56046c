"""Training examples for the claim-type classifier: every number candidate of an annotated article, labelled.

A candidate is labelled with the type of the gold numeric claim that
overlaps its number (the scorer's rule: overlapping spans), or `none` when
no gold claim does. Its words are `features.candidates_with_words`, the same
the detector builds at run time, so training and detection see one thing.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from factdesk.core.detect.features import FeatureMaker, candidates_with_words
from factdesk.core.detect.scanner import scanner
from factdesk.training.claims.corpus import NUMERIC_TYPES, Article

LABELS = NUMERIC_TYPES + ("none",)


@lru_cache(maxsize=2)
def full_lemma_table(lang: str) -> dict[str, str]:
    """spacy-lookups-data's whole lookup table for `lang` (what the lemmatizer is initialised with)."""
    from spacy.util import load_language_data, registry

    return dict(load_language_data(registry.lookups.get(lang)["lemma_lookup"]))


@lru_cache(maxsize=2)
def tokenizer(lang: str):
    """The blank pipeline of `lang` (its tokenizer is the detector's)."""
    import spacy

    return spacy.blank(lang)


def label_for(cand, gold: list[dict]) -> str:
    """The type of the gold numeric claim overlapping the candidate's number, or "none"."""
    ns, ne = cand.claim.start, cand.claim.end
    hits = [g for g in gold if g["type"] in NUMERIC_TYPES and g["start"] < ne and ns < g["end"]]
    if not hits:
        return "none"
    core = [g for g in hits if g["start"] < cand.num.end and cand.num.start < g["end"]]
    return (core or hits)[0]["type"]


def article_examples(article: Article, maker: FeatureMaker | None = None) -> list[tuple[list[str], str, object]]:
    """(feature words, label, candidate) for every candidate of `article`."""
    lang = article.lang
    maker = maker or FeatureMaker(scanner(lang), full_lemma_table(lang))
    doc = tokenizer(lang).make_doc(article.text)
    return [(words, label_for(c, article.gold), c)
            for c, words in candidates_with_words(article.text, lang, doc, maker)]


def write_docbin(examples: list[tuple[list[str], str, object]], lang: str, path) -> Counter:
    """Write the examples as a spaCy DocBin of feature Docs with `cats`; return the label counts."""
    from spacy.tokens import Doc, DocBin

    vocab = tokenizer(lang).vocab
    db = DocBin(store_user_data=False)
    counts: Counter = Counter()
    for words, label, _ in examples:
        doc = Doc(vocab, words=words)
        doc.cats = {lab: float(lab == label) for lab in LABELS}
        db.add(doc)
        counts[label] += 1
    db.to_disk(path)
    return counts
