"""Settling a conflict that merging a bundle found: take the other desk's value, or keep ours.

Taking the other value is an ordinary edit (`ops.edit_claim` / `ops.update_source`: checked by
the workflow rules, recorded in the history with a new clock time), so it wins on every desk
once exchanged again; the conflict is then marked resolved.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.core.errors import RequestError
from factdesk.core.exchange.conflicts import Conflict, get_conflict, keep_value
from factdesk.core.ops.changes import Changes
from factdesk.core.ops.claims import edit_claim
from factdesk.core.ops.sources import update_source
from factdesk.core.store import Desk
from factdesk.core.store.history import check_by


@dataclass(slots=True)
class Settled:
    """A settled conflict and what settling it changed."""

    conflict: Conflict
    changes: Changes


def take_other_value(desk: Desk, conflict_id: int, by: str) -> Settled:
    """Set the field to the value that lost (a normal, recorded edit) and mark the conflict resolved."""
    by = check_by(by)
    c = get_conflict(desk, conflict_id)
    if c.entity == "claim":
        changes = edit_claim(desk, c.entity_id, by, **{c.field: c.other_value}).changes
    elif c.entity == "source":
        changes = update_source(desk, c.entity_id, by, **{c.field: c.other_value}).changes
    else:
        raise RequestError(f"conflicts on {c.entity}s cannot be changed here")
    return Settled(keep_value(desk, conflict_id, by), changes)
