"""Undo for the session's edits: a QUndoStack of ops and the requests that undo them.

An edit is stored at once through an op (`factdesk.core.ops`); the op
returns the request that undoes it (for a claim edit: the old values,
expected to still be the new ones). Undoing applies that request as an op
of its own, which returns the request that redoes it, so every step is one
checked action in the history. `Undo.run(text, do)` performs `do()` first
and only pushes the command when the op succeeded, so a refused edit never
lands on the stack.

Undo is personal: each user name has a stack of its own (a QUndoGroup
whose active stack is the current user's), so Ctrl+Z never takes back
someone else's work, and a redo is recorded under the name of the person
who made the change. Switching the name in Settings switches the stack.

Every claim edit passes the values the window loaded as `expected`: when
another window or a `factdesk claims set` changed them meanwhile, the op
refuses with ConflictError and the `on_conflict` handlers (the claim panel)
reload the claim and say so, instead of overwriting the other edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from factdesk.core import ops
from factdesk.core.errors import ConflictError, FactDeskError
from factdesk.core.model import Claim

if TYPE_CHECKING:
    from factdesk.core.store import Desk


class DeskCommand(QUndoCommand):
    """One undoable op: it already ran when the command is pushed; undo/redo apply the inverse requests."""

    def __init__(self, stack: Undo, text: str, inverse: Any, owner: str):
        super().__init__(text)
        self._stack, self.owner = stack, owner
        self._undo_request, self._redo_request = inverse, None
        self._first = True

    def redo(self) -> None:
        if self._first:  # the op ran before the push
            self._first = False
            return
        outcome = self._stack.apply(self._redo_request, self)
        if outcome is not None:
            self._undo_request = outcome.inverse

    def undo(self) -> None:
        outcome = self._stack.apply(self._undo_request, self)
        if outcome is not None:
            self._redo_request = outcome.inverse


class Undo(QUndoGroup):
    """The window's undo over a desk, one stack per user; `after(outcome)` refreshes the views from its Changes."""

    LIMIT = 200

    def __init__(self, desk: Desk, by: Callable[[], str], after: Callable[[Any], None],
                 on_error: Callable[[FactDeskError], None], parent=None):
        super().__init__(parent)
        self.desk, self.by = desk, by
        self._after, self._on_error = after, on_error
        # called with the error when an edit met a newer change (ConflictError); else on_error
        self.on_conflict: list[Callable[[FactDeskError], None]] = []
        self._stacks: dict[str, QUndoStack] = {}
        self.stack()

    # -- one stack per user ----------------------------------------------------
    def stack(self) -> QUndoStack:
        """The current user's stack (made active; created on first use)."""
        name = self.by()
        stack = self._stacks.get(name)
        if stack is None:
            stack = self._stacks[name] = QUndoStack(self)
            stack.setUndoLimit(self.LIMIT)
            self.addStack(stack)
        if self.activeStack() is not stack:
            self.setActiveStack(stack)
        return stack

    def user_changed(self) -> None:
        """The user's name changed: their own undo history (if any) becomes the active one."""
        self.stack()

    def push(self, command: QUndoCommand) -> None:
        """Push an already applied command onto the current user's stack."""
        self.stack().push(command)

    def count(self) -> int:
        """How many commands the current user's stack holds."""
        return self.stack().count()

    def clear(self) -> None:
        """Forget every user's undo history (after a bundle changed the desk underneath it)."""
        for stack in self._stacks.values():
            stack.clear()

    # -- running ops -------------------------------------------------------------
    def _refused(self, exc: FactDeskError, on_error: Callable[[FactDeskError], None] | None = None,
                 on_stale: Callable[[FactDeskError], None] | None = None) -> None:
        if on_stale is not None and (isinstance(exc, ConflictError) or exc.code == "locked"):
            handlers = [on_stale]
        elif isinstance(exc, ConflictError) and self.on_conflict and on_error is None:
            handlers = self.on_conflict
        else:
            handlers = [on_error or self._on_error]
        for handler in handlers:
            handler(exc)

    def apply(self, request: Any, command: DeskCommand | None = None) -> Any:
        """Apply an undo or redo request as an op of the command's owner; a refusal makes the command obsolete."""
        if request is None:
            return None
        by = command.owner if command is not None else self.by()
        try:
            outcome = ops.apply(self.desk, request, by)
        except FactDeskError as exc:
            if command is not None:
                command.setObsolete(True)
            self._refused(exc)
            return None
        self._after(outcome)
        return outcome

    def run(self, text: str, do: Callable[[], Any], on_error: Callable[[FactDeskError], None] | None = None,
            on_stale: Callable[[FactDeskError], None] | None = None) -> Any:
        """Run an op now; when it changed something, make it undoable. Returns its outcome or None.

        `on_error` replaces the window's handling of a refusal (the review queue shows its own);
        `on_stale` that of a ConflictError or a claim locked meanwhile (the rationale editor keeps its typing).
        """
        try:
            outcome = do()
        except FactDeskError as exc:
            self._refused(exc, on_error, on_stale)
            return None
        if getattr(outcome, "inverse", None) is not None:
            self.push(DeskCommand(self, text, outcome.inverse, self.by()))
        self._after(outcome)
        return outcome

    def record_import(self, text: str, article_ids: list[str], restored: Any = None) -> None:
        """Make an import undoable: undo sends the new articles to the bin (restorable), redo brings them back.

        `restored` is the inverse of bringing back articles the import found archived or deleted
        (an `ops.ArticlesShelf`); undo puts those back on their shelves too.
        """
        ids = tuple(article_ids) + (tuple(restored.article_ids) if restored is not None else ())
        if ids:
            to = ("deleted",) * len(article_ids) + (tuple(restored.to) if restored is not None else ())
            self.push(DeskCommand(self, text, ops.ArticlesShelf(ids, to), self.by()))

    def edit_claim(self, claim: Claim, text: str, on_stale: Callable[[FactDeskError], None] | None = None,
                   **fields: Any) -> Any:
        """Change fields of a claim undoably, expecting the values the window shows; None when nothing changes."""
        old = {k: getattr(claim, k) for k in fields}
        if all(old[k] == v for k, v in fields.items()):
            return None
        return self.run(text, lambda: ops.edit_claim(self.desk, claim.id, self.by(), expected=old, **fields),
                        on_stale=on_stale)
