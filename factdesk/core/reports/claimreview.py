"""schema.org ClaimReview JSON-LD for the reported claims that carry a verdict.

One ClaimReview object per claim (a JSON array of them), with Google's required
fields and the recommended ones:

- `claimReviewed`: the claim's sentence (else its text), at most 75 characters,
  shortened on a word boundary with "…". It never contains a rating label: if the
  sentence holds one of the scale's labels the claim text is used instead, and a
  label still left is removed.
- `reviewRating`: a Rating whose `alternateName` is the verdict label, with
  `ratingValue`, `bestRating` and `worstRating` only when the scale maps verdicts
  to numbers.
- `url`: the desk setting `report_base_url` + "#claim-" + claim id, i.e. the
  claim's anchor in the published HTML report. When the setting is empty the URL
  is the bare fragment, which resolves against the page the JSON-LD is embedded in.
- `author`: an Organization named by the desk setting `organisation` (left out
  when unset); `datePublished`: the day of the approval (else of the last change).
- `itemReviewed`: a Claim whose `author` is the speaker (Person) or else the
  outlet (Organization), with the article's `datePublished` and `appearance`,
  a CreativeWork with the article's URL (http(s) only) and headline.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from factdesk.core.reports.common import date_part, is_web_link, shorten
from factdesk.core.reports.data import ArticleEntry, ClaimEntry, Report

CLAIM_REVIEWED_MAX = 75


def _labels(report: Report) -> list[str]:
    """Every label of the scale in both languages, longest first."""
    labels = {v.label_en for v in report.scale.verdicts} | {v.label_de for v in report.scale.verdicts}
    return sorted((lab for lab in labels if lab.strip()), key=len, reverse=True)


def _label_pattern(labels: list[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern matching any label as whole words."""
    if not labels:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(lab) for lab in labels) + r")(?!\w)", re.IGNORECASE)


def claim_reviewed(report: Report, entry: ClaimEntry, pattern: re.Pattern[str] | None = None) -> str:
    """Return the `claimReviewed` text: ≤ 75 characters, no rating label in it."""
    if pattern is None:
        pattern = _label_pattern(_labels(report))
    candidates = [entry.sentence, entry.claim.text]
    text = next((t for t in candidates if t and t.strip() and not (pattern and pattern.search(t))), None)
    if text is None:
        text = entry.sentence if entry.sentence.strip() else entry.claim.text
        if pattern:
            text = pattern.sub(" ", text)
    text = shorten(text, CLAIM_REVIEWED_MAX)
    if pattern and pattern.search(text):  # shortening can join words into a label only in theory
        text = shorten(pattern.sub(" ", text), CLAIM_REVIEWED_MAX)
    return text


def _number(value: float) -> float | int:
    """Return integral floats as ints so `1.0` prints as `1`."""
    return int(value) if float(value).is_integer() else value


def claim_review(report: Report, article: ArticleEntry, entry: ClaimEntry,
                 pattern: re.Pattern[str] | None = None) -> dict[str, Any]:
    """Return the ClaimReview object of one claim (which must carry a verdict)."""
    claim, a = entry.claim, article.article
    verdict = report.verdict_of(claim)
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": report.verdict_label(claim)}
    scale = report.scale
    if verdict is not None and verdict.rating is not None and scale.best_rating is not None \
            and scale.worst_rating is not None:
        rating["ratingValue"] = _number(verdict.rating)
        rating["bestRating"] = _number(scale.best_rating)
        rating["worstRating"] = _number(scale.worst_rating)
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.speaker:
        item["author"] = {"@type": "Person", "name": claim.speaker}
    elif a.outlet:
        item["author"] = {"@type": "Organization", "name": a.outlet}
    if a.published:
        item["datePublished"] = date_part(a.published)
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if is_web_link(a.url):
        appearance["url"] = a.url
    if a.title:
        appearance["headline"] = a.title
    if len(appearance) > 1:
        item["appearance"] = appearance
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{report.base_url.split('#', 1)[0]}#claim-{claim.id}",  # the claim's anchor, one fragment
        "claimReviewed": claim_reviewed(report, entry, pattern),
        "reviewRating": rating,
        "itemReviewed": item,
    }
    published = date_part(entry.reviewed_at or claim.updated_at)
    if published:
        review["datePublished"] = published
    if report.organisation:
        review["author"] = {"@type": "Organization", "name": report.organisation}
    return review


def to_data(report: Report) -> list[dict[str, Any]]:
    """Return one ClaimReview per reported claim that has a verdict."""
    pattern = _label_pattern(_labels(report))
    return [claim_review(report, article, entry, pattern)
            for article, entry in report.entries() if entry.claim.verdict]


# Escaped so the JSON-LD can be pasted into <script type="application/ld+json"> as it is:
# no "</script>" or "<!--" can close the element early (still the same JSON values).
_EMBED_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                             "\u2028": "\\u2028", "\u2029": "\\u2029"})


def render(report: Report) -> str:
    """Return the ClaimReview JSON-LD text (a JSON array), safe to embed in an HTML script element."""
    return json.dumps(to_data(report), ensure_ascii=False, indent=2).translate(_EMBED_SAFE) + "\n"


def write(report: Report, path: Path | str) -> None:
    """Write the ClaimReview JSON-LD to path as UTF-8."""
    Path(path).write_text(render(report), encoding="utf-8")
