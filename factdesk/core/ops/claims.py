"""Editing a claim: its fields and status in one transaction, checked, with its own undo.

`edit_claim` applies the workflow rules (`ops.workflow`), refuses with
ConflictError when someone else changed a field the caller saw (`expected`),
stores every changed field in one action and returns the claim as it is now,
the `Changes` and the inverse edit that undoes it. The inverse may step back
through several statuses (`walk`), still in one transaction, one clock time
and one history action. Dismissing, restoring and marking a claim by hand
are edits too, so the GUI's undo and `factdesk claims set` share all of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from factdesk.core.errors import ConflictError, InputError, RequestError
from factdesk.core.model import CLAIM_TYPES, QUALIFIERS, Claim
from factdesk.core.ops import workflow
from factdesk.core.ops.changes import NOTHING, Changes
from factdesk.core.store import Desk


@dataclass(frozen=True, slots=True)
class ClaimEdit:
    """A request to change fields of one claim; the inverse an edit returns is one too."""

    claim_id: str
    fields: Mapping[str, Any]
    expected: Mapping[str, Any] | None = None  # {field: the value the caller saw}
    walk: bool = False                          # may step through several statuses (an undo)


@dataclass(slots=True)
class Edited:
    """A claim edit's result: the claim now (sources as before), what changed, and how to undo it."""

    claim: Claim
    changes: Changes = NOTHING
    inverse: ClaimEdit | None = None  # None when nothing changed
    fields: dict[str, Any] = field(default_factory=dict)  # the fields that changed, new values


def edit_claim(desk: Desk, claim_id: str, by: str, *, expected: Mapping[str, Any] | None = None,
               walk: bool = False, **fields: Any) -> Edited:
    """Change a claim's status, verdict, rationale, assignee or content, enforcing the workflow.

    With `expected` ({field: value the caller loaded}) the edit is refused with
    ConflictError when another window or process changed one of those fields.
    """
    return apply_edit(desk, ClaimEdit(claim_id, fields, expected, walk), by)


def apply_edit(desk: Desk, edit: ClaimEdit, by: str) -> Edited:
    """Apply a `ClaimEdit` (an edit, or the inverse of one) as one action."""
    workflow.check_fields(set(edit.fields) | set(edit.expected or ()))
    scale = desk.rating_scale() if edit.fields.get("verdict") is not None else None
    clean = {k: workflow.clean_field(k, v, scale) for k, v in edit.fields.items()}
    with desk.action(by) as w:
        old = _load(desk, edit.claim_id)
        if edit.expected:
            _check_expected(old, edit.expected)
        workflow.check_unlocked(old)
        if "status" in clean:
            workflow.check_status_change(old, clean["status"], clean.get("verdict", old.verdict), edit.walk,
                                         edit.walk and clean["status"] == "returned" and _returned_by_review(desk, old))
        changed = {k: v for k, v in clean.items() if getattr(old, k) != v}
        if not changed:
            return Edited(old)
        new = w.update_claim(old, changed)
    status_moved = "status" in changed
    listed = status_moved and "dismissed" in (old.status, new.status)  # dismissed claims leave the lists
    changes = Changes.of([new.id], [new.article_id] if listed else (), counts=status_moved)
    inverse = ClaimEdit(new.id, {k: getattr(old, k) for k in changed}, expected=dict(changed), walk=True)
    return Edited(new, changes, inverse, changed)


def dismiss_claim(desk: Desk, claim_id: str, by: str) -> Edited:
    """Dismiss a claim (not worth checking); it stays on the desk and can be restored."""
    return edit_claim(desk, claim_id, by, status="dismissed")


def restore_claim(desk: Desk, claim_id: str, by: str) -> Edited:
    """Bring a dismissed claim back as new."""
    claim = desk.get_claim(claim_id)
    if claim.status != "dismissed":
        raise RequestError(f"claim {claim.id[:8]} is not dismissed", "bad_transition",
                           old=claim.status, new="new")
    return edit_claim(desk, claim.id, by, expected={"status": "dismissed"}, status="new")


def add_manual_claim(desk: Desk, article_id: str, start: int, end: int, type: str, by: str,
                     value: float | None = None, unit: str | None = None, qualifier: str | None = None,
                     speaker: str | None = None) -> Edited:
    """Add a claim the checker marked by hand; undoing it dismisses it."""
    article = desk.get_article(article_id)
    text = article.text
    if not (0 <= start < end <= len(text)):
        raise InputError(f"the span {start}-{end} lies outside the article (0-{len(text)})")
    start, end = snap_to_words(text, start, end)
    if start >= end:  # only spaces or separators were selected: no claim is empty (bundles refuse one)
        raise InputError("the selection holds no words to mark as a claim", "empty_text")
    if type not in CLAIM_TYPES:
        raise InputError(f"unknown claim type '{type}'", "unknown_value", field="type", value=type)
    if qualifier is not None and qualifier not in QUALIFIERS:
        raise InputError(f"unknown qualifier '{qualifier}'", "unknown_value", field="qualifier", value=qualifier)
    s_start, s_end = sentence_around(text, start, end)
    values = {"start": start, "end": end, "text": text[start:end], "type": type,
              "value": None if value is None else float(value), "unit": unit, "qualifier": qualifier,
              "speaker": speaker, "sentence_start": s_start, "sentence_end": s_end, "score": 1.0}
    with desk.action(by) as w:
        claim_id = w.insert_claim(article.id, values, "manual")
    claim = desk.get_claim(claim_id)
    inverse = ClaimEdit(claim_id, {"status": "dismissed"}, expected={"status": "new"})
    return Edited(claim, Changes.of([claim_id], [article.id], counts=True), inverse, values)


_EDGE_TRIM = " \t\n,;:"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection widened to whole words and trimmed of spaces and separators at its ends.

    A mouse selection often starts or ends inside a word ("l am 9. Aug" in
    "Wahl am 9. August"); a claim is whole words ("Wahl am 9. August").
    """
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    while start < end and text[start] in _EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in _EDGE_TRIM:
        end -= 1
    return start, end


_SENTENCE_END = re.compile(r"[.!?…][\"'”“»«)]*\s+|\n\s*")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) holding text[start:end]: from the last sentence end before it to the next one."""
    begin = 0
    for before in _SENTENCE_END.finditer(text, 0, start):
        begin = before.end()
    after = _SENTENCE_END.search(text, end)
    stop = len(text) if after is None else after.start() + (1 if text[after.start()] in ".!?…" else 0)
    return min(begin, start), max(stop, end)


def _returned_by_review(desk: Desk, claim: Claim) -> bool:
    """True when the claim's newest standing review is a return (an undo may put it back there)."""
    from factdesk.core.ops.review import latest_review
    review = latest_review(desk, claim.id)
    return review is not None and review.decision == "return"


def _load(desk: Desk, claim_id: str) -> Claim:
    """The claim by exact id (one statement), else by a unique id prefix."""
    return desk.find_claim(claim_id) or desk.get_claim(claim_id)


def _check_expected(old: Claim, expected: Mapping[str, Any]) -> None:
    stale = [k for k, v in expected.items() if workflow.as_stored(k, v) != getattr(old, k)]
    if stale:
        raise ConflictError(f"claim {old.id[:8]} was changed by {old.updated_by or 'someone'} at "
                            f"{old.updated_at or 'an unknown time'} since you opened it "
                            f"({', '.join(stale)}); nothing was saved",
                            who=old.updated_by, when=old.updated_at, fields=stale)
