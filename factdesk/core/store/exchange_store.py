"""The desk as bundles see it: the store's exchange queries, bound to one desk (`desk.exchange`).

Exporting and merging bundles (`factdesk.core.exchange`) read and write through
this object, never through the desk's database: every function of
`exchange_queries` (aliases, history rows, conflicts, peers, …) and of
`prior_checks` is a method here with the desk's database filled in, and the
desk's clock moves with `tick` and `receive`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from factdesk.core.store import clock, exchange_queries, prior_checks

_MODULES = (exchange_queries, prior_checks)


def public_functions(module: Any) -> set[str]:
    """The names of the functions a store module defines (or declares in __all__) for callers."""
    return {name for name, fn in vars(module).items()
            if callable(fn) and not name.startswith("_") and not isinstance(fn, type)
            and (getattr(fn, "__module__", None) == module.__name__ or name in getattr(module, "__all__", ()))}


_NAMES = [(module, public_functions(module)) for module in _MODULES]


class ExchangeStore:
    """`exchange_queries` and `prior_checks` functions with the desk's database bound; the desk's clock."""

    def __init__(self, db: Database, desk_id: str):
        self._db, self.desk_id = db, desk_id

    def __getattr__(self, name: str) -> Callable[..., Any]:
        for module, names in _NAMES:
            if name in names:  # looked up now, so a test can replace the module's function
                return functools.partial(getattr(module, name), self._db)
        raise AttributeError(f"the desk's exchange store has no {name!r}")

    def tick(self) -> str:
        """Advance the desk's clock for a local event (a bundle written); the new time."""
        return clock.tick(self._db, self.desk_id)

    def receive(self, remote_hlc: str) -> str:
        """Advance the desk's clock past a time seen in a bundle; the new local time."""
        return clock.receive(self._db, self.desk_id, remote_hlc)
