"""schema.org ClaimReview JSON-LD for the reported claims that carry a verdict.

One ClaimReview object per claim (a JSON array of them), with every property
Google's fact-check documentation requires (claimReviewed, reviewRating with
alternateName, url) or recommends (author, datePublished, itemReviewed; on the
Claim: author, datePublished, appearance, firstAppearance; on the Rating:
name, ratingValue, bestRating, worstRating):

- `claimReviewed`: the claim as a whole, readable statement (`statement.py`):
  a quote is its own text; any other claim is its sentence, shortened at clause
  boundaries towards Google's 75 characters while keeping the clause with the
  claim and the sentence's subject ("Er" becomes the person's name). It never
  contains a rating label of the scale: a clause holding one is left out, and
  if the claim's own clause holds one, the claim's text without it is used.
- `reviewRating`: a Rating whose `alternateName` and `name` are the verdict
  label, with `ratingValue`, `bestRating` and `worstRating` only when the scale
  maps verdicts to numbers.
- `url`: the desk setting `report_base_url` + "#claim-" + claim id, i.e. the
  claim's anchor in the published HTML report (which embeds these objects).
  Without that address the export is refused (`NEEDS_BASE_URL`): Google
  rejects a relative URL.
- `author`: an Organization named by the desk setting `organisation` (left out
  when unset); `datePublished`: the day of the approval (else of the last change).
- `itemReviewed`: a Claim whose `author` is the claimant (`claimant.py`: the
  speaker, else the person the sentence is about, else the outlet), with the
  article's `datePublished`, and the article as `appearance` and
  `firstAppearance`: a CreativeWork with its URL (http(s) only), headline,
  date and the outlet as publisher.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from factdesk.core.errors import RequestError
from factdesk.core.model import Article
from factdesk.core.reports.claimant import Claimant, ClaimantFinder
from factdesk.core.reports.common import date_part, is_web_link, shorten
from factdesk.core import strict_json
from factdesk.core.reports.data import ArticleEntry, ClaimEntry, Report
from factdesk.core.reports.statement import HARD_LIMIT, statement

# Google rejects a ClaimReview whose `url` is not absolute: without the report's address there is none.
NEEDS_BASE_URL = "set the report address first: factdesk export --base-url URL or Settings → Report address"


def check_ready(report: Report) -> None:
    """Raise RequestError (one line) when the report has no address to point each ClaimReview to."""
    if not (report.base_url or "").strip():
        raise RequestError(NEEDS_BASE_URL)


def _labels(report: Report) -> list[str]:
    """Every label of the scale in both languages, longest first."""
    labels = {v.label_en for v in report.scale.verdicts} | {v.label_de for v in report.scale.verdicts}
    return sorted((lab for lab in labels if lab.strip()), key=len, reverse=True)


def _label_pattern(labels: list[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern matching any label as whole words."""
    if not labels:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(lab) for lab in labels) + r")(?!\w)", re.IGNORECASE)


def claim_reviewed(report: Report, entry: ClaimEntry, pattern: re.Pattern[str] | None = None,
                   claimant: Claimant | None = None, language: str = "de") -> str:
    """Return the `claimReviewed` text: the claim as a readable statement with no rating label in it.

    A quote is its own text; any other claim is its sentence shortened at
    clause boundaries (see `statement.statement`), else the claim's text.
    """
    if pattern is None:
        pattern = _label_pattern(_labels(report))
    claim = entry.claim
    person = claimant.name if claimant is not None and claimant.type == "Person" else None
    text = ""
    if claim.type != "quote":
        at = claim.start - claim.sentence_start if claim.sentence_end > claim.sentence_start else None
        text = statement(entry.sentence, claim.text, at, language, person, avoid=pattern)
    if not text or (pattern and pattern.search(text)):
        text = " ".join(claim.text.split())
        if pattern and pattern.search(text):
            text = " ".join(pattern.sub(" ", text).split())
        if len(text) > HARD_LIMIT:
            text = shorten(text, HARD_LIMIT)
    return text


def _number(value: float) -> float | int:
    """Return integral floats as ints so `1.0` prints as `1`."""
    return int(value) if float(value).is_integer() else value


def claim_review(report: Report, article: ArticleEntry, entry: ClaimEntry,
                 pattern: re.Pattern[str] | None = None, finder: ClaimantFinder | None = None,
                 work: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the ClaimReview object of one claim (which must carry a verdict).

    `finder` and `work` (the article's claimant finder and `appearance`) are
    made once per article by `to_data`.
    """
    claim, a = entry.claim, article.article
    if finder is None:
        finder = ClaimantFinder(a, [e.claim for e in article.claims])
    if work is None:
        work = appearance(a)
    label = report.verdict_label(claim)
    verdict = report.verdict_of(claim)
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": label, "name": label}
    scale = report.scale
    if verdict is not None and verdict.rating is not None and scale.best_rating is not None \
            and scale.worst_rating is not None:
        rating["ratingValue"] = _number(verdict.rating)
        rating["bestRating"] = _number(scale.best_rating)
        rating["worstRating"] = _number(scale.worst_rating)
    claimant = finder.claimant(claim)
    item: dict[str, Any] = {"@type": "Claim"}
    if claimant is not None:
        item["author"] = claimant.to_json()
    if a.published:
        item["datePublished"] = date_part(a.published)
    if work:
        item["appearance"] = work
        item["firstAppearance"] = work
    others = [w for w in (appearance(o) for o in entry.occurrences) if w]
    if others:  # the same claim in several articles (a claim cluster): every occurrence is an appearance
        item["appearance"] = ([work] if work else []) + others
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{report.base_url.split('#', 1)[0]}#claim-{claim.id}",  # the claim's anchor, one fragment
        "claimReviewed": claim_reviewed(report, entry, pattern, claimant, finder.language),
        "reviewRating": rating,
        "itemReviewed": item,
    }
    published = date_part(entry.reviewed_at or claim.updated_at)
    if published:
        review["datePublished"] = published
    if report.organisation:
        review["author"] = {"@type": "Organization", "name": report.organisation}
    return review


def appearance(article: Article) -> dict[str, Any] | None:
    """The article as a schema.org CreativeWork: URL (http(s) only), headline, date, outlet as publisher."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if is_web_link(article.url):
        work["url"] = article.url
    if article.title:
        work["headline"] = article.title
    if article.published:
        work["datePublished"] = date_part(article.published)
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    return work if len(work) > 1 else None


def to_data(report: Report, approved_only: bool = False) -> list[dict[str, Any]]:
    """Return one ClaimReview per reported claim that has a verdict; RequestError without a report address.

    `approved_only` keeps only approved claims (what the HTML report embeds).
    """
    check_ready(report)
    pattern = _label_pattern(_labels(report))
    out = []
    for article in report.articles:
        finder = ClaimantFinder(article.article, [e.claim for e in article.claims])
        work = appearance(article.article) or {}
        for entry in article.claims:
            if entry.claim.verdict and (not approved_only or entry.claim.status == "approved"):
                out.append(claim_review(report, article, entry, pattern, finder, work))
    return out


# Escaped so the JSON-LD can be pasted into <script type="application/ld+json"> as it is:
# no "</script>" or "<!--" can close the element early (still the same JSON values).
_EMBED_SAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def render(report: Report, approved_only: bool = False, compact: bool = False) -> str:
    """Return the ClaimReview JSON-LD text (a JSON array), safe to embed in an HTML script element.

    `compact` leaves out the indentation (the HTML report embeds it so: the
    indenting encoder is several times slower on large reports).
    """
    text = strict_json.dumps(to_data(report, approved_only), indent=None if compact else 2)
    for char, escaped in _EMBED_SAFE:
        text = text.replace(char, escaped)
    return text + "\n"


def write(report: Report, path: Path | str) -> None:
    """Write the ClaimReview JSON-LD to path as UTF-8."""
    Path(path).write_text(render(report), encoding="utf-8")
