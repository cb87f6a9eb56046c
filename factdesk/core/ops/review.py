"""A lead's review of a claim: approve or return one that is ready for review, reopen an approved one, or undo.

Approving and returning happen only here, never by setting a status. The
review row and the claim's new status are written in one action. The review
queue in the app and `factdesk review` both call `review_claim`; the rules of
who may review what live in `check_review`:

- the claim must be in the status the decision needs (code not_ready), and
  approving needs a verdict (needs_verdict); returning needs a comment;
- on a desk with leads (`ops.leads`), only a lead reviews (not_lead);
- the four-eyes rule, on unless the desk switched it off: the approver did
  not set the verdict, and the verdict rests on at least one source and a
  rationale (code four_eyes, details: rule = own_verdict | no_source |
  no_rationale). A lead may approve anyway with `override` = a reason, which
  is stored with the review and in the history.

A review is undone by `withdraw_review` — a review of its own (decision
'withdraw') that puts the claim back where the undone review found it; only
its reviewer withdraws it, and only while nothing happened to the claim
since. Every review returns the request that undoes it (`ReviewUndo`), and
a withdrawal the one that redoes the review (`ReviewRedo`), so the app's
undo stack treats reviews like every other edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.core.errors import ConflictError, InputError, RequestError
from factdesk.core.model import Claim, Review
from factdesk.core.ops import leads
from factdesk.core.ops.changes import Changes
from factdesk.core.store import Desk

# decision -> (status the claim must have, status it gets)
DECISIONS: dict[str, tuple[str, str]] = {
    "approve": ("ready_for_review", "approved"),
    "return": ("ready_for_review", "returned"),
    "reopen": ("approved", "researching"),
}
FOUR_EYES_RULES = ("own_verdict", "no_source", "no_rationale")


@dataclass(frozen=True, slots=True)
class ReviewUndo:
    """Withdraw a review (the undo of a review decision)."""

    review_id: str


@dataclass(frozen=True, slots=True)
class ReviewRedo:
    """Take a withdrawn decision again (the redo of a review decision)."""

    claim_id: str
    decision: str
    comment: str | None = None
    override: str | None = None


@dataclass(slots=True)
class Reviewed:
    """A review's result: the review, the claim as it is now, what changed, and how to undo it."""

    review: Review
    claim: Claim
    changes: Changes
    inverse: ReviewUndo | ReviewRedo | None = None


def four_eyes_problems(desk: Desk, claim: Claim, by: str) -> list[str]:
    """Which four-eyes rules approving `claim` as `by` would break (empty when none, or the rule is off)."""
    if not leads.four_eyes(desk):
        return []
    problems = []
    setter = desk.last_change(claim.id, "verdict")
    if setter is not None and setter.by.casefold() == by.casefold():
        problems.append("own_verdict")
    if not claim.sources:
        problems.append("no_source")
    if not (claim.rationale or "").strip():
        problems.append("no_rationale")
    return problems


def check_review(desk: Desk, claim: Claim, decision: str, by: str, comment: str | None,
                 override: str | None = None) -> None:
    """Refuse a review the workflow or the desk's rules do not allow (coded RequestError / InputError).

    `claim` must carry its sources (the four-eyes rule reads them).
    """
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
    if leads.desk_leads(desk):
        leads.check_lead(desk, by, "review claims")
    if decision == "approve" and override is None:
        problems = four_eyes_problems(desk, claim, by)
        if problems:
            raise RequestError(_four_eyes_message(claim, by, problems), "four_eyes", rule=problems[0],
                               rules=problems, claim=claim.id)


def _four_eyes_message(claim: Claim, by: str, problems: list[str]) -> str:
    why = {"own_verdict": f"{by} set its verdict (a second person must approve)",
           "no_source": "its verdict rests on no source", "no_rationale": "it has no rationale"}
    return (f"cannot approve claim {claim.id[:8]}: " + "; ".join(why[p] for p in problems)
            + " (four-eyes rule; a lead may approve anyway with a reason: --override REASON)")


def review_claim(desk: Desk, claim_id: str, decision: str, by: str, comment: str | None = None,
                 override: str | None = None) -> Reviewed:
    """Record a review decision and move the claim's status, in one action.

    `override` is a lead's reason for approving against the four-eyes rule; it
    is recorded with the review.
    """
    if decision not in DECISIONS:
        raise InputError(f"unknown review decision '{decision}' (approve, return or reopen)", "unknown_value",
                         field="decision", value=decision)
    comment = (comment or "").strip() or None
    if override is not None:
        override = override.strip()
        if not override:
            raise InputError("say why the four-eyes rule is overridden (the reason is recorded)", "needs_comment")
        if decision != "approve":
            raise InputError("only an approval can override the four-eyes rule", "unknown_value",
                             field="override", value=decision)
    with desk.action(by) as w:
        claim = desk.get_claim(claim_id)
        check_review(desk, claim, decision, w.by, comment, override)
        if override is not None and not four_eyes_problems(desk, claim, w.by):
            override = None  # nothing was overridden: record a plain approval
        review = w.add_review(claim, decision, comment, override=override)
        claim = w.update_claim(claim, {"status": DECISIONS[decision][1]})
    return Reviewed(review, claim, Changes.of([claim.id], counts=True), ReviewUndo(review.id))


def withdraw_review(desk: Desk, review_id: str, by: str) -> Reviewed:
    """Undo a review: its reviewer takes it back, the claim returns to the status it had before.

    Refused when someone else made the review (not_yours), when it was
    withdrawn already, or when the claim moved on since (stale).
    """
    with desk.action(by) as w:
        review = desk.get_review(review_id)
        if review.decision == "withdraw" or review.withdrawn:
            raise RequestError(f"review {review.id[:8]} was withdrawn already", "not_ready",
                               decision="withdraw", status="withdrawn", needed=review.decision)
        if review.reviewer.casefold() != w.by.casefold():
            raise RequestError(f"only {review.reviewer}, who made this review, can undo it", "not_yours",
                               owner=review.reviewer)
        claim = desk.get_claim(review.claim_id)
        before, after = DECISIONS[review.decision]
        newest = desk.reviews_for_claim(claim.id)[-1]
        if claim.status != after or newest.id != review.id:
            raise ConflictError(f"claim {claim.id[:8]} changed since the {review.decision} "
                                f"(it is '{claim.status}' now); the review was not undone",
                                who=claim.updated_by, when=claim.updated_at, fields=["status"])
        withdrawal = w.add_review(claim, "withdraw", None, withdraws=review.id)
        claim = w.update_claim(claim, {"status": before})
    redo = ReviewRedo(claim.id, review.decision, review.comment, review.override)
    return Reviewed(withdrawal, claim, Changes.of([claim.id], counts=True), redo)


def redo_review(desk: Desk, request: ReviewRedo, by: str) -> Reviewed:
    """Take a withdrawn decision again (checked like a new one)."""
    return review_claim(desk, request.claim_id, request.decision, by, request.comment, request.override)


def apply_request(desk: Desk, request: ReviewUndo | ReviewRedo, by: str) -> Reviewed:
    """Run an undo or redo request of a review."""
    if isinstance(request, ReviewUndo):
        return withdraw_review(desk, request.review_id, by)
    return redo_review(desk, request, by)


def latest_review(desk: Desk, claim_id: str, by: str | None = None) -> Review | None:
    """The claim's newest review still in force (by `by` when given), or None."""
    standing = [r for r in desk.reviews_for_claim(claim_id) if r.decision != "withdraw" and not r.withdrawn]
    if by is not None:
        standing = [r for r in standing if r.reviewer.casefold() == by.casefold()]
    return standing[-1] if standing else None
