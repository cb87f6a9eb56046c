"""Reviews: storing and reading a lead's decisions (approve, return, reopen, withdraw) on claims.

Reviews are never changed: undoing one stores a 'withdraw' review naming it.
"""

from __future__ import annotations

import uuid

from sqlite_utils import Database

from factdesk.core.errors import RequestError
from factdesk.core.model import Claim, Review
from factdesk.core.store import rows
from factdesk.core.store.history import Action


def add(db: Database, act: Action, claim: Claim, decision: str, comment: str | None,
        withdraws: str | None = None, override: str | None = None) -> Review:
    """Store a lead's checked decision on a claim inside `act` and record it; return the review.

    The op (`factdesk.core.ops.review`) has applied the review rules and moves
    the claim's status in the same action.
    """
    review_id = str(uuid.uuid4())
    db.execute("INSERT INTO reviews(id, claim_id, decision, reviewer, comment, created_at, hlc, withdraws, "
               "override) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [review_id, claim.id, decision, act.by, comment, act.at, act.hlc, withdraws, override])
    act.record("review", review_id, "decision", None, decision, claim.article_id, claim.id)
    for name, value in (("comment", comment), ("withdraws", withdraws), ("override", override)):
        if value:
            act.record("review", review_id, name, None, value, claim.article_id, claim.id)
    return Review(review_id, claim.id, decision, act.by, comment, act.at, withdraws, override)


def get(db: Database, review_id: str) -> Review:
    """The review with this id."""
    row = db.execute(f"SELECT {rows.select_list(rows.REVIEW_COLUMNS)} FROM reviews WHERE id = ?",
                     [review_id]).fetchone()
    if row is None:
        raise RequestError(f"no review with id '{review_id}'", "not_found", id=review_id)
    review = rows.review(row)
    review.withdrawn = db.execute("SELECT 1 FROM reviews WHERE withdraws = ?", [review_id]).fetchone() is not None
    return review


def for_claim(db: Database, claim_id: str) -> list[Review]:
    """The claim's reviews, oldest first; those a later withdrawal took back are marked `withdrawn`."""
    sql = (f"SELECT {rows.select_list(rows.REVIEW_COLUMNS)} FROM reviews WHERE claim_id = ? "
           "ORDER BY created_at, hlc")
    found = [rows.review(r) for r in db.execute(sql, [claim_id]).fetchall()]
    taken_back = {r.withdraws for r in found if r.withdraws}
    for r in found:
        r.withdrawn = r.id in taken_back
    return found


def for_claims(db: Database, claim_ids: list[str]) -> dict[str, list[Review]]:
    """The reviews of several claims by claim id (`for_claim` for each, in one statement per 500 claims)."""
    out: dict[str, list[Review]] = {cid: [] for cid in claim_ids}
    for chunk in rows.chunks(claim_ids):
        sql = (f"SELECT {rows.select_list(rows.REVIEW_COLUMNS)} FROM reviews "
               f"WHERE claim_id IN ({rows.marks(len(chunk))}) ORDER BY created_at, hlc")
        for r in db.execute(sql, chunk).fetchall():
            review = rows.review(r)
            out[review.claim_id].append(review)
    for found in out.values():
        taken_back = {r.withdraws for r in found if r.withdraws}
        for r in found:
            r.withdrawn = r.id in taken_back
    return out
