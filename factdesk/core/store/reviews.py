"""Reviews: a lead approves or returns a claim that is ready for review, or reopens an approved one.

Approving and returning happen only here, never by setting a status; a
review changes the claim's status and is recorded both as a review row and
in the history.
"""

from __future__ import annotations

import uuid

from sqlite_utils import Database

from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import RatingScale, Review
from factdesk.core.store import claims, rows
from factdesk.core.store.history import Action

# decision -> (status the claim must have, status it gets)
DECISIONS = {
    "approve": ("ready_for_review", "approved"),
    "return": ("ready_for_review", "returned"),
    "reopen": ("approved", "researching"),
}


def review(db: Database, act: Action, claim_id: str, decision: str, scale: RatingScale,
           comment: str | None = None) -> Review:
    """Record a review decision and move the claim's status accordingly."""
    if decision not in DECISIONS:
        raise InputError(f"unknown review decision '{decision}' (approve, return or reopen)")
    needed, target = DECISIONS[decision]
    claim = claims.get(db, claim_id)
    if claim.status != needed:
        raise RequestError(f"cannot {decision} claim {claim_id[:8]}: its status is "
                           f"'{claim.status}', not '{needed}'")
    comment = (comment or "").strip() or None
    if decision == "approve" and claim.verdict is None:
        raise RequestError(f"set a verdict before approving claim {claim_id[:8]}")
    if decision == "return" and comment is None:
        raise InputError(f"return claim {claim_id[:8]} with a comment that says what to fix")
    review_id = str(uuid.uuid4())
    db.execute("INSERT INTO reviews(id, claim_id, decision, reviewer, comment, created_at, hlc) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)",
               [review_id, claim_id, decision, act.by, comment, act.at, act.hlc])
    act.record("review", review_id, "decision", None, decision, claim.article_id, claim_id)
    if comment:
        act.record("review", review_id, "comment", None, comment, claim.article_id, claim_id)
    claims.update(db, act, claim_id, scale, {"status": target}, via_review=True)
    return get(db, review_id)


def get(db: Database, review_id: str) -> Review:
    """The review with this id."""
    row = db.execute(f"SELECT {rows.select_list(rows.REVIEW_COLUMNS)} FROM reviews WHERE id = ?",
                     [review_id]).fetchone()
    if row is None:
        raise RequestError(f"no review with id '{review_id}'")
    return rows.review(row)


def for_claim(db: Database, claim_id: str) -> list[Review]:
    """The claim's reviews, oldest first."""
    sql = (f"SELECT {rows.select_list(rows.REVIEW_COLUMNS)} FROM reviews WHERE claim_id = ? "
           "ORDER BY created_at, hlc")
    return [rows.review(r) for r in db.execute(sql, [claim_id]).fetchall()]
