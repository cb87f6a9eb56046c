"""The desk: SQLite store via sqlite-utils, numbered migrations, queries, history. All SQL lives here.

Public API (docs/store-api.md): `Desk`, the `Writer` of one action, and the
row types they return. They are imported lazily, so that importing one
store module (the clock, say) does not load sqlite-utils.
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "Desk": "factdesk.core.store.desk",
    "ClaimFilter": "factdesk.core.store.claims",
    "ArticleRow": "factdesk.core.store.articles",
    "HistoryEntry": "factdesk.core.store.history",
    "Writer": "factdesk.core.store.writer",
    "NewArticle": "factdesk.core.store.batches",
    "SearchHit": "factdesk.core.store.search",
    "ExchangeStore": "factdesk.core.store.exchange_store",
    "available_scales": "factdesk.core.store.scales",
    "get_scale": "factdesk.core.store.scales",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
