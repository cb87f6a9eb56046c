"""Undo for the session's edits: a QUndoStack of commands that call the desk again.

An edit is stored at once; undoing it is a new edit (for example
`desk.update_claim(id, by, verdict=<old>)`), so the history keeps both.
`Undo.run(text, do, undo)` performs `do()` first and only pushes the command
when the desk accepted it, so a refused edit never lands on the stack.

Every claim edit passes the values the window loaded as `expected`: when
another window or a `factdesk claims set` changed them meanwhile, the desk
refuses with ConflictError and the `on_conflict` handlers (the claim panel)
reload the claim and say so, instead of overwriting the other edit.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from factdesk.core.errors import ConflictError, FactDeskError
from factdesk.core.model import STATUS_TRANSITIONS


class DeskCommand(QUndoCommand):
    """One undoable desk edit: `do` already ran when the command is pushed."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                 after: Callable[[Any], None], on_error: Callable[[str], None]):
        super().__init__(text)
        self._do, self._undo, self._after, self._on_error = do, undo, after, on_error
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit was made before the push
            self._first = False
            return
        self._call(self._do)

    def undo(self) -> None:
        self._call(self._undo)

    def _call(self, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except ConflictError as exc:
            self.setObsolete(True)
            stack = self.stack() if callable(getattr(self, "stack", None)) else None
            handlers = getattr(stack, "on_conflict", None) if stack is not None else None
            for handler in handlers or [lambda message: self._on_error(message)]:
                handler(exc.message)
            return
        except FactDeskError as exc:
            self.setObsolete(True)
            self._on_error(exc.message)
            return
        self._after(result)


class Undo(QUndoStack):
    """The window's undo stack."""

    def __init__(self, after: Callable[[Any], None], on_error: Callable[[str], None], parent=None):
        super().__init__(parent)
        self._after, self._on_error = after, on_error
        # called with the message when an edit met a newer change (ConflictError); else on_error
        self.on_conflict: list[Callable[[str], None]] = []
        self.setUndoLimit(200)

    def run(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
        """Do an edit now; when it worked, make it undoable. Returns do()'s result or None."""
        try:
            result = do()
        except ConflictError as exc:
            for handler in self.on_conflict or [self._on_error]:
                handler(exc.message)
            return None
        except FactDeskError as exc:
            self._on_error(exc.message)
            return None
        self.push(DeskCommand(text, do, undo, self._after, self._on_error))
        self._after(result)
        return result

    def edit_claim(self, desk: Any, by: Callable[[], str], claim: Any, text: str, **fields: Any) -> Any:
        """Change fields of a claim undoably; undo writes the old values back."""
        old = {k: getattr(claim, k) for k in fields}
        if all(old[k] == v for k, v in fields.items()):
            return None
        return self.run(text, lambda: apply_fields(desk, claim.id, by, fields, expected=old),
                        lambda: apply_fields(desk, claim.id, by, old, expected=fields))


def status_path(current: str, target: str) -> list[str]:
    """The statuses to step through from `current` to `target` without a review.

    Undoing "ready for review" back to "new" is not one allowed transition, but
    ready_for_review → researching → new is. Approve and return belong to a
    lead's review and are never stepped through. Falls back to [target] so the
    desk can refuse with its own message.
    """
    if current == target:
        return []
    seen, queue = {current}, deque([(current, [])])
    while queue:
        status, path = queue.popleft()
        for nxt in sorted(STATUS_TRANSITIONS.get(status, ())):
            if nxt in seen or nxt in ("approved", "returned"):
                continue
            if nxt == target:
                return path + [nxt]
            seen.add(nxt)
            queue.append((nxt, path + [nxt]))
    return [target]


def apply_fields(desk: Any, claim_id: str, by: Callable[[], str], fields: dict[str, Any],
                 expected: dict[str, Any] | None = None) -> Any:
    """`desk.update_claim` with `fields`, stepping through allowed statuses when the status changes.

    `expected` (the values the window showed) is checked by the first write:
    ConflictError when someone else changed them meanwhile.
    """
    result = None
    if expected:
        current = desk.get_claim(claim_id)
        if any(getattr(current, k) != v for k, v in expected.items()):
            # let the desk raise its ConflictError (who changed it, when) without writing anything
            desk.update_claim(claim_id, by(), expected=expected)
    if "status" in fields:
        current = desk.get_claim(claim_id).status
        for step in status_path(current, fields["status"]):
            result = desk.update_claim(claim_id, by(), status=step)
    others = {k: v for k, v in fields.items() if k != "status"}
    if others or result is None:
        result = desk.update_claim(claim_id, by(), **others)
    return result
