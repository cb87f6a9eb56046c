"""Archiving, deleting and restoring articles and claims: storing a checked `shelf` change, recorded."""

from __future__ import annotations

from sqlite_utils import Database

from factdesk.core.model import Article, Claim
from factdesk.core.store.history import Action


def set_article(db: Database, act: Action, article: Article, shelf: str | None) -> None:
    """Put an article on a shelf (None: back in use) inside `act`, recorded."""
    db.execute("UPDATE articles SET shelf = ?, updated_hlc = ? WHERE id = ?", [shelf, act.hlc, article.id])
    act.record("article", article.id, "shelf", article.shelf, shelf, article.id)


def set_claim(db: Database, act: Action, claim: Claim, shelf: str | None) -> None:
    """Put a claim on a shelf (None: back in use) inside `act`, recorded."""
    db.execute("UPDATE claims SET shelf = ?, updated_at = ?, updated_by = ?, updated_hlc = ? WHERE id = ?",
               [shelf, act.at, act.by, act.hlc, claim.id])
    act.record("claim", claim.id, "shelf", claim.shelf, shelf, claim.article_id, claim.id)


def counts(db: Database) -> dict[tuple[str, str], int]:
    """How many articles and claims are on each shelf: {("article", "archived"): n, …}."""
    out: dict[tuple[str, str], int] = {}
    for kind, table in (("article", "articles"), ("claim", "claims")):
        for shelf, n in db.execute(f"SELECT shelf, count(*) FROM {table} WHERE shelf IS NOT NULL GROUP BY shelf"):
            out[(kind, shelf)] = n
    return out
