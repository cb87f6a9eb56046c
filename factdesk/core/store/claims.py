"""Claims: reading, filtering, editing (with the workflow rules), manual claims, dismissing.

Edits go through `update_claim`, which enforces the status transitions of
`model.STATUS_TRANSITIONS`, keeps approve/return for reviews, refuses edits of
approved claims and checks verdicts against the desk's rating scale.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from factdesk.core.errors import ConflictError, InputError, RequestError
from factdesk.core.model import CLAIM_TYPES, QUALIFIERS, STATUSES, Claim, RatingScale, can_transition
from factdesk.core.store import rows
from factdesk.core.store.history import Action
from factdesk.core.store.search import fts_query

EDITABLE = ("status", "verdict", "rationale", "assignee", "type", "value", "unit", "qualifier", "speaker")
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
            raise RequestError(f"claim id prefix '{claim_id}' is ambiguous; give more characters")
    raise RequestError(f"no claim with id '{claim_id}' on this desk")


def get(db: Database, claim_id: str) -> Claim:
    """The claim with this exact id (sources not filled); RequestError when unknown."""
    row = db.execute(f"SELECT {rows.select_list(rows.CLAIM_COLUMNS)} FROM claims WHERE id = ?",
                     [claim_id]).fetchone()
    if row is None:
        raise RequestError(f"no claim with id '{claim_id}' on this desk")
    return rows.claim(row)


def for_article(db: Database, article_id: str, include_dismissed: bool = False) -> list[Claim]:
    """The article's claims sorted by start."""
    return page(db, ClaimFilter(article_id=article_id, include_dismissed=include_dismissed),
                0, -1, "start")


def _clean(field: str, value: Any, scale: RatingScale) -> Any:
    """Validate and normalise one edited field's value."""
    if isinstance(value, str):
        value = value.strip() or None
    if field == "status":
        if value not in STATUSES:
            raise InputError(f"unknown status '{value}' (known: {', '.join(STATUSES)})")
    elif field == "verdict" and value is not None and scale.verdict(value) is None:
        raise RequestError(f"unknown verdict '{value}' on the rating scale '{scale.id}' "
                           f"(known: {', '.join(v.id for v in scale.verdicts)})")
    elif field == "type" and value not in CLAIM_TYPES:
        raise InputError(f"unknown claim type '{value}'")
    elif field == "qualifier" and value is not None and value not in QUALIFIERS:
        raise InputError(f"unknown qualifier '{value}' (known: {', '.join(QUALIFIERS)})")
    elif field == "value" and value is not None:
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise InputError(f"the value must be a number, not '{value}'") from None
    return value


def _same(field: str, value: Any, scale: RatingScale) -> Any:
    """`value` normalised like a stored one (so "" and None, 2 and 2.0 compare equal)."""
    if isinstance(value, str):
        value = value.strip() or None
    if field == "value" and value is not None:
        try:
            return float(value)
        except (TypeError, ValueError):
            return value
    return value


def update(db: Database, act: Action, claim_id: str, scale: RatingScale, fields: dict[str, Any],
           via_review: bool = False, expected: dict[str, Any] | None = None) -> Claim:
    """Apply edits to a claim inside `act`, enforcing the workflow; return the updated claim.

    `expected` ({field: the value the caller saw}) makes the edit optimistic:
    when any of those fields now holds something else, ConflictError is raised
    and nothing is written.
    """
    unknown = set(fields) - set(EDITABLE) | set(expected or ()) - set(EDITABLE)
    if unknown:
        raise InputError(f"these claim fields cannot be edited: {', '.join(sorted(unknown))}")
    old = get(db, claim_id)
    if expected:
        stale = [k for k, v in expected.items()
                 if _same(k, v, scale) != getattr(old, k)]
        if stale:
            raise ConflictError(f"claim {claim_id[:8]} was changed by {old.updated_by or 'someone'} at "
                                f"{old.updated_at or 'an unknown time'} since you opened it "
                                f"({', '.join(stale)}); nothing was saved")
    clean = {k: _clean(k, v, scale) for k, v in fields.items()}
    if old.status == "approved" and not via_review:
        raise RequestError(f"claim {claim_id[:8]} is approved and locked; a reviewer must reopen it first")
    if "status" in clean and clean["status"] != old.status:
        new_status = clean["status"]
        if not via_review and new_status in ("approved", "returned"):
            raise RequestError(f"only a review can set a claim to '{new_status}' (factdesk review)")
        if not can_transition(old.status, new_status):
            raise RequestError(f"a claim cannot go from '{old.status}' to '{new_status}'")
        verdict = clean["verdict"] if "verdict" in clean else old.verdict
        if new_status == "ready_for_review" and verdict is None:
            raise RequestError(f"set a verdict before marking claim {claim_id[:8]} ready for review")
    changed = {k: v for k, v in clean.items() if getattr(old, k) != v}
    if not changed:
        return old
    sets = ", ".join(f'"{k}" = ?' for k in changed)
    edited = ", edited = 1" if set(changed) & set(CONTENT_FIELDS) else ""
    db.execute(f"UPDATE claims SET {sets}{edited}, updated_at = ?, updated_by = ?, updated_hlc = ? "
               "WHERE id = ?", [*changed.values(), act.at, act.by, act.hlc, claim_id])
    for k, v in changed.items():
        act.record("claim", claim_id, k, getattr(old, k), v, old.article_id, claim_id)
    return get(db, claim_id)


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


def add_manual(db: Database, act: Action, article_text: str, article_id: str, start: int, end: int,
               type: str, value: float | None = None, unit: str | None = None,
               qualifier: str | None = None, speaker: str | None = None) -> str:
    """Add a claim the checker marked by hand; the span must lie inside the article."""
    if not (0 <= start < end <= len(article_text)):
        raise InputError(f"the span {start}-{end} lies outside the article (0-{len(article_text)})")
    if type not in CLAIM_TYPES:
        raise InputError(f"unknown claim type '{type}'")
    if qualifier is not None and qualifier not in QUALIFIERS:
        raise InputError(f"unknown qualifier '{qualifier}'")
    from factdesk.core.detect.sentences import sentence_at

    s_start, s_end = sentence_at(article_text, start)
    s_start, s_end = min(s_start, start), max(s_end, end)
    values = {"start": start, "end": end, "text": article_text[start:end], "type": type,
              "value": None if value is None else float(value), "unit": unit, "qualifier": qualifier,
              "speaker": speaker, "sentence_start": s_start, "sentence_end": s_end, "score": 1.0}
    return insert(db, act, article_id, values, "manual")


def counts_by(db: Database, column: str, assignee: str | None = None) -> dict[str, int]:
    """Claims per status or per verdict (dismissed claims only counted by status)."""
    where, params = "", []
    if column == "verdict":
        where = " WHERE status != 'dismissed' AND verdict IS NOT NULL"
    if assignee is not None:
        where += (" AND" if where else " WHERE") + " assignee = ?"
        params.append(assignee)
    sql = f"SELECT {column}, count(*) FROM claims{where} GROUP BY {column}"
    return {k: n for k, n in db.execute(sql, params).fetchall()}


def review_queue(db: Database) -> list[Claim]:
    """Claims waiting for review, ordered by article then start."""
    return page(db, ClaimFilter(status="ready_for_review"), 0, -1, "start")
