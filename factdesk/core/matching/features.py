"""What the re-ranker knows about a (claim, earlier fact-check) pair, as a fixed list of numbers.

Lexical evidence (BM25 from the desk's FTS5, term and bigram overlap,
character trigrams) is combined with what FactDesk knows about claims: the
detected type, the normalized value and its qualifier, the numbers, the
named subjects and the speaker. "More than 30,000 arrests in Belarus" and
"30,000 protesters in Minsk" share a number but not the type and not the
subject; the features let the re-ranker tell them apart. A pasted post's
signature line (post_signature.py) adds who posted it and when: a check
published within weeks of the post is far likelier to be its check.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from factdesk.core.matching.post_signature import parse_date, split_signature
from factdesk.core.matching.terms import CONCEPT_PREFIX, Terms, analyse, fold, with_value

FEATURES: tuple[str, ...] = (
    "bm25_rel", "bm25_claim_rel", "bm25_title_rel", "rank_recip",
    "overlap_query", "overlap_check", "title_overlap", "bigram_overlap", "concept_overlap",
    "numbers_shared", "numbers_conflict", "type_same", "type_conflict", "value_agrees", "value_conflict",
    "subjects_shared", "subjects_unmatched", "speaker_match", "char3", "cross_language",
    "length_ratio", "desk_verdict", "idf_coverage", "idf_title_coverage", "rarest_shared",
    "body_idf_claim", "body_idf_title", "body_idf_any", "poster_named", "has_poster",
    "date_known", "date_log_days", "date_soon",
)
# A check published this many days before to this many after the claim was made counts as "soon".
SOON = (-3, 60)


@dataclass(frozen=True, slots=True)
class Facts:
    """The claim FactDesk detected in a text: type, value, unit, qualifier, speaker (all may be None)."""

    type: str | None = None
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Query:
    """A claim to match: its text, language, terms and detected facts."""

    text: str
    lang: str
    terms: Terms
    facts: Facts
    body_terms: frozenset[str] = frozenset()  # the terms without a post's signature line
    poster: frozenset[str] = frozenset()  # the poster's name words (folded), from the signature line
    date: dt.date | None = None  # when the claim was made: the post's date, else the article's

    @classmethod
    def of(cls, text: str, lang: str, facts: Facts, date: dt.date | None = None) -> "Query":
        """Analyse `text` (in `lang`) into a query; a post's signature line gives poster and date."""
        signed = split_signature(text)
        terms = with_value(analyse(text, lang), facts.value)
        body = frozenset(analyse(signed.body, lang).terms) if signed.body != text else frozenset(terms.terms)
        return cls(text, lang, terms, facts, body, signed.names, signed.date or date)


def idf_weights(df: dict[str, int], total: int) -> dict[str, float]:
    """BM25's inverse document frequency of each query term in the collection (never below a small floor)."""
    return {t: max(0.05, math.log(1 + (total - n + 0.5) / (n + 0.5))) for t, n in df.items()}


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in re.findall(r"[^\W\d_]+", text))


@lru_cache(maxsize=4096)
def _trigrams(text: str) -> frozenset[str]:
    s = " ".join(fold(text).split())
    return frozenset(s[i:i + 3] for i in range(max(0, len(s) - 2)))


def _bigrams(terms: tuple[str, ...] | list[str]) -> set[tuple[str, str]]:
    return set(zip(terms, terms[1:]))


def _value_agrees(q: Facts, value: float | None, qualifier: str | None) -> bool:
    if q.value is None or value is None:
        return False
    if q.value == value:
        return True
    scale = max(abs(q.value), abs(value), 1e-9)
    loose = {"approx", "more_than", "less_than", "at_least", "up_to"}
    tolerance = 0.15 if (q.qualifier in loose or qualifier in loose) else 0.02
    return abs(q.value - value) / scale <= tolerance


def _date_features(query: Query, published: str | None) -> list[float]:
    """Whether both dates are known, the signed log of the days between them, and whether that is soon."""
    check_date = parse_date(published)
    if query.date is None or check_date is None:
        return [0.0, 0.0, 0.0]
    days = (check_date - query.date).days
    return [1.0, math.copysign(math.log1p(abs(days)), days), 1.0 if SOON[0] <= days <= SOON[1] else 0.0]


def pair_features(query: Query, row: dict, bm25: float, bm25_claim: float, bm25_title: float,
                  rank: int, best: tuple[float, float, float], idf: dict[str, float]) -> list[float]:
    """The feature vector (in FEATURES order) of one candidate row for a query (`idf` of its terms)."""
    qt = set(query.terms.terms)
    dt = row["terms"].split()
    ds = set(dt)
    title = set(row["title_terms"].split())
    shared = qt & ds
    q_concepts = {t for t in qt if t.startswith(CONCEPT_PREFIX)}
    d_concepts = {t for t in ds if t.startswith(CONCEPT_PREFIX)}
    q_numbers = query.terms.numbers
    d_numbers = {t for t in ds if t[:1].isdigit()}
    d_subjects = set(row["subjects"].split()) if row["subjects"] else set()
    q_words = {fold(w) for w in re.findall(r"\w+", query.text)}
    speaker = fold(row.get("speaker") or "")
    q_speaker = fold(query.facts.speaker or "")
    speaker_match = 0.0
    if speaker:
        names = set(speaker.split())
        if (q_speaker and names & set(q_speaker.split())) or names & q_words:
            speaker_match = 1.0
    q_type, d_type = query.facts.type, row.get("type")
    same_type = q_type is not None and q_type == d_type
    q3, d3 = _trigrams(query.text), _trigrams(row["claim"])
    char3 = len(q3 & d3) / max(1, len(q3 | d3))
    d_lang = row.get("lang") or query.lang
    q_idf = sum(idf.get(t, 0.0) for t in qt) or 1.0
    max_idf = max((idf.get(t, 0.0) for t in qt), default=0.0) or 1.0
    body = query.body_terms
    body_idf = sum(idf.get(t, 0.0) for t in body) or 1.0
    poster = query.poster
    named = len(poster & (_words(row["claim"]) | _words(row.get("title") or ""))) / len(poster) if poster else 0.0
    return [
        bm25 / best[0] if best[0] > 0 else 0.0,
        bm25_claim / best[1] if best[1] > 0 else 0.0,
        bm25_title / best[2] if best[2] > 0 else 0.0,
        1.0 / (1 + rank),
        len(shared) / max(1, len(qt)),
        len(shared) / max(1, len(ds)),
        len(qt & title) / max(1, len(qt)),
        len(_bigrams(query.terms.terms) & _bigrams(dt)) / max(1, len(dt) - 1),
        len(q_concepts & d_concepts) / max(1, len(d_concepts)),
        1.0 if q_numbers & d_numbers else 0.0,
        1.0 if q_numbers and d_numbers and not q_numbers & d_numbers else 0.0,
        1.0 if same_type else 0.0,
        1.0 if q_type and d_type and q_type != d_type else 0.0,
        1.0 if same_type and _value_agrees(query.facts, row.get("value"), row.get("qualifier")) else 0.0,
        1.0 if same_type and query.facts.value is not None and row.get("value") is not None
        and not _value_agrees(query.facts, row.get("value"), row.get("qualifier")) else 0.0,
        min(3, len(query.terms.subjects & d_subjects)) / 3,
        len(d_subjects - q_words) / max(1, len(d_subjects)),
        speaker_match,
        char3,
        1.0 if d_lang != query.lang else 0.0,
        math.log((1 + len(ds)) / (1 + len(qt))),
        1.0 if row.get("origin") == "desk" else 0.0,
        sum(idf.get(t, 0.0) for t in shared) / q_idf,
        sum(idf.get(t, 0.0) for t in qt & title) / q_idf,
        max((idf.get(t, 0.0) for t in shared), default=0.0) / max_idf,
        sum(idf.get(t, 0.0) for t in body & ds) / body_idf,
        sum(idf.get(t, 0.0) for t in body & title) / body_idf,
        sum(idf.get(t, 0.0) for t in body & (ds | title)) / body_idf,
        named,
        1.0 if poster else 0.0,
        *_date_features(query, row.get("published")),
    ]
