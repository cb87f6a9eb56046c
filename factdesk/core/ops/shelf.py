"""Archiving, deleting and restoring articles and claims.

Archived work is kept out of the way: the library, the claims lists, the
counts, search, the review queue and every export leave it out. Deleted work
is in the bin, left out the same way, and restorable like archived work;
nothing is ever removed from the desk file. Each change is one recorded
action that returns the request undoing it, and travels in bundles as a
history row like any other field.

An approved claim is locked: a lead reopens it before it can be archived or
deleted on its own. Archiving or deleting its article is allowed (the
article's verdicts then leave the reports with it).
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.core.errors import InputError
from factdesk.core.model import SHELVES, Article, Claim
from factdesk.core.ops import workflow
from factdesk.core.ops.changes import Changes
from factdesk.core.store import Desk


@dataclass(frozen=True, slots=True)
class ShelfChange:
    """Put an article or a claim on a shelf ("archived", "deleted") or back in use (None)."""

    kind: str  # "article" | "claim"
    id: str
    to: str | None


@dataclass(slots=True)
class Shelved:
    """A shelf op's result: what it was done to, what changed, how to undo it."""

    kind: str
    id: str
    shelf: str | None
    changes: Changes
    inverse: ShelfChange | ArticlesShelf | None = None
    claim: Claim | None = None  # the claim, for a claim's shelf change


def _check(to: str | None) -> None:
    if to is not None and to not in SHELVES:
        raise InputError(f"unknown shelf '{to}' (archived, deleted, or none to restore)", "unknown_value",
                         field="shelf", value=to)


def shelve_article(desk: Desk, article_id: str, to: str | None, by: str) -> Shelved:
    """Archive (to="archived"), delete ("deleted") or restore (None) an article with its claims."""
    _check(to)
    with desk.action(by) as w:
        article: Article = desk.get_article(article_id)
        old = article.shelf
        if old != to:
            w.shelve_article(article, to)
    changes = Changes.of(articles=[article.id], counts=True, library=True) if old != to else Changes()
    return Shelved("article", article.id, to, changes, ShelfChange("article", article.id, old) if old != to else None)


def shelve_claim(desk: Desk, claim_id: str, to: str | None, by: str) -> Shelved:
    """Archive, delete or restore one claim; an approved claim must be reopened first."""
    _check(to)
    with desk.action(by) as w:
        claim = desk.find_claim(claim_id) or desk.get_claim(claim_id)
        old = claim.shelf
        if old != to:
            workflow.check_unlocked(claim)
            w.shelve_claim(claim, to)
            claim.shelf = to
    changes = Changes.of([claim.id], [claim.article_id], counts=True) if old != to else Changes()
    return Shelved("claim", claim.id, to, changes, ShelfChange("claim", claim.id, old) if old != to else None, claim)


@dataclass(frozen=True, slots=True)
class ArticlesShelf:
    """Several articles, each to its own shelf, in one action: undoing an import sends its new articles to the bin."""

    article_ids: tuple[str, ...]
    to: tuple[str | None, ...]  # one per article


def shelve_articles(desk: Desk, request: ArticlesShelf, by: str) -> Shelved:
    """Put several articles on their shelves as one action; the result's inverse puts them back."""
    for to in request.to:
        _check(to)
    olds: list[str | None] = []
    changed: list[str] = []
    with desk.action(by) as w:
        for article_id, to in zip(request.article_ids, request.to, strict=True):
            article = desk.get_article(article_id)
            olds.append(article.shelf)
            if article.shelf != to:
                w.shelve_article(article, to)
                changed.append(article.id)
    changes = Changes.of(articles=changed, counts=True, library=True) if changed else Changes()
    inverse = ArticlesShelf(request.article_ids, tuple(olds)) if changed else None
    first = request.article_ids[0] if request.article_ids else ""
    return Shelved("articles", first, request.to[0] if request.to else None, changes, inverse)


def apply_request(desk: Desk, request: ShelfChange | ArticlesShelf, by: str) -> Shelved:
    """Run an undo or redo request of a shelf change."""
    if isinstance(request, ArticlesShelf):
        return shelve_articles(desk, request, by)
    if request.kind == "article":
        return shelve_article(desk, request.id, request.to, by)
    return shelve_claim(desk, request.id, request.to, by)
