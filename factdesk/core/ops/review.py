"""A lead's review of a claim: approve or return one that is ready for review, or reopen an approved one.

Approving and returning happen only here, never by setting a status. The
review row and the claim's new status are written in one action. The review
queue in the app and `factdesk review` both call `review_claim`; further
review rules (who may review what) belong in `check_review`.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import Claim, Review
from factdesk.core.ops.changes import Changes
from factdesk.core.store import Desk

# decision -> (status the claim must have, status it gets)
DECISIONS: dict[str, tuple[str, str]] = {
    "approve": ("ready_for_review", "approved"),
    "return": ("ready_for_review", "returned"),
    "reopen": ("approved", "researching"),
}


@dataclass(slots=True)
class Reviewed:
    """A review's result: the review, the claim as it is now, and what changed."""

    review: Review
    claim: Claim
    changes: Changes


def check_review(claim: Claim, decision: str, by: str, comment: str | None) -> None:
    """Refuse a review the workflow does not allow (coded RequestError / InputError)."""
    needed, _ = DECISIONS[decision]
    if claim.status != needed:
        raise RequestError(f"cannot {decision} claim {claim.id[:8]}: its status is "
                           f"'{claim.status}', not '{needed}'", "not_ready",
                           decision=decision, status=claim.status, needed=needed)
    if decision == "approve" and claim.verdict is None:
        raise RequestError(f"set a verdict before approving claim {claim.id[:8]}", "needs_verdict",
                           claim=claim.id)
    if decision == "return" and comment is None:
        raise InputError(f"return claim {claim.id[:8]} with a comment that says what to fix", "needs_comment",
                         claim=claim.id)


def review_claim(desk: Desk, claim_id: str, decision: str, by: str, comment: str | None = None) -> Reviewed:
    """Record a review decision and move the claim's status, in one action."""
    if decision not in DECISIONS:
        raise InputError(f"unknown review decision '{decision}' (approve, return or reopen)", "unknown_value",
                         field="decision", value=decision)
    comment = (comment or "").strip() or None
    with desk.action(by) as w:
        claim = desk.find_claim(claim_id) or desk.get_claim(claim_id)
        check_review(claim, decision, w.by, comment)
        review = w.add_review(claim, decision, comment)
        claim = w.update_claim(claim, {"status": DECISIONS[decision][1]})
    return Reviewed(review, claim, Changes.of([claim.id], counts=True))
