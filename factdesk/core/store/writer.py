"""Writing inside one user action: the only way ops change the desk.

`Desk.action(by)` opens one write transaction and yields a `Writer` bound to
it. Every method stores rows the op has already checked and records each
changed field in the append-only history with the action's author, time and
clock time; nothing here applies workflow rules (those live in
`factdesk.core.ops`).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from factdesk.core.model import Article, Claim, Comment, Review, Source
from factdesk.core.store import batches, claims, clusters, comments, prior_checks, reviews, shelf, sources
from factdesk.core.store.history import Action


class Writer:
    """The writes of one action; created by `Desk.action(by)`, valid until the block ends."""

    def __init__(self, db: Database, act: Action):
        self.db, self.act = db, act

    @property
    def by(self) -> str:
        """Who makes the change."""
        return self.act.by

    @property
    def at(self) -> str:
        """When (UTC, ISO 8601 with milliseconds)."""
        return self.act.at

    # claims -----------------------------------------------------------------
    def update_claim(self, old: Claim, changed: dict[str, Any]) -> Claim:
        """Store changed fields of a claim; return the claim as it is now (sources carried over)."""
        return claims.write(self.db, self.act, old, changed)

    def insert_claim(self, article_id: str, values: dict[str, Any], origin: str) -> str:
        """Store a new claim (detected or manual); return its id."""
        return claims.insert(self.db, self.act, article_id, values, origin)

    def refresh_claim(self, old: Claim, changed: dict[str, Any]) -> None:
        """Store a new detection's values for an untouched claim."""
        claims.refresh(self.db, self.act, old, changed)

    def remove_claim(self, old: Claim) -> None:
        """Delete an untouched detected claim the detector no longer finds."""
        claims.remove(self.db, self.act, old)

    # articles ---------------------------------------------------------------
    def add_articles(self, batch: list[batches.NewArticle]) -> list[tuple[str, bool]]:
        """Store detected articles with their claims; (article id, created) for each."""
        return batches.add_articles(self.db, self.act, batch)

    def mark_detected(self, article: Article, language: str | None) -> None:
        """Note that the article was detected again now, in `language` when that is known."""
        self.db.execute("UPDATE articles SET detected_at = ?, updated_hlc = ? WHERE id = ?",
                        [self.act.at, self.act.hlc, article.id])
        if language and language != article.language:
            self.db.execute("UPDATE articles SET language = ? WHERE id = ?", [language, article.id])
            self.act.record("article", article.id, "language", article.language, language, article.id)

    # sources ----------------------------------------------------------------
    def add_source(self, claim: Claim, clean: dict[str, Any], file: tuple[str, bytes] | None,
                   kept_file: tuple[str, str] | None = None) -> Source:
        """Attach a validated source to a claim, with a loaded file or one the desk keeps (name, sha256).

        The claim counts as updated by this action.
        """
        sid = sources.add(self.db, self.act, claim.id, claim.article_id, clean, file, kept_file)
        self.db.execute("UPDATE claims SET updated_at = ?, updated_by = ?, updated_hlc = ? WHERE id = ?",
                        [self.act.at, self.act.by, self.act.hlc, claim.id])
        return sources.get(self.db, sid)

    def update_source(self, source_id: str, article_id: str, fields: dict[str, Any]) -> Source:
        """Store edited fields of a source; return it as it is now."""
        return sources.update(self.db, self.act, source_id, article_id, fields)

    def remove_source(self, source_id: str, article_id: str) -> None:
        """Detach a source from its claim (its history stays)."""
        sources.remove(self.db, self.act, source_id, article_id)

    # earlier fact-checks and claim clusters ---------------------------------
    def upsert_checks(self, rows: list[dict[str, Any]]) -> tuple[int, int, int]:
        """Store analysed earlier fact-checks by id; (added, updated, unchanged)."""
        return prior_checks.upsert(self.db, rows)

    def record_checks_import(self, source: str, summary: str) -> None:
        """Note an import of earlier fact-checks in the history (one row per import)."""
        self.act.record("checks", source[:200], "import", None, summary)

    def split_from_cluster(self, claim: Claim) -> str | None:
        """Take a claim out of its cluster for good; return the cluster it left (None when alone)."""
        old = clusters.split(self.db, claim.id, self.act.at)
        if old is not None:
            self.act.record("claim", claim.id, "cluster", old, None, claim.article_id, claim.id)
        return old

    def join_cluster(self, claim: Claim, cluster_id: str) -> None:
        """Put a claim back into a cluster (the undo of a split), recorded in its history."""
        clusters.join(self.db, claim.id, cluster_id, self.act.at)
        self.act.record("claim", claim.id, "cluster", None, cluster_id, claim.article_id, claim.id)

    # reviews ----------------------------------------------------------------
    def add_review(self, claim: Claim, decision: str, comment: str | None, withdraws: str | None = None,
                   override: str | None = None) -> Review:
        """Store a lead's decision on a claim (a withdrawal names the review it takes back)."""
        return reviews.add(self.db, self.act, claim, decision, comment, withdraws, override)

    # comments ---------------------------------------------------------------
    def add_comment(self, claim: Claim, body: str) -> Comment:
        """Store a comment in a claim's thread."""
        return comments.add(self.db, self.act, claim, body)

    def set_comment_withdrawn(self, comment: Comment, article_id: str, withdrawn: bool) -> Comment:
        """Withdraw a comment, or bring it back."""
        return comments.set_withdrawn(self.db, self.act, comment, article_id, withdrawn)

    # shelves ----------------------------------------------------------------
    def shelve_article(self, article: Article, to: str | None) -> None:
        """Archive or delete an article (None: restore it)."""
        shelf.set_article(self.db, self.act, article, to)

    def shelve_claim(self, claim: Claim, to: str | None) -> None:
        """Archive or delete a claim (None: restore it)."""
        shelf.set_claim(self.db, self.act, claim, to)
