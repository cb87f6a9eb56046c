"""Claim clusters: the same claim in several articles, grouped so a verdict is decided once.

`refresh(desk)` brings the desk up to date: articles get MinHash signatures
and near-duplicate links (near_dup.py), and every claim not yet looked at is
put into a cluster with an earlier claim that is the same claim:

- in a near-duplicate article, the same type and the same words;
- a quotation with the same words (at least `MIN_QUOTE` characters);
- a figure of the same type and value (within `VALUE_TOLERANCE`) in a
  sentence that shares enough of its match terms (German and English alike);
  small round numbers need more shared words than distinctive ones.

A claim a user took out of its cluster stays alone. The user's actions on
clusters (one verdict for all, split) are ops: `core.ops.clusters`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from factdesk.core.matching import near_dup
from factdesk.core.matching.terms import CONCEPT_PREFIX, analyse, fold
from factdesk.core.store import clusters as store
from factdesk.core.store import history
from factdesk.core.store.connection import write_transaction

VALUE_TOLERANCE = 0.005
MIN_QUOTE = 20
SHARED_DISTINCTIVE = 0.25   # share of sentence terms for a distinctive figure (80.1, 30000)
SHARED_COMMON = 0.5         # for a small whole number (2, 15), which many sentences hold
CANDIDATES = 200
BATCH = 5000


@dataclass(slots=True)
class ClusterReport:
    """What a refresh did."""

    articles_indexed: int = 0
    near_duplicates: int = 0
    claims_considered: int = 0
    claims_clustered: int = 0


def index_articles(desk, report: ClusterReport | None = None) -> ClusterReport:
    """Signatures and near-duplicate links for every article that has none yet."""
    report = report or ClusterReport()
    db = desk.db
    while True:
        todo = store.articles_without_signature(db, 500)
        if not todo:
            return report
        with write_transaction(db):
            for article_id, text in todo:
                sig = near_dup.signature(text)
                if sig is None:
                    store.save_signature(db, article_id, b"", [], [])
                    report.articles_indexed += 1
                    continue
                keys = near_dup.band_keys(sig)
                others = store.signatures(db, store.band_neighbours(db, article_id, keys))
                links = [(other, round(s, 3)) for other, data in others.items() if data
                         and (s := near_dup.similarity(sig, near_dup.from_bytes(data))) >= near_dup.THRESHOLD]
                store.save_signature(db, article_id, sig.tobytes(), keys, links)
                report.articles_indexed += 1
                report.near_duplicates += len(links)


@lru_cache(maxsize=65_536)
def _sentence_terms(sentence: str, lang: str) -> frozenset[str]:
    return frozenset(t for t in analyse(sentence, lang).terms if not t[:1].isdigit())


def terms_of(c: store.ClaimKey) -> frozenset[str]:
    """The match terms (numbers left out) of a claim's sentence: stored, or computed from the sentence."""
    if c.terms is not None:
        return frozenset(c.terms.split())
    return _sentence_terms(c.sentence, c.language if c.language in ("de", "en") else "en")


def _distinctive(value: float) -> bool:
    return not float(value).is_integer() or abs(value) >= 100


def same_claim(a: store.ClaimKey, b: store.ClaimKey, linked: set[tuple[str, str]]) -> str | None:
    """How `a` and `b` are the same claim ('near_duplicate', 'same_quote', 'same_figure'), or None."""
    if a.article_id == b.article_id or a.type != b.type:
        return None
    if (a.article_id, b.article_id) in linked and fold(" ".join(a.text.split())) == fold(" ".join(b.text.split())):
        return "near_duplicate"
    if a.type == "quote":
        same = fold(" ".join(a.text.split())) == fold(" ".join(b.text.split()))
        return "same_quote" if same and len(a.text) >= MIN_QUOTE else None
    if a.value is None or b.value is None:
        return None
    if abs(a.value - b.value) > VALUE_TOLERANCE * max(abs(a.value), abs(b.value)):
        return None
    ta, tb = terms_of(a), terms_of(b)
    if not ta or not tb:
        return None
    shared = len(ta & tb) / min(len(ta), len(tb))
    concepts = {t for t in ta & tb if t.startswith(CONCEPT_PREFIX)}
    needed = SHARED_DISTINCTIVE if _distinctive(a.value) else SHARED_COMMON
    return "same_figure" if shared >= needed and (concepts or shared >= 2 * needed) else None


def _candidates(db, c: store.ClaimKey) -> list[store.ClaimKey]:
    if c.type == "quote":
        return store.quotes_opening_with(db, c.text[:60].lower(), CANDIDATES)
    if c.value is None:
        return []
    delta = abs(c.value) * VALUE_TOLERANCE
    return store.claims_with_value(db, c.type, c.value - delta, c.value + delta, CANDIDATES)


def cluster_claims(desk, report: ClusterReport | None = None) -> ClusterReport:
    """Put every claim not yet looked at into a cluster (alone when it matches no earlier claim)."""
    report = report or ClusterReport()
    db = desk.db
    while True:
        todo = store.unclustered_claims(db, BATCH)
        if not todo:
            return report
        at = history.now_iso()
        linked = store.linked_pairs(db, {c.article_id for c in todo})
        near: dict[str, list] = {}  # claims of linked articles without a value are found through their article
        with write_transaction(db):
            for c in todo:
                cands = _candidates(db, c)
                if c.value is None and c.type != "quote":
                    others = [b for (a, b) in linked if a == c.article_id]
                    cands = near.setdefault(c.article_id, store.claims_in_articles(db, others)) if others else []
                found, how = None, None
                for other in cands:
                    how = same_claim(c, other, linked)
                    if how:
                        found = other
                        break
                terms = " ".join(sorted(terms_of(c))) if c.type != "quote" else ""
                if found is None:
                    store.assign(db, [(c.id, c.id, "alone", at, terms)])
                else:
                    cluster = store.cluster_ids(db, [found.id]).get(found.id, found.id)
                    store.assign(db, [(c.id, cluster, how or "", at, terms)])
                    report.claims_clustered += 1
                report.claims_considered += 1


def refresh(desk) -> ClusterReport:
    """Index new articles and cluster new claims; cheap when nothing is new."""
    report = index_articles(desk)
    return cluster_claims(desk, report)


def occurrences(desk, claim_id: str) -> list[dict]:
    """The claims of this claim's cluster (itself included) with their articles; [] when it stands alone."""
    return store.members(desk.db, desk.resolve_claim_id(claim_id))


def occurrences_of(desk, claim_ids: list[str]) -> dict[str, list[dict]]:
    """`occurrences` of several claims (full ids) by claim id; claims standing alone are left out."""
    return store.members_of(desk.db, list(claim_ids))


def cluster_of(desk, claim_id: str) -> tuple[str, bool] | None:
    """(cluster id, taken out by a user) of a claim; None when clustering has not looked at it."""
    return store.cluster_of(desk.db, claim_id)
