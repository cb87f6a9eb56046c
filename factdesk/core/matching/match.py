"""Matching claims against the collection: BM25 candidates from FTS5, re-ranked with claim knowledge.

For each claim: its match terms go to the store's FTS5 index (BM25 over the
checks' claim and title terms, `CANDIDATES` rows); each candidate gets the
pair features of `features.py`; the shipped re-ranker scores them; the best
`top` come back with a score in 0–1. Candidates the re-ranker finds very
unlikely (below its `min_score`, chosen in training) are dropped, so an
unrelated claim gets no match.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from factdesk.core.detect import detect_many
from factdesk.core.matching import rerank
from factdesk.core.matching.collection import main_facts, refresh_desk_verdicts
from factdesk.core.matching.features import Facts, Query, idf_weights, pair_features
from factdesk.core.matching.post_signature import parse_date
from factdesk.core.model import Claim
from factdesk.core.store.checks_store import ChecksStore

CANDIDATES = 100


@dataclass(slots=True)
class Match:
    """An earlier fact-check found for a claim, with the re-ranker's score (0–1, higher is better)."""

    score: float
    check: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        """The match as `checks match --format json` prints it."""
        c = self.check
        return {"id": c["id"], "score": round(self.score, 4), "rating": c["rating"], "claim": c["claim"],
                "url": c["url"], "source": c["source"]}


def candidate_features(checks: ChecksStore, query: Query,
                       exclude: Iterable[str] = ()) -> list[tuple[dict[str, Any], list[float]]]:
    """BM25 candidates for a query with their pair features (the re-ranker's input; training uses it too)."""
    skip = set(exclude)
    df, total = checks.document_frequencies(query.terms.terms)
    found = [c for c in checks.candidates(query.terms.terms, CANDIDATES, df=df, total=total)
             if c.row["id"] not in skip]
    if not found:
        return []
    best = (max(c.bm25 for c in found), max(c.bm25_claim for c in found), max(c.bm25_title for c in found))
    idf = idf_weights(df, total)
    return [(c.row, pair_features(query, c.row, c.bm25, c.bm25_claim, c.bm25_title, i, best, idf))
            for i, c in enumerate(found)]


def rank(checks: ChecksStore, query: Query, top: int = 5, exclude: Iterable[str] = (),
         reranker: rerank.Reranker | None = None, min_score: float | None = None) -> list[Match]:
    """The `top` best checks for one query, best first (no refresh of desk verdicts here); those below
    `min_score` (by default the re-ranker's own) are left out."""
    model = reranker or rerank.shipped()
    floor = model.min_score if min_score is None else min_score
    found = candidate_features(checks, query, exclude)
    scored = [Match(p, row) for (row, _), p in zip(found, model.score_many([x for _, x in found]))]
    # ties: the id descending, as the CheckThat! scorer breaks them (two stable sorts)
    scored.sort(key=lambda m: m.check["id"], reverse=True)
    scored.sort(key=lambda m: -m.score)
    return [m for m in scored[:top] if m.score >= floor]


def queries_for_texts(texts: list[str], lang: str = "auto") -> list[Query]:
    """Queries for plain lines of text, with the detector's facts and language."""
    out = []
    for text, det in zip(texts, detect_many(texts, lang=lang, batch_size=128)):
        out.append(Query.of(text, det.language, main_facts(det)))
    return out


def match_texts(desk, texts: list[str], top: int = 5, lang: str = "auto") -> list[list[Match]]:
    """The best earlier checks for each text (one claim each), after refreshing the desk's own verdicts."""
    refresh_desk_verdicts(desk)
    return [rank(desk.checks, q, top) if q.text.strip() else [] for q in queries_for_texts(texts, lang)]


def query_for_claim(claim: Claim, sentence: str, lang: str, published: str | None = None) -> Query:
    """The query for a claim on the desk: its sentence, with the checker's type, value and qualifier,
    made when its article was published."""
    return Query.of(sentence or claim.text, lang if lang in ("de", "en") else "en",
                    Facts(claim.type, claim.value, claim.unit, claim.qualifier, claim.speaker), parse_date(published))


def match_claim(desk, claim_id: str, top: int = 5) -> list[Match]:
    """Earlier checks for a claim on the desk (its own desk entry left out)."""
    refresh_desk_verdicts(desk)
    claim = desk.get_claim(claim_id)
    article = desk.get_article(claim.article_id)
    sentence = article.text[claim.sentence_start:claim.sentence_end] if claim.sentence_end > claim.sentence_start \
        else claim.text
    query = query_for_claim(claim, sentence, article.language or "en", article.published)
    return rank(desk.checks, query, top, exclude={f"desk:{claim.id}"})
