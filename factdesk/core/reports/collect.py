"""Gather a report from a desk: the claims that pass the filters, with articles, sources and reviews.

Only the desk API (docs/store-api.md) is used, never SQL. Who and when:

- checker: the claim's assignee, else whoever last set its verdict (history);
- reviewer / reviewed_at: the latest approval, else the latest review of any kind;
- the date range (`date_from`, `date_to`, inclusive YYYY-MM-DD) applies to the
  claim's decision date: its approval day, else the day it was last changed.

Desk settings read: `organisation`, `report_base_url`, `report_language` (en|de).

Every text a report shows passes `printable` here, once for all formats:
control characters in an article or a bundle's values become visible
characters (one for one, so claim offsets stay right) and never reach a
terminal that shows a .md or .csv report, nor an HTML page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any, Callable, Iterable, TypeVar

from factdesk.core.errors import InputError
from factdesk.core.model import CLAIM_TYPES, STATUSES, Article, Claim, Review
from factdesk.core.printable import printable
from factdesk.core.reports.common import date_part, is_web_link
from factdesk.core.reports.data import ArticleEntry, ClaimEntry, Report
from factdesk.core.reports.labels import words

PAGE = 1000
T = TypeVar("T")


def shown(item: T) -> T:
    """A copy of an article, claim (with its sources), source or review with its texts made printable."""
    changes: dict[str, Any] = {}
    for f in fields(item):  # type: ignore[arg-type]
        value = getattr(item, f.name)
        if isinstance(value, str):
            clean = printable(value)
            if clean != value:
                changes[f.name] = clean
        elif f.name == "sources" and value:
            changes[f.name] = [shown(source) for source in value]
    return replace(item, **changes) if changes else item  # type: ignore[type-var]


@dataclass(slots=True)
class ReportFilter:
    """Which claims a report holds; None means any (dismissed claims only when asked by status)."""

    status: str | None = None
    article_id: str | None = None
    verdict: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def describe(self) -> dict[str, str]:
        """Return the filters that are set, as the report shows them."""
        names = {"status": self.status, "article": self.article_id, "verdict": self.verdict,
                 "type": self.type, "from": self.date_from, "to": self.date_to}
        return {k: v for k, v in names.items() if v}


def check_date(value: str | None, name: str) -> str | None:
    """Return a YYYY-MM-DD date unchanged, or raise InputError naming the option."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(f"{name}: '{value}' is not a date (use YYYY-MM-DD)") from None


def validate(f: ReportFilter, desk: Any) -> ReportFilter:
    """Check the filter's values against the vocabulary and the desk's scale; InputError if wrong.

    Status "any" means no status filter (every claim but dismissed ones).
    """
    if f.status == "any":
        f.status = None
    if f.status and f.status not in STATUSES:
        raise InputError(f"unknown status '{f.status}' (one of: {', '.join(STATUSES)}, any)")
    if f.type and f.type not in CLAIM_TYPES:
        raise InputError(f"unknown claim type '{f.type}' (one of: {', '.join(CLAIM_TYPES)})")
    scale = desk.rating_scale()
    if f.verdict and scale.verdict(f.verdict) is None:
        raise InputError(f"unknown verdict '{f.verdict}' (this desk's scale has: "
                         f"{', '.join(v.id for v in scale.verdicts)})")
    f.date_from, f.date_to = check_date(f.date_from, "--from"), check_date(f.date_to, "--to")
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise InputError(f"--from {f.date_from} is after --to {f.date_to}")
    if f.article_id:
        f.article_id = desk.get_article(f.article_id).id  # a unique prefix is enough; RequestError when unknown
    return f


@dataclass
class _PageReads:
    """What the entries of one page of claims need besides the claims, read for the whole page at once
    (a few statements per page, not per claim)."""

    reviews: dict[str, list[Review]]
    verdict_setters: dict[str, str]
    occurrences: dict[str, list[dict]]
    articles: dict[str, Article]  # the page's articles and those its claims also appear in

    @classmethod
    def read(cls, desk: Any, page: list[Claim], known: Iterable[str] = ()) -> _PageReads:
        """Read for `page`; articles in `known` (already read) are not read again."""
        from factdesk.core.matching.clusters import occurrences_of

        ids = [c.id for c in page]
        unassigned = [c.id for c in page if c.verdict and not c.assignee]
        setters = {cid: entry.by for cid, entry in desk.last_changes(unassigned, "verdict").items()}
        occurrences = occurrences_of(desk, ids)
        wanted = {c.article_id for c in page} | {m["article_id"] for ms in occurrences.values() for m in ms}
        return cls(desk.reviews_for_claims(ids), setters, occurrences,
                   desk.articles_by_id(sorted(wanted - set(known))))


def _checker(claim: Claim, reads: _PageReads) -> str | None:
    """The assignee, else the author of the last verdict change in the claim's history."""
    if claim.assignee:
        return claim.assignee
    if not claim.verdict:
        return None
    who = reads.verdict_setters.get(claim.id) or claim.updated_by
    return printable(who) if who else who


def _entry(claim: Claim, article: Article, reads: _PageReads, article_of: Callable[[str], Article]) -> ClaimEntry:
    """Build a claim's report entry: its sources, reviews, checker, reviewer and other appearances."""
    full = shown(claim)  # claim_rows(with_sources=True) filled its sources
    # an undone review (and the withdrawal that undid it) is history, not a decision the report states
    reviews = [shown(r) for r in reads.reviews.get(claim.id, []) if r.decision != "withdraw" and not r.withdrawn]
    approvals = [r for r in reviews if r.decision == "approve"]
    standing = approvals[-1] if approvals else (reviews[-1] if reviews else None)
    if full.sentence_end > full.sentence_start:
        sentence = article.text[full.sentence_start:full.sentence_end]
    else:
        sentence = full.text
    # the other articles holding the same claim (its cluster), oldest first
    others = dict.fromkeys(m["article_id"] for m in reads.occurrences.get(claim.id, [])
                           if m["article_id"] != claim.article_id)
    return ClaimEntry(full, _checker(full, reads), standing.reviewer if standing else None,
                      standing.created_at if standing else None, reviews, sentence.strip(),
                      [article_of(article_id) for article_id in others])


def _in_range(entry: ClaimEntry, f: ReportFilter) -> bool:
    """True when the claim's decision day lies within the filter's date range."""
    if not (f.date_from or f.date_to):
        return True
    day = date_part(entry.reviewed_at if entry.claim.status == "approved" and entry.reviewed_at
                    else entry.claim.updated_at)
    if not day:
        return False
    return (not f.date_from or day >= f.date_from) and (not f.date_to or day <= f.date_to)


def check_base_url(url: str | None) -> str:
    """Return the report's base URL ('' when unset); InputError unless it is an http(s) URL."""
    url = (url or "").strip()
    if url and not is_web_link(url):
        raise InputError(f"report URL '{url}' is not an http(s) address")
    return url


def collect(desk: Any, f: ReportFilter | None = None, title: str | None = None,
            progress: Callable[[int, int], None] | None = None, organisation: str | None = None,
            base_url: str | None = None, language: str | None = None) -> Report:
    """Return the report of the claims on `desk` that pass `f`, grouped by article in desk order.

    `organisation`, `base_url` and `language` override the desk settings for this report.
    """
    from factdesk.core.store import ClaimFilter  # the store is optional for the writers

    f = validate(f or ReportFilter(), desk)
    base = check_base_url(base_url if base_url is not None else desk.get_setting("report_base_url", ""))
    query = ClaimFilter(article_id=f.article_id, type=f.type, status=f.status, verdict=f.verdict)
    total = desk.count_claims(query)
    articles: dict[str, ArticleEntry] = {}
    read: dict[str, Article] = {}

    def article_of(article_id: str) -> Article:
        if article_id not in read:
            read[article_id] = desk.get_article(article_id)
        return read[article_id]

    done = 0
    while True:
        batch = desk.claim_rows(query, offset=done, limit=PAGE, sort="start", with_sources=True)
        reads = _PageReads.read(desk, batch, read)
        read.update(reads.articles)
        for claim in batch:
            holder = articles.get(claim.article_id)
            if holder is None:
                holder = articles[claim.article_id] = ArticleEntry(shown(article_of(claim.article_id)))
            entry = _entry(claim, holder.article, reads, article_of)
            if _in_range(entry, f):
                holder.claims.append(entry)
        done += len(batch)
        if progress:
            progress(done, total)
        if len(batch) < PAGE:
            break
    language = str(language or desk.get_setting("report_language", "en") or "en")
    language = "de" if language.startswith("de") else "en"
    return Report(
        scale=desk.rating_scale(),
        articles=[a for a in articles.values() if a.claims],
        title=printable(title or words(language)["title"]),
        organisation=printable((organisation if organisation is not None else desk.get_setting("organisation"))
                               or "") or None,
        base_url=base,
        language=language,
        generated_at=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        filters=f.describe(),
    )
