"""The desk: SQLite store via sqlite-utils, numbered migrations, queries, history. All SQL lives here.

Public API (docs/store-api.md): `Desk` and the row types it returns.
"""

from factdesk.core.store.articles import ArticleRow
from factdesk.core.store.claims import ClaimFilter
from factdesk.core.store.desk import Desk
from factdesk.core.store.history import HistoryEntry
from factdesk.core.store.importer import ImportReport
from factdesk.core.store.search import SearchHit

__all__ = ["Desk", "ClaimFilter", "ArticleRow", "HistoryEntry", "SearchHit", "ImportReport"]
