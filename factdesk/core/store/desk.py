"""The Desk: the one object the GUI, command line, reports and bundles talk to.

See docs/store-api.md. Each mutating method takes `by`, runs as one write
transaction and records every change in the append-only history.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import Article, Claim, RatingScale, Review, Source
from factdesk.core.store import (articles, claims, connection, detection, history, importer,
                                 migrations, redetect, reviews, scales, search, sources)
from factdesk.core.store.articles import ArticleRow
from factdesk.core.store.claims import ClaimFilter
from factdesk.core.store.history import HistoryEntry
from factdesk.core.store.importer import ImportReport
from factdesk.core.store.search import SearchHit


class Desk:
    """A desk file: articles, claims, sources, reviews, settings and history in one SQLite file."""

    def __init__(self, db, path: Path, backup: Path | None = None):
        self.db = db
        self.path = path
        self.backup_path = backup  # the copy made before migrating an older desk, if any
        self.desk_id: str = self.get_setting("desk_id")

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

    def _action(self, by: str):
        return history.action(self.db, self.desk_id, by)

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
        with self._action(by) as act:
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
    def import_paths(self, paths: Iterable[Path | str], lang: str = "auto", by: str = "",
                     progress: Callable[[int, int, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Import files and folders with their detected claims; problems per file are in the report."""
        return importer.import_paths(self.db, self.desk_id, paths, by, lang, progress, cancelled)

    def import_text(self, text: str, by: str, title: str | None = None, lang: str = "auto",
                    **meta) -> tuple[str, bool]:
        """Import pasted text; return (article id, created)."""
        return importer.import_text(self.db, self.desk_id, text, by, lang, title=title, **meta)

    def get_article(self, article_id: str) -> Article:
        """The article with this id (or unique prefix)."""
        return articles.get(self.db, articles.resolve_id(self.db, article_id))

    def count_articles(self, text: str | None = None) -> int:
        """How many articles are on the desk (matching `text`)."""
        return articles.count(self.db, text)

    def article_rows(self, offset: int = 0, limit: int = 100, sort: str = "imported_at",
                     descending: bool = True, text: str | None = None) -> list[ArticleRow]:
        """One page of the article list with claim counts."""
        return articles.page(self.db, offset, limit, sort, descending, text)

    def redetect(self, article_id: str, by: str) -> dict[str, int]:
        """Detect the article again; keeps every claim a user touched, adds only what is new."""
        article = self.get_article(article_id)
        det = detection.detect_one(article.text, lang=article.language or "auto")
        with self._action(by) as act:
            return redetect.redetect(self.db, act, article.id, det)

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

    def update_claim(self, claim_id: str, by: str, expected: dict[str, Any] | None = None,
                     **fields) -> Claim:
        """Edit a claim's status, verdict, rationale, assignee or content, enforcing the workflow.

        With `expected` ({field: value the caller loaded}) the edit is refused with
        ConflictError when another window or process changed one of those fields.
        """
        cid = claims.resolve_id(self.db, claim_id)
        scale = self.rating_scale()
        with self._action(by) as act:
            claims.update(self.db, act, cid, scale, fields, expected=expected)
        return self.get_claim(cid)

    def add_manual_claim(self, article_id: str, start: int, end: int, type: str, by: str,
                         value: float | None = None, unit: str | None = None,
                         qualifier: str | None = None, speaker: str | None = None) -> Claim:
        """Add a claim the checker marked by hand."""
        article = self.get_article(article_id)
        with self._action(by) as act:
            cid = claims.add_manual(self.db, act, article.text, article.id, start, end, type,
                                    value, unit, qualifier, speaker)
        return self.get_claim(cid)

    def dismiss_claim(self, claim_id: str, by: str) -> Claim:
        """Dismiss a claim (not worth checking); it stays on the desk and can be restored."""
        return self.update_claim(claim_id, by, status="dismissed")

    def restore_claim(self, claim_id: str, by: str) -> Claim:
        """Bring a dismissed claim back as new."""
        claim = self.get_claim(claim_id)
        if claim.status != "dismissed":
            raise RequestError(f"claim {claim.id[:8]} is not dismissed")
        return self.update_claim(claim.id, by, status="new")

    # sources --------------------------------------------------------------
    def add_source(self, claim_id: str, by: str, url: str | None = None, title: str | None = None,
                   publisher: str | None = None, published: str | None = None,
                   accessed: str | None = None, excerpt: str | None = None,
                   file_path: Path | str | None = None) -> Source:
        """Attach a source (and optionally a file kept inside the desk) to a claim."""
        clean = sources.prepare(dict(url=url, title=title, publisher=publisher, published=published,
                                     accessed=accessed, excerpt=excerpt), file_path)
        claim = self.get_claim(claim_id)
        self._check_unlocked(claim)
        file = sources.load_file(file_path) if file_path is not None else None
        with self._action(by) as act:
            sid = sources.add(self.db, act, claim.id, claim.article_id, clean, file)
            self.db.execute("UPDATE claims SET updated_at = ?, updated_by = ?, updated_hlc = ? WHERE id = ?",
                            [act.at, act.by, act.hlc, claim.id])
        return sources.get(self.db, sid)

    def update_source(self, source_id: str, by: str, **fields) -> Source:
        """Edit a source's fields."""
        claim = self.get_claim(sources.get(self.db, source_id).claim_id)
        self._check_unlocked(claim)
        with self._action(by) as act:
            return sources.update(self.db, act, source_id, claim.article_id, fields)

    def remove_source(self, source_id: str, by: str) -> None:
        """Remove a source from its claim."""
        claim = self.get_claim(sources.get(self.db, source_id).claim_id)
        self._check_unlocked(claim)
        with self._action(by) as act:
            sources.remove(self.db, act, source_id, claim.article_id)

    def source_file(self, source_id: str) -> Path:
        """A readable copy of the source's attached file."""
        return sources.file_path(self.db, source_id)

    @staticmethod
    def _check_unlocked(claim: Claim) -> None:
        if claim.status == "approved":
            raise RequestError(f"claim {claim.id[:8]} is approved and locked; a reviewer must reopen it first")

    # review ---------------------------------------------------------------
    def review(self, claim_id: str, decision: str, by: str, comment: str | None = None) -> Review:
        """Approve or return a claim that is ready for review, or reopen an approved one."""
        cid = claims.resolve_id(self.db, claim_id)
        scale = self.rating_scale()
        with self._action(by) as act:
            return reviews.review(self.db, act, cid, decision, scale, comment)

    def reviews_for_claim(self, claim_id: str) -> list[Review]:
        """The claim's reviews, oldest first."""
        return reviews.for_claim(self.db, claims.resolve_id(self.db, claim_id))

    def review_queue(self) -> list[Claim]:
        """Claims ready for review, ordered by article then start."""
        return self._with_sources(claims.review_queue(self.db))

    def status_counts(self, assignee: str | None = None) -> dict[str, int]:
        """Claims per status."""
        return claims.counts_by(self.db, "status", assignee)

    def verdict_counts(self, assignee: str | None = None) -> dict[str, int]:
        """Claims per verdict (dismissed claims left out)."""
        return claims.counts_by(self.db, "verdict", assignee)

    # history and search ---------------------------------------------------
    def history(self, claim_id: str | None = None, article_id: str | None = None,
                limit: int = 1000) -> list[HistoryEntry]:
        """Recorded changes of a claim (with its sources and reviews), an article, or the whole desk."""
        if claim_id:
            claim_id = claims.resolve_id(self.db, claim_id)
        return history.entries(self.db, claim_id, article_id, limit)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search; hits grouped by kind (article, claim, source), best first."""
        return search.search(self.db, query, limit)


__all__ = ["Desk", "ClaimFilter", "ArticleRow", "HistoryEntry", "SearchHit", "ImportReport", "InputError"]
