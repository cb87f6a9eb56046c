"""The Desk: the store's facade, read by the GUI, command line, reports and bundles.

See docs/store-api.md. Reads are methods here; changes are made by the use
cases in `factdesk.core.ops`, each inside one `desk.action(by)`: one write
transaction whose `Writer` records every change in the append-only history.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import Article, Claim, Comment, RatingScale, Review, Source
from factdesk.core.store import (articles, batches, claims, comments, connection, history, migrations,
                                 reviews, scales, search, shelf, sources)
from factdesk.core.store.articles import ArticleRow
from factdesk.core.store.claims import ClaimFilter
from factdesk.core.store.checks_store import ChecksStore
from factdesk.core.store.exchange_store import ExchangeStore
from factdesk.core.store.history import HistoryEntry
from factdesk.core.store.search import SearchHit
from factdesk.core.store.writer import Writer


FULL_ID = 36  # characters of a UUID


class Desk:
    """A desk file: articles, claims, sources, reviews, settings and history in one SQLite file."""

    def __init__(self, db, path: Path, backup: Path | None = None):
        self.db = db
        self.path = path
        self.backup_path = backup  # the copy made before migrating an older desk, if any
        self.desk_id: str = self.get_setting("desk_id")

    @staticmethod
    def default_path() -> Path:
        """Where a desk lives when nobody named one: desk.sqlite in the user's data folder."""
        from platformdirs import user_data_dir

        return Path(user_data_dir("FactDesk", "FactDesk")) / "desk.sqlite"

    @classmethod
    def open(cls, path: Path | str) -> "Desk":
        """Open the desk at `path`, creating it or migrating it (after a backup copy) as needed."""
        p = Path(path)
        db = connection.connect(p)
        try:
            backup = migrations.migrate(db, p)
        except BaseException:
            db.close()
            raise
        return cls(db, p, backup)

    def close(self) -> None:
        """Close the desk file."""
        connection.forget(self.db)
        self.db.close()

    def __enter__(self) -> "Desk":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def exchange(self) -> ExchangeStore:
        """The store's exchange queries bound to this desk (bundles read and write through it)."""
        return ExchangeStore(self.db, self.desk_id)

    @property
    def checks(self) -> ChecksStore:
        """The collection of earlier checks and the claim clusters, their store functions bound to this desk."""
        return ChecksStore(self.db)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction without a user action (a bundle's merge records its own history)."""
        with connection.write_transaction(self.db):
            yield

    @contextmanager
    def action(self, by: str) -> Iterator[Writer]:
        """One user action: a write transaction whose Writer records every change with `by`.

        Everything written in the block commits together or not at all; the
        author must be a short, non-empty name (InputError otherwise).
        """
        with history.action(self.db, self.desk_id, by) as act:
            yield Writer(self.db, act)

    # settings -------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        """A desk setting (organisation, rating_scale, desk_id, …), or `default`."""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None or row[0] is None else row[0]

    def set_setting(self, key: str, value: Any, by: str) -> None:
        """Change a setting and record it; desk_id and the clock cannot be set."""
        if key in ("desk_id", "hlc"):
            raise RequestError(f"the setting '{key}' cannot be changed")
        if key == "rating_scale":
            scales.get_scale(value)
        with history.action(self.db, self.desk_id, by) as act:
            old = self.get_setting(key)
            if old == value:
                return
            self.db.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
            act.record("setting", key, key, old, value)

    def rating_scale(self) -> RatingScale:
        """The desk's chosen rating scale."""
        return scales.get_scale(self.get_setting("rating_scale", scales.DEFAULT_SCALE))

    def set_rating_scale(self, scale_id: str, by: str) -> None:
        """Choose one of the preset rating scales for this desk."""
        self.set_setting("rating_scale", scale_id, by)

    # articles -------------------------------------------------------------
    def find_hashes(self, hashes: list[str]) -> dict[str, str]:
        """Map each content hash already on the desk to its article id."""
        return articles.find_hashes(self.db, hashes)

    def sqlite_path(self) -> str | None:
        """The desk file's path as SQLite knows it (None for an in-memory desk)."""
        return batches.db_path(self.db)

    def get_article(self, article_id: str) -> Article:
        """The article with this id (or unique prefix)."""
        return articles.get(self.db, articles.resolve_id(self.db, article_id))

    def articles_by_id(self, article_ids: list[str]) -> dict[str, Article]:
        """The articles with these full ids, by id (unknown ids left out): many in one statement."""
        return articles.by_ids(self.db, list(dict.fromkeys(article_ids)))

    def article_titles(self, article_ids: list[str]) -> dict[str, str | None]:
        """The titles of these articles (without reading their text), by id."""
        return articles.titles(self.db, article_ids)

    def count_articles(self, text: str | None = None, shelf: str | None = None) -> int:
        """How many articles are in use (or on `shelf`: archived, deleted), matching `text`."""
        return articles.count(self.db, text, shelf)

    def article_rows(self, offset: int = 0, limit: int = 100, sort: str = "imported_at",
                     descending: bool = True, text: str | None = None, shelf: str | None = None) -> list[ArticleRow]:
        """One page of the article list (in use, or on `shelf`) with claim counts."""
        return articles.page(self.db, offset, limit, sort, descending, text, shelf)

    def shelf_counts(self) -> dict[tuple[str, str], int]:
        """How many articles and claims are archived or deleted: {("article", "deleted"): n, …}."""
        return shelf.counts(self.db)

    def touched_claim_ids(self, article_id: str) -> set[str]:
        """The article's claims a user touched (kept as they are when the article is detected again)."""
        return claims.touched_ids(self.db, article_id)

    # claims ---------------------------------------------------------------
    def resolve_claim_id(self, claim_id: str) -> str:
        """The full id for a claim id or a unique prefix of at least 8 characters."""
        return claims.resolve_id(self.db, claim_id)

    def claims_for_article(self, article_id: str, include_dismissed: bool = False) -> list[Claim]:
        """The article's claims sorted by start, with their sources."""
        return self._with_sources(claims.for_article(self.db, article_id, include_dismissed))

    def get_claim(self, claim_id: str) -> Claim:
        """The claim with this id (or unique prefix), sources filled."""
        claim = claims.get(self.db, claims.resolve_id(self.db, claim_id))
        return self._with_sources([claim])[0]

    def count_claims(self, f: ClaimFilter | None = None) -> int:
        """How many claims match the filter."""
        return claims.count(self.db, f or ClaimFilter())

    def claim_rows(self, f: ClaimFilter | None = None, offset: int = 0, limit: int = 100,
                   sort: str = "start", with_sources: bool = False) -> list[Claim]:
        """One page of claims matching the filter (sources only when asked: lists stay fast)."""
        page = claims.page(self.db, f or ClaimFilter(), offset, limit, sort)
        return self._with_sources(page) if with_sources else page

    def _with_sources(self, page: list[Claim]) -> list[Claim]:
        by_claim = sources.for_claims(self.db, [c.id for c in page])
        for c in page:
            c.sources = by_claim[c.id]
        return page

    def find_claim(self, claim_id: str) -> Claim | None:
        """The claim with exactly this id (sources not filled), or None: one statement."""
        return claims.find(self.db, claim_id)

    # sources --------------------------------------------------------------
    def get_source(self, source_id: str) -> Source:
        """The source with this id."""
        return sources.get(self.db, source_id)

    def source_file(self, source_id: str) -> Path:
        """A readable copy of the source's attached file."""
        return sources.file_path(self.db, source_id)

    # review ---------------------------------------------------------------
    def reviews_for_claim(self, claim_id: str) -> list[Review]:
        """The claim's reviews, oldest first."""
        return reviews.for_claim(self.db, claims.resolve_id(self.db, claim_id))

    def comments_for_claim(self, claim_id: str, include_withdrawn: bool = False) -> list[Comment]:
        """The claim's comment thread, oldest first."""
        if len(claim_id) != FULL_ID:
            claim_id = claims.resolve_id(self.db, claim_id)
        return comments.for_claim(self.db, claim_id, include_withdrawn)

    def get_comment(self, comment_id: str) -> Comment:
        """The comment with this id."""
        return comments.get(self.db, comment_id)

    def comment_counts(self, claim_ids: list[str]) -> dict[str, int]:
        """How many standing comments each claim has (those without any left out)."""
        return comments.counts(self.db, claim_ids)

    def get_review(self, review_id: str) -> Review:
        """The review with this id (`withdrawn` filled)."""
        return reviews.get(self.db, review_id)

    def reviews_for_claims(self, claim_ids: list[str]) -> dict[str, list[Review]]:
        """The reviews of several claims (full ids) by claim id: a report page's in one statement."""
        return reviews.for_claims(self.db, list(claim_ids))

    def last_changes(self, claim_ids: list[str], field: str) -> dict[str, HistoryEntry]:
        """`last_change` of several claims (full ids) by claim id; claims never changed are left out."""
        return history.last_changes(self.db, list(claim_ids), field)

    def last_change(self, claim_id: str, field: str) -> HistoryEntry | None:
        """The newest recorded change of one field of a claim (who set its verdict, and when), or None."""
        return history.last_change(self.db, claims.resolve_id(self.db, claim_id), field)

    def review_queue(self) -> list[Claim]:
        """Claims ready for review, ordered by article then start."""
        return self._with_sources(claims.review_queue(self.db))

    def status_counts(self, assignee: str | None = None) -> dict[str, int]:
        """Claims per status."""
        return claims.counts_by(self.db, "status", assignee)

    def checkers(self) -> list[str]:
        """The people claims are assigned to (dismissed claims left out), sorted."""
        return claims.assignees(self.db)

    def verdict_counts(self, assignee: str | None = None) -> dict[str, int]:
        """Claims per verdict (dismissed claims left out)."""
        return claims.counts_by(self.db, "verdict", assignee)

    # history and search ---------------------------------------------------
    def history(self, claim_id: str | None = None, article_id: str | None = None,
                limit: int = 1000) -> list[HistoryEntry]:
        """Recorded changes of a claim (with its sources and reviews), an article, or the whole desk."""
        if claim_id and len(claim_id) != FULL_ID:  # a prefix; a full id may name a claim re-detection removed
            claim_id = claims.resolve_id(self.db, claim_id)
        return history.entries(self.db, claim_id, article_id, limit)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search; hits grouped by kind (article, claim, source), best first."""
        return search.search(self.db, query, limit)


__all__ = ["Desk", "Writer", "ClaimFilter", "ArticleRow", "HistoryEntry", "SearchHit", "InputError"]
