"""Read-only queries the review statistics need and the desk API lacks (owned by the reports work).

Kept apart from the desk's own modules so the store's owner can fold them into
`Desk` later without a merge fight.
"""

from __future__ import annotations

from typing import Any


def checkers(desk: Any) -> list[str]:
    """Return the distinct assignees of the desk's claims (dismissed ones left out), sorted."""
    sql = ("SELECT DISTINCT assignee FROM claims WHERE assignee IS NOT NULL AND assignee != '' "
           "AND status != 'dismissed' ORDER BY assignee COLLATE NOCASE")
    return [row[0] for row in desk.db.execute(sql).fetchall()]
