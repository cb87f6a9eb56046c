"""Approval locks across desks: while a claim is approved, only a review changes it, on every desk.

A lead's approval locks a claim until the next review of it (a reopen, or a
decision taken concurrently on another desk). An edit another desk made
inside that span, without having seen the approval, loses whatever its time
and is listed as a conflict. Every desk applies the same rule to the same
history, so they still agree. A verdict cleared elsewhere just before the
approval does not leave an approved claim without one.
"""

from __future__ import annotations

from typing import Any, Iterable

from factdesk.core.store import clock


class Locks:
    """The spans in which one claim was approved, from its reviews (decision, hlc[, withdrawn decision]).

    A withdrawal of a reopen (its undo) approves the claim again.
    """

    def __init__(self, reviews: list[tuple]):
        ordered = sorted(reviews, key=lambda r: clock.key(r[1]))
        self.review_times = {r[1] for r in ordered}
        self.spans: list[tuple[tuple, tuple | None]] = []
        for i, (decision, stamp, *taken_back) in enumerate(ordered):
            if decision == "approve" or decision == "withdraw" and taken_back[:1] == ["reopen"]:
                end = clock.key(ordered[i + 1][1]) if i + 1 < len(ordered) else None
                self.spans.append((clock.key(stamp), end))

    @property
    def locked(self) -> bool:
        """True when the claim's last review approved it."""
        return bool(self.spans) and self.spans[-1][1] is None

    def inside(self, stamp: str) -> bool:
        """True for a time inside an approval that is not a review's own action."""
        if not self.spans or stamp in self.review_times:
            return False
        k = clock.key(stamp)
        return any(start < k and (end is None or k < end) for start, end in self.spans)

    def winner(self, rows: Iterable[dict[str, Any]], field: str) -> tuple[dict[str, Any] | None,
                                                                         dict[str, Any] | None]:
        """From a field's history rows, newest first: (the row that counts, the newest that lost to an approval).

        Reads only as far as it must.
        """
        lost = first = None
        for r in rows:
            if self.inside(r["hlc"]):
                lost = lost or r
                continue
            if field == "verdict" and self.locked and r["new"] is None:
                first = first or r     # keep looking for the verdict the approval had
                continue
            return r, lost
        return first, lost
