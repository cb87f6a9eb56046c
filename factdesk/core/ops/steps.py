"""Several undoable requests that undo or redo together, as one step (an op that made many changes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factdesk.core.ops.changes import Changes


@dataclass(frozen=True, slots=True)
class Steps:
    """Undoable requests run in order in one transaction (`undoable.apply`); all or none take effect."""

    requests: tuple[Any, ...]


@dataclass(slots=True)
class Stepped:
    """The outcome of running `Steps`: what changed, and the `Steps` that take it back."""

    changes: Changes
    inverse: Steps | None


def undoing(outcomes: list[Any]) -> Steps | None:
    """The request that undoes these outcomes: their inverses, last first; None when nothing is to undo."""
    inverses = tuple(o.inverse for o in reversed(outcomes) if getattr(o, "inverse", None) is not None)
    return Steps(inverses) if inverses else None
