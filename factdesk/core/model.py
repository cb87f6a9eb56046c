"""Plain dataclasses shared by the detector, the store, the GUI and the reports.

The vocabulary (claim types, qualifiers, statuses and their transitions) is
defined here once; `../shared/docs/claims.md` and `cli.md` are the contract.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

# Types scored by the claim contract, in the order reports list them.
SCORED_TYPES: tuple[str, ...] = (
    "vote_share", "arrests", "casualties", "crowd_size", "duration_in_power",
    "term_count", "money", "statistic", "quote",
)
# Extra types a detector may emit: shown to users, not scored.
EXTRA_TYPES: tuple[str, ...] = ("date", "duration", "prediction", "comparison")
CLAIM_TYPES: tuple[str, ...] = SCORED_TYPES + EXTRA_TYPES

# No claim in the news counts beyond this (10^18: a quintillion); a longer digit string is an
# identifier or a crafted input, never a value (and 309+ digits overflow to inf). The detector
# drops such numbers, an edit refuses them, and a bundle carrying one is refused.
MAX_CLAIM_VALUE = 1e18


def plausible_value(value: float | None) -> bool:
    """True for None or a finite number a claim can mean (|value| <= MAX_CLAIM_VALUE)."""
    return value is None or (math.isfinite(value) and abs(value) <= MAX_CLAIM_VALUE)


QUALIFIERS: tuple[str, ...] = ("exact", "approx", "more_than", "less_than", "at_least", "up_to", "vague")

STATUSES: tuple[str, ...] = ("new", "researching", "ready_for_review", "approved", "returned", "dismissed")

# Workflow transitions a user may make with `claims set --status` or in the app.
# approve/return happen only through a review; "approved" is left only by reopening.
STATUS_TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"researching", "ready_for_review", "dismissed"}),
    "researching": frozenset({"new", "ready_for_review", "dismissed"}),
    "ready_for_review": frozenset({"researching", "approved", "returned"}),
    "returned": frozenset({"researching", "ready_for_review", "dismissed"}),
    "approved": frozenset({"researching"}),  # reopening, recorded as a review
    "dismissed": frozenset({"new", "researching"}),  # restoring a dismissed claim
}

ORIGINS: tuple[str, ...] = ("detected", "manual")

# Where an article or claim is kept besides in use (None): out of the way, or in the bin.
SHELVES: tuple[str, ...] = ("archived", "deleted")


def can_transition(old: str, new: str) -> bool:
    """Return True when a claim may move from status `old` to status `new`."""
    return old == new or new in STATUS_TRANSITIONS.get(old, frozenset())


@dataclass(frozen=True, slots=True)
class DetectedClaim:
    """One claim as the detector reports it (the JSON object of claims.md)."""

    start: int
    end: int
    text: str
    type: str
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    speaker: str | None = None
    sentence_start: int = 0
    sentence_end: int = 0
    score: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """Return the claim as the contract's JSON object (keys in contract order)."""
        value = self.value
        if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "value": value, "unit": self.unit, "qualifier": self.qualifier,
            "speaker": self.speaker, "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end, "score": round(float(self.score), 4),
        }


@dataclass(slots=True)
class Detection:
    """The result of detecting one document: its language and its claims sorted by start."""

    language: str
    claims: list[DetectedClaim] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """A news article on the desk."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    place: str | None = None
    language: str | None = None
    content_hash: str | None = None
    source_path: str | None = None
    imported_at: str | None = None
    imported_by: str | None = None
    shelf: str | None = None  # None in use, "archived" or "deleted" (restorable)


@dataclass(slots=True)
class Source:
    """Evidence attached to a claim."""

    id: str
    claim_id: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    accessed: str | None = None
    excerpt: str | None = None
    file_name: str | None = None
    file_hash: str | None = None
    created_at: str | None = None
    created_by: str | None = None


@dataclass(slots=True)
class Claim:
    """A claim on the desk: the detected span plus the checker's work on it."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    type: str
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    speaker: str | None = None
    sentence_start: int = 0
    sentence_end: int = 0
    score: float = 0.0
    origin: str = "detected"
    status: str = "new"
    verdict: str | None = None
    rationale: str | None = None
    assignee: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    shelf: str | None = None  # None in use, "archived" or "deleted" (restorable)
    sources: list[Source] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Return the claim as `claims list --format json` prints it."""
        data = asdict(self)
        data["sources"] = [asdict(s) for s in self.sources]
        return data


@dataclass(slots=True)
class Review:
    """A lead's decision on a claim: approve, return, reopen, or withdraw (the undo of an earlier one)."""

    id: str
    claim_id: str
    decision: str
    reviewer: str
    comment: str | None = None
    created_at: str | None = None
    withdraws: str | None = None  # for a withdrawal: the id of the review it takes back
    override: str | None = None   # a lead's recorded reason for approving against the four-eyes rule
    withdrawn: bool = False       # a later withdrawal took this review back (read, never stored)


@dataclass(slots=True)
class Comment:
    """A note in a claim's thread between checker and lead."""

    id: str
    claim_id: str
    author: str
    body: str
    created_at: str | None = None
    withdrawn: bool = False  # its author took it back (undo); kept in the history


@dataclass(frozen=True, slots=True)
class Verdict:
    """One label of a rating scale."""

    id: str
    label_en: str
    label_de: str
    colour: str
    rating: float | None = None  # numeric mapping for ClaimReview, when the scale has one

    def label(self, language: str = "en") -> str:
        """Return the label in the UI language (German or English)."""
        return self.label_de if language.startswith("de") else self.label_en


@dataclass(frozen=True, slots=True)
class RatingScale:
    """A newsroom's rating scale: ordered verdicts, best first."""

    id: str
    name: str
    verdicts: tuple[Verdict, ...]
    best_rating: float | None = None
    worst_rating: float | None = None

    def verdict(self, verdict_id: str) -> Verdict | None:
        """Return the verdict with this id, or None."""
        return next((v for v in self.verdicts if v.id == verdict_id), None)
