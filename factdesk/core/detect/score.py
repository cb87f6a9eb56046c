"""The score step of the detector: each claim gets the check-worthiness of its sentence.

The score itself is `worthiness.py` (a trained spaCy text classifier plus
PASTEL-style features, calibrated; the lexical ones are in
`sentence_cues.py`). This module puts the sentence scores on the claims.

The spaCy component "factdesk_score" (component.py, via run.score_step)
scores `doc._.claims`; `sentence_score()` scores one sentence or line.
"""

from __future__ import annotations

from dataclasses import replace

from factdesk.core.model import DetectedClaim


def sentence_spans_of(claims: list[DetectedClaim]) -> list[tuple[int, int]]:
    """The distinct (sentence_start, sentence_end) spans of `claims`, in order of first appearance."""
    return list(dict.fromkeys((c.sentence_start, c.sentence_end) if c.sentence_end > c.sentence_start
                              else (c.start, c.end) for c in claims))


def score_claims(text: str, claims: list[DetectedClaim], lang: str) -> list[DetectedClaim]:
    """Return the claims of a document, each with the check-worthiness `score` of its sentence.

    Each sentence is scored once (worthiness.score_texts) with the claims that
    lie inside it as its features, so every claim of a sentence gets the same
    score, and `factdesk rank` gives that sentence the same score as a line.
    """
    from factdesk.core.detect.worthiness import score_texts

    if not claims:
        return claims
    spans = sentence_spans_of(claims)
    inside = [[c for c in claims if s <= c.start and c.end <= e] for s, e in spans]
    scores = dict(zip(spans, score_texts([text[s:e] for s, e in spans], lang, inside)))
    return [replace(c, score=round(scores[span], 4)) for c, span in zip(claims, _span_of_each(claims))]


def score_claims_many(texts: list[str], claims_lists: list[list[DetectedClaim]], lang: str) -> list[list[DetectedClaim]]:
    """`score_claims` of several documents at once: every sentence of them goes to the classifier in one batch.

    The scores are those of `score_claims` on each document alone (the text
    classifier scores each sentence on its own; batching only saves the
    model's per-call overhead, about a third of the score step on news).
    """
    from factdesk.core.detect.worthiness import score_texts

    sentences: list[str] = []
    inside: list[list[DetectedClaim]] = []
    spans_of: list[list[tuple[int, int]]] = []
    for text, claims in zip(texts, claims_lists):
        spans = sentence_spans_of(claims)
        spans_of.append(spans)
        sentences += [text[s:e] for s, e in spans]
        inside += [[c for c in claims if s <= c.start and c.end <= e] for s, e in spans]
    flat = iter(score_texts(sentences, lang, inside)) if sentences else iter(())
    out = []
    for claims, spans in zip(claims_lists, spans_of):
        scores = dict(zip(spans, flat))
        out.append([replace(c, score=round(scores[span], 4)) for c, span in zip(claims, _span_of_each(claims))])
    return out


def _span_of_each(claims: list[DetectedClaim]) -> list[tuple[int, int]]:
    return [(c.sentence_start, c.sentence_end) if c.sentence_end > c.sentence_start else (c.start, c.end)
            for c in claims]


def sentence_score(sentence: str, lang: str, claims: list[DetectedClaim] | None = None) -> float:
    """The check-worthiness of one sentence (or line) in [0, 1]; claims default to the detector's."""
    from factdesk.core.detect.worthiness import score_text

    return score_text(sentence, lang, claims)
