"""Importing articles: files and folders in bulk, or pasted text.

Files are read, hashed and detected in worker processes on both CPU cores
(`detection.detect_files`); the main process writes finished articles with
their claims to SQLite in batches, each batch one transaction. An article and
its claims are always written together, so an import killed half-way leaves
a sound desk, and importing again adds only what is missing (the content hash
is unique).
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlite_utils import Database

from factdesk.core.intake.document import IntakeDocument, content_hash
from factdesk.core.intake.readers import collect_paths, from_text
from factdesk.core.model import Detection
from factdesk.core.store import articles, detection
from factdesk.core.store.history import action, check_by

BATCH_ARTICLES = 100
BATCH_SECONDS = 1.0

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
class ImportReport:
    """What an import did: articles added, duplicates skipped, files that failed."""

    imported: list[tuple[str, str]] = field(default_factory=list)    # (path, article id)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, existing article id)
    failed: list[tuple[str, str]] = field(default_factory=list)      # (path, message)
    n_claims: int = 0
    cancelled: bool = False

    def summary(self) -> str:
        """One line for people, e.g. "imported 3 articles with 41 claims; 1 already on the desk; 1 failed"."""
        parts = [f"imported {len(self.imported)} article{'s' * (len(self.imported) != 1)} "
                 f"with {self.n_claims} claim{'s' * (self.n_claims != 1)}"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already on the desk")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        if self.cancelled:
            parts.append("cancelled")
        return "; ".join(parts)


@dataclass(slots=True)
class _Pending:
    path: str
    doc: IntakeDocument
    hash: str


def _write_batch(db: Database, desk_id: str, by: str, batch: list[tuple[_Pending, Detection]],
                 report: ImportReport) -> None:
    """Write articles with their claims in one transaction, skipping any another process added meanwhile."""
    with action(db, desk_id, by) as act:
        existing = articles.find_hashes(db, [p.hash for p, _ in batch])
        # Index the batch's text in bulk (schema.BULK_FTS): rows get rids above these.
        last_article = db.execute("SELECT coalesce(max(rid), 0) FROM articles").fetchone()[0]
        last_claim = db.execute("SELECT coalesce(max(rid), 0) FROM claims").fetchone()[0]
        db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('fts_deferred', 1)")
        claim_rows = []
        for pending, det in batch:
            if pending.hash in existing:
                report.duplicates.append((pending.path, existing[pending.hash]))
                continue
            article_id = articles.insert(db, act, pending.doc.text, pending.hash, det.language,
                                         pending.doc.meta())
            existing[pending.hash] = article_id
            for c in det.claims:
                cid = str(uuid.uuid4())
                values = detection.claim_values(c)
                claim_rows.append((cid, article_id, *values.values(), act.at, act.by, act.at, act.by, act.hlc))
                act.record("claim", cid, None, None, json.dumps(values, ensure_ascii=False), article_id, cid)
            report.imported.append((pending.path, article_id))
            report.n_claims += len(det.claims)
        _insert_claims(db.conn, claim_rows)
        db.execute("INSERT INTO articles_fts(rowid, title, text) "
                   "SELECT rid, title, text FROM articles WHERE rid > ?", [last_article])
        db.execute("INSERT INTO claims_fts(rowid, text, rationale) "
                   "SELECT rid, text, rationale FROM claims WHERE rid > ?", [last_claim])
        db.execute("DELETE FROM settings WHERE key = 'fts_deferred'")


def _db_path(db: Database) -> str | None:
    """The desk's file, for the detector workers' read-only look-ups (None for an in-memory desk)."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None


def import_paths(db: Database, desk_id: str, paths: Iterable[Path | str], by: str, lang: str = "auto",
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import files and folders (recursively); per-file problems are collected in the report."""
    by = check_by(by)
    report = ImportReport()
    files, errors = collect_paths(paths)
    report.failed.extend((str(p), e.message) for p, e in errors)

    def wanted() -> Iterator[str]:
        # The detector's pool may pull this generator from its own thread.
        for path in files:
            if cancelled and cancelled():
                report.cancelled = True
                return
            yield str(path)

    total = len(files)
    seen: dict[str, str] = {}   # content hash -> path, for duplicates within this import
    batch: list[tuple[_Pending, Detection]] = []
    last_write = time.monotonic()
    results = detection.detect_files(wanted(), lang=lang, expected=len(files), db_path=_db_path(db))
    for result in results:
        if result.error is not None:
            report.failed.append((result.path, result.error))
        elif result.known_id is not None:
            report.duplicates.append((result.path, result.known_id))
        elif result.hash in seen:
            report.duplicates.append((result.path, seen[result.hash]))
        else:
            seen[result.hash] = result.path
            batch.append((_Pending(result.path, result.doc, result.hash), result.detection))
        if cancelled and cancelled():
            # The detector reads ahead, so cancelling must also stop here; the
            # articles detected so far are complete and are kept.
            report.cancelled = True
            results.close()
            break
        if progress:
            # files done, counting those detected but not yet written
            done = len(report.failed) + len(report.duplicates) + len(report.imported) + len(batch)
            progress(min(done, total), total, result.path)
        if batch and (len(batch) >= BATCH_ARTICLES or time.monotonic() - last_write > BATCH_SECONDS):
            _write_batch(db, desk_id, by, batch, report)
            batch, last_write = [], time.monotonic()
    if batch:
        _write_batch(db, desk_id, by, batch, report)
    if progress:
        progress(total, total, "")
    return report


def import_text(db: Database, desk_id: str, text: str, by: str, lang: str = "auto",
                **meta) -> tuple[str, bool]:
    """Import pasted text; return (article id, created) — created is False for known content."""
    doc = from_text(text, **meta)
    digest = content_hash(doc.text)
    known = articles.find_hashes(db, [digest])
    if known:
        return known[digest], False
    det = detection.detect_one(doc.text, lang=lang)
    report = ImportReport()
    _write_batch(db, desk_id, by, [(_Pending("<pasted>", doc, digest), det)], report)
    if report.imported:
        return report.imported[0][1], True
    return report.duplicates[0][1], False
