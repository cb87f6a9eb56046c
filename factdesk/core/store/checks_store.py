"""The desk as matching sees it: earlier checks and claim clusters, bound to one desk (`desk.checks`).

Matching, clustering, importing checks and the `checks` command read and write
the collection (`prior_checks`) and the clusters and near-duplicate links
(`clusters`) through this object, never through the desk's database: every
public function of those two modules is a method here with the desk's
database filled in.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from sqlite_utils import Database

from factdesk.core.store import clusters, prior_checks
from factdesk.core.store.connection import write_transaction
from factdesk.core.store.exchange_store import public_functions

_NAMES = [(module, public_functions(module)) for module in (prior_checks, clusters)]


class ChecksStore:
    """`prior_checks` and `clusters` functions with the desk's database bound; one write transaction."""

    def __init__(self, db: Database):
        self._db = db

    def __getattr__(self, name: str) -> Callable[..., Any]:
        for module, names in _NAMES:
            if name in names:  # looked up now, so a test can replace the module's function
                return functools.partial(getattr(module, name), self._db)
        raise AttributeError(f"the desk's checks store has no {name!r}")

    def transaction(self) -> AbstractContextManager[Database]:
        """One write transaction for several writes (clustering a batch of claims)."""
        return write_transaction(self._db)
