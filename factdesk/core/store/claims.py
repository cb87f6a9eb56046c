"""Claims: reading, filtering, and storing checked edits, new claims and detector refreshes.

The workflow rules (status transitions, locks, verdicts on the rating scale)
are applied by the ops in `factdesk.core.ops` before anything reaches here.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlite_utils import Database

from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import Claim
from factdesk.core.store import rows, schema_shelf
from factdesk.core.store.history import Action
from factdesk.core.store.search import fts_query

# Changing these means the checker corrected the detector: re-detection must keep the claim.
CONTENT_FIELDS = ("type", "value", "unit", "qualifier", "speaker")
SORTS = {
    "start": '"article_id", "start"',
    "score": '"score" DESC, "article_id", "start"',
    "updated_at": '"updated_at" DESC',
    "type": '"type", "article_id", "start"',
    "status": '"status", "article_id", "start"',
    "verdict": '"verdict", "article_id", "start"',
}
PREFIX_MIN = 8


@dataclass(slots=True)
class ClaimFilter:
    """Which claims a list shows; None means any."""

    article_id: str | None = None
    type: str | None = None
    status: str | None = None
    verdict: str | None = None
    assignee: str | None = None
    text: str | None = None
    include_dismissed: bool = False
    shelf: str | None = None  # None: in use; "archived"/"deleted": on that shelf (or their article is); "any"


def _where(f: ClaimFilter) -> tuple[str, list[Any]]:
    """SQL WHERE clause and parameters for a filter."""
    parts, params = [], []
    for col in ("article_id", "type", "status", "verdict", "assignee"):
        value = getattr(f, col)
        if value is not None:
            parts.append(f"{col} = ?")
            params.append(value)
    if f.status is None and not f.include_dismissed:
        parts.append("status != 'dismissed'")
    if f.text:
        parts.append("rid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
        params.append(fts_query(f.text))
    if f.shelf is None:
        parts.append(schema_shelf.CLAIM_IN_USE)
    elif f.shelf != "any":
        sql, values = schema_shelf.claim_on_shelf(f.shelf)
        parts.append(sql)
        params += values
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def count(db: Database, f: ClaimFilter) -> int:
    """How many claims match the filter."""
    where, params = _where(f)
    return db.execute(f"SELECT count(*) FROM claims{where}", params).fetchone()[0]


def page(db: Database, f: ClaimFilter, offset: int = 0, limit: int = 100, sort: str = "start") -> list[Claim]:
    """One page of matching claims (without sources), in the given sort order."""
    if sort not in SORTS:
        raise InputError(f"unknown sort '{sort}' (known: {', '.join(SORTS)})")
    where, params = _where(f)
    sql = (f"SELECT {rows.select_list(rows.CLAIM_COLUMNS)} FROM claims{where} "
           f"ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?")
    return [rows.claim(r) for r in db.execute(sql, params + [limit, offset]).fetchall()]


def resolve_id(db: Database, claim_id: str) -> str:
    """The full id of a claim given its id or a unique prefix of at least 8 characters."""
    key = (claim_id or "").strip().lower()
    if db.execute("SELECT 1 FROM claims WHERE id = ?", [key]).fetchone():
        return key
    if len(key) >= PREFIX_MIN:
        found = [r[0] for r in db.execute(
            "SELECT id FROM claims WHERE id >= ? AND id < ? LIMIT 2", [key, key + "\U0010ffff"])]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise RequestError(f"claim id prefix '{claim_id}' is ambiguous; give more characters",
                               "ambiguous_id", id=claim_id)
    raise RequestError(f"no claim with id '{claim_id}' on this desk", "not_found", id=claim_id)


def get(db: Database, claim_id: str) -> Claim:
    """The claim with this exact id (sources not filled); RequestError when unknown."""
    row = db.execute(f"SELECT {rows.select_list(rows.CLAIM_COLUMNS)} FROM claims WHERE id = ?",
                     [claim_id]).fetchone()
    if row is None:
        raise RequestError(f"no claim with id '{claim_id}' on this desk", "not_found", id=claim_id)
    return rows.claim(row)


def for_article(db: Database, article_id: str, include_dismissed: bool = False) -> list[Claim]:
    """The article's claims sorted by start (whatever the article's shelf); archived and deleted claims
    only with `include_dismissed`, which shows what can be restored."""
    found = page(db, ClaimFilter(article_id=article_id, include_dismissed=include_dismissed, shelf="any"),
                 0, -1, "start")
    return found if include_dismissed else [c for c in found if c.shelf is None]


def find(db: Database, claim_id: str) -> Claim | None:
    """The claim with exactly this id (sources not filled), or None."""
    row = db.execute(f"SELECT {rows.select_list(rows.CLAIM_COLUMNS)} FROM claims WHERE id = ?",
                     [claim_id]).fetchone()
    return None if row is None else rows.claim(row)


def write(db: Database, act: Action, old: Claim, changed: dict[str, Any]) -> Claim:
    """Store checked edits of a claim inside `act` and record each field; return the claim as it is now.

    The caller (an op) has applied the workflow rules; `changed` holds only
    fields whose value differs from `old`. Sources are carried over from `old`.
    """
    sets = ", ".join(f'"{k}" = ?' for k in changed)
    edited = ", edited = 1" if set(changed) & set(CONTENT_FIELDS) else ""
    db.execute(f"UPDATE claims SET {sets}{edited}, updated_at = ?, updated_by = ?, updated_hlc = ? "
               "WHERE id = ?", [*changed.values(), act.at, act.by, act.hlc, old.id])
    for k, v in changed.items():
        act.record("claim", old.id, k, getattr(old, k), v, old.article_id, old.id)
    return replace(old, **changed, updated_at=act.at, updated_by=act.by, sources=list(old.sources))


def refresh(db: Database, act: Action, old: Claim, changed: dict[str, Any]) -> None:
    """Store what a new detection found for an untouched claim (not a user's edit: no author columns)."""
    sets = ", ".join(f'"{k}" = ?' for k in changed)
    db.execute(f"UPDATE claims SET {sets}, updated_hlc = ? WHERE id = ?", [*changed.values(), act.hlc, old.id])
    for k, v in changed.items():
        act.record("claim", old.id, k, getattr(old, k), v, old.article_id, old.id)


def remove(db: Database, act: Action, old: Claim) -> None:
    """Delete an untouched detected claim the detector no longer finds; its history stays."""
    db.execute("DELETE FROM claims WHERE id = ?", [old.id])
    act.record("claim", old.id, "removed", None, True, old.article_id, old.id)


_TOUCHED = """
    SELECT id FROM claims c WHERE c.article_id = ? AND (
        c.origin = 'manual' OR c.edited = 1 OR c.status != 'new' OR c.verdict IS NOT NULL
        OR c.rationale IS NOT NULL OR c.assignee IS NOT NULL
        OR EXISTS (SELECT 1 FROM sources s WHERE s.claim_id = c.id)
        OR EXISTS (SELECT 1 FROM reviews r WHERE r.claim_id = c.id))"""


def touched_ids(db: Database, article_id: str) -> set[str]:
    """The article's claims a user touched: added by hand, edited, moved along, given work, sources or reviews."""
    return {r[0] for r in db.execute(_TOUCHED, [article_id]).fetchall()}


def insert(db: Database, act: Action, article_id: str, values: dict[str, Any], origin: str) -> str:
    """Insert a claim (detected or manual) and record its creation; return its new id."""
    claim_id = str(uuid.uuid4())
    row = {"id": claim_id, "article_id": article_id, "origin": origin, "status": "new",
           "created_at": act.at, "created_by": act.by, "updated_at": act.at, "updated_by": act.by,
           "updated_hlc": act.hlc, **values}
    cols = ", ".join(f'"{c}"' for c in row)
    db.execute(f"INSERT INTO claims({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    act.record("claim", claim_id, None, None, json.dumps(values, ensure_ascii=False), article_id, claim_id)
    return claim_id


def counts_by(db: Database, column: str, assignee: str | None = None) -> dict[str, int]:
    """Claims in use per status or per verdict (dismissed claims only counted by status)."""
    where, params = f" WHERE {schema_shelf.CLAIM_IN_USE}", []
    if column == "verdict":
        where += " AND status != 'dismissed' AND verdict IS NOT NULL"
    if assignee is not None:
        where += " AND assignee = ?"
        params.append(assignee)
    sql = f"SELECT {column}, count(*) FROM claims{where} GROUP BY {column}"
    return {k: n for k, n in db.execute(sql, params).fetchall()}


def assignees(db: Database) -> list[str]:
    """The distinct assignees of the desk's claims (dismissed ones left out), sorted."""
    sql = ("SELECT DISTINCT assignee FROM claims WHERE assignee IS NOT NULL AND assignee != '' "
           "AND status != 'dismissed' ORDER BY assignee COLLATE NOCASE")
    return [row[0] for row in db.execute(sql).fetchall()]


def review_queue(db: Database) -> list[Claim]:
    """Claims waiting for review, ordered by article then start."""
    return page(db, ClaimFilter(status="ready_for_review"), 0, -1, "start")
