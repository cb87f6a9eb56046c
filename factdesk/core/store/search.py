"""Full-text search (FTS5, BM25) over articles, claims (text and rationale) and sources.

User input never reaches FTS5's query syntax: each word becomes a quoted
term, the last one a prefix, so "Lukasch" finds "Lukaschenko" and a stray
quote or AND cannot cause an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from factdesk.core.errors import InputError

_WORD = re.compile(r"\w+", re.UNICODE)
KINDS = ("article", "claim", "source")


@dataclass(slots=True)
class SearchHit:
    """One search result: what kind of thing matched, where it lives, and a snippet."""

    kind: str
    id: str
    article_id: str
    claim_id: str | None
    title: str | None
    snippet: str
    rank: float

    def to_json(self) -> dict[str, Any]:
        """The hit as `search --format json` prints it."""
        return {"kind": self.kind, "id": self.id, "article_id": self.article_id,
                "claim_id": self.claim_id, "title": self.title, "snippet": self.snippet,
                "rank": round(self.rank, 4)}


def fts_query(text: str) -> str:
    """A safe FTS5 query matching all the words of `text` (the last as a prefix)."""
    words = _WORD.findall(text or "")
    if not words:
        raise InputError("the search needs at least one word")
    terms = [f'"{w}"' for w in words]
    terms[-1] += "*"
    return " ".join(terms)


_SQL = {
    "article": """
        SELECT a.id, a.id, NULL, a.title,
               snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts, 5.0, 1.0)
        FROM articles_fts JOIN articles a ON a.rid = articles_fts.rowid
        WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?""",
    "claim": """
        SELECT c.id, c.article_id, c.id, a.title,
               CASE WHEN c.rationale IS NOT NULL AND c.rationale != ''
                    THEN snippet(claims_fts, -1, '[', ']', '…', 12)
                    ELSE c.text END,
               bm25(claims_fts)
        FROM claims_fts JOIN claims c ON c.rid = claims_fts.rowid JOIN articles a ON a.id = c.article_id
        WHERE claims_fts MATCH ? ORDER BY bm25(claims_fts) LIMIT ?""",
    "source": """
        SELECT s.id, c.article_id, s.claim_id, s.title,
               snippet(sources_fts, -1, '[', ']', '…', 12), bm25(sources_fts, 3.0, 1.0, 2.0)
        FROM sources_fts JOIN sources s ON s.rid = sources_fts.rowid JOIN claims c ON c.id = s.claim_id
        WHERE sources_fts MATCH ? ORDER BY bm25(sources_fts, 3.0, 1.0, 2.0) LIMIT ?""",
}


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Hits grouped by kind (articles, then claims, then sources), best first within each."""
    match = fts_query(query)
    hits: list[SearchHit] = []
    for kind in KINDS:
        for row in db.execute(_SQL[kind], [match, limit]).fetchall():
            hits.append(SearchHit(kind, *row))
    return hits
