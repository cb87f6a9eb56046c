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
from factdesk.core.ops.steps import Steps, undoing
from factdesk.core.store import Desk


@dataclass(slots=True)
class ClusterApplied:
    """Which occurrences took the verdict, which were left (claim id, why), what changed, how to undo it."""

    updated: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    inverse: Steps | None = None


def apply_cluster_verdict(desk: Desk, claim_id: str, by: str) -> ClusterApplied:
    """Copy the claim's verdict, rationale and sources to the other claims of its cluster.

    Each occurrence keeps its span and article and records the change in its
    own history; approved (locked) occurrences and those whose workflow
    forbids the edit are left as they are and listed in `skipped`. An
    occurrence takes everything or nothing; the whole is one undo step
    (`inverse`).
    """
    claim = desk.get_claim(claim_id)
    if claim.verdict is None:
        raise RequestError(f"claim {claim.id[:8]} has no verdict to apply", "needs_verdict")
    result = ClusterApplied()
    outcomes: list = []
    with desk.transaction():
        for other in matching.occurrences(desk, claim.id):
            if other["id"] == claim.id:
                continue
            done: list = []
            try:
                with desk.transaction():  # a savepoint: an occurrence refused half-way keeps nothing
                    target = desk.get_claim(other["id"])
                    if target.status == "approved":
                        raise RequestError("approved and locked", "locked")
                    done.append(edit_claim(desk, target.id, by, verdict=claim.verdict, rationale=claim.rationale))
                    known = {(s.url, s.title) for s in target.sources}
                    for s in claim.sources:
                        if (s.url, s.title) not in known:
                            done.append(add_source(desk, target.id, by, url=s.url, title=s.title,
                                                   publisher=s.publisher, published=s.published,
                                                   accessed=s.accessed, excerpt=s.excerpt))
            except FactDeskError as exc:
                result.skipped.append((other["id"], exc.message))
                continue
            outcomes += done
            result.updated.append(target.id)
    result.inverse = undoing(outcomes)
    result.changes = Changes.of(result.updated, {desk.get_claim(c).article_id for c in result.updated},
                                counts=bool(result.updated))
    return result


@dataclass(frozen=True, slots=True)
class ClusterSplit:
    """A request to take a claim out of its cluster (the redo of a rejoin)."""

    claim_id: str


@dataclass(frozen=True, slots=True)
class ClusterJoin:
    """A request to put a claim back with the claims it was taken from (the undo of a split)."""

    claim_id: str
    mates: tuple[str, ...]  # the other members when it left, in cluster order


@dataclass(slots=True)
class Regrouped:
    """A split or a rejoin: the claim, the cluster it left or joined, what changed, how to undo it."""

    claim_id: str
    cluster: str
    changes: Changes
    inverse: ClusterSplit | ClusterJoin


def split_from_cluster(desk: Desk, claim_id: str, by: str) -> Regrouped:
    """Take the claim out of its cluster (one action in its history; undone by the returned `ClusterJoin`).

    A claim taken out stays alone: clustering never puts it back by itself.
    """
    claim = desk.get_claim(claim_id)
    members = matching.occurrences(desk, claim.id)
    if not members:
        raise RequestError(f"claim {claim.id[:8]} is not part of a cluster", "not_in_cluster")
    with desk.action(by) as w:
        old = w.split_from_cluster(claim)
    mates = tuple(m["id"] for m in members if m["id"] != claim.id)
    return Regrouped(claim.id, old or claim.id, Changes.of([m["id"] for m in members]),
                     ClusterJoin(claim.id, mates))


def join_cluster(desk: Desk, claim_id: str, mates: tuple[str, ...], by: str) -> Regrouped:
    """Put a claim that was taken out back into the cluster of the first of `mates` still clustered.

    Refused when the claim is in a cluster already, or when every mate has
    been taken out of it since ("cluster_gone").
    """
    claim = desk.get_claim(claim_id)
    here = matching.cluster_of(desk, claim.id)
    if here is not None and not here[1] and matching.occurrences(desk, claim.id):
        raise RequestError(f"claim {claim.id[:8]} is in a cluster already", "in_cluster")
    with desk.action(by) as w:
        cluster = None
        for mate in mates:
            found = matching.cluster_of(desk, mate)
            if found is not None and not found[1]:
                cluster = found[0]
                break
        if cluster is None:
            raise RequestError(f"the claims claim {claim.id[:8]} was grouped with are no longer together",
                               "cluster_gone")
        w.join_cluster(claim, cluster)
    members = [m["id"] for m in matching.occurrences(desk, claim.id)]
    return Regrouped(claim.id, cluster, Changes.of(members or [claim.id]), ClusterSplit(claim.id))


def apply_request(desk: Desk, request: ClusterSplit | ClusterJoin, by: str) -> Regrouped:
    """Run an undo or redo request of a split."""
    if isinstance(request, ClusterJoin):
        return join_cluster(desk, request.claim_id, request.mates, by)
    return split_from_cluster(desk, request.claim_id, by)
