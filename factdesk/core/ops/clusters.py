"""Claim clusters: one verdict for every occurrence of a claim, and taking a claim out of its cluster.

The clusters themselves are found by `core.matching.clusters` (on import);
these are the user's actions on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factdesk.core.errors import FactDeskError, RequestError
from factdesk.core.matching import clusters as matching
from factdesk.core.ops.changes import Changes
from factdesk.core.ops.claims import edit_claim
from factdesk.core.ops.sources import add_source
from factdesk.core.store import Desk


@dataclass(slots=True)
class ClusterApplied:
    """Which occurrences took the verdict, which were left (claim id, why), and what changed."""

    updated: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


def apply_cluster_verdict(desk: Desk, claim_id: str, by: str) -> ClusterApplied:
    """Copy the claim's verdict, rationale and sources to the other claims of its cluster.

    Each occurrence keeps its span and article and records the change in its
    own history; approved (locked) occurrences and those whose workflow
    forbids the edit are left as they are and listed in `skipped`.
    """
    claim = desk.get_claim(claim_id)
    if claim.verdict is None:
        raise RequestError(f"claim {claim.id[:8]} has no verdict to apply", "needs_verdict")
    result = ClusterApplied()
    for other in matching.occurrences(desk, claim.id):
        if other["id"] == claim.id:
            continue
        try:
            target = desk.get_claim(other["id"])
            if target.status == "approved":
                raise RequestError("approved and locked", "locked")
            edit_claim(desk, target.id, by, verdict=claim.verdict, rationale=claim.rationale)
            known = {(s.url, s.title) for s in target.sources}
            for s in claim.sources:
                if (s.url, s.title) not in known:
                    add_source(desk, target.id, by, url=s.url, title=s.title, publisher=s.publisher,
                               published=s.published, accessed=s.accessed, excerpt=s.excerpt)
            result.updated.append(target.id)
        except FactDeskError as exc:
            result.skipped.append((other["id"], exc.message))
    result.changes = Changes.of(result.updated, {desk.get_claim(c).article_id for c in result.updated},
                                counts=bool(result.updated))
    return result


def split_from_cluster(desk: Desk, claim_id: str, by: str) -> Changes:
    """Take the claim out of its cluster for good (recorded in its history)."""
    claim = desk.get_claim(claim_id)
    members = matching.occurrences(desk, claim.id)
    if not members:
        raise RequestError(f"claim {claim.id[:8]} is not part of a cluster", "not_in_cluster")
    with desk.action(by) as w:
        w.split_from_cluster(claim)
    return Changes.of([m["id"] for m in members])
