"""The workflow rules every claim edit and review obeys, in one place.

- A claim's status moves only along `model.STATUS_TRANSITIONS`; approve and
  return belong to a lead's review; an approved claim is locked until reopened.
- Ready for review and approval need a verdict from the desk's rating scale.
- An undo may step back along several allowed transitions at once
  (`status_path`): "ready for review" back to "new" goes through "researching".

Each refusal is a coded `RequestError` (see `factdesk.core.errors`), so the
GUI can say it in the user's language.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import (CLAIM_TYPES, MAX_CLAIM_VALUE, QUALIFIERS, STATUS_TRANSITIONS, STATUSES, Claim,
                                 RatingScale, can_transition, plausible_value)

EDITABLE = ("status", "verdict", "rationale", "assignee", "type", "value", "unit", "qualifier", "speaker")
REVIEW_ONLY = ("approved", "returned")


def check_fields(names: set[str] | frozenset[str]) -> None:
    """Refuse fields a claim edit cannot change."""
    unknown = set(names) - set(EDITABLE)
    if unknown:
        raise InputError(f"these claim fields cannot be edited: {', '.join(sorted(unknown))}", "unknown_value")


def clean_field(field: str, value: Any, scale: RatingScale | None) -> Any:
    """Validate and normalise one edited field's value ("" is None, numbers are floats)."""
    if isinstance(value, str):
        value = value.strip() or None
    if field == "status":
        if value not in STATUSES:
            raise InputError(f"unknown status '{value}' (known: {', '.join(STATUSES)})", "unknown_value",
                             field="status", value=value)
    elif field == "verdict" and value is not None and (scale is None or scale.verdict(value) is None):
        known = ", ".join(v.id for v in scale.verdicts) if scale else ""
        raise RequestError(f"unknown verdict '{value}' on the rating scale '{scale.id if scale else ''}' "
                           f"(known: {known})", "unknown_verdict", value=value)
    elif field == "type" and value not in CLAIM_TYPES:
        raise InputError(f"unknown claim type '{value}'", "unknown_value", field="type", value=value)
    elif field == "qualifier" and value is not None and value not in QUALIFIERS:
        raise InputError(f"unknown qualifier '{value}' (known: {', '.join(QUALIFIERS)})", "unknown_value",
                         field="qualifier", value=value)
    elif field == "value" and value is not None:
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise InputError(f"the value must be a number, not '{value}'", "unknown_value",
                             field="value", value=value) from None
        if not plausible_value(value):
            raise InputError(f"the value must be a finite number of at most {MAX_CLAIM_VALUE:.0e}, not {value!r}",
                             "unknown_value", field="value", value=value)
    return value


def as_stored(field: str, value: Any) -> Any:
    """`value` normalised like a stored one, for comparing (so "" and None, 2 and 2.0 are equal)."""
    if isinstance(value, str):
        value = value.strip() or None
    if field == "value" and value is not None:
        try:
            return float(value)
        except (TypeError, ValueError):
            return value
    return value


def check_unlocked(claim: Claim) -> None:
    """Refuse changing an approved claim: a lead must reopen it first."""
    if claim.status == "approved":
        raise RequestError(f"claim {claim.id[:8]} is approved and locked; a reviewer must reopen it first",
                           "locked", claim=claim.id)


def check_status_change(claim: Claim, new_status: str, verdict: str | None, walk: bool = False,
                        back_to_returned: bool = False) -> None:
    """Refuse a status change the workflow does not allow (`walk`: several allowed steps are fine).

    `back_to_returned`: an undo puts a claim back to "returned" that a lead's
    standing return had given it (the checker's step off it is undone, no review needed).
    """
    if new_status == claim.status:
        return
    if walk and back_to_returned and new_status == "returned":
        return
    if new_status in REVIEW_ONLY:
        raise RequestError(f"only a review can set a claim to '{new_status}' (factdesk review)",
                           "review_only", new=new_status)
    if not (can_transition(claim.status, new_status) or walk and _search(claim.status, new_status)):
        raise RequestError(f"a claim cannot go from '{claim.status}' to '{new_status}'", "bad_transition",
                           old=claim.status, new=new_status)
    if new_status == "ready_for_review" and verdict is None:
        raise RequestError(f"set a verdict before marking claim {claim.id[:8]} ready for review",
                           "needs_verdict", claim=claim.id)


def status_path(current: str, target: str) -> list[str]:
    """The statuses to step through from `current` to `target` without a review.

    Undoing "ready for review" back to "new" is not one allowed transition, but
    ready_for_review → researching → new is. Approve and return belong to a
    lead's review and are never stepped through. Falls back to [target] (which
    `check_status_change` then refuses) when there is no such path.
    """
    if current == target:
        return []
    return _search(current, target) or [target]


def _search(current: str, target: str) -> list[str] | None:
    """The shortest path of allowed non-review transitions, or None."""
    seen, queue = {current}, deque([(current, list[str]())])
    while queue:
        status, path = queue.popleft()
        for nxt in sorted(STATUS_TRANSITIONS.get(status, ())):
            if nxt in seen or nxt in REVIEW_ONLY:
                continue
            if nxt == target:
                return path + [nxt]
            seen.add(nxt)
            queue.append((nxt, path + [nxt]))
    return None
