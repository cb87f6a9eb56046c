"""Undoable requests: each op that can be undone returns the request that undoes it; `apply` runs one.

The GUI's undo stack keeps requests, not closures: undoing applies the
inverse an op returned, and redoing applies the inverse that undo returned,
so every step is an ordinary op — checked, one action, in the history.
"""

from __future__ import annotations

from typing import Union

from factdesk.core.ops.changes import Changes
from factdesk.core.ops.claims import ClaimEdit, Edited, apply_edit
from factdesk.core.ops.clusters import ClusterJoin, ClusterSplit, Regrouped
from factdesk.core.ops.clusters import apply_request as apply_cluster
from factdesk.core.ops.comments import Commented, CommentRestore, CommentWithdraw
from factdesk.core.ops.comments import apply_request as apply_comment
from factdesk.core.ops.shelf import ArticlesShelf, ShelfChange, Shelved, apply_request as apply_shelf
from factdesk.core.ops.review import Reviewed, ReviewRedo, ReviewUndo, apply_request as apply_review
from factdesk.core.ops.sources import SourceAdd, SourceChanged, SourceEdit, SourceRemove
from factdesk.core.ops.sources import apply_add, apply_edit as apply_source_edit, apply_remove
from factdesk.core.ops.steps import Stepped, Steps, undoing
from factdesk.core.store import Desk

Request = Union[ClaimEdit, SourceAdd, SourceEdit, SourceRemove, ReviewUndo, ReviewRedo, CommentWithdraw,
                CommentRestore, ShelfChange, ArticlesShelf, ClusterSplit, ClusterJoin, Steps]
Outcome = Union[Edited, SourceChanged, Reviewed, Commented, Shelved, Regrouped, Stepped]


def apply(desk: Desk, request: Request, by: str) -> Outcome:
    """Run one undoable request as `by`; its result carries the request that undoes it."""
    if isinstance(request, ClaimEdit):
        return apply_edit(desk, request, by)
    if isinstance(request, SourceAdd):
        return apply_add(desk, request, by)
    if isinstance(request, SourceEdit):
        return apply_source_edit(desk, request, by)
    if isinstance(request, SourceRemove):
        return apply_remove(desk, request, by)
    if isinstance(request, (ReviewUndo, ReviewRedo)):
        return apply_review(desk, request, by)
    if isinstance(request, (CommentWithdraw, CommentRestore)):
        return apply_comment(desk, request, by)
    if isinstance(request, (ShelfChange, ArticlesShelf)):
        return apply_shelf(desk, request, by)
    if isinstance(request, (ClusterSplit, ClusterJoin)):
        return apply_cluster(desk, request, by)
    if isinstance(request, Steps):
        with desk.transaction():  # all of them or none
            outcomes = [apply(desk, r, by) for r in request.requests]
        changes = Changes()
        for o in outcomes:
            changes = changes | o.changes
        return Stepped(changes, undoing(outcomes))
    raise TypeError(f"not an undoable request: {request!r}")
