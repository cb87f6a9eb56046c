"""Conflicts found while merging bundles: list them, or mark one dealt with keeping our value.

Taking the other value is an ordinary edit, made by `factdesk.core.ops.exchange.take_other_value`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factdesk.core.errors import RequestError
from factdesk.core.store.history import check_by, now_iso


@dataclass(slots=True)
class Conflict:
    """Two concurrent edits of one field: the value kept by the merge rule and the other one."""

    id: int
    entity: str
    entity_id: str
    article_id: str | None
    claim_id: str | None
    field: str
    kept_value: Any
    kept_hlc: str
    kept_by: str | None
    other_value: Any
    other_hlc: str
    other_by: str | None
    found_at: str
    resolved_at: str | None = None
    resolved_by: str | None = None


def list_conflicts(desk, include_resolved: bool = False) -> list[Conflict]:
    """The desk's conflicts, newest first (open ones unless asked)."""
    desk.exchange.ensure()
    return [Conflict(**c) for c in desk.exchange.conflicts(include_resolved)]


def keep_value(desk, conflict_id: int, by: str) -> Conflict:
    """Mark a conflict as dealt with, keeping the current value."""
    by = check_by(by)
    get_conflict(desk, conflict_id)
    with desk.transaction():
        desk.exchange.mark_resolved(conflict_id, now_iso(), by)
    return get_conflict(desk, conflict_id)


def get_conflict(desk, conflict_id: int) -> Conflict:
    """The conflict with this id; RequestError when there is none."""
    desk.exchange.ensure()
    row = desk.exchange.get_conflict(conflict_id)
    if row is None:
        raise RequestError(f"no conflict with id {conflict_id}")
    return Conflict(**row)
