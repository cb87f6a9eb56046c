"""The collection of earlier fact-checks: upserts, lists, BM25 candidates, the desk's own verdicts.

Rows carry the check (model: `core.matching.records.PriorCheck`) plus what
matching needs: the detected claim type/value/unit/qualifier of the check's
claim and its match terms. Imports upsert by id, so importing a file again
updates its checks instead of duplicating them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable

from sqlite_utils import Database

from factdesk.core.store.connection import write_transaction
from factdesk.core.store.rows import chunks, marks

CHECK_COLUMNS = ("id", "claim", "title", "rating", "rating_value", "best_rating", "worst_rating", "url",
                 "published", "lang", "author", "speaker", "source", "origin", "claim_id", "appearances")
MATCH_COLUMNS = ("type", "value", "unit", "qualifier", "terms", "title_terms", "subjects", "analysed_from")
STAMP_COLUMNS = ("imported_at", "imported_by", "updated_hlc")
ALL_COLUMNS = CHECK_COLUMNS + MATCH_COLUMNS + STAMP_COLUMNS
# BM25 ranks every row that shares a term; the candidates handed to the re-ranker.
CANDIDATES = 100
MAX_QUERY_TERMS = 64
COMMON_SHARE = 0.05  # a term in more than this share of the checks is left out of the BM25 query
COMMON_MIN = 50


@dataclass(slots=True)
class Candidate:
    """A collection row found for a query, with its BM25 scores (higher is better)."""

    row: dict[str, Any]
    bm25: float
    bm25_claim: float
    bm25_title: float


def _q(cols: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def upsert(db: Database, rows: list[dict[str, Any]]) -> tuple[int, int, int]:
    """Insert or update rows by id (all of ALL_COLUMNS); return (added, updated, unchanged)."""
    added = updated = unchanged = 0
    if not rows:
        return 0, 0, 0
    with write_transaction(db):
        existing = {}
        ids = [r["id"] for r in rows]
        for chunk in chunks(ids):
            sql = f"SELECT {_q(('id',) + CHECK_COLUMNS[1:] + MATCH_COLUMNS)} FROM prior_checks " \
                  f"WHERE id IN ({marks(len(chunk))})"
            for row in db.execute(sql, chunk):
                existing[row[0]] = row
        compare = ("id",) + CHECK_COLUMNS[1:] + MATCH_COLUMNS
        inserts, updates = [], []
        for r in rows:
            old = existing.get(r["id"])
            if old is None:
                inserts.append([r[c] for c in ALL_COLUMNS])
                added += 1
            elif tuple(old) != tuple(r[c] for c in compare):
                updates.append([r[c] for c in ALL_COLUMNS[1:]] + [r["id"]])
                updated += 1
            else:
                unchanged += 1
        if inserts:
            db.conn.executemany(f"INSERT INTO prior_checks({_q(ALL_COLUMNS)}) "
                                f"VALUES ({', '.join('?' * len(ALL_COLUMNS))})", inserts)
        if updates:
            sets = ", ".join(f'"{c}" = ?' for c in ALL_COLUMNS[1:])
            db.conn.executemany(f"UPDATE prior_checks SET {sets} WHERE id = ?", updates)
    return added, updated, unchanged


def analysed(db: Database, ids: list[str]) -> dict[str, dict[str, Any]]:
    """For ids already in the collection: their analysis and what it was made from (`analysed_from`)."""
    out: dict[str, dict[str, Any]] = {}
    cols = ("id", "analysed_from", "lang", "speaker") + MATCH_COLUMNS
    for chunk in chunks(ids):
        sql = f"SELECT {_q(cols)} FROM prior_checks WHERE id IN ({marks(len(chunk))})"
        for r in db.execute(sql, chunk):
            out[r[0]] = dict(zip(cols, r))
    return out


def stamps(db: Database, ids: list[str]) -> list[dict[str, Any]]:
    """id, origin and updated_hlc of the given checks that the collection holds."""
    out = []
    for chunk in chunks(ids):
        out += [dict(zip(("id", "origin", "updated_hlc"), r)) for r in db.execute(
            f"SELECT id, origin, updated_hlc FROM prior_checks WHERE id IN ({marks(len(chunk))})", chunk)]
    return out


def count(db: Database, origin: str | None = None) -> int:
    """How many checks the collection holds (of one origin)."""
    if origin:
        return db.execute("SELECT count(*) FROM prior_checks WHERE origin = ?", [origin]).fetchone()[0]
    return db.execute("SELECT count(*) FROM prior_checks").fetchone()[0]


def rows(db: Database, origin: str | None = None, since_hlc: str | None = None,
         limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Collection rows (newest import first), optionally of one origin or newer than an HLC."""
    where: list[str] = []
    params: list[Any] = []
    if origin:
        where.append("origin = ?")
        params.append(origin)
    if since_hlc:
        where.append("updated_hlc > ?")
        params.append(since_hlc)
    sql = f"SELECT {_q(ALL_COLUMNS)} FROM prior_checks" + (f" WHERE {' AND '.join(where)}" if where else "")
    sql += " ORDER BY rid DESC"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [_row(r) for r in db.execute(sql, params)]


def get(db: Database, check_id: str) -> dict[str, Any] | None:
    """One row by id, or None."""
    row = db.execute(f"SELECT {_q(ALL_COLUMNS)} FROM prior_checks WHERE id = ?", [check_id]).fetchone()
    return _row(row) if row else None


def _row(row: tuple) -> dict[str, Any]:
    out = dict(zip(ALL_COLUMNS, row))
    out["appearances"] = json.loads(out["appearances"] or "[]")
    return out


def _fts(terms: Iterable[str]) -> str | None:
    """An FTS5 query matching any of the terms (each quoted, so no term is read as syntax)."""
    unique = list(dict.fromkeys(t for t in terms if t))[:MAX_QUERY_TERMS]
    if not unique:
        return None
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in unique)


def document_frequencies(db: Database, terms: Iterable[str]) -> tuple[dict[str, int], int]:
    """How many checks hold each term (claim or title), and how many checks there are."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.prior_checks_vocab "
               "USING fts5vocab(main, prior_checks_fts, row)")
    total = db.execute("SELECT count(*) FROM prior_checks").fetchone()[0]
    df = {t: (db.execute("SELECT doc FROM temp.prior_checks_vocab WHERE term = ?", [t]).fetchone() or (0,))[0]
          for t in dict.fromkeys(terms) if t}
    return df, total


def _informative(terms: list[str], df: dict[str, int], total: int) -> list[str]:
    """The query terms without those found in more than COMMON_SHARE of the checks (kept when all are).

    A term in a tenth of the collection adds little to BM25 but makes FTS5
    rank thousands of rows; leaving it out keeps a match well under 50 ms.
    """
    unique = list(dict.fromkeys(t for t in terms if t))[:MAX_QUERY_TERMS]
    cap = max(COMMON_MIN, COMMON_SHARE * total)
    kept = [t for t in unique if df.get(t, 0) <= cap]
    return kept if len(kept) >= 2 else sorted(unique, key=lambda t: df.get(t, 0))[:3]


def candidates(db: Database, terms: Iterable[str], limit: int = CANDIDATES,
               title_weight: float = 1.0, df: dict[str, int] | None = None,
               total: int | None = None) -> list[Candidate]:
    """The `limit` rows sharing most with `terms` by BM25 over claim and title terms, best first."""
    terms = list(terms)
    if df is None or total is None:
        df, total = document_frequencies(db, terms)
    query = _fts(_informative(terms, df, total))
    if query is None:
        return []
    columns = ", ".join(f'p."{c}"' for c in ALL_COLUMNS)
    sql = (f"SELECT {columns}, "
           f"-bm25(prior_checks_fts, 1.0, ?), -bm25(prior_checks_fts, 1.0, 0.0), "
           f"-bm25(prior_checks_fts, 0.0, 1.0) "
           f"FROM prior_checks_fts JOIN prior_checks p ON p.rid = prior_checks_fts.rowid "
           f"WHERE prior_checks_fts MATCH ? ORDER BY bm25(prior_checks_fts, 1.0, ?) LIMIT ?")
    out = []
    for r in db.execute(sql, [title_weight, query, title_weight, limit]):
        n = len(ALL_COLUMNS)
        out.append(Candidate(_row(r[:n]), r[n], r[n + 1], r[n + 2]))
    return out


def desk_verdicts_to_refresh(db: Database) -> tuple[list[dict[str, Any]], list[str]]:
    """Approved claims whose collection entry is missing or older, and desk entries no longer approved.

    Returns (claims as dicts with their sentence and article language, ids of
    collection rows to remove).
    """
    sql = """
        SELECT c.id, c.text, c.type, c.value, c.unit, c.qualifier, c.speaker, c.verdict, c.updated_at,
               c.updated_by, c.updated_hlc, substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start),
               a.language, a.title, a.url
        FROM claims c JOIN articles a ON a.id = c.article_id
        LEFT JOIN prior_checks p ON p.id = 'desk:' || c.id
        WHERE c.status = 'approved' AND c.verdict IS NOT NULL
          AND (p.rid IS NULL OR p.updated_hlc != c.updated_hlc)"""
    keys = ("claim_id", "text", "type", "value", "unit", "qualifier", "speaker", "verdict", "updated_at",
            "updated_by", "updated_hlc", "sentence", "language", "article_title", "article_url")
    fresh = [dict(zip(keys, r)) for r in db.execute(sql)]
    stale = [r[0] for r in db.execute(
        "SELECT p.id FROM prior_checks p LEFT JOIN claims c ON c.id = p.claim_id "
        "WHERE p.origin = 'desk' AND (c.id IS NULL OR c.status != 'approved' OR c.verdict IS NULL)")]
    return fresh, stale


def remove(db: Database, ids: list[str]) -> int:
    """Remove collection rows by id (desk entries whose claim is no longer approved)."""
    removed = 0
    with write_transaction(db):
        for chunk in chunks(ids):
            removed += db.execute(f"DELETE FROM prior_checks WHERE id IN ({marks(len(chunk))})",
                                  chunk).rowcount
    return removed


def sources_summary(db: Database) -> list[tuple[str, str, int, str | None]]:
    """(source, origin, number of checks, newest date) per collection source."""
    return [tuple(r) for r in db.execute(
        "SELECT source, origin, count(*), max(published) FROM prior_checks GROUP BY source, origin "
        "ORDER BY origin, source")]
