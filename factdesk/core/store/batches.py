"""Storing detected articles with their claims, many per transaction (imports).

An article and its claims are always written together in the caller's
action, so an import killed half-way leaves a sound desk; content already on
the desk (the content hash is unique) is never added twice. Claims go in many
rows per statement and the batch's text is indexed for search in bulk.
Reading files and detecting claims happen before, in `factdesk.core.ops.imports`.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from factdesk.core.model import DetectedClaim
from factdesk.core.store import articles
from factdesk.core.store.history import Action

# Claims go in many rows per statement: with the FTS trigger on claims, SQLite
# opens a statement journal for every INSERT and copies each page it touches
# (eight indexes) into it, so one row per statement cost ~40 µs a claim.
_CLAIM_INSERT = (
    'INSERT INTO claims(id, article_id, start, "end", text, type, value, unit, qualifier, speaker, '
    "sentence_start, sentence_end, score, origin, status, created_at, created_by, updated_at, "
    "updated_by, updated_hlc) VALUES ")
_CLAIM_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'detected', 'new', ?, ?, ?, ?, ?)"
_CLAIM_PARAMS = _CLAIM_VALUES.count("?")
_CLAIMS_PER_STATEMENT = 500


def _insert_claims(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Insert claim rows in order, as many per statement as SQLite's parameter limit allows."""
    per = max(1, min(_CLAIMS_PER_STATEMENT,
                     conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // _CLAIM_PARAMS))
    for i in range(0, len(rows), per):
        chunk = rows[i:i + per]
        conn.execute(_CLAIM_INSERT + ", ".join([_CLAIM_VALUES] * len(chunk)),
                     [v for row in chunk for v in row])


@dataclass(slots=True)
class NewArticle:
    """An article read and detected, ready to be stored with its claims."""

    text: str
    content_hash: str
    language: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    claims: list[DetectedClaim] = field(default_factory=list)


def claim_values(c: DetectedClaim) -> dict[str, Any]:
    """The claims-table columns of a detected claim."""
    return {"start": c.start, "end": c.end, "text": c.text, "type": c.type,
            "value": None if c.value is None else float(c.value), "unit": c.unit,
            "qualifier": c.qualifier, "speaker": c.speaker, "sentence_start": c.sentence_start,
            "sentence_end": c.sentence_end, "score": float(c.score)}


def add_articles(db: Database, act: Action, batch: list[NewArticle]) -> list[tuple[str, bool]]:
    """Store articles with their claims inside `act`; return (article id, created) for each, in order.

    Content already on the desk (added by another process meanwhile, or twice
    in the batch) is not added again: its existing id comes back with created False.
    """
    existing = articles.find_hashes(db, [a.content_hash for a in batch])
    # Index the batch's text in bulk (schema.BULK_FTS): rows get rids above these.
    last_article = db.execute("SELECT coalesce(max(rid), 0) FROM articles").fetchone()[0]
    last_claim = db.execute("SELECT coalesce(max(rid), 0) FROM claims").fetchone()[0]
    db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('fts_deferred', 1)")
    claim_rows = []
    out: list[tuple[str, bool]] = []
    for new in batch:
        if new.content_hash in existing:
            out.append((existing[new.content_hash], False))
            continue
        article_id = articles.insert(db, act, new.text, new.content_hash, new.language, new.meta)
        existing[new.content_hash] = article_id
        for c in new.claims:
            cid = str(uuid.uuid4())
            values = claim_values(c)
            claim_rows.append((cid, article_id, *values.values(), act.at, act.by, act.at, act.by, act.hlc))
            act.record("claim", cid, None, None, json.dumps(values, ensure_ascii=False), article_id, cid)
        out.append((article_id, True))
    _insert_claims(db.conn, claim_rows)
    db.execute("INSERT INTO articles_fts(rowid, title, text) "
               "SELECT rid, title, text FROM articles WHERE rid > ?", [last_article])
    db.execute("INSERT INTO claims_fts(rowid, text, rationale, speaker) "
               "SELECT rid, text, rationale, speaker FROM claims WHERE rid > ?", [last_claim])
    db.execute("DELETE FROM settings WHERE key = 'fts_deferred'")
    return out


def db_path(db: Database) -> str | None:
    """The desk's file, for read-only look-ups from worker processes (None for an in-memory desk)."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None
