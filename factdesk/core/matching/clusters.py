"""Claim clusters: the same claim in several articles, grouped so a verdict is decided once.

`refresh(desk)` brings the desk up to date: articles get MinHash signatures
and near-duplicate links (near_dup.py), and every claim not yet looked at is
put into a cluster with an earlier claim that is the same claim:

- in a near-duplicate article, the same type and the same words;
- a quotation with the same words (at least `MIN_QUOTE` characters);
- a figure of the same type and value (within `VALUE_TOLERANCE`) in a
  sentence that shares enough of its words (German and English alike, the
  figure and its unit left out) and names no other things; round and small
  numbers need more shared words than distinctive ones, and a shared name
  (an English headline in title case names nothing: its capitals are style);
  small counts and spans of time need nearly the same sentence.

A claim joins the cluster whose members it matches best, and only when it
matches at least half of them (average linkage): one loose match never
chains unrelated claims into one cluster.

A claim a user took out of its cluster stays alone. The user's actions on
clusters (one verdict for all, split) are ops: `core.ops.clusters`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factdesk.core.matching import near_dup
from factdesk.core.matching.terms import CONCEPT_PREFIX, analyse, fold
from factdesk.core.store import clusters as store
from factdesk.core.store import history
from factdesk.core.store.checks_store import ChecksStore

VALUE_TOLERANCE = 0.005
MIN_QUOTE = 20
SHARED_DISTINCTIVE = 0.25   # share of sentence words for a distinctive figure (80.1, 4391, 33000)
SHARED_COMMON = 0.4         # for a round or small number (3, 20, 100, 50 million), which many sentences hold
WORDS_DISTINCTIVE = 2       # and at least this many shared words
WORDS_COMMON = 3
SHARED_SMALL = 0.5          # a small count (2 soldiers, 3 days, a four-week low) needs nearly the same sentence
WORDS_SMALL = 4
LINKAGE = 0.5               # a claim joins a cluster when it is the same claim as this share of its members
CANDIDATES = 200
BATCH = 5000
SUBJECT = "@"               # stored terms: names carry this prefix

# Words that say the figure or its unit: two sentences with the same figure share them anyway.
_NUMBER_WORDS = {
    "en": "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy "
          "eighty ninety dozen dozens half",
    "de": "eins ein eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig "
          "fünfzig sechzig siebzig achtzig neunzig Dutzend halb Hälfte",
}
# Capitalised words that name no subject of a claim: days, months, news agencies of datelines.
_NOT_NAMES = frozenset("""
monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag
sonntag january february march april may june july august september october november december januar februar
marz mai juni juli oktober dezember reuters ap afp dpa apa upi ani pti ians epa kna bbc cnn cbs
""".split())
_UNIT_CONCEPTS = frozenset(CONCEPT_PREFIX + c for c in (
    "year", "month", "week", "day", "percent", "point", "hundred", "thousand", "million", "billion", "money"))


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
    checks = desk.checks
    while True:
        todo = checks.articles_without_signature(500)
        if not todo:
            return report
        with checks.transaction():
            for article_id, text in todo:
                sig = near_dup.signature(text)
                if sig is None:
                    checks.save_signature(article_id, b"", [], [])
                    report.articles_indexed += 1
                    continue
                keys = near_dup.band_keys(sig)
                others = checks.signatures(checks.band_neighbours(article_id, keys))
                links = [(other, round(s, 3)) for other, data in others.items() if data
                         and (s := near_dup.similarity(sig, near_dup.from_bytes(data))) >= near_dup.THRESHOLD]
                checks.save_signature(article_id, sig.tobytes(), keys, links)
                report.articles_indexed += 1
                report.near_duplicates += len(links)


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _title_case(sentence: str) -> bool:
    """An English headline in title case ("Two Soldiers Killed in Iraq"): its capitals name nothing in particular."""
    words = _LONG_WORD.findall(sentence)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


@lru_cache(maxsize=1)
def _numeric_words() -> frozenset[str]:
    return frozenset(t for lang, words in _NUMBER_WORDS.items() for w in words.split()
                     for t in analyse(w, lang).terms)


def _telling(term: str) -> bool:
    """A sentence word that tells two claims with the same figure apart (not the figure, its unit or a name)."""
    return not term[:1].isdigit() and term not in _UNIT_CONCEPTS and term not in _numeric_words()


@lru_cache(maxsize=65_536)
def _sentence_terms(sentence: str, lang: str) -> frozenset[str]:
    found = analyse(sentence, lang)
    names = () if lang == "en" and _title_case(sentence) else found.subjects
    return frozenset(t for t in found.terms if _telling(t)) | {SUBJECT + name for name in names
                                                                if name not in _NOT_NAMES}


def terms_of(c: store.ClaimKey) -> frozenset[str]:
    """A claim's sentence as clustering compares it: its telling words, and its names marked with SUBJECT."""
    if c.terms is not None:
        return frozenset(t for t in c.terms.split()
                         if (t[1:] not in _NOT_NAMES if t.startswith(SUBJECT) else _telling(t)))
    return _sentence_terms(c.sentence, c.language if c.language in ("de", "en") else "en")


def _distinctive(value: float) -> bool:
    """A figure few sentences share by chance: not a small whole number, not a round one (80.1, 4391, 33000)."""
    if not float(value).is_integer():
        return True
    digits = str(int(abs(value))).rstrip("0")
    return abs(value) >= 100 and len(digits) >= 2


def _small(claim: store.ClaimKey) -> bool:
    """A small figure countless different sentences hold: under 10 (2 soldiers, half, 0.4 %), or a span of time."""
    return claim.type == "duration" or (claim.value is not None and abs(claim.value) < 10)


def same_claim(a: store.ClaimKey, b: store.ClaimKey, linked: set[tuple[str, str]]) -> str | None:
    """How `a` and `b` are the same claim ('near_duplicate', 'same_quote', 'same_figure'), or None.

    The same figure is the same claim only when the sentences share enough of their words (the
    figure, its unit and number words left out), more for a round or small number, and do not
    name different things: when both name someone or something, they share a name; a round or
    small number (3, 20, 10,000) needs a shared name in any case, and a small count or a span
    of time (2 soldiers, a four-week low) half of the shorter sentence's words.
    """
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
    words_a = {t for t in ta if not t.startswith(SUBJECT)}
    words_b = {t for t in tb if not t.startswith(SUBJECT)}
    if not words_a or not words_b:
        return None
    names_a, names_b = ta - words_a, tb - words_b
    distinctive = _distinctive(a.value)
    if (names_a and names_b or not distinctive) and not names_a & names_b:
        return None
    shared = len(words_a & words_b)
    if _small(a):
        needed, enough = SHARED_SMALL, WORDS_SMALL
    else:
        needed = SHARED_DISTINCTIVE if distinctive else SHARED_COMMON
        enough = WORDS_DISTINCTIVE if distinctive else WORDS_COMMON
    return "same_figure" if shared >= enough and shared / min(len(words_a), len(words_b)) >= needed else None


def _candidates(checks: ChecksStore, c: store.ClaimKey) -> list[store.ClaimKey]:
    if c.type == "quote":
        return checks.quotes_opening_with(c.text[:60].lower(), CANDIDATES)
    if c.value is None:
        return []
    delta = abs(c.value) * VALUE_TOLERANCE
    return checks.claims_with_value(c.type, c.value - delta, c.value + delta, CANDIDATES)


def best_cluster(checks: ChecksStore, c: store.ClaimKey, cands: list[store.ClaimKey],
                 linked: set[tuple[str, str]]) -> tuple[str, str] | None:
    """(cluster id, how) of the cluster `c` belongs to, or None.

    Average linkage: `c` must be the same claim as at least LINKAGE of the cluster's
    members among the candidates, so one loose match does not chain unrelated claims.
    """
    found = [(other, same_claim(c, other, linked)) for other in cands]
    if not any(how for _, how in found):
        return None
    clusters = checks.cluster_ids([other.id for other, _ in found])
    seen: dict[str, list[int]] = {}
    hows: dict[str, str] = {}
    for other, how in found:
        cluster = clusters.get(other.id, other.id)
        tally = seen.setdefault(cluster, [0, 0])
        tally[1] += 1
        if how:
            tally[0] += 1
            hows.setdefault(cluster, how)
    best = max((cl for cl in hows if seen[cl][0] >= LINKAGE * seen[cl][1]),
               key=lambda cl: (seen[cl][0] / seen[cl][1], seen[cl][0]), default=None)
    return None if best is None else (best, hows[best])


def cluster_claims(desk, report: ClusterReport | None = None) -> ClusterReport:
    """Put every claim not yet looked at into a cluster (alone when it matches no earlier claim)."""
    report = report or ClusterReport()
    checks = desk.checks
    while True:
        todo = checks.unclustered_claims(BATCH)
        if not todo:
            return report
        at = history.now_iso()
        linked = checks.linked_pairs({c.article_id for c in todo})
        near: dict[str, list] = {}  # claims of linked articles without a value are found through their article
        with checks.transaction():
            for c in todo:
                cands = _candidates(checks, c)
                if c.value is None and c.type != "quote":
                    others = [b for (a, b) in linked if a == c.article_id]
                    cands = near.setdefault(c.article_id, checks.claims_in_articles(others)) if others else []
                joined = best_cluster(checks, c, cands, linked)
                terms = " ".join(sorted(terms_of(c))) if c.type != "quote" else ""
                if joined is None:
                    checks.assign([(c.id, c.id, "alone", at, terms)])
                else:
                    checks.assign([(c.id, joined[0], joined[1], at, terms)])
                    report.claims_clustered += 1
                report.claims_considered += 1


def refresh(desk) -> ClusterReport:
    """Index new articles and cluster new claims; cheap when nothing is new."""
    report = index_articles(desk)
    return cluster_claims(desk, report)


def occurrences(desk, claim_id: str) -> list[dict]:
    """The claims of this claim's cluster (itself included) with their articles; [] when it stands alone."""
    return desk.checks.members(desk.resolve_claim_id(claim_id))


def occurrences_of(desk, claim_ids: list[str]) -> dict[str, list[dict]]:
    """`occurrences` of several claims (full ids) by claim id; claims standing alone are left out."""
    return desk.checks.members_of(list(claim_ids))


def cluster_of(desk, claim_id: str) -> tuple[str, bool] | None:
    """(cluster id, taken out by a user) of a claim; None when clustering has not looked at it."""
    return desk.checks.cluster_of(claim_id)
