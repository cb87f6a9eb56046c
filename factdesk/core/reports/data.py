"""The plain data a report is written from: articles with their claims, sources and reviews.

`collect.collect()` builds a `Report` from a desk; every writer in this package
takes a `Report` and nothing else, so the writers can be tested (and timed)
without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from factdesk.core.model import Article, Claim, RatingScale, Review, Verdict


@dataclass(slots=True)
class ClaimEntry:
    """One claim as a report shows it: the claim (with its sources) plus who decided when."""

    claim: Claim
    checker: str | None = None       # the assignee, else whoever last set the verdict
    reviewer: str | None = None      # the lead whose approval (or last review) stands
    reviewed_at: str | None = None   # when that review was made
    reviews: list[Review] = field(default_factory=list)
    sentence: str = ""               # the sentence of the article holding the claim
    occurrences: list[Article] = field(default_factory=list)  # other articles holding the same claim


@dataclass(slots=True)
class ArticleEntry:
    """An article and the claims of it that passed the report's filters, sorted by start."""

    article: Article
    claims: list[ClaimEntry] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    """Everything one report shows; `filters` records how it was selected."""

    scale: RatingScale
    articles: list[ArticleEntry] = field(default_factory=list)
    title: str = "Verdict report"
    organisation: str | None = None
    base_url: str = ""                 # desk setting report_base_url: where the report is published
    language: str = "en"               # language of the verdict labels (en or de)
    generated_at: str = ""
    filters: dict[str, str] = field(default_factory=dict)

    def entries(self) -> Iterator[tuple[ArticleEntry, ClaimEntry]]:
        """Yield every (article, claim) pair in report order."""
        for article in self.articles:
            for entry in article.claims:
                yield article, entry

    def claim_count(self) -> int:
        """Return how many claims the report holds."""
        return sum(len(a.claims) for a in self.articles)

    def verdict_of(self, claim: Claim) -> Verdict | None:
        """Return the scale's verdict for a claim, or None when it has none (or an unknown one)."""
        return self.scale.verdict(claim.verdict) if claim.verdict else None

    def verdict_label(self, claim: Claim) -> str:
        """Return the verdict label in the report's language ('' when the claim has no verdict)."""
        verdict = self.verdict_of(claim)
        if verdict is not None:
            return verdict.label(self.language)
        return claim.verdict or ""
