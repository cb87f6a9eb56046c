"""Claim clusters and near-duplicate articles: the SQL behind `core.matching.clusters`.

Every claim clustering has looked at has a row in claim_clusters; a claim
alone in its cluster (cluster_id = its own id) was considered and matched
nothing. `split = 1` marks a claim a user took out of its cluster: it stays
alone and automatic clustering never moves it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from sqlite_utils import Database

from factdesk.core.store.connection import write_transaction
from factdesk.core.store.rows import chunks, marks


@dataclass(slots=True)
class ClaimKey:
    """What clustering needs of a claim: its kind, value, text, sentence (or its stored terms), its article."""

    id: str
    article_id: str
    type: str
    value: float | None
    text: str
    sentence: str
    language: str | None
    terms: str | None = None   # for clustered claims: their sentence's match terms, space-separated


_KEY_SQL = ("SELECT c.id, c.article_id, c.type, c.value, c.text, "
            "substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start), a.language "
            "FROM claims c JOIN articles a ON a.id = c.article_id ")
# Clustered claims: their stored terms instead of their sentence (no article text is read).
_CLUSTERED_SQL = ("SELECT c.id, c.article_id, c.type, c.value, c.text, '', NULL, k.terms "
                  "FROM claims c JOIN claim_clusters k ON k.claim_id = c.id ")


# ---- articles ---------------------------------------------------------------

def articles_without_signature(db: Database, limit: int = 1000) -> list[tuple[str, str]]:
    """(id, text) of articles whose MinHash signature is not stored yet, oldest first."""
    return [tuple(r) for r in db.execute(
        "SELECT a.id, a.text FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id "
        "WHERE s.article_id IS NULL ORDER BY a.rid LIMIT ?", [limit])]


def band_neighbours(db: Database, article_id: str, keys: list[int]) -> set[str]:
    """Articles other than `article_id` that share at least one LSH band key."""
    found: set[str] = set()
    for band, key in enumerate(keys):
        for (other,) in db.execute("SELECT article_id FROM article_bands WHERE band = ? AND key = ?", [band, key]):
            if other != article_id:
                found.add(other)
    return found


def signatures(db: Database, article_ids: Iterable[str]) -> dict[str, bytes]:
    """Stored signatures by article id."""
    ids = list(article_ids)
    out: dict[str, bytes] = {}
    for chunk in chunks(ids):
        out.update(db.execute(f"SELECT article_id, signature FROM article_signatures "
                              f"WHERE article_id IN ({marks(len(chunk))})", chunk).fetchall())
    return out


def save_signature(db: Database, article_id: str, signature: bytes, keys: list[int],
                   links: list[tuple[str, float]]) -> None:
    """Store an article's signature, its band keys and its near-duplicate links (both directions)."""
    db.execute("INSERT OR REPLACE INTO article_signatures(article_id, signature) VALUES (?, ?)",
               [article_id, signature])
    db.execute("DELETE FROM article_bands WHERE article_id = ?", [article_id])
    db.conn.executemany("INSERT INTO article_bands(band, key, article_id) VALUES (?, ?, ?)",
                        [(band, key, article_id) for band, key in enumerate(keys)])
    for other, similarity in links:
        db.conn.executemany("INSERT OR REPLACE INTO article_links(article_id, other_id, kind, similarity) "
                            "VALUES (?, ?, 'near_duplicate', ?)",
                            [(article_id, other, similarity), (other, article_id, similarity)])


def near_duplicates(db: Database, article_id: str) -> list[dict[str, Any]]:
    """Articles linked to this one as near-duplicates, most similar first."""
    rows = db.execute(
        "SELECT l.other_id, l.similarity, a.title, a.outlet, a.published FROM article_links l "
        "JOIN articles a ON a.id = l.other_id WHERE l.article_id = ? ORDER BY l.similarity DESC, a.rid",
        [article_id]).fetchall()
    return [dict(zip(("id", "similarity", "title", "outlet", "published"), r)) for r in rows]


def linked_pairs(db: Database, article_ids: Iterable[str]) -> set[tuple[str, str]]:
    """Near-duplicate pairs (a, b) with a among `article_ids`."""
    ids = list(article_ids)
    out: set[tuple[str, str]] = set()
    for chunk in chunks(ids):
        out.update(tuple(r) for r in db.execute(
            f"SELECT article_id, other_id FROM article_links WHERE article_id IN ({marks(len(chunk))})", chunk))
    return out


# ---- claims -----------------------------------------------------------------

def unclustered_claims(db: Database, limit: int = 5000) -> list[ClaimKey]:
    """Claims clustering has not looked at yet (not dismissed), oldest first."""
    rows = db.execute(_KEY_SQL + "LEFT JOIN claim_clusters k ON k.claim_id = c.id "
                      "WHERE k.claim_id IS NULL AND c.status != 'dismissed' ORDER BY c.rid LIMIT ?", [limit])
    return [ClaimKey(*r) for r in rows]


def claims_with_value(db: Database, claim_type: str, low: float, high: float, limit: int) -> list[ClaimKey]:
    """Clustered claims of a type whose value lies in [low, high] (newest first, at most `limit`)."""
    rows = db.execute(_CLUSTERED_SQL + "WHERE c.type = ? AND c.value BETWEEN ? AND ? AND k.split = 0 "
                      "AND c.status != 'dismissed' ORDER BY c.rid DESC LIMIT ?", [claim_type, low, high, limit])
    return [ClaimKey(*r) for r in rows]


def quotes_opening_with(db: Database, opening: str, limit: int) -> list[ClaimKey]:
    """Clustered quotes whose first 60 characters (lower-cased) are `opening`."""
    rows = db.execute(_CLUSTERED_SQL + "WHERE c.type = 'quote' AND lower(substr(c.text, 1, 60)) = ? "
                      "AND k.split = 0 AND c.status != 'dismissed' ORDER BY c.rid DESC LIMIT ?", [opening, limit])
    return [ClaimKey(*r) for r in rows]


def cluster_ids(db: Database, claim_ids: Iterable[str]) -> dict[str, str]:
    """claim id → cluster id for the given claims that have one."""
    ids = list(claim_ids)
    out: dict[str, str] = {}
    for chunk in chunks(ids):
        out.update(db.execute(f"SELECT claim_id, cluster_id FROM claim_clusters WHERE claim_id IN "
                              f"({marks(len(chunk))})", chunk).fetchall())
    return out


def assign(db: Database, rows: list[tuple[str, str, str, str, str]]) -> None:
    """Put claims into clusters: (claim id, cluster id, how, at, sentence terms); split claims stay put."""
    db.conn.executemany(
        "INSERT INTO claim_clusters(claim_id, cluster_id, split, how, at, terms) VALUES (?, ?, 0, ?, ?, ?) "
        "ON CONFLICT(claim_id) DO UPDATE SET cluster_id = excluded.cluster_id, how = excluded.how, at = excluded.at "
        "WHERE claim_clusters.split = 0", rows)


def move_cluster(db: Database, old: str, new: str) -> None:
    """Merge cluster `old` into cluster `new`."""
    db.execute("UPDATE claim_clusters SET cluster_id = ? WHERE cluster_id = ? AND split = 0", [new, old])


def members(db: Database, claim_id: str) -> list[dict[str, Any]]:
    """The claims in the same cluster as this one (itself included), with their articles; [] when alone."""
    row = db.execute("SELECT cluster_id, split FROM claim_clusters WHERE claim_id = ?", [claim_id]).fetchone()
    if row is None or row[1]:
        return []
    rows = db.execute(
        "SELECT c.id, c.article_id, c.text, c.type, c.value, c.status, c.verdict, k.how, a.title, a.outlet, "
        "a.published, a.url FROM claim_clusters k JOIN claims c ON c.id = k.claim_id "
        "JOIN articles a ON a.id = c.article_id WHERE k.cluster_id = ? AND k.split = 0 ORDER BY c.rid",
        [row[0]]).fetchall()
    keys = ("id", "article_id", "text", "type", "value", "status", "verdict", "how", "article_title",
            "outlet", "published", "article_url")
    out = [dict(zip(keys, r)) for r in rows]
    return out if len(out) > 1 else []


def members_of(db: Database, claim_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """`members` of several claims by claim id (those alone in their cluster left out), in two statements
    per chunk of claims (rows.CHUNK)."""
    out: dict[str, list[dict[str, Any]]] = {}
    keys = ("id", "article_id", "text", "type", "value", "status", "verdict", "how", "article_title",
            "outlet", "published", "article_url")
    for chunk in chunks(claim_ids):
        clusters = dict(db.execute(f"SELECT claim_id, cluster_id FROM claim_clusters WHERE split = 0 AND "
                                   f"claim_id IN ({marks(len(chunk))})", chunk).fetchall())
        wanted = sorted(set(clusters.values()))
        if not wanted:
            continue
        found: dict[str, list[dict[str, Any]]] = {}
        for row in db.execute(
                "SELECT k.cluster_id, c.id, c.article_id, c.text, c.type, c.value, c.status, c.verdict, k.how, "
                "a.title, a.outlet, a.published, a.url FROM claim_clusters k JOIN claims c ON c.id = k.claim_id "
                f"JOIN articles a ON a.id = c.article_id WHERE k.cluster_id IN ({marks(len(wanted))}) "
                "AND k.split = 0 ORDER BY c.rid", wanted).fetchall():
            found.setdefault(row[0], []).append(dict(zip(keys, row[1:])))
        for claim_id, cluster in clusters.items():
            members_ = found.get(cluster, [])
            if len(members_) > 1:
                out[claim_id] = members_
    return out


def split(db: Database, claim_id: str, at: str) -> str | None:
    """Take a claim out of its cluster for good; return the cluster id it left (None when it was alone)."""
    row = db.execute("SELECT cluster_id, split FROM claim_clusters WHERE claim_id = ?", [claim_id]).fetchone()
    if row is None or row[1]:
        return None
    old = row[0]
    with write_transaction(db):
        db.execute("UPDATE claim_clusters SET cluster_id = ?, split = 1, how = 'split', at = ? WHERE claim_id = ?",
                   [claim_id, at, claim_id])
        if old == claim_id:  # the founder leaves: the others keep a cluster named after one of them
            rest = db.execute("SELECT claim_id FROM claim_clusters WHERE cluster_id = ? AND split = 0 "
                              "ORDER BY rowid LIMIT 1", [old]).fetchone()
            if rest:
                db.execute("UPDATE claim_clusters SET cluster_id = ? WHERE cluster_id = ? AND split = 0",
                           [rest[0], old])
    return old


def cluster_of(db: Database, claim_id: str) -> tuple[str, bool] | None:
    """(cluster id, split) of a claim clustering has looked at; None when it has not."""
    row = db.execute("SELECT cluster_id, split FROM claim_clusters WHERE claim_id = ?", [claim_id]).fetchone()
    return None if row is None else (row[0], bool(row[1]))


def join(db: Database, claim_id: str, cluster_id: str, at: str) -> None:
    """Put a claim (back) into a cluster; automatic clustering may move it again with its cluster."""
    db.execute("INSERT INTO claim_clusters(claim_id, cluster_id, split, how, at, terms) "
               "VALUES (?, ?, 0, 'rejoined', ?, '') ON CONFLICT(claim_id) DO UPDATE SET "
               "cluster_id = excluded.cluster_id, split = 0, how = excluded.how, at = excluded.at",
               [claim_id, cluster_id, at])


def cluster_sizes(db: Database) -> dict[str, int]:
    """Cluster id → number of claims, for clusters of two or more."""
    return dict(db.execute("SELECT cluster_id, count(*) FROM claim_clusters WHERE split = 0 "
                           "GROUP BY cluster_id HAVING count(*) > 1").fetchall())


def claims_in_articles(db: Database, article_ids: list[str]) -> list[ClaimKey]:
    """Clustered, not dismissed claims of the given articles."""
    out: list[ClaimKey] = []
    for chunk in chunks(article_ids):
        out += [ClaimKey(*r) for r in db.execute(
            _CLUSTERED_SQL + f"WHERE c.article_id IN ({marks(len(chunk))}) "
            f"AND k.split = 0 AND c.status != 'dismissed' ORDER BY c.rid", chunk)]
    return out
